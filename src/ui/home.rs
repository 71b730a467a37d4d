//! The home screen: clients ranked by revenue with their ABC class and shares.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::Theme;
use crate::app::layout::HomePlaces;
use crate::app::{App, SortBy};
use crate::domain::AbcClass;
use crate::i18n::{BriefText, HomeText, Localized, Noun, count, fmt_money, fmt_percent};
use crate::sanitize::clean;

pub fn draw(frame: &mut Frame, parts: &HomePlaces, app: &App, theme: &Theme) {
    frame.render_widget(Paragraph::new(title(app, theme)), parts.title);
    if app.shares && !app.data.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(share_lines(app, parts.shares.width, theme)),
            parts.shares,
        );
    }
    if app.data.rows.is_empty() {
        draw_empty(frame, parts.table, app, theme);
    } else if let Some(pane) = parts.pane {
        super::home_table::draw(frame, parts.table, app, table_title(app), theme);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(Span::styled(BriefText::Title.get(app.lang), theme.title));
        let selected = app.selected_row().map(|r| r.client.id);
        match app.pane.as_ref().filter(|v| Some(v.client.id) == selected) {
            Some(view) => super::briefing::draw(frame, pane, app, view, block, 0, theme),
            None => frame.render_widget(block, pane),
        }
    } else {
        super::home_table::draw(frame, parts.table, app, table_title(app), theme);
    }
    super::draw_bottom(frame, parts.hints, app, theme);
}

fn title<'a>(app: &App, theme: &Theme) -> Line<'a> {
    let lang = app.lang;
    // Counted when the list was ranked (`Data::classes`), not over every row per frame.
    let in_class = |class| {
        app.data
            .classes
            .iter()
            .find(|c| c.class == class)
            .map_or(0, |c| c.clients)
    };
    let mut spans = vec![
        Span::styled("verwacht ", theme.title),
        Span::styled(
            HomeText::Summary.fill(
                lang,
                &[
                    &count(app.data.rows.len() as u64, Noun::Client, lang),
                    &in_class(AbcClass::A),
                    &in_class(AbcClass::B),
                    &in_class(AbcClass::C),
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

/// The 80/20 answer, one line per class: share of clients, of revenue and of your time, and
/// whether the class gets too little or too much of it.
pub fn share_lines<'a>(app: &App, width: u16, theme: &Theme) -> Vec<Line<'a>> {
    let lang = app.lang;
    let wide = width >= 100;
    app.data
        .classes
        .iter()
        .map(|c| {
            let mut spans = vec![
                Span::styled(format!(" {} ", c.class.letter()), theme.class(c.class)),
                Span::styled(
                    HomeText::SharesLine.fill(
                        lang,
                        &[
                            &count(c.clients as u64, Noun::Client, lang),
                            &fmt_percent(c.client_share, lang),
                            &fmt_percent(c.revenue_share, lang),
                        ],
                    ),
                    theme.text,
                ),
            ];
            match c.time_share {
                Some(time) => spans.push(Span::styled(
                    HomeText::SharesTime.fill(lang, &[&fmt_percent(time, lang)]),
                    theme.text,
                )),
                None => spans.push(Span::styled(
                    HomeText::SharesNoTime.get(lang).to_string(),
                    theme.muted,
                )),
            }
            let ratio = c.time_ratio();
            let verdict = match ratio {
                Some(r) if r < 0.8 => Some((HomeText::SharesUnder, theme.warning)),
                Some(r) if r > 1.25 => Some((HomeText::SharesOver, theme.warning)),
                Some(_) => Some((HomeText::SharesFair, theme.ok)),
                None => None,
            };
            if let Some((mark, style)) = verdict {
                spans.push(Span::styled(format!("  {}", mark.get(lang)), style));
            }
            if wide {
                spans.push(Span::styled(
                    HomeText::SharesWork.fill(lang, &[&c.open, &c.overdue]),
                    theme.muted,
                ));
            }
            Line::from(spans)
        })
        .collect()
}

/// The table's title: the sort order and any filter.
fn table_title(app: &App) -> String {
    let lang = app.lang;
    let sort = match app.sort {
        SortBy::Priority => HomeText::SortPriority,
        SortBy::Revenue => HomeText::SortRevenue,
        SortBy::Name => HomeText::SortName,
        SortBy::LastContact => HomeText::SortLastContact,
        SortBy::Overdue => HomeText::SortOverdue,
    };
    let mut parts = vec![
        HomeText::Title.get(lang).to_string(),
        HomeText::SortedBy.fill(lang, &[&sort.get(lang)]),
    ];
    if let Some(class) = app.filter.class {
        parts.push(HomeText::FilterClass.fill(lang, &[&class.letter()]));
    }
    if !app.filter.text.is_empty() {
        parts.push(HomeText::FilterText.fill(lang, &[&clean(&app.filter.text)]));
    }
    match app.data.band {
        0 => {}
        1 => parts.push(HomeText::BandOne.get(lang).to_string()),
        n => parts.push(HomeText::BandMany.fill(lang, &[&n])),
    }
    parts.join(" · ")
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
