//! Store features the example data relies on: writes stamped as other people at other times
//! within one transaction.

use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::domain::*;

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, 9, 0, 0).unwrap()
}

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.redb"), Create::Private).unwrap();
    (dir, store)
}

#[test]
fn act_as_stamps_what_follows_in_the_same_transaction() {
    let (_dir, store) = temp_store();
    let (client, e) = store
        .write(|tx| {
            tx.act_as("anouk", at(2));
            let client = tx.insert(Client::new("Gemeente Zuidervaart", Cents::from_euros(10)))?;
            let e = tx.insert(Expectation::new(client.id, "Antwoord binnen een dag"))?;
            tx.act_as("daan", at(9));
            let mut changed = e.clone();
            changed.status = Status::Met;
            tx.update(changed)?;
            Ok::<_, StoreError>((client, e))
        })
        .unwrap();
    assert_eq!(client.created, Stamp::new("anouk", at(2)));
    let r = store.read().unwrap();
    let history = r.history(e.id).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].stamp, Stamp::new("anouk", at(2)));
    assert_eq!(history[1].stamp, Stamp::new("daan", at(9)));
    let timeline = r.changes_of(client.id).unwrap();
    let who: Vec<&str> = timeline.iter().map(|c| c.stamp.by.as_str()).collect();
    assert_eq!(who, vec!["anouk", "anouk", "daan"]);
    assert_eq!(r.fetch::<Expectation>(e.id.0).unwrap().updated.at, at(9));
}
