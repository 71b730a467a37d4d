//! A varied database survives export → restore → export byte for byte.

use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::domain::*;
use crate::files::Create;
use crate::store::{Store, Tx};

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, day, 9, 0, 0).unwrap()
}

fn store_in(dir: &tempfile::TempDir, name: &str) -> Store {
    crate::files::open(&dir.path().join(name), Create::Private).unwrap()
}

fn fill(tx: &mut Tx) -> Result<(), StoreError> {
    let a = tx.insert(Client::new("Woonstichting De Linde", Cents(50_000_000)))?;
    let b = tx.insert(Client::new("Bakkerij Van Dam", Cents(10_000_000)))?;
    let gone = tx.insert(Client::new("Weg BV", Cents(1)))?;
    tx.delete::<Client>(gone.id.0)?;
    let els = tx.insert(Contact::new(a.id, "Els", "financieel directeur"))?;
    let mut old = tx.insert(Contact::new(b.id, "Piet", "eigenaar"))?;
    old.archived = true;
    tx.update(old)?;
    let interview = tx.insert(Interview::new(a.id, els.id, at(1)))?;
    let answer = tx.insert(Answer::new(
        &interview,
        Characteristic::Dependent,
        "Beloofd in de offerte #belofte",
    ))?;
    let mut e = Expectation::new(a.id, "Rapportage binnen 3 dagen");
    e.contact_id = Some(els.id);
    e.answers = vec![answer.id];
    e.deadline = chrono::NaiveDate::from_ymd_opt(2027, 3, 31);
    let mut e = tx.insert(e)?;
    e.status = Status::InProgress;
    e.measure.current = "5".into();
    let e = tx.update(e)?;
    let mut x = Experience::new(a.id, 4, "Rapport te laat", at(3));
    x.expectation_id = Some(e.id);
    x.complaint = true;
    tx.insert(x)?;
    tx.insert(TimeEntry::new(b.id, 45, at(4)))?;
    tx.put_draft(&Draft {
        interview_id: interview.id,
        step: Characteristic::Personal,
        text: "Ze verwacht \"snel\" antwoord — ✓".into(),
        editing: None,
        duration_secs: 75,
        fields: Default::default(),
        saved: Stamp::new("anna", at(5)),
    })
}

fn export(store: &Store) -> String {
    to_json(&collect(&store.read().unwrap()).unwrap()).unwrap()
}

#[test]
fn export_restore_export_is_identical() {
    let dir = tempfile::tempdir().unwrap();
    let first = store_in(&dir, "a.redb");
    first.write_as("anna", at(2), fill).unwrap();
    let text = export(&first);
    let backup = parse(&text).unwrap();
    assert_eq!(backup.clients.len(), 2);
    assert_eq!(backup.last_ids[&Kind::Client], 3);
    assert_eq!(backup.history.len(), 2);

    let second = store_in(&dir, "b.redb");
    assert!(is_empty(&second.read().unwrap()).unwrap());
    second.write(|tx| restore(tx, &backup)).unwrap();
    assert_eq!(export(&second), text);

    let r = second.read().unwrap();
    assert_eq!(r.digests().unwrap().len(), 2);
    assert!(!is_empty(&r).unwrap());
    // New records continue after the old ids, also after a deleted one.
    let c = second
        .write(|tx| tx.insert(Client::new("Nieuw", Cents(0))))
        .unwrap();
    assert_eq!(c.id, ClientId(4));
}

#[test]
fn damaged_or_foreign_files_are_refused() {
    assert!(matches!(parse("[1, 2]"), Err(BackupError::NotBackup(_))));
    assert!(matches!(
        parse(r#"{"format": "something else", "version": 1}"#),
        Err(BackupError::NotBackup(_))
    ));
    assert!(matches!(
        parse(r#"{"format": "verwacht-backup", "version": 99, "new_field": true}"#),
        Err(BackupError::NewerVersion(99))
    ));
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir, "a.redb");
    store.write_as("anna", at(2), fill).unwrap();
    let text = export(&store);
    let orphan = text.replacen("\"client_id\": 1", "\"client_id\": 9", 1);
    assert!(matches!(
        parse(&orphan),
        Err(BackupError::MissingClient { client: 9, .. })
    ));
}
