//! Where a window over the screen goes, and the rows inside it. Worked out in `update` after
//! every message while a window is open — it opened, what it shows changed (the items
//! filtered, the text typed, the form's errors), the terminal's size changed — see
//! [`App::arrange`], so drawing only reads it. Each window's sizing rule is a pure function
//! here, beside the popups' state.
//!
//! [`App::arrange`]: super::App

use std::mem::{Discriminant, discriminant};

use ratatui::layout::{Constraint, Layout, Rect};

use super::{App, Popup};
use crate::i18n::{ExpectationText, Lang, Localized, fmt_date};

/// The most rows a window's inside is split into (the breakdown's).
pub const PARTS: usize = 6;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PopupPlaces {
    /// What they were worked out for: the area and the kind of window (none while none is
    /// open).
    pub made_for: Option<(Rect, Discriminant<Popup>)>,
    /// The window, its border included; for the text filter, the bottom line it is typed on.
    pub window: Rect,
    /// Inside the border (for the text filter, the line itself).
    pub inner: Rect,
    /// The inside's rows, top to bottom, as many as the window has; the rest stay zero. Each
    /// window's rows are named where `places` picks them.
    pub parts: [Rect; PARTS],
}

impl PopupPlaces {
    /// Whether these were worked out for this kind of window in `area`. The program changes
    /// its window only in `update`, which works its places out again; a frame of another size
    /// (or a window put there by hand) gets its own.
    pub fn are_for(&self, area: Rect, popup: &Popup) -> bool {
        self.made_for == Some((area, discriminant(popup)))
    }
}

/// A list, then the hint line (also: a text, then the keys that answer it).
const LIST_HINT: [Constraint; 2] = [Constraint::Min(1), Constraint::Length(1)];
/// Two lines above a list (an intro, a filter and its help), then the hint line.
const TWO_LIST_HINT: [Constraint; 3] = [
    Constraint::Length(2),
    Constraint::Min(1),
    Constraint::Length(1),
];
/// The query, the list, the hint line.
const QUERY_LIST_HINT: [Constraint; 3] = [
    Constraint::Length(1),
    Constraint::Min(1),
    Constraint::Length(1),
];
/// The query, the status line, the results, the hint line.
const SEARCH: [Constraint; 4] = [
    Constraint::Length(1),
    Constraint::Length(1),
    Constraint::Min(1),
    Constraint::Length(1),
];
/// The value line, a blank, the table, a blank, the formula, the hint line.
const BREAKDOWN: [Constraint; 6] = [
    Constraint::Length(1),
    Constraint::Length(1),
    Constraint::Min(1),
    Constraint::Length(1),
    Constraint::Length(1),
    Constraint::Length(1),
];

/// The places of `popup` in `area`, with what `app` shows in it.
pub fn places(area: Rect, app: &App, popup: &Popup) -> PopupPlaces {
    let (window, rows): (Rect, &[Constraint]) = match popup {
        Popup::Picker(p) => match &p.new_contact {
            Some(form) => (form_window(area, form), &[]),
            None => (picker_window(area, p.items.len()), &LIST_HINT),
        },
        Popup::Resume { items, .. } => (resume_window(area, items.len()), &TWO_LIST_HINT),
        Popup::Tags(t) => (tags_window(area, t.options().len()), &TWO_LIST_HINT),
        Popup::Form { form, .. } => (form_window(area, form), &[]),
        Popup::Confirm { question, .. } => (
            question_window(area, 60, question.chars().count()),
            &LIST_HINT,
        ),
        Popup::Filter(_) => {
            let line = filter_line(area);
            return PopupPlaces {
                made_for: Some((area, discriminant(popup))),
                window: line,
                inner: line,
                parts: [Rect::default(); PARTS],
            };
        }
        Popup::Search(_) => (search_window(area), &SEARCH),
        Popup::Help { mode, .. } => (help_window(area, app.keymap.help_rows(*mode)), &LIST_HINT),
        Popup::Palette { found, .. } => (palette_window(area, found.len()), &QUERY_LIST_HINT),
        Popup::Reclassify(e) => {
            let question = reclassify_question(e, app.lang);
            (
                question_window(area, 64, question.chars().count()),
                &LIST_HINT,
            )
        }
        Popup::Conflict(c) => {
            let text = app.conflict_text(c);
            (conflict_window(area, &text.texts, &text.hint), &LIST_HINT)
        }
        // A client no longer in the list shows no window.
        Popup::Breakdown(id) => match app.breakdown_of(*id) {
            Some((_, b)) => (breakdown_window(area, b.terms.len()), &BREAKDOWN),
            None => (Rect::default(), &[]),
        },
    };
    let inner = inside(window);
    PopupPlaces {
        made_for: Some((area, discriminant(popup))),
        window,
        inner,
        parts: split(inner, rows),
    }
}

impl App {
    /// Works out where the open window goes (nowhere when none is open).
    pub(super) fn place_popup(&mut self) {
        self.popup_places = match &self.popup {
            Some(popup) => places(self.size, self, popup),
            None => PopupPlaces::default(),
        };
    }
}

/// The question of the review of a delivered delighter: its text sizes its window.
pub fn reclassify_question(e: &crate::domain::Expectation, lang: Lang) -> String {
    let since = e.status_since.map_or(String::new(), |d| fmt_date(d, lang));
    ExpectationText::ReviewQuestion.fill(lang, &[&crate::sanitize::clean(&e.title), &since])
}

/// A count of rows, as a height.
fn count(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// A window of at most `width` × `height`, in the middle of `area`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// Inside a window's border, as the border's block leaves it.
pub fn inside(window: Rect) -> Rect {
    Rect::new(
        window.x.saturating_add(1).min(window.right()),
        window.y.saturating_add(1).min(window.bottom()),
        window.width.saturating_sub(2),
        window.height.saturating_sub(2),
    )
}

/// `inner` split top to bottom by `rows`; the parts it has not, zero.
fn split(inner: Rect, rows: &[Constraint]) -> [Rect; PARTS] {
    let mut parts = [Rect::default(); PARTS];
    if !rows.is_empty() {
        for (part, rect) in parts
            .iter_mut()
            .zip(Layout::vertical(rows).split(inner).iter())
        {
            *part = *rect;
        }
    }
    parts
}

/// The contact picker: 64 wide, a row per item and four for the border and the hint.
pub fn picker_window(area: Rect, items: usize) -> Rect {
    centred(area, 64, count(items).saturating_add(4))
}

/// The resume offer: the screen's width less 4, at most 110; a row per interview and six more.
pub fn resume_window(area: Rect, items: usize) -> Rect {
    let width = area.width.saturating_sub(4).min(110);
    centred(area, width, count(items).saturating_add(6))
}

/// The tag picker: 44 wide, from 1 to 14 options shown and five rows more.
pub fn tags_window(area: Rect, options: usize) -> Rect {
    centred(area, 44, count(options.clamp(1, 14)) + 5)
}

/// A form: 72 wide, a row per field and per error, and the border.
pub fn form_window(area: Rect, form: &super::form::Form) -> Rect {
    let errors = form.fields.iter().filter(|f| f.error.is_some()).count();
    centred(
        area,
        72,
        count(form.fields.len() + errors).saturating_add(2),
    )
}

/// A question (yes or no, the review of a delighter): `width` wide, as many rows as its
/// `chars` take at four columns less, and four more for the border, a blank and the keys.
pub fn question_window(area: Rect, width: u16, chars: usize) -> Rect {
    let width = width.min(area.width);
    let rows = count(chars) / width.saturating_sub(4).max(1) + 1;
    centred(area, width, rows.saturating_add(4))
}

/// The text filter: typed on the bottom line.
pub fn filter_line(area: Rect) -> Rect {
    Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1)
}

/// Search: the screen less two columns and a row on each side, at most 120 wide.
pub fn search_window(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).min(120);
    centred(area, width, area.height.saturating_sub(2))
}

/// Help: 64 wide, a row per line and three more, at most the screen.
pub fn help_window(area: Rect, lines: usize) -> Rect {
    centred(area, 64, count(lines).saturating_add(3).min(area.height))
}

/// The palette: 60 wide, from 1 to 12 commands shown and five rows more.
pub fn palette_window(area: Rect, found: usize) -> Rect {
    centred(area, 60, count(found.clamp(1, 12)) + 5)
}

/// A conflict: as wide as its longest line (from 48 to 110, at most the screen), as high as
/// its text wraps to, and three rows more.
pub fn conflict_window(area: Rect, texts: &[String], hint: &str) -> Rect {
    use unicode_width::UnicodeWidthStr;
    let widest = texts
        .iter()
        .map(String::as_str)
        .chain(std::iter::once(hint))
        .map(UnicodeWidthStr::width)
        .max()
        .unwrap_or(0);
    let width = count(widest)
        .saturating_add(2)
        .clamp(48, 110)
        .min(area.width);
    let inner_width = usize::from(width.saturating_sub(2));
    let rows: usize = texts
        .iter()
        .map(|t| super::briefing::wrapped_rows(t, inner_width))
        .sum();
    centred(area, width, count(rows).saturating_add(3))
}

/// A client's priority: 78 wide, a row per term (at least one), and ten more.
pub fn breakdown_window(area: Rect, terms: usize) -> Rect {
    centred(area, 78, count(terms.max(1)).saturating_add(10))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCREEN: Rect = Rect::new(0, 0, 80, 24);

    #[test]
    fn a_window_sits_in_the_middle_and_never_beyond_the_screen() {
        assert_eq!(centred(SCREEN, 64, 10), Rect::new(8, 7, 64, 10));
        assert_eq!(centred(SCREEN, 100, 40), SCREEN);
        let offset = Rect::new(10, 5, 60, 12);
        assert_eq!(centred(offset, 20, 4), Rect::new(30, 9, 20, 4));
    }

    #[test]
    fn inside_is_what_the_border_leaves() {
        use ratatui::widgets::Block;
        for window in [
            Rect::new(8, 7, 64, 10),
            Rect::new(0, 0, 2, 2),
            Rect::new(3, 3, 1, 0),
        ] {
            assert_eq!(inside(window), Block::bordered().inner(window), "{window}");
        }
    }

    #[test]
    fn lists_grow_with_their_items_up_to_the_screen() {
        assert_eq!(picker_window(SCREEN, 3), Rect::new(8, 8, 64, 7));
        assert_eq!(picker_window(SCREEN, 50).height, 24);
        assert_eq!(resume_window(SCREEN, 2), Rect::new(2, 8, 76, 8));
        let wide = Rect::new(0, 0, 200, 50);
        assert_eq!(resume_window(wide, 2).width, 110);
        // Between 1 and 14 tags, between 1 and 12 commands, however many match.
        assert_eq!(tags_window(SCREEN, 0).height, 6);
        assert_eq!(tags_window(SCREEN, 30).height, 19);
        assert_eq!(tags_window(SCREEN, 3).width, 44);
        assert_eq!(palette_window(SCREEN, 0).height, 6);
        assert_eq!(palette_window(SCREEN, 40).height, 17);
        assert_eq!(palette_window(SCREEN, 4).width, 60);
        assert_eq!(help_window(SCREEN, 10), Rect::new(8, 5, 64, 13));
        assert_eq!(help_window(SCREEN, 60).height, 24);
        assert_eq!(breakdown_window(SCREEN, 0), Rect::new(1, 6, 78, 11));
        assert_eq!(breakdown_window(SCREEN, 4).height, 14);
    }

    #[test]
    fn a_question_is_as_high_as_its_text_wraps() {
        // 56 columns of text in a window 60 wide.
        assert_eq!(question_window(SCREEN, 60, 10), Rect::new(10, 9, 60, 5));
        assert_eq!(question_window(SCREEN, 60, 56).height, 6);
        assert_eq!(question_window(Rect::new(0, 0, 40, 24), 64, 10).width, 40);
    }

    #[test]
    fn search_fills_the_screen_but_a_margin() {
        assert_eq!(search_window(SCREEN), Rect::new(2, 1, 76, 22));
        assert_eq!(search_window(Rect::new(0, 0, 200, 50)).width, 120);
        assert_eq!(filter_line(SCREEN), Rect::new(0, 23, 80, 1));
    }

    #[test]
    fn a_conflict_is_as_wide_as_its_longest_line_within_limits() {
        let texts = vec!["short".to_string(), String::new()];
        assert_eq!(
            conflict_window(SCREEN, &texts, "k keep"),
            Rect::new(16, 9, 48, 5)
        );
        let long = vec!["word ".repeat(30)];
        let w = conflict_window(Rect::new(0, 0, 200, 50), &long, "");
        assert_eq!(w.width, 110);
        assert_eq!(w.height, 2 + 3, "150 columns wrap to two rows of 108");
        assert_eq!(conflict_window(SCREEN, &long, "").width, 80);
    }

    #[test]
    fn a_form_has_a_row_per_field_and_per_error() {
        use crate::app::form::{Field, Form};
        let mut form = Form::new("t", vec![Field::text("a", ""), Field::text("b", "")]);
        assert_eq!(form_window(SCREEN, &form), Rect::new(4, 10, 72, 4));
        form.fields[0].error = Some("no".into());
        assert_eq!(form_window(SCREEN, &form).height, 5);
    }

    #[test]
    fn the_rows_inside_are_split_from_the_inside() {
        let parts = split(Rect::new(9, 8, 62, 5), &LIST_HINT);
        assert_eq!(parts[0], Rect::new(9, 8, 62, 4));
        assert_eq!(parts[1], Rect::new(9, 12, 62, 1));
        assert_eq!(parts[2], Rect::default());
        assert_eq!(split(SCREEN, &[]), [Rect::default(); PARTS]);
    }
}
