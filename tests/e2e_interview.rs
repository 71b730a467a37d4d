//! The interview end to end, in the real binary under tmux: the example database, an interview
//! with tagged answers in several steps, `kill -9` while a sentence is half typed, a restart
//! that offers the interview with the draft back in the editor, finishing it, and the new
//! expectations in `verwacht export --format json`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::tmux::{self, Session, verwacht};

/// The whole file as `verwacht export --format json` prints it; panics if that fails.
fn export(db: &Path) -> String {
    let out = verwacht(db, &["export", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn interview_survives_kill_9_and_ends_in_expectations() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e2e-interview.redb");
    let demo = verwacht(&db, &["--lang", "nl", "demo"]);
    assert!(
        demo.status.success(),
        "{}",
        String::from_utf8_lossy(&demo.stderr)
    );

    let s = Session::start("interview", &db, &["--lang", "nl"]);
    s.wait_for("Klanten", 10);
    // Zorggroep Het Baken has no interview in progress (it would be offered first).
    s.keys(&["f"]);
    s.type_text("Baken");
    s.keys(&["Enter"]);
    s.wait_for("filter “Baken”", 5);
    s.keys(&["i"]);
    s.wait_for("met wie spreek je?", 5);
    s.keys(&["1"]);
    s.wait_for("1. Altijd aanwezig", 5);

    s.type_text("Storingen worden dezelfde dag opgelost #basis");
    s.keys(&["Enter"]);
    s.wait_for("Storingen worden dezelfde dag opgelost", 5);
    s.keys(&["M-3"]);
    s.wait_for("3. Persoonlijk", 5);
    s.type_text("Wil persoonlijk gebeld worden #emotioneel");
    s.keys(&["Enter"]);
    s.wait_for("Wil persoonlijk gebeld worden", 5);
    s.keys(&["M-4"]);
    s.wait_for("4. Afhankelijk", 5);
    s.type_text("Half getypte zin over de fac");
    s.wait_for("Half getypte zin over de fac", 5);
    // The draft is stored within a second of the last keystroke: wait until it is in the file
    // (the store is read by another process while the program runs), then kill.
    let typed = Instant::now();
    while !export(&db).contains("Half getypte zin over de fac") {
        assert!(
            typed.elapsed() < Duration::from_secs(5),
            "the draft is not stored; the screen shows:\n{}",
            s.screen()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    eprintln!(
        "the draft was in the file {:?} after typing",
        typed.elapsed()
    );
    tmux::kill_9(&db);
    drop(s);

    let s = Session::start("resume", &db, &["--lang", "nl"]);
    s.wait_for("Onderbroken interviews", 10);
    s.wait_for("zin over de fac”", 2);
    s.keys(&["Enter"]);
    let screen = s.wait_for("4. Afhankelijk", 5);
    assert!(screen.contains("Concept teruggezet"), "{screen}");
    s.type_text("tuur #belofte");
    s.keys(&["Enter"]);
    s.wait_for("Half getypte zin over de factuur", 5);
    s.escape_to("i type");
    s.keys(&["f"]);
    s.wait_for("Samenvatting", 5);
    s.keys(&["A", "f"]);
    s.wait_for("Interview afgerond: 3 verwachtingen aangemaakt", 5);
    s.keys(&["q"]);
    s.wait_until_ended("q to end the program", 5);

    let json: serde_json::Value = serde_json::from_str(&export(&db)).unwrap();
    let text = json.to_string();
    for title in [
        "Storingen worden dezelfde dag opgelost",
        "Wil persoonlijk gebeld worden",
        "Half getypte zin over de factuur",
    ] {
        assert!(text.contains(title), "{title} is exported");
    }
}
