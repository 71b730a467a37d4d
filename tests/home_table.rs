//! The client list is drawn cell by cell from texts made in `update` (`ui::home_table`), not
//! through ratatui's `Table`: what it draws is what that table draws from the same texts,
//! symbol for symbol and style for style, at every size, in the band of complaints, with the
//! selection anywhere on the screen and after scrolling.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use common::driver::Driver;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Row, StatefulWidget, Table, TableState};
use verwacht::app::App;
use verwacht::app::home_rows::RowTexts;
use verwacht::app::layout;
use verwacht::files::Create;
use verwacht::i18n::{HomeText, Lang, Localized};
use verwacht::ui::{self, Theme};

fn right(text: &str) -> Cell<'_> {
    Cell::from(Line::from(text).right_aligned())
}

/// The list as ratatui's `Table` drew it, from the rows' texts, into `area` of a fresh buffer.
fn as_table_draws(app: &App, area: Rect, theme: &Theme) -> Buffer {
    let lang = app.lang;
    let medium = area.width >= 100;
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
    let name_width = ui::columns::widths(area.width.saturating_sub(2), &widths)[2];
    let visible = layout::home_rows(app.size, app.shares).max(1);
    let texts: Vec<(RowTexts, bool)> = (app.home.offset..app.data.len())
        .take(visible)
        .filter_map(|pos| {
            let row = app.data.row(pos)?;
            let texts = RowTexts::new(row, pos, pos < app.data.band, lang);
            Some((texts, row.overdue > 0))
        })
        .collect();
    let rows = texts
        .iter()
        .zip(app.home.offset..)
        .map(|((t, overdue), pos)| {
            let row = app.data.row(pos).unwrap();
            let overdue_style = if *overdue { theme.overdue } else { theme.muted };
            let share_cell = if medium {
                right(&t.share)
            } else {
                Cell::from(
                    Line::from(vec![
                        Span::raw(t.share.as_str()),
                        Span::styled(t.low, theme.warning),
                    ])
                    .right_aligned(),
                )
            };
            let name = match &t.band_mark {
                Some(mark) => {
                    let room = name_width
                        .saturating_sub(unicode_width::UnicodeWidthStr::width(mark.as_str()));
                    Cell::from(Line::from(vec![
                        Span::styled(mark.as_str(), theme.warning),
                        Span::styled(ui::fit::fit(&t.name, room), theme.warning),
                    ]))
                }
                None => Cell::from(ui::fit::fit(&t.name, name_width)),
            };
            let mut cells = vec![
                Cell::from(t.rank.as_str()),
                Cell::from(Span::styled(
                    row.rank.class.letter(),
                    theme.class(row.rank.class),
                )),
                name,
                right(&t.revenue),
                share_cell,
            ];
            if medium {
                cells.push(right(&t.cumulative));
            }
            cells.extend([
                right(&t.open),
                Cell::from(
                    Line::from(Span::styled(t.overdue.as_str(), overdue_style)).right_aligned(),
                ),
                right(&t.days),
                right(&t.grade),
            ]);
            if medium {
                cells.push(Cell::from(Span::styled(t.low, theme.warning)));
                cells.push(right(&t.priority));
            }
            Row::new(cells)
        });
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.header))
        .row_highlight_style(theme.selection)
        .style(theme.text)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border),
        );
    let mut state = TableState::default()
        .with_selected(Some(app.home.selected.saturating_sub(app.home.offset)));
    let mut buf = Buffer::empty(area);
    StatefulWidget::render(table, area, &mut buf, &mut state);
    buf
}

/// The cells inside the list's border, as drawn on the whole screen and as the table draws.
fn inside_the_list(app: &App, theme: &Theme) -> (Vec<String>, Vec<String>) {
    let area = app.places.home.table;
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|f| ui::draw(f, app, theme)).unwrap();
    let screen = terminal.backend().buffer().clone();
    let table = as_table_draws(app, area, theme);
    let inner = Block::default().borders(Borders::ALL).inner(area);
    let cells = |buf: &Buffer| {
        (inner.top()..inner.bottom())
            .flat_map(|y| (inner.left()..inner.right()).map(move |x| (x, y)))
            .map(|(x, y)| {
                let cell = &buf[(x, y)];
                format!("{x},{y} {:?} {:?}", cell.symbol(), cell.style())
            })
            .collect::<Vec<_>>()
    };
    (cells(&screen), cells(&table))
}

fn assert_as_the_table(d: &Driver, what: &str) {
    for theme in [Theme::dark(), Theme::dark().without_colour()] {
        let (drawn, table) = inside_the_list(&d.app, &theme);
        let first_difference = drawn.iter().zip(&table).position(|(a, b)| a != b);
        assert!(
            first_difference.is_none() && drawn.len() == table.len(),
            "{what}: {:?}",
            first_difference.map(|i| (&drawn[i], &table[i]))
        );
    }
}

#[test]
fn the_list_draws_what_the_table_drew() {
    for (w, h) in [(80, 24), (100, 30), (160, 48), (60, 12)] {
        let dir = tempfile::tempdir().unwrap();
        let mut store =
            verwacht::files::open(&dir.path().join("small.redb"), Create::Private).unwrap();
        store.set_clock(common::now);
        verwacht::demo::load_small(&store, common::today()).unwrap();
        let mut d = Driver::start_at(store, dir, Lang::En, common::now(), (w, h));
        assert!(d.app.data.band > 0, "the example has open complaints");
        assert_as_the_table(&d, &format!("{w}×{h} at the top"));
        d.keys("j j j");
        assert_as_the_table(&d, &format!("{w}×{h} three down"));
        d.keys("G");
        assert_as_the_table(&d, &format!("{w}×{h} at the bottom"));
        d.keys("k k");
        assert_as_the_table(&d, &format!("{w}×{h} two up from the bottom"));
    }
}
