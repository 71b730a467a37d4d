//! The question after a colleague changed the same fields: both versions of each field, and
//! the keys that choose (from the keymap).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::Theme;
use super::popup::window;
use crate::app::App;
use crate::app::briefing::wrapped_rows;
use crate::app::conflict::ConflictText;
use crate::app::record::EditConflict;
use crate::i18n::{Localized, RecordText as T};
use crate::sanitize::clean;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, c: &EditConflict, theme: &Theme) {
    let lang = app.lang;
    let by = clean(c.current.changed_by()).into_owned();
    let ConflictText {
        texts,
        others,
        hint: hint_text,
    } = app.conflict_text(c);
    // As wide as the longest line needs, within the screen.
    let widest = texts
        .iter()
        .chain(std::iter::once(&hint_text))
        .map(|t| unicode_width::UnicodeWidthStr::width(t.as_str()))
        .max()
        .unwrap_or(0);
    let width = (widest as u16 + 2).clamp(48, 110).min(area.width);
    let inner_width = usize::from(width.saturating_sub(2));
    let rows: usize = texts.iter().map(|t| wrapped_rows(t, inner_width)).sum();
    let last = texts.len() - 1;
    let lines: Vec<Line> = texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            if others && i == last {
                Line::from(Span::styled(t, theme.muted))
            } else {
                Line::from(t)
            }
        })
        .collect();
    let title = T::ConflictTitle.fill(lang, &[&by]);
    let inner = window(frame, area, width, rows as u16 + 3, &title, theme);
    let [text, hint] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), text);
    frame.render_widget(Paragraph::new(Span::styled(hint_text, theme.key)), hint);
}
