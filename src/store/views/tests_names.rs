//! The names search made once (`verwacht search`) over the stored name entries: the same hits
//! as the index the search window builds from the same entries, an entry that is damaged or
//! lacks its letters refused as damage, and a file of schema 7 brought to the entries'
//! new form.

use redb::{ReadableDatabase, ReadableTable};

use super::search::{search_index, search_names_once};
use super::tests_search::open;
use crate::demo::prng::Rng;
use crate::domain::*;
use crate::search::{Kind, NameEntry, Query, search_names};
use crate::store::tables::{META, NAMES, SCHEMA_VERSION};
use crate::store::{Store, StoreError};

const PARTS: [&str; 10] = [
    "levertijd",
    "Vlierstein",
    "planning",
    "op",
    "tijd",
    "wonen",
    "Müller",
    "ÉÉN",
    "bakkerij",
    "w",
];

/// Clients, people and expectations with names of a few parts; some clients and expectations
/// archived, some expectations with tags.
fn many(dir: &tempfile::TempDir) -> Store {
    let store = open(&dir.path().join("t.redb"), "anna");
    let mut rng = Rng::new(8);
    let mut name = |n: u64| {
        let words = 1 + rng.below(3);
        let name: Vec<&str> = (0..words).map(|_| rng.word(&PARTS)).collect();
        format!("{} {n}", name.join(" "))
    };
    store
        .write(|tx| {
            for i in 0..120u64 {
                let mut c = Client::new(name(i), Cents(100));
                c.archived = i % 11 == 3;
                let c = tx.insert(c)?;
                tx.insert(Contact::new(c.id, name(i), "koper"))?;
                for j in 0..3 {
                    let mut e = Expectation::new(c.id, name(i * 3 + j));
                    e.archived = (i + j) % 7 == 0;
                    if (i + j) % 4 == 0 {
                        e.tags = vec![["klacht", "basis"][(j % 2) as usize].into()];
                    }
                    tx.insert(e)?;
                }
            }
            Ok::<_, StoreError>(())
        })
        .unwrap();
    store
}

const QUERIES: [&str; 14] = [
    "w",
    "le",
    "levertijd",
    "vlierstein",
    "planning op tijd",
    "müller",
    "één",
    "monteur",
    "c:bak",
    "p:op",
    "e:tijd",
    "a:tijd",
    "#klacht",
    "#basis wonen",
];

#[test]
fn a_search_made_once_finds_what_the_index_finds() {
    let dir = tempfile::tempdir().unwrap();
    let store = many(&dir);
    let index = search_index(&store).unwrap();
    for q in QUERIES {
        let query = Query::parse(q);
        for limit in [0, 1, 5, 30] {
            assert_eq!(
                search_names_once(&store, &query, limit).unwrap(),
                search_names(&index, &query, limit),
                "{q:?}, limit {limit}"
            );
        }
    }
}

/// Puts `bytes` in place of the name entry under `key`, beneath the store.
fn replace_entry(path: &std::path::Path, key: (u8, u64), bytes: &[u8]) {
    let db = redb::Database::create(path).unwrap();
    let txn = db.begin_write().unwrap();
    txn.open_table(NAMES).unwrap().insert(key, bytes).unwrap();
    txn.commit().unwrap();
}

fn entry_of(path: &std::path::Path, key: (u8, u64)) -> Vec<u8> {
    let db = redb::Database::create(path).unwrap();
    let txn = db.begin_read().unwrap();
    let table = txn.open_table(NAMES).unwrap();
    table.get(key).unwrap().unwrap().value().to_vec()
}

fn is_damage<T: std::fmt::Debug>(found: crate::store::Result<T>) -> bool {
    matches!(found, Err(StoreError::Corrupt { kind: "name", .. }))
}

#[test]
fn a_damaged_entry_or_one_without_its_letters_is_damage_not_a_wrong_hit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.redb");
    let (key, good) = {
        let store = open(&path, "anna");
        store
            .write(|tx| {
                let c = tx.insert(Client::new("Bakkerij Van Dam", Cents(100)))?;
                tx.insert(Expectation::new(c.id, "Brood voor zeven uur"))
            })
            .unwrap();
        let e = crate::store::Queries::all::<Expectation>(&store.read().unwrap()).unwrap();
        drop(store);
        let key = NameEntry::of_expectation(&e[0]).key();
        (key, entry_of(&path, key))
    };
    let letters = crate::search::EntryHead::decode(&good).unwrap().0.letters;
    let mut flipped = good.clone();
    flipped[3] ^= 0x10;
    let mut cut = good.clone();
    cut.truncate(good.len() - 2);
    // Letters without the `z` of "zeven", with a check byte that fits them.
    let mut wrong = good.clone();
    let without_z = letters & !(1 << 25);
    wrong[1..9].copy_from_slice(&without_z.to_le_bytes());
    wrong[9] = without_z.to_le_bytes().iter().fold(0x5a, |c, b| c ^ b);
    let old = schema_7(&crate::search::EntryRef::decode(key, &good).unwrap());
    for (what, bytes, queries) in [
        ("the form of schema 7", old, &["brood", "monteur"][..]),
        ("a letter flipped", flipped, &["brood", "monteur"]),
        ("cut short", cut, &["brood", "monteur"]),
        ("letters not the title's", wrong, &["brood"]),
    ] {
        replace_entry(&path, key, &bytes);
        let store = open(&path, "anna");
        for q in queries {
            let found = search_names_once(&store, &Query::parse(q), 30);
            assert!(is_damage(found), "{what}: {q}");
        }
        assert!(is_damage(search_index(&store)), "{what}");
        drop(store);
    }
    replace_entry(&path, key, &good);
    let store = open(&path, "anna");
    let found = search_names_once(&store, &Query::parse("brood"), 30).unwrap();
    assert_eq!(found.len(), 1);
}

/// An entry as schema 7 wrote it: kind, archived, client, then each text after its length
/// (u32, little-endian).
fn schema_7(e: &crate::search::EntryRef) -> Vec<u8> {
    let mut out = vec![NameEntry::key_code(e.kind), u8::from(e.archived)];
    out.extend_from_slice(&e.client.to_le_bytes());
    for text in [e.title, e.extra].into_iter().chain(e.tags.iter().copied()) {
        out.extend_from_slice(&(text.len() as u32).to_le_bytes());
        out.extend_from_slice(text.as_bytes());
    }
    out
}

#[test]
fn a_file_of_schema_7_gets_its_name_entries_in_the_new_form() {
    let dir = tempfile::tempdir().unwrap();
    let store = many(&dir);
    let index = search_index(&store).unwrap();
    let before: Vec<_> = QUERIES
        .iter()
        .map(|q| search_names_once(&store, &Query::parse(q), 30).unwrap())
        .collect();
    drop(store);
    let path = dir.path().join("t.redb");
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let mut names = txn.open_table(NAMES).unwrap();
            let all: Vec<((u8, u64), Vec<u8>)> = names
                .iter()
                .unwrap()
                .map(|e| {
                    let (k, v) = e.unwrap();
                    (k.value(), v.value().to_vec())
                })
                .collect();
            for (key, bytes) in all {
                let entry = crate::search::EntryRef::decode(key, &bytes).unwrap();
                names.insert(key, schema_7(&entry).as_slice()).unwrap();
            }
            // One entry more than the records have, left over: the new entries are made from
            // the records.
            names
                .insert((2, 9_999), schema_7_of_nothing().as_slice())
                .unwrap();
        }
        txn.open_table(META)
            .unwrap()
            .insert(SCHEMA_VERSION, 7)
            .unwrap();
        txn.commit().unwrap();
    }
    let store = open(&path, "anna");
    let r = store.read().unwrap();
    assert_eq!(
        crate::store::Queries::meta(&r, SCHEMA_VERSION).unwrap(),
        Some(crate::store::SCHEMA_VERSION)
    );
    let mut now = search_index(&store).unwrap();
    now.seq = index.seq;
    assert_eq!(now, index);
    for (q, before) in QUERIES.iter().zip(before) {
        let now = search_names_once(&store, &Query::parse(q), 30).unwrap();
        assert_eq!(now, before, "{q}");
    }
}

fn schema_7_of_nothing() -> Vec<u8> {
    let mut e = Expectation::new(ClientId(1), "Weg");
    e.id = ExpectationId(9_999);
    let entry = NameEntry::of_expectation(&e);
    assert_eq!(entry.kind, Kind::Expectation);
    schema_7(&entry.as_ref())
}
