//! The expectation screen: the page of one expectation (see `app::expectation::page`), with
//! the client and title on top and the keys at the bottom.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::Theme;
use crate::app::App;
use crate::app::expectation::ExpectationState;
use crate::i18n::{ExpectationText, Localized};
use crate::sanitize::clean;

pub fn draw(
    frame: &mut Frame,
    [title, body, bottom]: [Rect; 3],
    app: &App,
    s: &ExpectationState,
    theme: &Theme,
) {
    let lang = app.lang;
    let (client, name) = s.view.as_ref().map_or((String::new(), String::new()), |v| {
        (
            clean(&v.client.name).into_owned(),
            clean(&v.expectation.title).into_owned(),
        )
    });
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("verwacht ", theme.title),
            Span::styled(client, theme.title),
            Span::styled(format!(" › {name}"), theme.muted),
        ])),
        title,
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            ExpectationText::ScreenTitle.get(lang),
            theme.title,
        ));
    match &s.view {
        None => frame.render_widget(block, body),
        Some(view) => {
            let lines = app
                .pages
                .expectation(view.expectation.id)
                .unwrap_or_default();
            frame.render_widget(
                Paragraph::new(super::briefing::lines(lines, theme))
                    .block(block)
                    .wrap(Wrap { trim: false })
                    .scroll((u16::try_from(s.scroll).unwrap_or(u16::MAX), 0)),
                body,
            );
        }
    }
    super::draw_bottom(frame, bottom, app, theme);
}
