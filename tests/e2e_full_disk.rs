//! A full disk loses nothing and says so, with the real binary: an answer saved on a full disk
//! stays in the editor, the message names the cause, the draft goes to a file of its own and
//! SIGTERM says where (not that it is saved); once there is room the program writes again by
//! itself and the next start gives the draft back. A form stays open with what was typed. The
//! disk is a small tmpfs where the test may mount one, else a file size limit on the program.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use std::path::Path;

use common::full_disk::FullDisk;
use common::tmux::{self, Session, verwacht};

/// A database with one client, on the disk that will be filled.
fn one_client(disk: &FullDisk) -> std::path::PathBuf {
    let db = disk.db();
    assert!(verwacht(&db, &["init"]).status.success());
    let csv = db.with_file_name("clients.csv");
    std::fs::write(&csv, "naam,omzet\nBakkerij Van Dam,100000\n").unwrap();
    assert!(
        verwacht(&db, &["import", "clients", csv.to_str().unwrap()])
            .status
            .success()
    );
    std::fs::remove_file(&csv).unwrap();
    db
}

fn start(name: &str, db: &Path, state: &Path) -> Session {
    let s = Session::start_with(
        name,
        &tmux::binary(),
        db,
        &["--lang", "nl"],
        &[("XDG_STATE_HOME", state.to_str().unwrap())],
        &[],
    );
    s.remain_on_exit();
    s
}

fn export(db: &Path) -> String {
    let out = verwacht(db, &["export", "--format", "json"]);
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn an_answer_on_a_full_disk_stays_is_kept_aside_and_comes_back() {
    if !tmux::require() {
        return;
    }
    let disk = FullDisk::new();
    let db = one_client(&disk);
    let state = tempfile::tempdir().unwrap();
    let s = start("full-answer", &db, state.path());
    s.wait_for("1 klant", 10);
    s.keys(&["i"]);
    s.wait_for("met wie spreek je?", 5);
    s.keys(&["n"]);
    s.type_text("Piet");
    s.keys(&["Enter"]);
    s.wait_for("1. Altijd aanwezig", 5);
    let pid = tmux::pid_of(&db).expect("the program runs");
    disk.fill(Some(pid));

    let answer = "Brood voor zeven uur geleverd";
    s.type_text(answer);
    s.wait_for(answer, 5);
    s.keys(&["Enter"]);
    let screen = s.wait_for("De schijf is vol", 5);
    assert!(
        screen.contains(answer),
        "the answer stays in the editor:\n{screen}"
    );
    assert!(!screen.contains("Antwoord opgeslagen"), "{screen}");
    // Within a second the draft goes where it can: a file of its own.
    s.wait_for("het staat apart in", 5);
    let drafts = state.path().join("verwacht").join("drafts");
    // (A retry may be writing its next version beside it, as a `.json.tmp` renamed into place.)
    let kept: Vec<_> = std::fs::read_dir(&drafts)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(kept.len(), 1, "one draft kept aside: {kept:?}");

    tmux::signal(pid, "TERM");
    tmux::gone_within(pid, 5).expect("the program ends");
    let said = s.wait_for_in_history("gestopt door SIGTERM", 5);
    assert!(said.contains("staat apart in"), "{said}");
    assert!(
        !said.contains("het concept is bewaard"),
        "no false claim:\n{said}"
    );
    drop(s);

    // Room again (a file size limit was the stopped program's own).
    disk.free(None);
    let s = start("full-back", &db, state.path());
    s.wait_for("Onderbroken interviews", 10);
    s.wait_for(answer, 5);
    s.keys(&["Enter"]);
    s.wait_for("Concept teruggezet", 5);
    s.keys(&["Enter"]);
    s.wait_for("Antwoord opgeslagen", 5);
    assert!(
        export(&db).contains(answer),
        "the answer is in the database"
    );
    assert_eq!(
        std::fs::read_dir(&drafts).unwrap().count(),
        0,
        "the file kept aside is gone"
    );
}

#[test]
fn a_form_on_a_full_disk_stays_open_and_saves_once_there_is_room() {
    if !tmux::require() {
        return;
    }
    let disk = FullDisk::new();
    let db = one_client(&disk);
    let state = tempfile::tempdir().unwrap();
    let s = start("full-form", &db, state.path());
    s.wait_for("1 klant", 10);
    let pid = tmux::pid_of(&db).expect("the program runs");
    disk.fill(Some(pid));
    s.keys(&["n"]);
    s.wait_for("Nieuwe klant", 5);
    s.type_text("Kapsalon Knip");
    s.keys(&["Enter"]);
    let screen = s.wait_for("De schijf is vol", 5);
    assert!(screen.contains("Nieuwe klant"), "the form stays:\n{screen}");
    assert!(
        screen.contains("Kapsalon Knip"),
        "with what was typed:\n{screen}"
    );
    assert!(!export(&db).contains("Kapsalon Knip"), "nothing saved");

    // Room again: the program opens the file anew by itself and the same Enter saves.
    disk.free(Some(pid));
    // Each Enter before the program tries the disk again says it is still full; one after
    // saves. Waited for, a second at a time.
    let start = std::time::Instant::now();
    let mut saved = false;
    while !saved && start.elapsed() < std::time::Duration::from_secs(15) {
        s.keys(&["Enter"]);
        saved = s.shows_within("Opgeslagen: Kapsalon Knip", 1);
    }
    assert!(saved, "saved once there is room:\n{}", s.screen());
    assert!(export(&db).contains("Kapsalon Knip"));
}

#[test]
fn a_command_on_a_full_disk_says_so_in_one_line_and_changes_nothing() {
    let disk = FullDisk::new();
    let db = one_client(&disk);
    let before = export(&db);
    disk.fill(None);
    let csv = tempfile::NamedTempFile::new().unwrap();
    let rows: String = (0..200)
        .map(|i| format!("Klant {i},{}\n", 1000 + i))
        .collect();
    std::fs::write(csv.path(), format!("naam,omzet\n{rows}")).unwrap();
    let out = disk.command(&[
        "--db",
        db.to_str().unwrap(),
        "--lang",
        "nl",
        "import",
        "clients",
        csv.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("de schijf is vol"), "{err}");
    disk.free(None);
    assert_eq!(export(&db), before, "nothing imported");
}
