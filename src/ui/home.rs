//! The home screen: clients ranked by revenue with their ABC class and shares.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use super::Theme;
use crate::app::layout::HomePlaces;
use crate::app::{App, ClientRow, SortBy, layout};
use crate::domain::AbcClass;
use crate::i18n::{
    BriefText, HomeText, Lang, Localized, Noun, count, fmt_decimal, fmt_money, fmt_percent,
};
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
        draw_table(frame, parts.table, app, theme);
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
        draw_table(frame, parts.table, app, theme);
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

fn right(text: impl Into<String>) -> Cell<'static> {
    Cell::from(Line::from(text.into()).right_aligned())
}

fn draw_table(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let lang = app.lang;
    // Columns that only fit on wider screens.
    let medium = area.width >= 100;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(table_title(app), theme.title));
    if app.data.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(HomeText::NoMatch.get(lang), theme.muted)).block(block),
            area,
        );
        return;
    }
    // Narrow screens: short headers, the time marker beside the share, no cumulative share
    // and no score. From 100 columns the priority the list is sorted by is shown.
    let (share, days) = if medium {
        (HomeText::Share, HomeText::Days)
    } else {
        (HomeText::ShareShort, HomeText::DaysShort)
    };
    let mut header = vec![
        Cell::from(HomeText::Rank.get(lang)),
        Cell::from(HomeText::Class.get(lang)),
        Cell::from(HomeText::Name.get(lang)),
        right(HomeText::Revenue.get(lang)),
        right(share.get(lang)),
    ];
    let mut widths = vec![
        Constraint::Length(3),
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(11),
        Constraint::Length(7),
    ];
    if medium {
        header.push(right(HomeText::Cumulative.get(lang)));
        widths.push(Constraint::Length(10));
    }
    header.extend([
        right(HomeText::Open.get(lang)),
        right(HomeText::Overdue.get(lang)),
        right(days.get(lang)),
        right(HomeText::Grade.get(lang)),
    ]);
    widths.extend([
        Constraint::Length(4),
        Constraint::Length(7),
        Constraint::Length(if medium { 5 } else { 4 }),
        Constraint::Length(6),
    ]);
    if medium {
        header.push(Cell::from(HomeText::TimeLow.get(lang)));
        widths.push(Constraint::Length(4));
        header.push(right(HomeText::Priority.get(lang)));
        widths.push(Constraint::Length(6));
    }
    let name_width = super::columns::widths(area.width.saturating_sub(2), &widths)
        .get(2)
        .copied()
        .unwrap_or(0);
    let visible = layout::home_rows(app.size, app.shares).max(1);
    // Only the visible rows are built: the list may hold ten thousand clients.
    let rows = (app.home.offset..app.data.len())
        .take(visible)
        .filter_map(|pos| Some((pos, app.data.row(pos)?)))
        .map(|(pos, row)| {
            let overdue_style = if row.overdue > 0 {
                theme.overdue
            } else {
                theme.muted
            };
            // A space where there is no marker, so that the shares stay aligned.
            let low = match row.time_marker(lang) {
                "" => " ",
                mark => mark,
            };
            let share = fmt_percent(row.rank.share, lang);
            let share_cell = if medium {
                right(share)
            } else {
                Cell::from(
                    Line::from(vec![Span::raw(share), Span::styled(low, theme.warning)])
                        .right_aligned(),
                )
            };
            let mut cells = vec![
                Cell::from(format!("{}", pos + 1)),
                Cell::from(Span::styled(
                    row.rank.class.letter(),
                    theme.class(row.rank.class),
                )),
                name_cell(row, pos < app.data.band, name_width, lang, theme),
                right(fmt_money(row.rank.revenue, lang)),
                share_cell,
            ];
            if medium {
                cells.push(right(fmt_percent(row.rank.cumulative, lang)));
            }
            cells.extend([
                right(row.open.to_string()),
                Cell::from(
                    Line::from(Span::styled(row.overdue.to_string(), overdue_style))
                        .right_aligned(),
                ),
                right(row.days_since_contact.map_or("–".into(), |d| d.to_string())),
                right(row.digest.last_grade.map_or("–".into(), |g| g.to_string())),
            ]);
            if medium {
                cells.push(Cell::from(Span::styled(low, theme.warning)));
                cells.push(right(fmt_decimal(row.priority.total, 1, lang)));
            }
            Row::new(cells)
        });
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.header))
        .row_highlight_style(theme.selection)
        .style(theme.text)
        .block(block);
    let mut state = TableState::default()
        .with_selected(Some(app.home.selected.saturating_sub(app.home.offset)));
    frame.render_stateful_widget(table, area, &mut state);
}

/// The client's name, cut to its column with `…`; in the band of open complaints led by the
/// age of the oldest one.
fn name_cell(
    row: &ClientRow,
    in_band: bool,
    width: usize,
    lang: Lang,
    theme: &Theme,
) -> Cell<'static> {
    let name = clean(&row.client.name).into_owned();
    match row.complaint_age.filter(|_| in_band) {
        Some(age) => {
            let mark = HomeText::BandMark.fill(lang, &[&age]);
            let room = width.saturating_sub(unicode_width::UnicodeWidthStr::width(mark.as_str()));
            Cell::from(Line::from(vec![
                Span::styled(mark, theme.warning),
                Span::styled(super::fit::fit(&name, room), theme.warning),
            ]))
        }
        None => Cell::from(super::fit::fit(&name, width)),
    }
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
