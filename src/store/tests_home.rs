//! The home table equals a recomputation from the records after every kind of write (by this
//! store, a colleague's on the same file, in bulk, a restored backup), after the migration
//! from schema 6 that builds it, and when it is found out of step it is built anew, never
//! trusted.

use redb::ReadableTable;

use super::schema::CURRENT;
use super::tables::{HOME, META, SCHEMA_VERSION};
use super::tests_support::{at, open};
use super::*;
use crate::demo::prng::Rng;
use crate::domain::digest::{self, DigestInput};
use crate::domain::*;
use crate::files::Create;

/// Every client as the list shows it with its digest, computed from the records themselves.
fn recomputed(r: &Reader) -> Vec<(ListedClient, ClientDigest)> {
    r.all::<Client>()
        .unwrap()
        .iter()
        .map(|c| {
            let contacts = r.for_client::<Contact>(c.id).unwrap();
            let digest = digest::build(DigestInput {
                client_id: c.id,
                contacts: contacts.iter().filter(|p| !p.archived).count(),
                expectations: &r.for_client(c.id).unwrap(),
                experiences: &r.for_client(c.id).unwrap(),
                interviews: &r.for_client(c.id).unwrap(),
                time: &r.for_client(c.id).unwrap(),
            });
            (ListedClient::from(c), digest)
        })
        .collect()
}

/// The home table is exactly the recomputation, and the list's records are read from it.
fn assert_home_is_recomputed(store: &Store, after: &str) {
    let r = store.read().unwrap();
    let expected = recomputed(&r);
    let (clients, digests) = r.home_rows().unwrap();
    let read: Vec<_> = clients.into_iter().zip(digests).collect();
    assert_eq!(read, expected, "after {after}");
    let snapshot = views::snapshot(store).unwrap();
    assert!(!snapshot.rebuilt, "after {after}: nothing to rebuild");
    let (clients, digests): (Vec<_>, Vec<_>) = expected.into_iter().unzip();
    assert_eq!(snapshot.clients, clients, "after {after}");
    assert_eq!(snapshot.digests, digests, "after {after}");
}

/// What a colleague's list read at `before` becomes with the changes since: the list read now.
fn assert_changes_reach(colleague: &Store, before: &views::Snapshot, after: &str) {
    let mut list = before.clone();
    match views::home_since(colleague, before.seq).unwrap() {
        views::HomeUpdate::Whole(whole) => list = whole,
        views::HomeUpdate::Clients { seq, changes } => list.patch(&changes, seq),
    }
    let now = views::snapshot(colleague).unwrap();
    assert_eq!(
        (list.clients, list.digests, list.seq),
        (now.clients, now.digests, now.seq),
        "after {after}"
    );
}

/// One random write by `store` to the clients and their records.
fn random_write(rng: &mut Rng, store: &Store) -> &'static str {
    let r = store.read().unwrap();
    let clients = r.all::<Client>().unwrap();
    let expectations = r.all::<Expectation>().unwrap();
    drop(r);
    let pick = |rng: &mut Rng, n: usize| rng.below(n as u64) as usize;
    let client = (!clients.is_empty()).then(|| clients[pick(rng, clients.len())].clone());
    let day = 1 + rng.below(19) as u32;
    match (rng.below(10), client) {
        (0 | 1, _) | (_, None) => {
            let mut c = Client::new(
                format!("Klant {}", rng.below(1000)),
                Cents(rng.range(-5, 900)),
            );
            c.sector = rng.word(&["zorg", "bouw", ""]).to_string();
            store.write(|tx| tx.insert(c)).unwrap();
            "a new client"
        }
        (2, Some(mut c)) => {
            match rng.below(4) {
                0 => c.name = format!("{} bv", c.name),
                1 => c.sector = "onderwijs".into(),
                2 => c.revenue = Cents(rng.range(0, 900)),
                _ => c.notes = "alleen een notitie".into(),
            }
            store.write(|tx| tx.update(c)).unwrap();
            "an edit of a client"
        }
        (3, Some(mut c)) => {
            c.archived = !c.archived;
            store.write(|tx| tx.update(c)).unwrap();
            "an archive or restore"
        }
        (4, Some(c)) => {
            let gone: Client = store.write(|tx| tx.delete(c.id.0)).unwrap();
            if rng.chance(50) {
                store.write(|tx| tx.reinsert(&gone)).unwrap();
                return "a delete undone";
            }
            "a delete of a client"
        }
        (5, Some(c)) => {
            let mut e = Expectation::new(c.id, "Snel antwoord");
            e.deadline = Some(at(day).date_naive());
            store.write(|tx| tx.insert(e)).unwrap();
            "a new expectation"
        }
        (6, Some(c)) => {
            let mine: Vec<&Expectation> = expectations
                .iter()
                .filter(|e| e.client_id == c.id)
                .collect();
            let Some(e) = mine.first() else {
                return "nothing";
            };
            let mut e = (*e).clone();
            e.status = Status::ALL[pick(rng, Status::ALL.len())];
            store.write(|tx| tx.update(e)).unwrap();
            "a status change"
        }
        (7, Some(c)) => {
            let mut x = Experience::new(c.id, 1 + rng.below(10) as u8, "", at(day));
            x.complaint = rng.chance(50);
            x.expectation_id = expectations
                .iter()
                .find(|e| e.client_id == c.id)
                .map(|e| e.id);
            store.write(|tx| tx.insert(x)).unwrap();
            "an experience"
        }
        (8, Some(c)) => {
            let t = TimeEntry::new(c.id, 15 + rng.below(60) as u32, at(day));
            store.write(|tx| tx.insert(t)).unwrap();
            "time logged"
        }
        (_, Some(c)) => {
            store
                .write(|tx| {
                    tx.bulk(|bulk| {
                        bulk.insert(Contact::new(c.id, "Els", ""))?;
                        bulk.insert(Client::new("In bulk", Cents(70)))?;
                        bulk.insert(TimeEntry::new(c.id, 30, at(day)))?;
                        Ok::<_, StoreError>(())
                    })
                })
                .unwrap();
            "a bulk insert"
        }
    }
}

#[test]
fn the_home_table_is_a_recomputation_after_any_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.redb");
    let anna = open(&path, "anna");
    // In MultiWriter mode a second handle on the same file behaves like another process.
    let sven = open(&path, "sven");
    assert_home_is_recomputed(&anna, "nothing");
    let mut rng = Rng::new(15);
    for step in 0..160 {
        let before = views::snapshot(&anna).unwrap();
        let writer = if rng.chance(30) { &sven } else { &anna };
        let what = random_write(&mut rng, writer);
        let after = format!("step {step}: {what} by {}", writer.author());
        assert_home_is_recomputed(&anna, &after);
        assert_changes_reach(&anna, &before, &after);
    }
    // A backup restored into an empty file.
    let backup = crate::backup::collect(&anna.read().unwrap()).unwrap();
    let restored = open(&dir.path().join("r.redb"), "anna");
    restored
        .write(|tx| crate::backup::restore(tx, &backup))
        .unwrap();
    assert_home_is_recomputed(&restored, "a restore");
}

/// A store with a few clients and their records, by anna.
fn example(path: &std::path::Path) -> Store {
    let store = open(path, "anna");
    let mut rng = Rng::new(3);
    for _ in 0..40 {
        random_write(&mut rng, &store);
    }
    store
}

fn raw(path: &std::path::Path) -> redb::Database {
    redb::Builder::new()
        .set_concurrency_mode(redb::ConcurrencyMode::MultiWriter)
        .open(path)
        .unwrap()
}

#[test]
fn a_schema_6_file_gets_its_home_table_in_the_migration() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.redb");
    drop(example(&path));
    // Make it a schema-6 file: no home table.
    {
        let db = raw(&path);
        let txn = db.begin_write().unwrap();
        txn.delete_table(HOME).unwrap();
        txn.open_table(META)
            .unwrap()
            .insert(SCHEMA_VERSION, 6)
            .unwrap();
        txn.commit().unwrap();
    }
    let upgraded = std::cell::Cell::new(None);
    let store =
        crate::files::open_reporting(&path, Create::Never, |_| {}, |v| upgraded.set(Some(v)))
            .unwrap();
    assert_eq!(upgraded.get(), Some(6), "the user hears of the upgrade");
    assert_eq!(
        store.read().unwrap().meta(SCHEMA_VERSION).unwrap(),
        Some(CURRENT)
    );
    assert!(store.read().unwrap().home_len().unwrap() > 0);
    assert_home_is_recomputed(&store, "the migration");
}

/// Opens `path` as a user who may not write it.
fn read_only(path: &std::path::Path) -> Store {
    let clock = Clock {
        wall: || at(20),
        steady: std::time::Instant::now,
    };
    let file = OnFile {
        path,
        writable: false,
        holds_data: true,
        clock,
    };
    Store::on_file(file, |_| {}, |_| {}).unwrap()
}

/// A change made to the home table behind the store's back.
type Damage<'a> = dyn Fn(&mut redb::Table<u64, &[u8]>) + 'a;

#[test]
fn a_home_table_out_of_step_is_built_anew_not_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.redb");
    let expected = {
        let store = example(&path);
        let r = store.read().unwrap();
        recomputed(&r)
    };
    let (first, second) = (expected[0].0.id.0, expected[1].0.id.0);
    let damages: [(&str, &Damage<'_>); 4] = [
        ("a row that is not one", &|t| {
            t.insert(first, b"{\"name\":\"x\"}".as_slice()).unwrap();
        }),
        ("a row cut short", &|t| {
            let row = t.get(first).unwrap().unwrap().value().to_vec();
            t.insert(first, &row[..row.len() / 2]).unwrap();
        }),
        ("a row missing", &|t| {
            t.remove(second).unwrap();
        }),
        ("a row too many", &|t| {
            let row = t.get(first).unwrap().unwrap().value().to_vec();
            t.insert(999_999, row.as_slice()).unwrap();
        }),
    ];
    for (what, damage) in damages {
        {
            let db = raw(&path);
            let txn = db.begin_write().unwrap();
            damage(&mut txn.open_table(HOME).unwrap());
            txn.commit().unwrap();
        }
        // A reader that may not write computes the list from the records.
        let reader = read_only(&path);
        let listed = views::snapshot(&reader).unwrap();
        assert!(!listed.rebuilt, "{what}: a reader cannot rebuild");
        let (clients, digests): (Vec<_>, Vec<_>) = expected.iter().cloned().unzip();
        assert_eq!(
            (&listed.clients, &listed.digests),
            (&clients, &digests),
            "{what}"
        );
        drop(reader);
        // A writer builds it anew and says so.
        let store = open(&path, "anna");
        let listed = views::snapshot(&store).unwrap();
        assert!(listed.rebuilt, "{what}: rebuilt");
        assert_eq!(
            (&listed.clients, &listed.digests),
            (&clients, &digests),
            "{what}"
        );
        assert_home_is_recomputed(&store, what);
    }
}
