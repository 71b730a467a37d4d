//! A damaged file is refused, not crashed on: 16 KiB of a real database overwritten with
//! random bytes make every command either work (it never read the damage) or say in one line
//! that the file is damaged and how to restore it — never a panic (exit 101). The full-screen
//! program does not start on a file whose first pages are damaged, and on one damaged further
//! in it says so where it meets the damage and goes on. An empty file is no database.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use std::path::{Path, PathBuf};

use common::tmux::{self, Session, verwacht};

/// A small pseudo-random generator, so that the damage is the same on every run.
fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn demo(dir: &Path) -> PathBuf {
    let db = dir.join("good.redb");
    assert!(verwacht(&db, &["--lang", "nl", "demo"]).status.success());
    db
}

/// A copy of `good` with 16 KiB at `offset` overwritten.
fn damaged(good: &Path, offset: u64, name: &str) -> PathBuf {
    use std::io::{Seek, SeekFrom, Write};
    let bad = good.with_file_name(name);
    std::fs::copy(good, &bad).unwrap();
    let mut f = std::fs::OpenOptions::new().write(true).open(&bad).unwrap();
    f.seek(SeekFrom::Start(offset)).unwrap();
    f.write_all(&noise(offset, 16 * 1024)).unwrap();
    bad
}

/// Every command a user can run on the file (`csv`: clients to import).
fn commands(csv: &Path) -> Vec<Vec<String>> {
    let csv = csv.to_str().unwrap();
    let all: [&[&str]; 8] = [
        &["rank"],
        &["rank", "--by-class", "--format", "csv"],
        &["brief", "Zuidervaart"],
        &["search", "storing"],
        &["export", "--format", "json"],
        &[
            "export",
            "--format",
            "md",
            "--client",
            "Zuidervaart",
            "--preview",
        ],
        &["import", "clients", csv],
        &["demo"],
    ];
    all.iter()
        .map(|a| a.iter().map(|s| s.to_string()).collect())
        .collect()
}

/// Runs every command; each works or says in one line that the file is damaged. Returns how
/// many said so, and how many there were.
fn every_command(db: &Path) -> (usize, usize) {
    let csv = db.with_file_name("clients.csv");
    std::fs::write(&csv, "naam,omzet\nKapsalon Knip,20000\n").unwrap();
    let commands = commands(&csv);
    let mut refused = 0;
    for args in &commands {
        let mut all = vec!["--lang", "nl"];
        all.extend(args.iter().map(String::as_str));
        let out = verwacht(db, &all);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(101), "{args:?} panicked:\n{err}");
        assert!(!err.contains("panicked"), "{args:?}:\n{err}");
        if err.contains("beschadigd") {
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            assert_eq!(err.trim().lines().count(), 1, "{args:?}: one line:\n{err}");
            assert!(err.contains("verwacht import json"), "{err}");
            refused += 1;
        }
    }
    (refused, commands.len())
}

/// Damage somewhere in the middle, on whole pages, that a full export reads.
fn damaged_inside(good: &Path) -> PathBuf {
    let size = std::fs::metadata(good).unwrap().len();
    for step in 2..8 {
        let bad = damaged(good, size * step / 10 / 4096 * 4096, "inside.redb");
        let export = verwacht(&bad, &["--lang", "nl", "export", "--format", "json"]);
        if export.status.code() == Some(1) {
            return bad;
        }
    }
    panic!("no damage in the middle of the file was read by an export");
}

#[test]
fn every_command_on_a_damaged_file_works_or_says_so_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = demo(dir.path());
    // Its first pages: nothing can be read, every command refuses; but `search`, which opens
    // the file read-only and so never reads those pages (where a writer keeps what is free),
    // works and finds what it finds in the good file.
    let head = damaged(&good, 4096, "head.redb");
    let (refused, all) = every_command(&head);
    assert_eq!(refused, all - 1, "every command but search refuses");
    let search = |db: &Path| verwacht(db, &["--lang", "nl", "search", "storing"]);
    let (found, in_good) = (search(&head), search(&good));
    assert!(found.status.success(), "{found:?}");
    assert_eq!(found.stdout, in_good.stdout);
    // Further in: some commands never read the damage; none panics.
    let inside = damaged_inside(&good);
    assert!(every_command(&inside).0 >= 1);
}

#[test]
fn the_program_does_not_start_on_a_damaged_file() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let good = demo(dir.path());
    let head = damaged(&good, 4096, "head.redb");
    let s = Session::start_held("damaged-head", &head, &["--lang", "nl"]);
    let said = s.wait_for_in_history("exited with", 10);
    assert!(said.contains("het bestand is beschadigd"), "{said}");
    assert!(said.contains("exited with 1"), "{said}");
    assert!(!said.contains("panicked"), "{said}");
    assert!(
        !said.contains("Klanten"),
        "the program did not start:\n{said}"
    );
}

/// (A debug build's redb checks more on open, so there the program refuses to start on this
/// file too; a release build starts and meets the damage later.)
#[test]
fn the_program_refuses_or_says_where_it_meets_damage_and_never_crashes() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let good = demo(dir.path());
    let inside = damaged_inside(&good);
    let s = Session::start_held("damaged-inside", &inside, &["--lang", "nl"]);
    s.wait_until("the list or the refusal", 10, |_| {
        let all = s.history();
        all.contains("klanten") || all.contains("exited with")
    });
    if s.history().contains("exited with") {
        // The damage is in what the first screen reads: refused, as above.
        let said = s.history();
        assert!(said.contains("het bestand is beschadigd"), "{said}");
        assert!(said.contains("exited with 1"), "{said}");
        return;
    }
    // Every client's screen and timeline, then search: the damage is met somewhere, and the
    // program says so instead of crashing.
    for _ in 0..25 {
        s.keys(&["Enter"]);
        s.wait_until("a client or the damage", 5, |screen| {
            screen.contains("Tijdlijn") || screen.contains("beschadigd")
        });
        s.keys(&["6", "q", "j"]);
        assert!(
            !s.history().contains("exited with"),
            "still running:\n{}",
            s.history()
        );
    }
    // Search reads every text: the window says the file is damaged instead of waiting.
    s.keys(&["Escape", "/"]);
    s.type_text("stor");
    let screen = s.wait_until("results or the damage", 10, |screen| {
        screen.contains("beschadigd") || screen.contains("gevonden")
    });
    if screen.contains("beschadigd") {
        assert!(screen.contains("reservekopie"), "{screen}");
    }
    assert!(s.alive(), "still running");
    let all = s.history();
    assert!(!all.contains("onverwacht gestopt"), "{all}");
}

#[test]
fn an_empty_file_is_no_database_unless_init_makes_it_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("empty.redb");
    std::fs::write(&db, b"").unwrap();
    let out = verwacht(&db, &["--lang", "nl", "rank"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("geen verwacht-database"), "{err}");
    assert_eq!(std::fs::metadata(&db).unwrap().len(), 0, "left untouched");
    assert!(verwacht(&db, &["init"]).status.success());
    assert!(verwacht(&db, &["rank"]).status.success());
}
