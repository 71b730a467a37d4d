//! `verwacht export --format json` and `verwacht import json`: a varied database survives the
//! round trip byte for byte; a database that holds anything is never restored into.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod cli_support;

use chrono::{TimeZone, Utc};
use cli_support::{Sandbox, seeded};
use verwacht::domain::*;
use verwacht::files::Create;
use verwacht::store::{Queries, StoreError};

/// The seeded database plus interviews, answers, experiences, time, a draft, an archived
/// contact, an updated and a deleted expectation.
fn varied() -> Sandbox {
    let s = seeded();
    let store = verwacht::files::open(&s.db, Create::Never).unwrap();
    let at = Utc.with_ymd_and_hms(2026, 10, 1, 9, 0, 0).unwrap();
    store
        .write_as("bram", at, |tx| {
            let r: Vec<Contact> = tx.all()?;
            let (els, mut piet) = (r[0].clone(), r[1].clone());
            let interview = tx.insert(Interview::new(els.client_id, els.id, at))?;
            let answer = tx.insert(Answer::new(
                &interview,
                Characteristic::AboutTheFuture,
                "Voor Q2 #deadline — \"graag\"",
            ))?;
            let mut e: Expectation = tx.all::<Expectation>()?.remove(0);
            e.answers = vec![answer.id];
            e.status = Status::Met;
            tx.update(e.clone())?;
            let mut x = Experience::new(els.client_id, 9, "Top", at);
            x.expectation_id = Some(e.id);
            tx.insert(x)?;
            tx.insert(TimeEntry::new(piet.client_id, 30, at))?;
            let doomed = tx.insert(Expectation::new(piet.client_id, "Weg"))?;
            tx.delete::<Expectation>(doomed.id.0)?;
            piet.archived = true;
            tx.update(piet)?;
            tx.put_draft(&Draft {
                interview_id: interview.id,
                step: Characteristic::Personal,
                text: "half af…".into(),
                editing: None,
                duration_secs: 75,
                fields: Default::default(),
                saved: Stamp::new("bram", at),
            })?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    s
}

#[test]
fn export_import_export_is_byte_identical() {
    let s = varied();
    let first = s.export();
    assert!(first.contains("\"format\": \"verwacht-backup\""));
    assert!(first.contains("\"version\": 1"));
    assert!(first.contains("half af…"));
    let file = s.file("backup.json", &first);
    let copy = s.dir.path().join("copy.redb");
    let out = s
        .cmd_in("en", &copy, &["import", "json", &file])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(
        stdout,
        "Backup restored: clients 2, contacts 2, expectations 1, answers 1\n"
    );
    assert_eq!(s.export_of(&copy), first);
    // The restored database works as usual: ids continue after the deleted expectation.
    let store = verwacht::files::open(&copy, Create::Never).unwrap();
    let e = store
        .write(|tx| tx.insert(Expectation::new(ClientId(1), "Nieuw")))
        .unwrap();
    assert_eq!(e.id, ExpectationId(3));
    assert_eq!(store.read().unwrap().digests().unwrap().len(), 2);
}

#[test]
fn export_to_a_file_is_private_and_the_same() {
    use std::os::unix::fs::PermissionsExt;
    let s = varied();
    s.cmd(&["export", "-o", "b.json"])
        .assert()
        .success()
        .stdout("Exported to b.json\n");
    let path = s.dir.path().join("b.json");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), s.export());
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn a_database_with_data_is_never_restored_into() {
    let s = varied();
    let file = s.file("backup.json", s.export());
    let before = s.export();
    let out = s.cmd(&["import", "json", &file]).assert().code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("already holds data; a backup can only be restored into an empty database"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);
    assert_eq!(s.export(), before);
}

#[test]
fn a_file_that_is_not_a_backup_is_refused() {
    let s = Sandbox::new();
    let file = s.file("x.json", "{\"clients\": []}");
    s.cmd(&["import", "json", &file]).assert().code(1).stderr(
        "verwacht: error: x.json: not a verwacht backup: no \"format\": \"verwacht-backup\"\n",
    );
    assert!(!s.db.exists(), "nothing is created for a bad file");
}

#[test]
fn the_report_needs_a_client_and_unknown_formats_are_usage_errors() {
    let s = seeded();
    s.cmd(&["export", "--format", "md"]).assert().code(1).stderr(
        "verwacht: error: export --format md is the progress report for one client: give --client NAME\n",
    );
    s.cmd(&["export", "--format", "pdf"]).assert().code(2);
}
