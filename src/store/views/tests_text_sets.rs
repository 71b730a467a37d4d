//! The sets of texts per word (`store::text_sets`) beside the postings: always holding what
//! the postings hold, across rows of ids (64 a row in tests), lists grown into bitmaps and
//! back, bulk loads, the migration that builds them, and rows that do not decode.

use std::collections::BTreeSet;

use redb::ReadableTable;

use super::search::search_texts;
use super::tests_search::{open, scan};
use crate::domain::*;
use crate::search::{Query, Target};
use crate::store::tables::{META, SCHEMA_VERSION, TEXT_POSTINGS, TEXT_SETS};
use crate::store::{Store, StoreError};

/// The sets hold exactly the (word, kind, id) of the postings.
pub(super) fn assert_sets_agree(store: &Store) {
    let r = store.read().unwrap();
    let sets = crate::store::text_sets::everything(&r.txn.open_table(TEXT_SETS).unwrap())
        .unwrap()
        .expect("every row decodes");
    let mut postings = BTreeSet::new();
    for entry in r.txn.open_table(TEXT_POSTINGS).unwrap().iter().unwrap() {
        let (key, _) = entry.unwrap();
        let (word, kind, _, id) = key.value();
        postings.insert((word.to_string(), kind, id));
    }
    assert!(sets == postings, "the sets differ from the postings");
}

fn hits(store: &Store, q: &str, limit: usize) -> (Vec<Target>, bool) {
    let found = search_texts(store, &Query::parse(q), limit, &|| false)
        .unwrap()
        .unwrap();
    (
        found.hits.into_iter().map(|h| h.target).collect(),
        found.rebuilt,
    )
}

/// 300 expectations in one bulk load (ids across several rows), every one with "gewoon"
/// (rows past a list, as bitmaps), every seventh also with "zeldzaam" and "geval".
fn many() -> (tempfile::TempDir, Store, ClientId) {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir.path().join("t.redb"), "anna");
    let client = store
        .write(|tx| {
            let client = tx.insert(Client::new("Klant", Cents(100)))?;
            tx.bulk(|bulk| {
                for n in 0..300u32 {
                    let mut e = Expectation::new(client.id, format!("Punt {n}"));
                    e.description = if n % 7 == 0 {
                        format!("gewoon werk, zeldzaam geval {n}")
                    } else {
                        format!("gewoon werk nummer {n}")
                    };
                    bulk.insert(e)?;
                }
                Ok::<_, StoreError>(client.id)
            })
        })
        .unwrap();
    (dir, store, client)
}

#[test]
fn sets_hold_what_the_postings_hold_through_bulk_loads_edits_and_deletes() {
    let (_dir, store, client) = many();
    assert_sets_agree(&store);
    let query = Query::parse("gewoon zeldzaam");
    assert_eq!(
        hits(&store, "gewoon zeldzaam", 40).0,
        scan(&store, &query, 40)
    );
    // Edits one by one: words leave and join texts on both sides of the row boundary, and
    // a row of many ids thins out to a list again.
    let r = store.read().unwrap();
    let all: Vec<Expectation> = crate::store::Queries::all(&r).unwrap();
    drop(r);
    store
        .write(|tx| {
            for e in all.iter().filter(|e| e.id.0 % 3 == 0 || e.id.0 > 250) {
                let mut e = e.clone();
                e.description = format!("ander werk, zeldzaam {}", e.id.0);
                tx.update(e)?;
            }
            for e in all.iter().filter(|e| e.id.0 % 5 == 1) {
                tx.delete::<Expectation>(e.id.0)?;
            }
            let mut e = Expectation::new(client, "Nieuw");
            e.description = "zeldzaam en gewoon".into();
            tx.insert(e)?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    assert_sets_agree(&store);
    for q in [
        "gewoon zeldzaam",
        "ander zeldzaam",
        "werk gewoon 4",
        "zeldzaam 29",
    ] {
        let query = Query::parse(q);
        assert_eq!(hits(&store, q, 60).0, scan(&store, &query, 60), "{q}");
    }
}

#[test]
fn a_file_of_schema_5_gets_its_sets_when_opened() {
    let (dir, store, _) = many();
    let before = hits(&store, "gewoon zeldzaam", 40).0;
    drop(store);
    let path = dir.path().join("t.redb");
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        txn.delete_table(TEXT_SETS).unwrap();
        txn.open_table(META)
            .unwrap()
            .insert(SCHEMA_VERSION, 5)
            .unwrap();
        txn.commit().unwrap();
    }
    let store = open(&path, "anna");
    assert_sets_agree(&store);
    assert_eq!(hits(&store, "gewoon zeldzaam", 40), (before, false));
}

/// Writes `row` as row `chunk` of `word`'s set of descriptions.
fn damage(path: &std::path::Path, word: &str, chunk: u64, row: &[u8]) {
    let db = redb::Database::create(path).unwrap();
    let txn = db.begin_write().unwrap();
    txn.open_table(TEXT_SETS)
        .unwrap()
        .insert((word, 0u8, chunk), row)
        .unwrap();
    txn.commit().unwrap();
}

// "geval" is in every seventh text, "gewoon" in all and leads (the longer): the walk goes
// through gewoon's texts and asks geval's set of each.
const QUERY: &str = "gewoon geval";

#[test]
fn a_row_that_does_not_decode_is_built_anew_by_a_search_and_mended_by_a_write() {
    let (dir, store, client) = many();
    let path = dir.path().join("t.redb");
    let want = hits(&store, QUERY, 40).0;
    assert_eq!(want, scan(&store, &Query::parse(QUERY), 40));
    drop(store);
    damage(&path, "geval", 0, &[7, 7, 7]);
    let store = open(&path, "anna");
    assert_eq!(hits(&store, QUERY, 40), (want.clone(), true));
    assert_sets_agree(&store);
    drop(store);
    // A write that meets a bad row writes it anew from the postings (the new text's id, 301,
    // is in row 4 of 64 ids each).
    damage(&path, "geval", 4, &[1]);
    let store = open(&path, "anna");
    store
        .write(|tx| {
            let mut e = Expectation::new(client, "Nog een");
            e.description = "geval".into();
            tx.insert(e)
        })
        .unwrap();
    assert_sets_agree(&store);
}

#[test]
fn a_set_that_claims_a_text_holds_a_word_it_lacks_is_not_trusted() {
    let (dir, store, _) = many();
    let path = dir.path().join("t.redb");
    let want = hits(&store, QUERY, 40).0;
    drop(store);
    // Every description of the first row "holds" geval.
    let mut row = vec![1u8];
    row.extend(std::iter::repeat_n(
        0xff,
        crate::store::text_sets::BITMAP_BYTES,
    ));
    damage(&path, "geval", 0, &row);
    let store = open(&path, "anna");
    assert_eq!(hits(&store, QUERY, 40), (want, true));
    assert_sets_agree(&store);
}
