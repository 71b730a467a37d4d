//! Two programs on one file, as two colleagues on a shared server: Anna edits an expectation's
//! title while Bram records a measurement of it. Whatever the order and however close the
//! saves, both changes are kept, and Anna's undo takes back only her title; when both change
//! the same field, the later one is shown both versions. Real binary in tmux: without tmux
//! these fail under CI and are skipped elsewhere.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use std::path::{Path, PathBuf};

use common::tmux::{self, Session, verwacht};

/// Van Dijk's first expectation in the example data.
const TITLE: &str = "Storingslijn 's nachts altijd bereikbaar";

fn demo(dir: &Path) -> PathBuf {
    let db = dir.join("team.redb");
    let out = verwacht(&db, &["--lang", "nl", "demo"]);
    assert!(out.status.success());
    db
}

/// The expectation as stored: its title and current level.
fn stored(db: &Path) -> (String, String) {
    let out = verwacht(db, &["export", "--format", "json"]);
    assert!(out.status.success());
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let e = all["expectations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == 1)
        .unwrap()
        .clone();
    (
        e["title"].as_str().unwrap().to_string(),
        e["measure"]["current"].as_str().unwrap().to_string(),
    )
}

/// A program for `name`; `test` keeps the sessions of tests running at once apart.
fn colleague(test: &str, name: &str, db: &Path) -> Session {
    let s = Session::start_with(
        &format!("{test}-{name}"),
        &tmux::binary(),
        db,
        &["--lang", "nl"],
        &[("VERWACHT_USER", name)],
        &[],
    );
    s.wait_for("25 klanten", 10);
    s
}

/// Opens Van Dijk's expectations tab.
fn open_expectations(s: &Session) {
    s.keys(&["f"]);
    s.type_text("Van Dijk");
    s.keys(&["Enter"]);
    s.wait_for("filter “Van Dijk”", 5);
    s.keys(&["Enter"]);
    s.wait_for("Tijdlijn", 5);
    s.keys(&["3"]);
    s.wait_for("Storingslijn", 5);
}

/// Anna: the expectation's form, with `more` typed after the title, not yet saved.
fn anna_types_title(anna: &Session, more: &str) {
    anna.keys(&["e"]);
    anna.wait_for("bewerken", 5);
    anna.type_text(more);
    anna.wait_for(more, 5);
}

/// Bram: the measurement form with `value` typed, not yet saved.
fn bram_types_measurement(bram: &Session, value: &str) {
    bram.keys(&["Enter"]);
    bram.wait_for("Maatstaf", 5);
    bram.keys(&["m"]);
    bram.wait_for("Nieuwe meting", 5);
    bram.type_text(value);
}

#[test]
fn saves_a_moment_apart_keep_both_changes_and_undo_takes_back_only_mine() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let anna = colleague("apart", "anna", &db);
    let bram = colleague("apart", "bram", &db);
    open_expectations(&anna);
    open_expectations(&bram);
    for (round, value) in ["91", "92", "93", "94", "95"].into_iter().enumerate() {
        let more = format!(" r{round}");
        anna_types_title(&anna, &more);
        bram_types_measurement(&bram, value);
        // Both press Enter as close together as two keystrokes can be sent, in turn first.
        if round % 2 == 0 {
            anna.keys(&["Enter"]);
            bram.keys(&["Enter"]);
        } else {
            bram.keys(&["Enter"]);
            anna.keys(&["Enter"]);
        }
        anna.wait_for("Opgeslagen", 5);
        bram.wait_for("Opgeslagen", 5);
        let (title, current) = stored(&db);
        assert!(
            title.ends_with(&more),
            "round {round}: anna's title: {title}"
        );
        assert_eq!(current, value, "round {round}: bram's measurement");
        bram.escape_to("6 Tijdlijn");
    }
    // Anna takes back her last title edit: Bram's measurements stay.
    anna.keys(&["u"]);
    anna.wait_for("Ongedaan gemaakt", 5);
    let (title, current) = stored(&db);
    assert!(title.ends_with(" r3"), "one edit back: {title}");
    assert_eq!(current, "95", "bram's last measurement stays");
}

#[test]
fn the_same_field_changed_by_both_is_shown_with_both_versions() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let anna = colleague("same", "anna", &db);
    let bram = colleague("same", "bram", &db);
    open_expectations(&anna);
    open_expectations(&bram);
    anna_types_title(&anna, " (anna)");
    anna_types_title(&bram, " (bram)");
    bram.keys(&["Enter"]);
    bram.wait_for("Opgeslagen", 5);
    anna.keys(&["Enter"]);
    let screen = anna.wait_for("Ook gewijzigd door bram", 5);
    assert!(screen.contains("titel: jouw versie"), "{screen}");
    assert!(screen.contains("(anna)"), "{screen}");
    assert!(screen.contains("(bram)"), "{screen}");
    assert_eq!(
        stored(&db).0,
        format!("{TITLE} (bram)"),
        "nothing decided yet"
    );
    anna.keys(&["m"]);
    anna.wait_for("Opgeslagen", 5);
    assert_eq!(stored(&db).0, format!("{TITLE} (anna)"), "anna chose hers");
}

#[test]
fn the_step_6_form_keeps_a_colleagues_measurement() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let anna = colleague("step6", "anna", &db);
    let bram = colleague("step6", "bram", &db);
    open_expectations(&bram);
    // Anna is in an interview with Gerrit at Van Dijk, at step 6, editing the expectation.
    anna.keys(&["f"]);
    anna.type_text("Van Dijk");
    anna.keys(&["Enter"]);
    anna.wait_for("filter “Van Dijk”", 5);
    anna.keys(&["i"]);
    anna.wait_for("met wie spreek je?", 5);
    anna.keys(&["1"]);
    anna.wait_for("1. Altijd aanwezig", 5);
    anna.keys(&["M-6"]);
    anna.wait_for("Antwoorden en open verwachtingen", 5);
    anna.escape_to("e bewerken");
    anna.keys(&["e"]);
    anna.wait_for("Titel", 5);
    anna.type_text(" (stap 6)");
    anna.wait_for("(stap 6)", 5);
    bram_types_measurement(&bram, "97");
    bram.keys(&["Enter"]);
    bram.wait_for("Opgeslagen", 5);
    anna.keys(&["Enter"]);
    anna.wait_for("Verwachting bijgewerkt", 5);
    let (title, current) = stored(&db);
    assert_eq!(title, format!("{TITLE} (stap 6)"));
    assert_eq!(current, "97", "bram's measurement stays");
}
