//! `verwacht demo` through the real binary: the summary line, and the refusal of a database
//! that already holds clients, which leaves it as it was.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use assert_cmd::Command;
use verwacht::domain::{Change, Client};
use verwacht::files::Create;
use verwacht::store::Queries;

/// What the database holds, as far as any reader can tell. (The file's bytes are no measure:
/// redb updates its header whenever a writer opens it.)
fn contents(db: &std::path::Path) -> (u64, Vec<Client>, Vec<Change>) {
    let store = verwacht::files::open(db, Create::Never).unwrap();
    let r = store.read().unwrap();
    (
        r.change_seq().unwrap(),
        r.all().unwrap(),
        r.all_changes().unwrap(),
    )
}

fn verwacht(db: &std::path::Path, lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("verwacht").unwrap();
    cmd.arg("--db").arg(db).arg("--lang").arg(lang);
    cmd
}

#[test]
fn demo_loads_once_and_then_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    let out = verwacht(&db, "nl").arg("demo").assert().success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        stdout.starts_with("Voorbeeld geladen: 25 klanten,"),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 1);

    let before = contents(&db);
    let out = verwacht(&db, "en").arg("demo").assert().code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("already holds clients"), "{stderr}");
    assert!(stderr.contains("--db"), "{stderr}");
    assert!(out.get_output().stdout.is_empty());
    assert_eq!(contents(&db), before);
}

#[test]
fn an_unknown_size_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    verwacht(&db, "en")
        .args(["demo", "--size", "huge"])
        .assert()
        .code(2);
    assert!(!db.exists());
}

/// `--scale`: a whole number from 1, with the team example only; anything else is said in one
/// line, exits as a usage error does, and writes nothing.
#[test]
fn a_bad_scale_is_a_usage_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.redb");
    for (lang, args, says) in [
        (
            "en",
            &["demo", "--size", "team", "--scale", "0"][..],
            "1 to 100",
        ),
        (
            "en",
            &["demo", "--size", "team", "--scale", "x"][..],
            "1 to 100",
        ),
        ("en", &["demo", "--scale=-3"][..], "1 to 100"),
        (
            "en",
            &["demo", "--size", "team", "--scale", "101"][..],
            "1 to 100",
        ),
        ("en", &["demo", "--size", "team", "--scale"][..], "--scale"),
        (
            "en",
            &["demo", "--size", "small", "--scale", "4"][..],
            "--size small",
        ),
        (
            "en",
            &["demo", "--scale", "4", "--size", "small"][..],
            "--size small",
        ),
        (
            "nl",
            &["demo", "--size", "team", "--scale", "0"][..],
            "1 tot en met 100",
        ),
        (
            "nl",
            &["demo", "--size", "small", "--scale", "2"][..],
            "gaat niet samen met '--size small'",
        ),
    ] {
        let out = verwacht(&db, lang).args(args).assert().code(2);
        let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        let first = stderr.lines().next().unwrap_or_default();
        assert!(first.contains(says), "{args:?}: {stderr}");
        assert!(first.contains("--scale"), "{args:?}: {stderr}");
        assert!(out.get_output().stdout.is_empty(), "{args:?}");
        assert!(!db.exists(), "{args:?} wrote {}", db.display());
    }
}
