//! How the screens look in any terminal: no colour under NO_COLOR (state still visible), a wide
//! screen uses its room, escape bytes from stored text never reach the terminal, and wide
//! characters keep the columns aligned. Also the mouse as a second way.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use common::{app_with, client, driver_with, render, skewed_clients};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::style::{Color, Modifier};
use verwacht::app::{App, Msg, Screen};
use verwacht::i18n::Lang;
use verwacht::ui::{self, theme};

fn buffer(app: &App, theme: &verwacht::ui::Theme) -> ratatui::buffer::Buffer {
    let mut t = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    t.draw(|f| ui::draw(f, app, theme)).unwrap();
    t.backend().buffer().clone()
}

#[test]
fn no_color_draws_without_colour_but_shows_the_selection() {
    let app = app_with(Lang::En, skewed_clients(), 80, 24);
    let (mono, problem) = theme::choose(None, true, None, |p| std::fs::read_to_string(p));
    assert!(problem.is_none());
    let buf = buffer(&app, &mono);
    for cell in buf.content() {
        assert!(matches!(cell.fg, Color::Reset), "colour at {cell:?}");
        assert!(matches!(cell.bg, Color::Reset));
    }
    // The selected row (row 6, under the 80/20 answer and the header) is shown reversed.
    assert!(buf[(5, 6)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn a_wide_screen_shows_more_columns_and_the_briefing_pane() {
    let d = driver_with(Lang::En, skewed_clients(), 200, 60);
    let screen = render(&d.app);
    let header = screen.lines().nth(5).unwrap();
    assert!(
        header.contains("Cumulative") && header.contains("Prio"),
        "{header}"
    );
    assert!(screen.contains("┌Briefing"), "{screen}");
    // The pane holds the briefing of the selected (first) client, beside the list, from its
    // first line.
    let first = screen.lines().nth(6).unwrap();
    assert!(
        first.starts_with("│1   A  Woonstichting De Linde"),
        "{screen}"
    );
    assert!(
        header.ends_with(
            "││Woonstichting De Linde — class A · revenue €500,000 (50.0%, cumulative 50.0%) │"
        ),
        "{screen}"
    );
    assert!(
        screen.contains("• 2026-11-02 10:00 · anna: created client “Woonstichting De Linde”"),
        "{screen}"
    );
}

#[test]
fn wide_characters_and_combining_marks_keep_columns_aligned() {
    let clients = vec![
        client(1, "東京商事株式会社", 300_000),
        client(2, "Café Zoë 🍰 BV", 200_000),
        client(3, "Plain Client", 100_000),
    ];
    let app = app_with(Lang::En, clients, 100, 24);
    let (dark, _) = theme::choose(None, false, None, |p| std::fs::read_to_string(p));
    let buf = buffer(&app, &dark);
    // In cells, as the terminal shows them: where the euro sign of each amount is.
    let euro_at = |y: u16| (0..buf.area.width).find(|x| buf[(*x, y)].symbol() == "€");
    let columns: Vec<Option<u16>> = (6..9).map(euro_at).collect();
    assert!(columns[0].is_some());
    assert!(columns.iter().all(|c| *c == columns[0]), "{columns:?}");
    // The names are whole: the wide ones take two cells a character.
    let row: String = (0..buf.area.width)
        .map(|x| buf[(x, 6)].symbol().to_string())
        .collect();
    assert!(row.contains('東') && row.contains('社'));
}

#[test]
fn escape_bytes_in_any_stored_text_are_drawn_harmlessly() {
    let evil = client(9, "Evil\x1b[31m\x07\u{9b}2J", 10);
    // Wide: the name is in the list, in the briefing pane and in the breakdown.
    let mut d = driver_with(Lang::En, vec![evil], 200, 60);
    let screen = render(&d.app);
    assert!(
        screen.contains("Evil\u{FFFD}[31m\u{FFFD}\u{FFFD}2J — class"),
        "the briefing pane names the client:\n{screen}"
    );
    d.keys("b");
    let screen = render(&d.app);
    for bad in ['\x1b', '\x07', '\u{9b}'] {
        assert!(!screen.contains(bad));
    }
    assert!(screen.contains("Evil\u{FFFD}[31m"), "{screen}");
}

#[test]
fn the_wheel_scrolls_and_a_click_selects_then_opens() {
    let mut app = app_with(Lang::En, skewed_clients(), 80, 24);
    let mouse = |kind, row| {
        Msg::Mouse(MouseEvent {
            kind,
            column: 10,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    app.update(mouse(MouseEventKind::ScrollDown, 5));
    assert_eq!(app.home.selected, 1);
    // Row 6 of the screen is the first client (under the 80/20 answer and the header); row 9
    // the fourth.
    app.update(mouse(MouseEventKind::Down(MouseButton::Left), 9));
    assert_eq!(app.home.selected, 3);
    let effects = app.update(mouse(MouseEventKind::Down(MouseButton::Left), 9));
    assert!(matches!(app.screen, Screen::Client(_)));
    assert!(!effects.is_empty(), "the client's records are asked for");
}
