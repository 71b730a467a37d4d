//! The client list's table. Its rows' texts are made in `update` (`app::home_rows`); here
//! they are only put in place, cell by cell, as ratatui's `Table` would put them (its style
//! over the area, the block, the header row in its style, one cell between columns, the
//! selected row's style over the whole row last), without building a table of cells at every
//! frame: a move on the list draws some fifty rows of twelve cells.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::Theme;
use crate::app::home_rows::RowTexts;
use crate::app::{App, ClientRow, layout};
use crate::i18n::{HomeText, Localized};

/// The list of clients in `area`, titled `title`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, title: String, theme: &Theme) {
    let lang = app.lang;
    // Columns that only fit on wider screens.
    let medium = area.width >= 100;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(title, theme.title));
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
        left(HomeText::Rank.get(lang), Style::default()),
        left(HomeText::Class.get(lang), Style::default()),
        left(HomeText::Name.get(lang), Style::default()),
        right(HomeText::Revenue.get(lang), Style::default()),
        right(share.get(lang), Style::default()),
    ];
    let mut widths = vec![
        Constraint::Length(3),
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(11),
        Constraint::Length(7),
    ];
    if medium {
        header.push(right(HomeText::Cumulative.get(lang), Style::default()));
        widths.push(Constraint::Length(10));
    }
    header.extend([
        right(HomeText::Open.get(lang), Style::default()),
        right(HomeText::Overdue.get(lang), Style::default()),
        right(days.get(lang), Style::default()),
        right(HomeText::Grade.get(lang), Style::default()),
    ]);
    widths.extend([
        Constraint::Length(4),
        Constraint::Length(7),
        Constraint::Length(if medium { 5 } else { 4 }),
        Constraint::Length(6),
    ]);
    if medium {
        header.push(left(HomeText::TimeLow.get(lang), Style::default()));
        widths.push(Constraint::Length(4));
        header.push(right(HomeText::Priority.get(lang), Style::default()));
        widths.push(Constraint::Length(6));
    }

    let buf = frame.buffer_mut();
    buf.set_style(area, theme.text);
    (&block).render(area, buf);
    let inner = block.inner(area);
    if inner.is_empty() {
        return;
    }
    let columns = super::columns::places(inner.width, &widths);
    let name_width = columns.get(2).map_or(0, |c| usize::from(c.1));
    let header_area = Rect { height: 1, ..inner };
    buf.set_style(header_area, theme.header);
    put_row(buf, header_area, &columns, &header);

    // Only the visible rows are drawn: the list may hold ten thousand clients. A row whose
    // texts were not made in `update` (or not for it as it is now) is made here.
    let rows_area = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    let visible = layout::home_rows(app.size, app.shares).max(1);
    let mut drawn: usize = 0;
    for (i, pos) in (app.home.offset..app.data.len()).take(visible).enumerate() {
        let Some(row) = app.data.row(pos) else {
            continue;
        };
        drawn += 1;
        let Some(y) = u16::try_from(i)
            .ok()
            .map(|i| rows_area.y + i)
            .filter(|y| *y < rows_area.bottom())
        else {
            continue;
        };
        let in_band = pos < app.data.band;
        let texts = match app.home_rows.get(row, pos, in_band, lang) {
            Some(t) => Cow::Borrowed(t),
            None => Cow::Owned(RowTexts::new(row, pos, in_band, lang)),
        };
        let cells = cells(&texts, row, medium, name_width, theme);
        put_row(
            buf,
            Rect {
                y,
                height: 1,
                ..rows_area
            },
            &columns,
            &cells,
        );
    }
    // The selected row, kept within the rows drawn as the table kept it.
    let selected = app
        .home
        .selected
        .saturating_sub(app.home.offset)
        .min(drawn.saturating_sub(1));
    if drawn > 0
        && let Ok(i) = u16::try_from(selected)
        && rows_area.y + i < rows_area.bottom()
    {
        let row_area = Rect {
            y: rows_area.y + i,
            height: 1,
            ..rows_area
        };
        buf.set_style(row_area, theme.selection);
    }
}

/// The cells of one row, borrowing its texts.
fn cells<'a>(
    t: &'a RowTexts,
    row: &ClientRow,
    medium: bool,
    name_width: usize,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let none = Style::default();
    let overdue_style = if row.overdue > 0 {
        theme.overdue
    } else {
        theme.muted
    };
    let share = if medium {
        right(&t.share, none)
    } else {
        Line::from(vec![
            Span::raw(t.share.as_str()),
            Span::styled(t.low, theme.warning),
        ])
        .right_aligned()
    };
    let mut cells = vec![
        left(&t.rank, none),
        left(row.rank.class.letter(), theme.class(row.rank.class)),
        name(t, name_width, theme),
        right(&t.revenue, none),
        share,
    ];
    if medium {
        cells.push(right(&t.cumulative, none));
    }
    cells.extend([
        right(&t.open, none),
        right(&t.overdue, overdue_style),
        right(&t.days, none),
        right(&t.grade, none),
    ]);
    if medium {
        cells.push(left(t.low, theme.warning));
        cells.push(right(&t.priority, none));
    }
    cells
}

/// Puts `cells` into the columns (`(x, width)` inside the row) of the row at `area`.
fn put_row(buf: &mut Buffer, area: Rect, columns: &[(u16, u16)], cells: &[Line]) {
    for (&(x, width), line) in columns.iter().zip(cells) {
        line.render(
            Rect {
                x: area.x + x,
                width,
                ..area
            },
            buf,
        );
    }
}

fn left<'a>(text: impl Into<Cow<'a, str>>, style: Style) -> Line<'a> {
    Line::from(Span::styled(text, style))
}

fn right<'a>(text: impl Into<Cow<'a, str>>, style: Style) -> Line<'a> {
    Line::from(Span::styled(text, style)).right_aligned()
}

/// The client's name, cut to its column with `…`; in the band of open complaints led by the
/// age of the oldest one.
fn name<'a>(t: &'a RowTexts, width: usize, theme: &Theme) -> Line<'a> {
    match &t.band_mark {
        Some(mark) => {
            let room = width.saturating_sub(unicode_width::UnicodeWidthStr::width(mark.as_str()));
            Line::from(vec![
                Span::styled(mark.as_str(), theme.warning),
                Span::styled(super::fit::fit(&t.name, room), theme.warning),
            ])
        }
        None => Line::from(Span::raw(super::fit::fit(&t.name, width))),
    }
}
