//! The real release binary in a pseudo-terminal of 100×30 (`navigate`: 160×48), driven as a
//! person meets it:
//!
//! - `start`: from starting it to the first full frame, on the team fixture;
//! - `idle`: its CPU use left alone on the team fixture, with nobody writing and with a
//!   colleague saving a small change once a second;
//! - `paste`: a 5 MB answer pasted into an interview, then idle CPU and keystroke echo;
//! - `search`: each query of `queries.rs` typed into the search window, per keystroke the
//!   time to the frame with its names results and to the one with the long texts in;
//! - `navigate`: in a terminal of 160×48, where the briefing pane stands beside the list,
//!   per `j` the time to the frame whose pane shows the next client.
//!
//! `cargo bench --bench pty`. Settings, all optional:
//! - `VERWACHT_PTY_CASES=start,idle,paste,search,navigate` picks cases;
//! - `VERWACHT_BENCH_SIZE=100` uses the 1/100 team fixture, `VERWACHT_BENCH_SCALE=4` the 4×
//!   one (each made on first use);
//! - `VERWACHT_PTY_IDLE_SECS` (20) and `VERWACHT_PTY_PASTE_MB` (5) shorten the idle windows
//!   and the paste, for a quick look;
//! - `VERWACHT_BIN` runs another binary, and `VERWACHT_PTY_FIXTURE` copies that database file
//!   instead of the fixture (of the current schema, migrated once from an older one; see
//!   `fixture.rs`): an older binary refuses a file of a newer schema;
//! - `VERWACHT_PTY_SHOW=1` prints the screen at points of each case, `VERWACHT_PTY_KEEP=1`
//!   keeps each case's temporary folder (its database and home);
//! - `VERWACHT_PTY_STRICT=1` makes a figure over its budget (or a problem found) fail the run.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

#[path = "pty/answer.rs"]
mod answer;
#[path = "fixture.rs"]
#[allow(dead_code)]
mod fixture;
#[path = "pty/idle.rs"]
mod idle;
#[path = "pty/keystrokes.rs"]
mod keystrokes;
#[path = "pty/measure.rs"]
mod measure;
#[path = "pty/navigate.rs"]
mod navigate;
#[path = "pty/output.rs"]
mod output;
#[path = "pty/paste.rs"]
mod paste;
#[path = "queries.rs"]
mod queries;
#[path = "pty/scratch.rs"]
mod scratch;
#[path = "pty/screen.rs"]
mod screen;
#[path = "pty/search.rs"]
mod search;
#[path = "pty/start.rs"]
mod start;
#[path = "pty/terminal.rs"]
mod terminal;
#[path = "pty/waits.rs"]
mod waits;

use std::process::ExitCode;

pub use scratch::Scratch;

/// The client list's title once the list is drawn: "Klanten · sortering: prioriteit".
pub const LIST_TITLE: &str = "Klanten · sortering";

const CASES: [&str; 5] = ["start", "idle", "paste", "search", "navigate"];

fn main() -> ExitCode {
    // `cargo bench` passes --bench; a plain `cargo test --benches` run passes nothing: skip
    // it all then.
    if !std::env::args().any(|a| a == "--bench") {
        return ExitCode::SUCCESS;
    }
    let wanted = std::env::var("VERWACHT_PTY_CASES").unwrap_or_else(|_| CASES.join(","));
    let wanted: Vec<&str> = wanted.split(',').map(str::trim).collect();
    if let Some(unknown) = wanted.iter().find(|w| !CASES.contains(w)) {
        eprintln!(
            "pty: no case {unknown:?}; the cases are {}",
            CASES.join(", ")
        );
        return ExitCode::FAILURE;
    }
    println!(
        "pty: {} in a {}×{} pseudo-terminal (navigate: 160×48)",
        terminal::binary().display(),
        terminal::COLS,
        terminal::ROWS
    );
    let fixture = || {
        // A file of another schema, for an older binary (VERWACHT_BIN) to compare with.
        let path = std::env::var_os("VERWACHT_PTY_FIXTURE").map_or_else(fixture::path, Into::into);
        let (size, _) = fixture::size();
        println!(
            "pty: the team fixture {} ({size:?}) at {}",
            fixture::label(),
            path.display()
        );
        path
    };
    let mut team = None;
    for case in CASES.iter().filter(|c| wanted.contains(c)) {
        let result = match *case {
            "start" => start::run(team.get_or_insert_with(fixture)),
            "idle" => idle::run(team.get_or_insert_with(fixture)),
            "search" => search::run(team.get_or_insert_with(fixture)),
            "navigate" => navigate::run(team.get_or_insert_with(fixture)),
            _ => paste::run(),
        };
        if let Err(failure) = result {
            eprintln!("pty: case {case} failed: {failure}");
            return ExitCode::FAILURE;
        }
    }
    let over = measure::OVER.load(std::sync::atomic::Ordering::Relaxed);
    if over > 0 {
        println!("pty: {over} figure(s) over budget");
        if std::env::var_os("VERWACHT_PTY_STRICT").is_some_and(|v| v == "1") {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
