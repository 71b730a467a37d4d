//! The home screen drawn to ratatui's TestBackend.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use common::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use verwacht::app::{Effect, Msg};
use verwacht::i18n::Lang;

fn key(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

#[test]
fn ranked_clients_at_80_by_24() {
    let app = app_with(Lang::En, skewed_clients(), 80, 24);
    let screen = render(&app);
    insta::assert_snapshot!("home_en_80x24", screen);
    let lines: Vec<&str> = screen.lines().collect();
    assert!(lines[0].contains("7 clients · A 4 · B 1 · C 2 · total revenue €1,000,000"));
    // The 80/20 answer, one line per class; no time logged yet.
    assert!(lines[1].contains("A 4 clients (57.1%) · 90.0% of revenue · no time logged yet"));
    assert!(
        lines[2].contains("B 1 client (14.3%)"),
        "singular: {}",
        lines[2]
    );
    assert!(lines[5].contains("Name") && lines[5].contains("Overdue"));
    assert!(lines[5].contains("Grade"), "headers whole at 80 columns");
    // Highest priority first (here, nothing to do anywhere: revenue order), with class,
    // revenue and share.
    let first = lines[6];
    assert!(first.contains("Woonstichting De Linde"), "{first}");
    assert!(first.contains(" A ") && first.contains("€500,000"));
    assert!(first.contains("50.0%"));
    let last = lines[12];
    assert!(last.contains("Koffiebar Boon") && last.contains(" C "));
    assert!(last.contains("2.0%"));
    assert!(lines[23].contains("Enter open") && lines[23].contains("i interview"));
    assert!(lines[23].contains("q quit"));
}

#[test]
fn dutch_amounts_and_words() {
    let app = app_with(Lang::Nl, skewed_clients(), 100, 30);
    let screen = render(&app);
    assert!(screen.contains("totale omzet € 1.000.000"), "{screen}");
    assert!(screen.contains("€ 500.000"));
    assert!(screen.contains("50,0%"));
    assert!(screen.contains("Cumulatief"));
}

#[test]
fn moving_with_j_and_k_and_quitting_with_q() {
    let mut app = app_with(Lang::En, skewed_clients(), 80, 24);
    assert_eq!(app.home.selected, 0);
    app.update(key('j'));
    app.update(key('j'));
    assert_eq!(app.selected_row().unwrap().client.name, "Bakkerij Van Dam");
    app.update(key('k'));
    assert_eq!(app.selected_row().unwrap().client.name, "Gemeente Zuidveen");
    app.update(key('G'));
    assert_eq!(app.selected_row().unwrap().client.name, "Koffiebar Boon");
    app.update(Msg::Key(KeyEvent::new(KeyCode::Up, KeyModifiers::NONE)));
    assert_eq!(app.home.selected, 5);
    assert_eq!(app.update(key('q')), vec![Effect::Quit]);
}

#[test]
fn reloading_keeps_the_selected_client() {
    let mut app = app_with(Lang::En, skewed_clients(), 80, 24);
    app.update(key('j'));
    assert_eq!(app.selected_row().unwrap().client.name, "Gemeente Zuidveen");
    // Another process adds a client bigger than everyone: the selection stays on the client.
    let mut clients = skewed_clients();
    clients.push(client(8, "Ziekenhuis Noord", 2_000_000));
    app.update(Msg::Loaded(verwacht::store::views::Snapshot {
        clients: clients
            .iter()
            .map(verwacht::domain::ListedClient::from)
            .collect(),
        digests: vec![],
        seq: 2,
        rebuilt: false,
    }));
    assert_eq!(app.selected_row().unwrap().client.name, "Gemeente Zuidveen");
    assert_eq!(app.home.selected, 2);
}

#[test]
fn a_long_list_scrolls_with_the_selection() {
    let clients: Vec<_> = (1..=100)
        .map(|i| client(i, &format!("Klant {i:03}"), 1000 * i as i64))
        .collect();
    let mut app = app_with(Lang::En, clients, 80, 24);
    for _ in 0..30 {
        app.update(key('j'));
    }
    let screen = render(&app);
    // Rank 31 is selected and visible; rank 1 has scrolled away.
    assert!(screen.contains("Klant 070"), "{screen}");
    assert!(!screen.contains("Klant 100"));
}

#[test]
fn an_empty_database_shows_how_to_start() {
    let app = app_with(Lang::En, vec![], 80, 24);
    let screen = render(&app);
    assert!(screen.contains("No clients yet"));
    assert!(screen.contains("verwacht demo"));
    assert!(screen.contains("verwacht import clients FILE.csv"));
}

#[test]
fn too_small_says_so() {
    let app = app_with(Lang::En, skewed_clients(), 40, 10);
    let screen = render(&app);
    assert!(screen.contains("Window too small"), "{screen}");
    assert!(!screen.contains("Woonstichting"));
}

#[test]
fn escape_sequences_in_names_never_reach_the_terminal() {
    let evil = client(9, "Evil\x1b]0;pwned\x07\x1b[2J BV", 10);
    let app = app_with(Lang::En, vec![evil], 80, 24);
    let screen = render(&app);
    assert!(!screen.contains('\x1b') && !screen.contains('\x07'));
    assert!(screen.contains("Evil\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}[2J BV"));
}

#[test]
fn a_clock_tick_after_a_key_keeps_the_keys_redraw() {
    let mut app = app_with(Lang::En, skewed_clients(), 80, 24);
    // The loop drew the last frame.
    app.update(Msg::Drawn);
    app.update(key('j'));
    assert!(app.needs_redraw(), "the key moved the selection");
    // The loop's clock tick comes in the same turn, before it draws.
    app.update(Msg::Clock(now() + chrono::Duration::milliseconds(200)));
    assert!(app.needs_redraw(), "the key's redraw is still owed");
    app.update(Msg::Drawn);
    app.update(Msg::Clock(now() + chrono::Duration::milliseconds(400)));
    assert!(
        !app.needs_redraw(),
        "a tick with nothing to show draws nothing"
    );
}

#[test]
fn what_the_loop_learns_reaches_the_screen_as_messages() {
    let mut app = app_with(Lang::En, skewed_clients(), 80, 24);
    app.update(Msg::Session(verwacht::app::Session {
        author: "anna".into(),
        read_only: true,
        settings: Default::default(),
    }));
    assert_eq!(app.author, "anna");
    assert!(render(&app).contains("READ-ONLY"), "{}", render(&app));
    // A failed change poll is said in the status line, in the user's words.
    app.update(Msg::Drawn);
    app.update(Msg::ReadFailed(verwacht::store::StoreError::Damaged(
        "team.redb".into(),
    )));
    assert!(app.needs_redraw());
    let screen = render(&app);
    assert!(screen.contains("damaged"), "{screen}");
    app.update(Msg::Problem("config ignored, using the defaults".into()));
    assert!(render(&app).contains("config ignored"));
}

/// Where the parts of a screen go is worked out when the size changes, not while drawing; a
/// frame of a size the program has not heard of yet still draws whole.
#[test]
fn the_screens_places_are_worked_out_when_the_size_changes() {
    use ratatui::layout::Rect;
    let mut d = driver_with(Lang::En, skewed_clients(), 160, 48);
    let app = &mut d.app;
    assert_eq!(app.places.made_for.0, Rect::new(0, 0, 160, 48));
    let pane = app
        .places
        .home
        .pane
        .expect("wide enough for the briefing pane");
    assert!(pane.x > app.places.home.table.x);
    app.update(Msg::Resize(100, 30));
    assert_eq!(app.places.made_for.0, Rect::new(0, 0, 100, 30));
    assert_eq!(app.places.home.pane, None, "too narrow for the pane");
    assert_eq!(app.places.home.table.width, 100);
    // The terminal shrank before the program heard of it: the frame gets its own places.
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(70, 20)).unwrap();
    terminal
        .draw(|f| verwacht::ui::draw(f, app, &verwacht::ui::Theme::dark()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let bottom: String = (0..70)
        .map(|x| buffer[(x, 19)].symbol().to_string())
        .collect();
    assert!(
        bottom.contains("quit"),
        "the hints on the frame's last line: {bottom}"
    );
}
