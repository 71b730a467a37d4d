//! A program started in a wide terminal shows the selected client's briefing in the pane beside
//! the list at once, without a key (issue 12 item 8): the effects of the first resize, which
//! ask for the client's records, are performed before the first draw. Once driven as the
//! terminal loop starts the program, and once in the real binary under tmux at 200×50.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use std::path::Path;

use common::driver::Driver;
use common::render;
use common::tmux::{self, Session, verwacht};
use verwacht::files::Create;
use verwacht::i18n::Lang;

/// The text inside the box titled "Briefing" (right of the list), one line per screen row.
fn pane_text(screen: &str) -> String {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let Some((top, left)) = lines.iter().enumerate().find_map(|(y, line)| {
        let text: String = line.iter().collect();
        let at = text.find("┌Briefing")?;
        Some((y, text[..at].chars().count()))
    }) else {
        return String::new();
    };
    lines[top + 1..]
        .iter()
        .take_while(|line| line.get(left) == Some(&'│'))
        .map(|line| {
            let inner: String = line[left + 1..].iter().collect();
            inner
                .trim_end()
                .trim_end_matches('│')
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_wide_start_shows_the_selected_clients_briefing_without_a_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = verwacht::files::open(&dir.path().join("wide.redb"), Create::Private).unwrap();
    store.set_clock(common::now);
    verwacht::demo::load_small(&store, common::today()).unwrap();
    let d = Driver::start_at(store, dir, Lang::En, common::now(), (200, 50));

    let selected = d
        .app
        .selected_row()
        .expect("a client is selected")
        .client
        .clone();
    let pane = d
        .app
        .pane
        .as_ref()
        .expect("the pane holds a client's records");
    assert_eq!(pane.client.id, selected.id, "the selected client's records");
    let screen = render(&d.app);
    let text = pane_text(&screen);
    assert!(
        text.starts_with(&format!("{} — class", selected.name)),
        "the pane starts with the briefing of {}:\n{screen}",
        selected.name
    );
    assert!(!selected.sector.is_empty());
    assert!(
        text.contains(&format!("Sector: {}", selected.sector)),
        "{screen}"
    );
}

/// Runs a plain command and returns its standard output; panics with its errors if it fails.
fn run(db: &Path, args: &[&str]) -> String {
    let out = verwacht(db, args);
    assert!(
        out.status.success(),
        "verwacht {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_real_program_started_at_200x50_fills_the_briefing_pane_without_a_key() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("wide.redb");
    run(&db, &["--lang", "en", "demo"]);
    // The first client on the list (`rank` orders as the home screen does) and lines of its
    // briefing, as `brief` prints them.
    let rank = run(&db, &["--lang", "en", "rank"]);
    let first = rank.lines().nth(1).expect("a client on the list");
    let name = first
        .split("  ")
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .nth(2)
        .unwrap_or_else(|| panic!("a name in {first:?}"))
        .to_string();
    let brief = run(&db, &["--lang", "en", "brief", &name]);
    let header = format!("{name} — class");
    assert!(brief.starts_with(&header), "{brief}");
    let sector = brief
        .lines()
        .find(|l| l.starts_with("Sector: "))
        .unwrap_or_else(|| panic!("the briefing names the sector:\n{brief}"))
        .to_string();

    let s = Session::start_sized("wide", &db, &["--lang", "en"], (200, 50));
    s.wait_for("┌Briefing", 10);
    let screen = s.wait_until(
        &format!("{name}'s briefing in the pane, without a key"),
        5,
        |screen| {
            let text = pane_text(screen);
            text.starts_with(&header) && text.contains(&sector)
        },
    );
    assert!(
        screen
            .lines()
            .any(|l| l.starts_with("│1 ") && l.contains(&name)),
        "{name} is the first (selected) row:\n{screen}"
    );
}
