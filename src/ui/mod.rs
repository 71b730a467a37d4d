//! Drawing: pure functions from the program state and the theme to a frame. Nothing here
//! reads the store or changes state.

pub mod authors;
pub mod breakdown;
pub mod briefing;
pub mod chart;
pub mod client;
pub mod columns;
pub mod conflict;
pub mod editor;
pub mod expectation;
pub mod fit;
pub mod help;
pub mod hints;
pub mod home;
pub mod home_table;
pub mod interview;
pub mod popup;
pub mod search;
pub mod summary;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
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
    // Worked out in `update` for the size it knows; a frame of another size (the terminal
    // changed before the program heard of it) gets its own.
    let places = if app.places.made_for.0 == area {
        app.places
    } else {
        layout::places(area, app.shares, app.pane_visible())
    };
    match &app.screen {
        Screen::Home => home::draw(frame, &places.home, app, theme),
        Screen::Chart => chart::draw(frame, places.chart, app, theme),
        Screen::Client(c) => client::draw(frame, places.client, app, c, theme),
        Screen::Expectation(s) => expectation::draw(frame, places.expectation, app, s, theme),
        Screen::Interview(s) => interview::draw(frame, places.interview, app, s, theme),
    }
    if let Some(p) = &app.popup {
        popup::draw(frame, app, p, theme);
    }
}

/// The bottom line: the last message if there is one, else the keys of the screen. On a
/// read-only file every screen but home (which says so at the top) ends it with the banner.
pub fn draw_bottom(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let area = if app.read_only && !matches!(app.screen, Screen::Home) {
        let banner = format!(" {} ", HomeText::ReadOnlyBanner.get(app.lang));
        let width = unicode_width::UnicodeWidthStr::width(banner.as_str()) as u16;
        let [rest, right] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(width)]).areas(area);
        frame.render_widget(Paragraph::new(Span::styled(banner, theme.banner)), right);
        rest
    } else {
        area
    };
    let line = match &app.status {
        Some(status) => Line::from(Span::styled(
            fit::fit(
                &crate::sanitize::clean(&status.text),
                usize::from(area.width),
            ),
            if status.error { theme.error } else { theme.ok },
        )),
        None => hints::line(app, theme),
    };
    frame.render_widget(Paragraph::new(line), area);
}
