//! The performance budgets of DESIGN.md, measured on the team fixture:
//! start to the first drawn frame, a search keystroke (names; everything), saving an answer
//! durably, and a navigation keystroke's redraw. Peak memory is `benches/memory.rs`.
//!
//! `cargo bench --bench budgets` (the fixture is made on the first run, ~15 s).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

#[path = "fixture.rs"]
mod fixture;

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use verwacht::app::{App, Keymap, Msg};
use verwacht::domain::{Answer, Characteristic, Interview};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::runner;
use verwacht::search::{Query, search_names};
use verwacht::store::views;
use verwacht::store::{Queries, Store};
use verwacht::ui::{self, Theme};

fn start(path: &std::path::Path) -> (Store, App, Terminal<TestBackend>) {
    start_at(path, 100, 30)
}

/// The program started at `width`×`height`, its first frame drawn. What the first load asks
/// for (at 130 columns and more the selected client's records, for the briefing pane) is
/// performed first, as the terminal loop does.
fn start_at(
    path: &std::path::Path,
    width: u16,
    height: u16,
) -> (Store, App, Terminal<TestBackend>) {
    let store = verwacht::files::open(path, Create::Never).expect("fixture opens");
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
    let mut app = App::new(Lang::Nl, Keymap::default_map(), now, fixture::today());
    let mut effects = app.update(Msg::Resize(width, height));
    effects.extend(app.update(Msg::Loaded(views::snapshot(&store).expect("snapshot"))));
    runner::drive(&mut app, &store, effects);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let theme = Theme::dark();
    terminal.draw(|f| ui::draw(f, &app, &theme)).expect("frame");
    (store, app, terminal)
}

fn budgets(c: &mut Criterion) {
    let path = fixture::path();
    let mut g = c.benchmark_group("budgets");
    g.sample_size(20);

    g.bench_function("start_to_first_frame", |b| {
        b.iter(|| start(&path));
    });

    let store = verwacht::files::open(&path, Create::Never).expect("fixture opens");
    let index = Arc::new(views::search_index(&store).expect("index"));
    for q in [
        "w",
        "l",
        "le",
        "lev",
        "lin",
        "jansen",
        "vlierstein",
        "planning op tijd",
        "monteur",
        "c: bak",
    ] {
        let query = Query::parse(q);
        g.bench_function(format!("search_names/{q}"), |b| {
            b.iter(|| search_names(&index, &query, 30));
        });
    }
    for q in ["monteur", "planning op t", "planning op tijd"] {
        let query = Query::parse(q);
        g.bench_function(format!("search_everything/{q}"), |b| {
            b.iter(|| {
                let names = search_names(&index, &query, 30);
                let texts = views::search_texts(&store, &query, 30, &|| false);
                (names, texts)
            });
        });
    }
    drop(store);

    // Saving into a copy, so the fixture stays as it was.
    let copy = path.with_file_name("team-save-copy.redb");
    std::fs::copy(&path, &copy).expect("copy of the fixture");
    let store = verwacht::files::open(&copy, Create::Never).expect("copy opens");
    let interview: Interview = {
        let r = store.read().expect("read");
        r.all::<Interview>()
            .expect("interviews")
            .into_iter()
            .next()
            .expect("an interview")
    };
    g.bench_function("save_answer_durably", |b| {
        b.iter(|| {
            let answer = Answer::new(
                &interview,
                Characteristic::Personal,
                "Wil voortaan gebeld worden voordat de monteur komt #emotioneel",
            );
            store.write(|tx| tx.insert(answer)).expect("saved");
        });
    });
    drop(store);
    let _ = std::fs::remove_file(&copy);

    let (_store, mut app, mut terminal) = start(&path);
    let theme = Theme::dark();
    let down = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    let up = KeyEvent::new(KeyCode::Char('k'), KeyModifiers::NONE);
    let mut flip = false;
    g.bench_function("navigation_redraw", |b| {
        b.iter(|| {
            flip = !flip;
            app.update(Msg::Key(if flip { down } else { up }));
            terminal.draw(|f| ui::draw(f, &app, &theme)).expect("frame");
        });
    });
    report_changed(&mut app, &mut terminal, &theme, None);

    // At 160×48 the briefing of the selected client stands beside the list: a keystroke
    // reads that client's records (the effect the key asks for, performed as the loop does),
    // builds its briefing and draws both.
    let (store, mut app, mut terminal) = start_at(&path, 160, 48);
    assert!(
        app.pane.is_some(),
        "at 160×48 the briefing pane shows the selected client"
    );
    // Walking down the list and back, turning at its ends: each keystroke selects a client
    // not selected just before (flipping between two would measure a lucky case).
    let len = app.data.len();
    let mut going_down = true;
    g.bench_function("navigation_redraw_pane_160x48", |b| {
        b.iter(|| {
            let at = app.home.selected;
            if at + 1 >= len {
                going_down = false;
            } else if at == 0 {
                going_down = true;
            }
            let effects = app.update(Msg::Key(if going_down { down } else { up }));
            runner::drive(&mut app, &store, effects);
            terminal.draw(|f| ui::draw(f, &app, &theme)).expect("frame");
            app.update(Msg::Drawn);
        });
    });
    g.finish();
    report_changed(&mut app, &mut terminal, &theme, Some(&store));
}

/// What a navigation keystroke sends to the terminal: only the changed cells. With `store`,
/// what the key asks for is read first (the briefing pane's records).
fn report_changed(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    theme: &Theme,
    store: Option<&Store>,
) {
    let down = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    let before = terminal.backend().buffer().clone();
    let effects = app.update(Msg::Key(down));
    if let Some(store) = store {
        runner::drive(app, store, effects);
    }
    terminal.draw(|f| ui::draw(f, app, theme)).expect("frame");
    let changed = before.diff(terminal.backend().buffer()).len();
    eprintln!(
        "navigation redraw at {}×{} changes {changed} of {} cells",
        before.area.width,
        before.area.height,
        before.area.width * before.area.height
    );
}

criterion_group!(benches, budgets);
criterion_main!(benches);
