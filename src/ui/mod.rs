//! Drawing: pure functions from the program state and the theme to a frame. Nothing here
//! reads the store or changes state.

pub mod breakdown;
pub mod briefing;
pub mod chart;
pub mod client;
pub mod help;
pub mod hints;
pub mod home;
pub mod interview;
pub mod popup;
pub mod sanitize;
pub mod search;
pub mod summary;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Screen, layout};
use crate::i18n::{HomeText, Localized};
pub use theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    if layout::too_small(area) {
        let text = HomeText::TooSmall.fill(
            app.lang,
            &[
                &layout::MIN_WIDTH,
                &layout::MIN_HEIGHT,
                &area.width,
                &area.height,
            ],
        );
        frame.render_widget(
            Paragraph::new(text)
                .style(theme.warning)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    match &app.screen {
        Screen::Home => home::draw(frame, area, app, theme),
        Screen::Chart => chart::draw(frame, area, app, theme),
        Screen::Client(c) => client::draw(frame, area, app, c, theme),
        Screen::Interview(s) => interview::draw(frame, area, app, s, theme),
    }
    if let Some(p) = &app.popup {
        popup::draw(frame, app, p, theme);
    }
}

/// The bottom line: the last message if there is one, else the keys of the screen.
pub fn draw_bottom(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let line = match &app.status {
        Some(status) => Line::from(Span::styled(
            sanitize::clean(&status.text).into_owned(),
            if status.error { theme.error } else { theme.ok },
        )),
        None => hints::line(app, theme),
    };
    frame.render_widget(Paragraph::new(line), area);
}
