//! Draws a briefing (see `app::briefing`) with the theme's styles.

use crate::store::views::ClientView;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::Theme;
use crate::app::App;
use crate::app::briefing::{BriefLine, LineKind};
use crate::sanitize::clean;

/// The lines borrow the briefing's texts: a frame copies none of them (only a text with an
/// unsafe character is cleaned into a copy).
pub fn lines<'a>(brief: &'a [BriefLine], theme: &Theme) -> Vec<Line<'a>> {
    brief
        .iter()
        .map(|l| {
            let style = match l.kind {
                LineKind::Title => theme.title,
                LineKind::Heading => theme.header,
                LineKind::Text => theme.text,
                LineKind::Muted => theme.muted,
                LineKind::Warning => theme.warning,
                LineKind::Overdue => theme.overdue,
            };
            Line::from(Span::styled(clean(&l.text), style))
        })
        .collect()
}

/// The briefing of `view`'s client in `area`, scrolled by `scroll` rows.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    view: &ClientView,
    block: Block,
    scroll: u16,
    theme: &Theme,
) {
    // Built when the records came in (see `app::pages`); drawing only reads it.
    let Some(brief) = app.pages.brief(view.client.id) else {
        frame.render_widget(block, area);
        return;
    };
    frame.render_widget(
        Paragraph::new(lines(brief, theme))
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}
