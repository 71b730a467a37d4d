//! One day for everything: `VERWACHT_TODAY` is honoured by the example data, by imports (a
//! measurement is dated the day of the import), by every report and by the full-screen
//! program, so that a demonstration or a reproduced report agrees with itself.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use std::process::Command;

use common::tmux::{self, Session};

const DAY: &str = "2025-01-15";

fn verwacht(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(tmux::binary())
        .arg("--db")
        .arg(db)
        .args(args)
        .env("VERWACHT_USER", "e2e")
        .env("VERWACHT_TODAY", DAY)
        .output()
        .unwrap()
}

fn overdue_in_a(db: &std::path::Path) -> u64 {
    let out = verwacht(db, &["rank", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    rows.as_array()
        .unwrap()
        .iter()
        .filter(|r| r["class"] == "A")
        .map(|r| r["overdue"].as_u64().unwrap())
        .sum()
}

#[test]
fn the_example_and_an_import_are_made_as_of_that_day() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.redb");
    assert!(verwacht(&db, &["--lang", "nl", "demo"]).status.success());
    let backup: serde_json::Value =
        serde_json::from_slice(&verwacht(&db, &["export"]).stdout).unwrap();
    let latest = backup["time"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["at"].as_str().unwrap().to_string())
        .max()
        .unwrap();
    assert!(
        latest.as_str() <= "2025-01-16" && latest.as_str() >= "2024-12-01",
        "{latest}"
    );
    let csv = dir.path().join("expectations.csv");
    std::fs::write(
        &csv,
        "klant,titel,maatstaf,nulmeting,doel,actueel\nGemeente Zuidervaart,Sneller antwoord,dagen,10,3,7\n",
    )
    .unwrap();
    let out = verwacht(
        &db,
        &[
            "--lang",
            "nl",
            "import",
            "expectations",
            csv.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let backup = String::from_utf8(verwacht(&db, &["export"]).stdout).unwrap();
    let at = backup.find("Sneller antwoord").unwrap();
    assert!(backup[at..].contains(DAY), "the measurement is dated {DAY}");
    // A day that is no date is one line, and nothing runs.
    let out = Command::new(tmux::binary())
        .args(["--db", db.to_str().unwrap(), "--lang", "nl", "rank"])
        .env("VERWACHT_TODAY", "15-01-2025")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is geen datum"));
}

#[test]
fn the_program_judges_deadlines_as_of_that_day() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.redb");
    assert!(verwacht(&db, &["--lang", "nl", "demo"]).status.success());
    let overdue = overdue_in_a(&db);
    let s = Session::start_with(
        "today",
        &tmux::binary(),
        &db,
        &["--lang", "nl"],
        &[("VERWACHT_TODAY", DAY)],
        &[],
    );
    let screen = s.wait_for("Klanten", 10);
    let a = screen.lines().find(|l| l.starts_with(" A ")).unwrap();
    assert!(
        a.contains(&format!("{overdue} te laat")),
        "as `rank` on {DAY}: {a}"
    );
}
