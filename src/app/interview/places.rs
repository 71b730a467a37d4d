//! Where the parts of an interview's step go: the guide, the fields, the list and the editor,
//! which grows with the answer. Worked out in `update` after every message that reaches an open
//! interview (the answer typed, the step, the list), so drawing only reads it.

use ratatui::layout::{Constraint, Layout, Rect};

use super::InterviewState;
use super::editor::rows_up_to;
use crate::domain::Characteristic;
use crate::i18n::guide::guide;
use crate::i18n::{InterviewText, Lang, Localized};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepPlaces {
    /// The area they were worked out for.
    pub area: Rect,
    pub guide: Rect,
    /// Deadline, measure and grade of the answer in the editor; zero high when there are none.
    pub fields: Rect,
    pub list: Rect,
    pub editor: Rect,
}

impl StepPlaces {
    pub fn has_fields(&self) -> bool {
        self.fields.height > 0
    }
}

/// The step's places in `area`.
pub fn step_places(area: Rect, s: &InterviewState, lang: Lang) -> StepPlaces {
    let items = s.items().len();
    let list_height = (items as u16 + 2).clamp(4, if area.height > 30 { 12 } else { 7 });
    // The editor grows with the answer, up to half the room, so a long answer shows whole.
    let text_width = usize::from(area.width.saturating_sub(2)).max(1);
    let least = if area.height > 30 { 9 } else { 5 };
    let most = (area.height / 2).max(least);
    let typed = rows_up_to(s.editor.lines(), text_width, usize::from(most));
    let editor_height = (typed as u16 + 3).clamp(least, most);
    let has_fields = matches!(
        s.step,
        Characteristic::AboutTheFuture | Characteristic::Yardstick
    ) || !s.fields.is_empty();
    // The guide takes the room its text needs (on a wide screen that leaves more for the
    // answers), but never squeezes the list below its minimum.
    let guide_height = guide_height(s, lang, area.width.saturating_sub(2)) + 2;
    let [guide, fields, list, editor] = Layout::vertical([
        Constraint::Max(guide_height),
        Constraint::Length(if has_fields { 2 } else { 0 }),
        Constraint::Min(list_height),
        Constraint::Length(editor_height),
    ])
    .areas(area);
    StepPlaces {
        area,
        guide,
        fields,
        list,
        editor,
    }
}

/// Rows the guide's text needs at `width` columns (word wrapping may need a few more).
fn guide_height(s: &InterviewState, lang: Lang, width: u16) -> u16 {
    let g = guide(s.step, lang);
    let width = usize::from(width.max(1));
    let rows = |text: &str| text.chars().count().div_ceil(width).max(1);
    let listen = InterviewText::ListenFor.get(lang).chars().count() + 2;
    let total = rows(g.meaning)
        + (listen + g.listen_for.chars().count()).div_ceil(width)
        + 1
        + g.questions
            .iter()
            .map(|q| rows(q) + usize::from(q.len() > width / 2))
            .sum::<usize>();
    u16::try_from(total + 1).unwrap_or(u16::MAX)
}
