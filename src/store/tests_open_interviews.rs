//! The table of interviews in progress equals a plain scan of every interview, after every
//! kind of write (by this store, a colleague's on the same file, in bulk, a restored backup)
//! and after the migration from schema 3 that builds it.

use std::collections::HashMap;

use redb::ReadableDatabase;

use super::open_interviews::OpenInterview;
use super::schema::CURRENT;
use super::tables::{DIGESTS, META, OPEN_INTERVIEWS, SCHEMA_VERSION};
use super::tests_support::{at, open};
use super::*;
use crate::domain::interview::{AnswerFields, offered};
use crate::domain::*;

/// The index is exactly the interviews in progress, as stored.
fn assert_index_is_a_scan(store: &Store, after: &str) {
    let r = store.read().unwrap();
    let scan: Vec<OpenInterview> = r
        .all::<Interview>()
        .unwrap()
        .iter()
        .filter_map(OpenInterview::of)
        .collect();
    assert_eq!(r.open_interviews().unwrap(), scan, "after {after}");
    // And the resume offer read through it is the one a scan of every interview gives.
    let drafts: HashMap<InterviewId, Draft> = r
        .drafts()
        .unwrap()
        .into_iter()
        .map(|d| (d.interview_id, d))
        .collect();
    let all = r.all::<Interview>().unwrap();
    let by_scan: Vec<InterviewId> = offered(all, |id| drafts.get(&id), store.author(), store.now())
        .iter()
        .map(|i| i.id)
        .collect();
    let offer: Vec<InterviewId> = views::resumable(store)
        .unwrap()
        .iter()
        .map(|item| item.interview)
        .collect();
    assert_eq!(
        offer,
        by_scan,
        "the offer to {} after {after}",
        store.author()
    );
}

fn draft(store: &Store, i: &Interview, text: &str) {
    let d = Draft {
        interview_id: i.id,
        step: Characteristic::Dependent,
        text: text.into(),
        editing: None,
        duration_secs: 0,
        fields: AnswerFields::default(),
        saved: Stamp::new(store.author(), at(20)),
    };
    store.write(|tx| tx.put_draft(&d)).unwrap();
}

fn interview(store: &Store, client: ClientId, contact: ContactId, day: u32) -> Interview {
    store
        .write(|tx| tx.insert(Interview::new(client, contact, at(day))))
        .unwrap()
}

fn change(store: &Store, id: InterviewId, f: impl Fn(&mut Interview)) -> Interview {
    store
        .write(|tx| {
            let mut i: Interview = tx.fetch(id.0)?;
            f(&mut i);
            tx.update(i)
        })
        .unwrap()
}

#[test]
fn the_index_follows_every_write_of_an_interview() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.redb");
    let anna = open(&path, "anna");
    // In MultiWriter mode a second handle on the same file behaves like another process.
    let sven = open(&path, "sven");
    let client = anna
        .write(|tx| tx.insert(Client::new("A", Cents::from_euros(1))))
        .unwrap();
    let els = anna
        .write(|tx| tx.insert(Contact::new(client.id, "Els", "")))
        .unwrap();
    assert_index_is_a_scan(&anna, "no interviews");

    let a = interview(&anna, client.id, els.id, 1);
    let b = interview(&anna, client.id, els.id, 2);
    let c = interview(&sven, client.id, els.id, 3);
    assert_index_is_a_scan(&anna, "creates");
    assert_eq!(views::resumable(&anna).unwrap().len(), 2, "anna's own two");
    assert_eq!(anna.read().unwrap().open_interviews().unwrap().len(), 3);

    // Step and clock saves are quiet updates: the index holds the interview as now stored.
    change(&anna, a.id, |i| {
        i.step = Characteristic::Personal;
        i.duration_secs = 95;
    });
    change(&sven, c.id, |i| i.not_offered = true);
    assert_index_is_a_scan(&anna, "step and clock saves");
    assert_index_is_a_scan(&sven, "step and clock saves, read by a colleague");

    change(&anna, a.id, |i| {
        i.status = InterviewStatus::Completed;
        i.ended = Some(at(4));
    });
    assert_index_is_a_scan(&anna, "a finish");
    change(&sven, b.id, |i| i.status = InterviewStatus::Abandoned);
    assert_index_is_a_scan(&anna, "a colleague's abandon");
    // Finished interviews are not offered, but an edit still writes them: they stay out.
    change(&anna, a.id, |i| i.step = Characteristic::Dependent);
    assert_index_is_a_scan(&anna, "an edit of a finished interview");

    // Drafts feed the offer too: one on a finished interview, a colleague's, an empty one.
    draft(&anna, &a, "nog niet bewaard");
    draft(&sven, &b, "van sven");
    draft(&anna, &c, "  ");
    assert_index_is_a_scan(&anna, "drafts");
    let offer = views::resumable(&anna).unwrap();
    assert_eq!(offer.len(), 1, "the finished one with her text: {offer:?}");
    assert_index_is_a_scan(&sven, "drafts, the offer to a colleague");
    // Worked on long ago: no longer offered for its own sake.
    let old = anna
        .write_as("anna", at(1) - chrono::Duration::days(30), |tx| {
            tx.insert(Interview::new(client.id, els.id, at(1)))
        })
        .unwrap();
    assert_index_is_a_scan(&anna, "an old interview");
    anna.write(|tx| tx.delete_draft(a.id)).unwrap();
    assert_index_is_a_scan(&anna, "a draft gone");
    anna.write(|tx| tx.delete::<Interview>(old.id.0)).unwrap();

    let gone: Interview = sven.write(|tx| tx.delete(c.id.0)).unwrap();
    assert_index_is_a_scan(&anna, "a colleague's delete of an open one");
    anna.write(|tx| tx.reinsert(&gone)).unwrap();
    assert_index_is_a_scan(&anna, "undo of the delete");
    anna.write(|tx| tx.delete::<Interview>(a.id.0)).unwrap();
    assert_index_is_a_scan(&anna, "a delete of a finished one");

    // Many at once, as the example data is loaded.
    anna.write(|tx| {
        tx.bulk(|bulk| {
            for day in 5..9 {
                let mut i = Interview::new(client.id, els.id, at(day));
                if day % 2 == 0 {
                    i.status = InterviewStatus::Completed;
                }
                bulk.insert(i)?;
            }
            Ok::<_, StoreError>(())
        })
    })
    .unwrap();
    assert_index_is_a_scan(&anna, "a bulk insert");
    assert_eq!(anna.read().unwrap().open_interviews().unwrap().len(), 3);

    // A backup restored into an empty file.
    let backup = crate::backup::collect(&anna.read().unwrap()).unwrap();
    let restored = open(&dir.path().join("r.redb"), "anna");
    restored
        .write(|tx| crate::backup::restore(tx, &backup))
        .unwrap();
    assert_index_is_a_scan(&restored, "a restore");
    assert_eq!(
        restored.read().unwrap().open_interviews().unwrap(),
        anna.read().unwrap().open_interviews().unwrap()
    );
}

#[test]
fn a_schema_3_file_gets_its_index_and_compact_digests_in_the_migration() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.redb");
    let (client, digest) = {
        let store = open(&path, "anna");
        let client = store
            .write(|tx| tx.insert(Client::new("A", Cents::from_euros(1))))
            .unwrap();
        let els = store
            .write(|tx| tx.insert(Contact::new(client.id, "Els", "")))
            .unwrap();
        for day in 1..6 {
            let i = interview(&store, client.id, els.id, day);
            if day % 2 == 1 {
                change(&store, i.id, |i| i.status = InterviewStatus::Completed);
            }
        }
        let digest = store.read().unwrap().digest(client.id).unwrap().unwrap();
        (client, digest)
    };
    // Make it a schema-3 file: no index, the digest as JSON.
    {
        let db = redb::Builder::new()
            .set_concurrency_mode(redb::ConcurrencyMode::MultiWriter)
            .open(&path)
            .unwrap();
        let txn = db.begin_write().unwrap();
        txn.delete_table(OPEN_INTERVIEWS).unwrap();
        let json = serde_json::to_vec(&digest).unwrap();
        txn.open_table(DIGESTS)
            .unwrap()
            .insert(client.id.0, json.as_slice())
            .unwrap();
        txn.open_table(META)
            .unwrap()
            .insert(SCHEMA_VERSION, 3)
            .unwrap();
        txn.commit().unwrap();
        let r = db.begin_read().unwrap();
        assert!(
            r.open_table(OPEN_INTERVIEWS).is_err(),
            "no index in schema 3"
        );
    }
    let store = open(&path, "anna");
    let r = store.read().unwrap();
    assert_eq!(r.meta(SCHEMA_VERSION).unwrap(), Some(CURRENT));
    assert_eq!(r.open_interviews().unwrap().len(), 2);
    drop(r);
    assert_index_is_a_scan(&store, "the migration");
    assert_eq!(
        store.read().unwrap().digest(client.id).unwrap().unwrap(),
        digest
    );
    // Re-encoded, not left as JSON.
    drop(store);
    let db = redb::Builder::new()
        .set_concurrency_mode(redb::ConcurrencyMode::MultiWriter)
        .open(&path)
        .unwrap();
    let r = db.begin_read().unwrap();
    let table = r.open_table(DIGESTS).unwrap();
    let stored = table.get(client.id.0).unwrap().unwrap();
    assert_ne!(stored.value().first(), Some(&b'{'));
}
