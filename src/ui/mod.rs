//! Drawing: pure functions from the program state and the theme to a frame. Nothing here
//! reads the store or changes state.

pub mod hints;
pub mod home;
pub mod sanitize;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::Alignment;
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
    match app.screen {
        Screen::Home => home::draw(frame, area, app, theme),
    }
}
