//! Store tests: every entity round-trips; history, timeline and digests follow every change;
//! schema versions and file permissions are enforced.

use std::os::unix::fs::PermissionsExt;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use redb::{ReadableDatabase, ReadableTable, TableDefinition};

use super::schema::CURRENT;
use super::tables::{DIGESTS, META, SCHEMA_VERSION};
use super::*;
use crate::domain::*;
use crate::files::Create;

fn fixed_now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 2, 10, 30, 0).unwrap()
}

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = crate::files::open(&dir.path().join("t.redb"), Create::Private).unwrap();
    store.set_clock(fixed_now);
    store.set_author("anna");
    (dir, store)
}

fn add_client(store: &Store, name: &str, euros: i64) -> Client {
    store
        .write(|tx| tx.insert(Client::new(name, Cents::from_euros(euros))))
        .unwrap()
}

#[test]
fn every_entity_round_trips() {
    let (_dir, store) = temp_store();
    let client = add_client(&store, "Bakkerij De Korrel", 120_000);
    let (contact, interview, answer, expectation, experience, time) = store
        .write(|tx| {
            let contact = tx.insert(Contact::new(client.id, "Els", "financieel directeur"))?;
            let interview = tx.insert(Interview::new(client.id, contact.id, fixed_now()))?;
            let answer = tx.insert(Answer::new(
                &interview,
                Characteristic::Dependent,
                "Beloofd in de offerte #belofte",
            ))?;
            let mut e = Expectation::new(client.id, "Factuur klopt altijd");
            e.contact_id = Some(contact.id);
            e.answers = vec![answer.id];
            let expectation = tx.insert(e)?;
            let mut x = Experience::new(client.id, 4, "Factuur fout", fixed_now());
            x.expectation_id = Some(expectation.id);
            x.complaint = true;
            let experience = tx.insert(x)?;
            let time = tx.insert(TimeEntry::new(client.id, 45, fixed_now()))?;
            Ok::<_, StoreError>((contact, interview, answer, expectation, experience, time))
        })
        .unwrap();
    let r = store.read().unwrap();
    assert_eq!(r.fetch::<Client>(client.id.0).unwrap(), client);
    assert_eq!(r.fetch::<Contact>(contact.id.0).unwrap(), contact);
    assert_eq!(r.fetch::<Interview>(interview.id.0).unwrap(), interview);
    assert_eq!(r.fetch::<Answer>(answer.id.0).unwrap(), answer);
    assert_eq!(
        r.fetch::<Expectation>(expectation.id.0).unwrap(),
        expectation
    );
    assert_eq!(r.fetch::<Experience>(experience.id.0).unwrap(), experience);
    assert_eq!(r.fetch::<TimeEntry>(time.id.0).unwrap(), time);
    assert_eq!(answer.tags, vec!["belofte"]);
    assert_eq!(r.answers_of(interview.id).unwrap(), vec![answer.clone()]);
    assert_eq!(r.for_client::<Contact>(client.id).unwrap(), vec![contact]);
    // The store stamps every record with its author and time.
    assert_eq!(client.created, Stamp::new("anna", fixed_now()));
    assert_eq!(interview.interviewer, "anna");
    assert_eq!(time.created.by, "anna");
}

#[test]
fn a_report_marker_joins_the_timeline_and_changes_no_record() {
    let (_dir, store) = temp_store();
    let client = add_client(&store, "Acme", 10);
    let digest = store.read().unwrap().digest(client.id).unwrap();
    let covered = store.change_seq().unwrap();
    let marker = store.write(|tx| tx.log_report(client.id, covered)).unwrap();
    assert_eq!(marker.action, ChangeAction::Reported);
    assert_eq!((marker.kind, marker.id), (Kind::Client, client.id.0));
    assert_eq!(marker.covers, Some(covered));
    assert_eq!(marker.seq, covered + 1, "other processes notice it");
    let r = store.read().unwrap();
    assert_eq!(r.changes_of(client.id).unwrap().last(), Some(&marker));
    assert_eq!(r.digest(client.id).unwrap(), digest);
    let missing = store.write(|tx| tx.log_report(ClientId(99), covered));
    assert!(matches!(missing, Err(StoreError::NotFound { .. })));
}

#[test]
fn updates_and_archiving_list_and_stamp() {
    let (_dir, mut store) = temp_store();
    let a = add_client(&store, "A", 10);
    let b = add_client(&store, "B", 20);
    store.set_author("bram");
    let mut changed = b.clone();
    changed.archived = true;
    changed.sector = "zorg".into();
    let stored = store.write(|tx| tx.update(changed)).unwrap();
    assert_eq!(stored.updated.by, "bram");
    assert_eq!(stored.created.by, "anna");
    let all: Vec<Client> = store.read().unwrap().all().unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0], a);
    assert!(all[1].archived);
    let timeline = store.read().unwrap().changes_of(b.id).unwrap();
    let last = timeline.last().unwrap();
    assert_eq!(last.action, ChangeAction::Archived);
    assert_eq!(last.stamp.by, "bram");
    assert_eq!(last.fields, vec!["archived", "sector"]);
}

#[test]
fn an_update_that_changes_nothing_writes_nothing() {
    let (_dir, store) = temp_store();
    let a = add_client(&store, "A", 10);
    let before = store.change_seq().unwrap();
    store.write(|tx| tx.update(a.clone())).unwrap();
    assert_eq!(store.change_seq().unwrap(), before);
}

#[test]
fn every_expectation_change_appends_history() {
    let (_dir, mut store) = temp_store();
    let client = add_client(&store, "A", 10);
    let e = store
        .write(|tx| tx.insert(Expectation::new(client.id, "Snel antwoord")))
        .unwrap();
    store.set_author("bram");
    let mut e2 = e.clone();
    e2.status = Status::InProgress;
    e2.deadline = NaiveDate::from_ymd_opt(2027, 3, 31);
    store.write(|tx| tx.update(e2.clone())).unwrap();
    let mut e3 = e2.clone();
    e3.status = Status::Met;
    store.write(|tx| tx.update(e3)).unwrap();
    let history = store.read().unwrap().history(e.id).unwrap();
    assert_eq!(history.len(), 3);
    assert_eq!(history[0].seq, 0);
    assert_eq!(history[0].stamp.by, "anna");
    assert!(history[0].changes.iter().any(|c| c.field == "title"));
    assert_eq!(history[1].stamp.by, "bram");
    let fields: Vec<&str> = history[1]
        .changes
        .iter()
        .map(|c| c.field.as_str())
        .collect();
    assert_eq!(fields, vec!["deadline", "status"]);
    assert_eq!(history[1].changes[0].to, "2027-03-31");
    assert_eq!(history[2].changes[0].from, "in_progress");
    assert_eq!(history[2].changes[0].to, "met");
}

#[test]
fn delete_and_reinsert_for_undo() {
    let (_dir, store) = temp_store();
    let client = add_client(&store, "A", 10);
    let x = store
        .write(|tx| tx.insert(Experience::new(client.id, 3, "slecht", fixed_now())))
        .unwrap();
    let removed: Experience = store.write(|tx| tx.delete(x.id.0)).unwrap();
    assert!(
        store
            .read()
            .unwrap()
            .get::<Experience>(x.id.0)
            .unwrap()
            .is_none()
    );
    assert_eq!(
        store
            .read()
            .unwrap()
            .for_client::<Experience>(client.id)
            .unwrap(),
        vec![]
    );
    store.write(|tx| tx.reinsert(&removed)).unwrap();
    assert_eq!(
        store.read().unwrap().fetch::<Experience>(x.id.0).unwrap(),
        x
    );
}

#[test]
fn digest_follows_the_records() {
    let (_dir, store) = temp_store();
    let client = add_client(&store, "A", 10);
    let digest = store.read().unwrap().digest(client.id).unwrap().unwrap();
    assert!(digest.live.is_empty());
    store
        .write(|tx| {
            let mut e = Expectation::new(client.id, "X");
            e.deadline = NaiveDate::from_ymd_opt(2026, 10, 1);
            e.expected_grade = Some(8);
            let e = tx.insert(e)?;
            let mut x = Experience::new(client.id, 5, "", fixed_now());
            x.expectation_id = Some(e.id);
            x.complaint = true;
            tx.insert(x)?;
            tx.insert(TimeEntry::new(client.id, 30, fixed_now()))
        })
        .unwrap();
    let digest = store.read().unwrap().digest(client.id).unwrap().unwrap();
    assert_eq!(digest.open(), 1);
    assert_eq!(digest.live[0].gap, Some(-3));
    assert!(digest.live[0].complaint, "the complaint points at it");
    assert_eq!(digest.since_negative, vec![false]);
    assert_eq!(digest.overdue(fixed_now().date_naive()), 1);
    assert_eq!(digest.open_complaints, 1);
    assert_eq!(digest.last_grade, Some(5));
    assert_eq!(digest.minutes_since(fixed_now().date_naive(), 90), 30);
    assert_eq!(digest.last_contact, Some(fixed_now()));
}

#[test]
fn a_failed_write_changes_nothing() {
    let (_dir, store) = temp_store();
    let result: std::result::Result<(), StoreError> = store.write(|tx| {
        tx.insert(Client::new("half", Cents(1)))?;
        tx.insert(Contact::new(ClientId(999), "nobody", ""))?;
        Ok(())
    });
    assert!(matches!(
        result,
        Err(StoreError::NotFound {
            kind: "client",
            id: 999
        })
    ));
    assert!(store.is_empty().unwrap());
    assert_eq!(store.change_seq().unwrap(), 0);
}

#[test]
fn drafts_are_kept_but_not_counted_as_changes() {
    let (_dir, store) = temp_store();
    let before = store.change_seq().unwrap();
    let draft = Draft {
        interview_id: InterviewId(7),
        step: Characteristic::Personal,
        text: "half a sent".into(),
        editing: None,
        duration_secs: 42,
        fields: Default::default(),
        saved: Stamp::new("anna", fixed_now()),
    };
    store.write(|tx| tx.put_draft(&draft)).unwrap();
    assert_eq!(
        store.read().unwrap().draft(InterviewId(7)).unwrap(),
        Some(draft)
    );
    assert_eq!(store.change_seq().unwrap(), before);
    store.write(|tx| tx.delete_draft(InterviewId(7))).unwrap();
    assert_eq!(store.read().unwrap().draft(InterviewId(7)).unwrap(), None);
}

#[test]
fn moving_through_an_interview_is_no_news_for_the_timeline() {
    let (_dir, store) = temp_store();
    let client = add_client(&store, "A", 1);
    let interview = store
        .write(|tx| {
            let els = tx.insert(Contact::new(client.id, "Els", ""))?;
            tx.insert(Interview::new(client.id, els.id, fixed_now()))
        })
        .unwrap();
    let before = store.read().unwrap().changes_of(client.id).unwrap().len();
    let mut moved = interview.clone();
    moved.step = Characteristic::Yardstick;
    moved.duration_secs = 300;
    store.write(|tx| tx.update(moved)).unwrap();
    let r = store.read().unwrap();
    assert_eq!(r.changes_of(client.id).unwrap().len(), before);
    let stored: Interview = r.fetch(interview.id.0).unwrap();
    assert_eq!(stored.step, Characteristic::Yardstick, "but it is stored");
    drop(r);
    let mut done = stored.clone();
    done.status = InterviewStatus::Completed;
    store.write(|tx| tx.update(done)).unwrap();
    let changes = store.read().unwrap().changes_of(client.id).unwrap();
    assert_eq!(changes.len(), before + 1, "finishing it is news");
    assert_eq!(changes.last().unwrap().fields, ["status"]);
}

#[test]
fn change_counter_is_seen_by_a_second_handle() {
    let (dir, store) = temp_store();
    // In MultiWriter mode a second handle on the same file behaves like another process.
    let other = crate::files::open(&dir.path().join("t.redb"), Create::Never).unwrap();
    let before = other.change_seq().unwrap();
    add_client(&store, "A", 1);
    assert_eq!(other.change_seq().unwrap(), before + 1);
    assert_eq!(other.read().unwrap().count::<Client>().unwrap(), 1);
}

/// The file opened with redb itself, beneath the store, to make it look like an older one.
fn raw(path: &std::path::Path) -> redb::Database {
    redb::Builder::new()
        .set_concurrency_mode(redb::ConcurrencyMode::MultiWriter)
        .open(path)
        .unwrap()
}

fn set_schema_version(path: &std::path::Path, version: u64) {
    let db = raw(path);
    let txn = db.begin_write().unwrap();
    txn.open_table(META)
        .unwrap()
        .insert(SCHEMA_VERSION, version)
        .unwrap();
    txn.commit().unwrap();
}

#[test]
fn a_newer_schema_is_refused_and_left_alone() {
    let (dir, store) = temp_store();
    add_client(&store, "A", 1);
    drop(store);
    let path = dir.path().join("t.redb");
    set_schema_version(&path, CURRENT + 1);
    let bytes = std::fs::read(&path).unwrap();
    match crate::files::open(&path, Create::Never) {
        Err(StoreError::NewerSchema {
            found, supported, ..
        }) => {
            assert_eq!(found, CURRENT + 1);
            assert_eq!(supported, CURRENT);
        }
        other => panic!("expected NewerSchema, got {:?}", other.map(|_| ())),
    }
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_version_one_file_is_migrated_in_one_go() {
    let (dir, store) = temp_store();
    let client = add_client(&store, "A", 1);
    drop(store);
    let path = dir.path().join("t.redb");
    // Make it a version-1 file: no digests table.
    {
        let db = raw(&path);
        let txn = db.begin_write().unwrap();
        txn.delete_table(DIGESTS).unwrap();
        txn.open_table(META)
            .unwrap()
            .insert(SCHEMA_VERSION, 1)
            .unwrap();
        txn.commit().unwrap();
    }
    let store = crate::files::open(&path, Create::Never).unwrap();
    let r = store.read().unwrap();
    assert_eq!(r.meta(SCHEMA_VERSION).unwrap(), Some(CURRENT));
    assert_eq!(r.digest(client.id).unwrap().unwrap().client_id, client.id);
}

#[test]
fn a_version_two_file_learns_status_dates_and_measurements_from_the_history() {
    let (dir, store) = temp_store();
    let client = add_client(&store, "A", 1);
    let day = |d| Utc.with_ymd_and_hms(2026, 10, d, 9, 0, 0).unwrap();
    let mut e = Expectation::new(client.id, "Foutpercentage omlaag");
    e.measure.baseline = "5".into();
    let e = store.write_as("anna", day(1), |tx| tx.insert(e)).unwrap();
    for (d, current, status) in [(5, "4", Status::InProgress), (12, "3", Status::InProgress)] {
        store
            .write_as("sven", day(d), |tx| {
                let mut x: Expectation = tx.fetch(e.id.0)?;
                x.measure.current = current.into();
                x.status = status;
                tx.update(x)
            })
            .unwrap();
    }
    drop(store);
    let path = dir.path().join("t.redb");
    // Make it a version-2 file: records without the new fields, a digest of the old shape.
    {
        let db = raw(&path);
        let txn = db.begin_write().unwrap();
        {
            let mut table = txn.open_table(super::tables::EXPECTATIONS).unwrap();
            let stored: Expectation =
                serde_json::from_slice(table.get(e.id.0).unwrap().unwrap().value()).unwrap();
            let mut old = serde_json::to_value(&stored).unwrap();
            let fields = old.as_object_mut().unwrap();
            fields.remove("status_since");
            fields["measure"].as_object_mut().unwrap().remove("points");
            let bytes = serde_json::to_vec(&old).unwrap();
            table.insert(e.id.0, bytes.as_slice()).unwrap();
            let old_digest = format!(
                r#"{{"client_id":{},"open":[],"open_complaints":0,"positive_experiences":0,"negative_experiences":0,"contacts":0,"interviews_in_progress":0}}"#,
                client.id.0
            );
            txn.open_table(DIGESTS)
                .unwrap()
                .insert(client.id.0, old_digest.as_bytes())
                .unwrap();
        }
        txn.open_table(META)
            .unwrap()
            .insert(SCHEMA_VERSION, 2)
            .unwrap();
        txn.commit().unwrap();
    }
    let store = crate::files::open(&path, Create::Never).unwrap();
    let r = store.read().unwrap();
    assert_eq!(r.meta(SCHEMA_VERSION).unwrap(), Some(CURRENT));
    let migrated: Expectation = r.fetch(e.id.0).unwrap();
    assert_eq!(migrated.status_since, NaiveDate::from_ymd_opt(2026, 10, 5));
    let points: Vec<(NaiveDate, &str)> = migrated
        .measure
        .points
        .iter()
        .map(|p| (p.on, p.value.as_str()))
        .collect();
    assert_eq!(
        points,
        [
            (NaiveDate::from_ymd_opt(2026, 10, 5).unwrap(), "4"),
            (NaiveDate::from_ymd_opt(2026, 10, 12).unwrap(), "3")
        ]
    );
    let digest = r.digest(client.id).unwrap().unwrap();
    assert_eq!(digest.live.len(), 1, "rebuilt: the open expectation weighs");
}

#[test]
fn files_that_are_not_verwacht_databases_are_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "gewoon tekst\n").unwrap();
    assert!(matches!(
        crate::files::open(&text, Create::Private),
        Err(StoreError::NotVerwacht(_))
    ));
    assert_eq!(std::fs::read(&text).unwrap(), b"gewoon tekst\n");

    // A redb file of some other program.
    let other = dir.path().join("other.redb");
    {
        let db = redb::Builder::new()
            .set_concurrency_mode(redb::ConcurrencyMode::MultiWriter)
            .create(&other)
            .unwrap();
        let txn = db.begin_write().unwrap();
        let def: TableDefinition<u64, u64> = TableDefinition::new("their_table");
        txn.open_table(def).unwrap().insert(1, 2).unwrap();
        txn.commit().unwrap();
        let _ = db.begin_read().unwrap();
    }
    let bytes = std::fs::read(&other).unwrap();
    assert!(matches!(
        crate::files::open(&other, Create::Private),
        Err(StoreError::NotVerwacht(_))
    ));
    assert_eq!(std::fs::read(&other).unwrap(), bytes);
}

#[test]
fn missing_file_is_created_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/dir/v.redb");
    assert!(matches!(
        crate::files::open(&path, Create::Never),
        Err(StoreError::Missing(_))
    ));
    assert!(!path.exists());
    crate::files::open(&path, Create::Private).unwrap();
    assert!(path.exists());
}

fn mode_of(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn new_files_are_private_or_group_shared() {
    let dir = tempfile::tempdir().unwrap();
    let private = dir.path().join("private.redb");
    crate::files::create_new(&private, false).unwrap();
    assert_eq!(mode_of(&private), 0o600);
    let shared = dir.path().join("shared.redb");
    crate::files::create_new(&shared, true).unwrap();
    assert_eq!(mode_of(&shared), 0o660);
    assert!(matches!(
        crate::files::create_new(&shared, true),
        Err(StoreError::Exists(_))
    ));
}

#[test]
fn world_writable_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("open.redb");
    drop(crate::files::open(&path, Create::Private).unwrap());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
    assert!(matches!(
        crate::files::open(&path, Create::Never),
        Err(StoreError::WorldWritable(_))
    ));
}

/// Anna opened the expectation; Bob changed it after that. Her save merges into his version.
fn opened_then_changed_by_bob(store: &Store) -> (Expectation, Expectation) {
    let client = add_client(store, "Woonstichting De Linde", 500_000);
    let opened = store
        .write(|tx| tx.insert(Expectation::new(client.id, "Rapport binnen 3 dagen")))
        .unwrap();
    let mut bob = opened.clone();
    bob.deadline = NaiveDate::from_ymd_opt(2027, 3, 31);
    let bob = store
        .write_as("bob", fixed_now(), |tx| tx.update(bob))
        .unwrap();
    (opened, bob)
}

#[test]
fn an_edit_keeps_a_colleagues_change_to_another_field() {
    let (_dir, store) = temp_store();
    let (opened, _) = opened_then_changed_by_bob(&store);
    let mut mine = opened.clone();
    mine.title = "Rapport binnen 2 dagen".into();
    let edited = store.write(|tx| tx.edit(&opened, mine)).unwrap();
    let Edited::Saved { after, .. } = edited else {
        panic!("no conflict: different fields");
    };
    assert_eq!(after.title, "Rapport binnen 2 dagen", "my change");
    assert_eq!(
        after.deadline,
        NaiveDate::from_ymd_opt(2027, 3, 31),
        "bob's"
    );
    let stored: Expectation = store.read().unwrap().fetch(opened.id.0).unwrap();
    assert_eq!(stored, after);
}

#[test]
fn an_edit_of_the_same_field_writes_nothing_and_returns_both_versions() {
    let (_dir, store) = temp_store();
    let (opened, bob) = opened_then_changed_by_bob(&store);
    let seq = store.change_seq().unwrap();
    let mut mine = opened.clone();
    mine.deadline = NaiveDate::from_ymd_opt(2027, 3, 15);
    mine.title = "Rapport binnen 2 dagen".into();
    let edited = store.write(|tx| tx.edit(&opened, mine)).unwrap();
    let Edited::Conflict {
        current,
        mine,
        theirs,
        conflicts,
    } = edited
    else {
        panic!("a conflict on the deadline");
    };
    assert_eq!(current, bob);
    assert_eq!(
        conflicts,
        vec![Conflict {
            field: "deadline".into(),
            mine: serde_json::json!("2027-03-15"),
            theirs: serde_json::json!("2027-03-31"),
        }]
    );
    assert_eq!(mine.deadline, NaiveDate::from_ymd_opt(2027, 3, 15));
    assert_eq!(theirs.deadline, bob.deadline, "theirs keeps bob's deadline");
    assert_eq!(
        theirs.title, "Rapport binnen 2 dagen",
        "and my other change"
    );
    assert_eq!(store.change_seq().unwrap(), seq, "nothing written");
    let stored: Expectation = store.read().unwrap().fetch(opened.id.0).unwrap();
    assert_eq!(stored, bob);
}

#[test]
fn a_delete_of_something_changed_since_deletes_nothing() {
    let (_dir, store) = temp_store();
    let (opened, bob) = opened_then_changed_by_bob(&store);
    let result = store.write(|tx| tx.delete_seen(&opened)).unwrap();
    assert_eq!(result, Deleted::Changed(bob.clone()));
    let result = store.write(|tx| tx.delete_seen(&bob)).unwrap();
    assert_eq!(result, Deleted::Done(bob));
}
