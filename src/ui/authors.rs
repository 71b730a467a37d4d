//! Who made a record and who changed it last, shown at the bottom of its form.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::popup::FormPurpose;
use crate::app::record::Record;
use crate::i18n::{Lang, Localized, TeamText, fmt_date};
use crate::sanitize::clean;

/// Who made a stored record and who changed it last, for the bottom of its form.
pub fn note(purpose: &FormPurpose, lang: Lang) -> Option<String> {
    let record = match purpose {
        FormPurpose::Record(r) => (**r).clone(),
        FormPurpose::Status(e) | FormPurpose::UpdateExpectation(e) => {
            Record::Expectation((**e).clone())
        }
        _ => return None,
    };
    if record.is_new() {
        return None;
    }
    let (created, updated) = record.stamps();
    let day = |s: &crate::domain::Stamp| fmt_date(s.at.date_naive(), lang);
    let mut note = TeamText::CreatedBy.fill(lang, &[&clean(&created.by), &day(created)]);
    if let Some(u) = updated.filter(|u| *u != created) {
        note.push_str(" · ");
        note.push_str(&TeamText::ChangedBy.fill(lang, &[&clean(&u.by), &day(u)]));
    }
    Some(note)
}

/// A line of text on the bottom border of a window whose inside is `inner`.
pub fn draw(frame: &mut Frame, inner: Rect, note: &str, theme: &Theme) {
    let y = inner.bottom();
    if y >= frame.area().bottom() || inner.width < 4 {
        return;
    }
    let text = format!(" {note} ");
    let width = (unicode_width::UnicodeWidthStr::width(text.as_str()) as u16).min(inner.width - 2);
    frame.render_widget(
        Paragraph::new(Span::styled(text, theme.muted)),
        Rect::new(inner.x + 1, y, width, 1),
    );
}
