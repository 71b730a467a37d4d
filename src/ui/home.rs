//! The home screen: clients ranked by revenue with their ABC class and shares.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use super::Theme;
use super::sanitize::clean;
use crate::app::{App, layout};
use crate::domain::AbcClass;
use crate::i18n::{HomeText, Localized, fmt_money, fmt_percent};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let parts = layout::home(area);
    frame.render_widget(Paragraph::new(title(app, theme)), parts.title);
    if app.data.rows.is_empty() {
        draw_empty(frame, parts.table, app, theme);
    } else {
        draw_table(frame, parts.table, app, theme);
    }
    super::draw_bottom(frame, parts.hints, app, theme);
}

fn title<'a>(app: &App, theme: &Theme) -> Line<'a> {
    let lang = app.lang;
    let count = |class| {
        app.data
            .rows
            .iter()
            .filter(|r| r.rank.class == class)
            .count()
    };
    let mut spans = vec![
        Span::styled("verwacht ", theme.title),
        Span::styled(
            HomeText::Summary.fill(
                lang,
                &[
                    &app.data.rows.len(),
                    &count(AbcClass::A),
                    &count(AbcClass::B),
                    &count(AbcClass::C),
                    &fmt_money(app.data.total_revenue, lang),
                ],
            ),
            theme.muted,
        ),
    ];
    if app.read_only {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            format!(" {} ", HomeText::ReadOnlyBanner.get(lang)),
            theme.banner,
        ));
    }
    Line::from(spans)
}

fn draw_table(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let header = Row::new([
        Cell::from(HomeText::Rank.get(lang)),
        Cell::from(HomeText::Class.get(lang)),
        Cell::from(HomeText::Name.get(lang)),
        Cell::from(Line::from(HomeText::Revenue.get(lang)).right_aligned()),
        Cell::from(Line::from(HomeText::Share.get(lang)).right_aligned()),
        Cell::from(Line::from(HomeText::Cumulative.get(lang)).right_aligned()),
    ])
    .style(theme.header);
    let visible = layout::home_rows(app.size).max(1);
    // Only the visible rows are built: the list may hold ten thousand clients.
    let rows = app
        .data
        .rows
        .iter()
        .enumerate()
        .skip(app.home.offset)
        .take(visible)
        .map(|(i, row)| {
            Row::new([
                Cell::from(format!("{}", i + 1)),
                Cell::from(Span::styled(
                    row.rank.class.letter(),
                    theme.class(row.rank.class),
                )),
                Cell::from(clean(&row.client.name).into_owned()),
                Cell::from(Line::from(fmt_money(row.rank.revenue, lang)).right_aligned()),
                Cell::from(Line::from(fmt_percent(row.rank.share, lang)).right_aligned()),
                Cell::from(Line::from(fmt_percent(row.rank.cumulative, lang)).right_aligned()),
            ])
        });
    let table = Table::new(
        rows,
        [
            Constraint::Length(5),
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Length(15),
            Constraint::Length(8),
            Constraint::Length(10),
        ],
    )
    .header(header)
    .row_highlight_style(theme.selection)
    .style(theme.text)
    .block(
        Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(Span::styled(HomeText::Title.get(lang), theme.title)),
    );
    let mut state = TableState::default()
        .with_selected(Some(app.home.selected.saturating_sub(app.home.offset)));
    frame.render_stateful_widget(table, area, &mut state);
}

fn draw_empty(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    let lines = vec![
        Line::from(Span::styled(HomeText::EmptyTitle.get(lang), theme.title)),
        Line::default(),
        Line::from(HomeText::EmptyIntro.get(lang)),
        Line::default(),
        Line::from(Span::styled(HomeText::EmptyDemo.get(lang), theme.text)),
        Line::from(Span::styled(HomeText::EmptyImport.get(lang), theme.text)),
        Line::default(),
        Line::from(Span::styled(HomeText::EmptyQuit.get(lang), theme.muted)),
    ];
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border)
                .title(Span::styled(HomeText::Title.get(lang), theme.title)),
        ),
        area,
    );
}
