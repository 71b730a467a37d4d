//! The question after a colleague changed the same fields: both versions of each field, and
//! the keys that choose (from the keymap).

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::Theme;
use super::popup::window;
use crate::app::App;
use crate::app::popup_places::PopupPlaces;
use crate::app::record::EditConflict;
use crate::i18n::{Localized, RecordText as T};
use crate::sanitize::clean;

pub fn draw(frame: &mut Frame, places: &PopupPlaces, app: &App, c: &EditConflict, theme: &Theme) {
    let text = app.conflict_text(c);
    let last = text.texts.len().saturating_sub(1);
    let others = text.others;
    let lines: Vec<Line> = text
        .texts
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
    let by = clean(c.current.changed_by()).into_owned();
    let title = T::ConflictTitle.fill(app.lang, &[&by]);
    window(frame, places.window, &title, theme);
    let [body, hint, ..] = places.parts;
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), body);
    frame.render_widget(Paragraph::new(Span::styled(text.hint, theme.key)), hint);
}
