//! Peak memory of a program on the team fixture: the client list loaded and drawn, the search
//! index built (what `/` needs), and after searching the bench queries 20 times over. Prints
//! the resident set size from /proc.
//!
//! `cargo bench --bench memory`
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

#[path = "fixture.rs"]
mod fixture;
#[path = "queries.rs"]
mod queries;

use chrono::{TimeZone, Utc};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use verwacht::app::search::LIMIT;
use verwacht::app::{App, Keymap, Msg};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::search::{Query, search_names};
use verwacht::store::views;
use verwacht::ui::{self, Theme};

fn status(field: &str) -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .map(|l| l.trim_start_matches(field).trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

fn main() {
    // `cargo bench` passes --bench; a plain `cargo test --benches` run passes nothing: skip the
    // expensive part then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let path = fixture::path();
    let store = verwacht::files::open(&path, Create::Never).expect("fixture opens");
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
    let mut app = App::new(Lang::Nl, Keymap::default_map(), now, fixture::today());
    app.update(Msg::Resize(100, 30));
    app.update(Msg::Loaded(views::snapshot(&store).expect("snapshot")));
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    terminal
        .draw(|f| ui::draw(f, &app, &Theme::dark()))
        .expect("frame");
    println!(
        "after the first frame: VmRSS {} (peak {})",
        status("VmRSS:"),
        status("VmHWM:")
    );
    let index = std::sync::Arc::new(views::search_index(&store).expect("index"));
    app.update(Msg::SearchIndex(index.clone()));
    println!(
        "with the search index: VmRSS {} (peak {})",
        status("VmRSS:"),
        status("VmHWM:")
    );
    // The bench queries again and again, as the search window runs them (names, long texts,
    // then the count of the rest): resident memory should level off, not keep growing.
    for round in 1..=20 {
        for (_, q) in queries::QUERIES {
            let query = Query::parse(q);
            let names = search_names(&index, &query, LIMIT);
            let texts = views::search_texts(&store, &query, LIMIT, &|| false).expect("texts");
            let count = views::count_matches(&store, &index, &query, &|| false).expect("count");
            std::hint::black_box((names, texts, count));
        }
        if [1, 2, 5, 10, 20].contains(&round) {
            println!(
                "after {round} round(s) of the {} bench queries: VmRSS {} (peak {})",
                queries::QUERIES.len(),
                status("VmRSS:"),
                status("VmHWM:")
            );
        }
    }
}
