//! Store features the example data relies on: writes stamped as other people at other times
//! within one transaction, and bulk inserts that leave exactly what single inserts leave.

use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::domain::*;
use crate::files::Create;
use crate::store::record::Record;

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, 9, 0, 0).unwrap()
}

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::files::open(&dir.path().join("t.redb"), Create::Private).unwrap();
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

/// What both [`Tx`] and [`Bulk`] can do, so one scenario runs through either.
trait Inserts {
    fn as_(&mut self, author: &str, day: u32);
    fn put<R: Record>(&mut self, r: R) -> Result<R>;
}

impl Inserts for Tx {
    fn as_(&mut self, author: &str, day: u32) {
        self.act_as(author, at(day));
    }
    fn put<R: Record>(&mut self, r: R) -> Result<R> {
        self.insert(r)
    }
}

impl Inserts for Bulk<'_> {
    fn as_(&mut self, author: &str, day: u32) {
        self.act_as(author, at(day));
    }
    fn put<R: Record>(&mut self, r: R) -> Result<R> {
        self.insert(r)
    }
}

fn scenario(w: &mut impl Inserts) -> Result<()> {
    w.as_("anouk", 1);
    let a = w.put(Client::new(
        "Woonstichting De Vaart",
        Cents::from_euros(700),
    ))?;
    let b = w.put(Client::new("Bakkerij Van der Meer", Cents::from_euros(10)))?;
    let els = w.put(Contact::new(a.id, "Els", "inkoper"))?;
    w.put(Contact::new(b.id, "Jan", "eigenaar"))?;
    w.as_("daan", 3);
    let interview = w.put(Interview::new(a.id, els.id, at(3)))?;
    let answer = w.put(Answer::new(
        &interview,
        Characteristic::Dependent,
        "Beloofd #belofte",
    ))?;
    w.put(Answer::new(
        &interview,
        Characteristic::Yardstick,
        "Binnen 3 dagen",
    ))?;
    let mut e = Expectation::new(a.id, "Storingen binnen een dag verholpen");
    e.contact_id = Some(els.id);
    e.answers = vec![answer.id];
    e.deadline = chrono::NaiveDate::from_ymd_opt(2026, 3, 1);
    let e = w.put(e)?;
    w.as_("fleur", 5);
    w.put(Expectation::new(b.id, "Brood op tijd"))?;
    let mut x = Experience::new(a.id, 3, "Lift stuk", at(5));
    x.expectation_id = Some(e.id);
    x.complaint = true;
    w.put(x)?;
    w.put(TimeEntry::new(b.id, 30, at(5)))?;
    Ok(())
}

/// Everything a reader can see, to compare two databases.
fn everything(store: &Store) -> String {
    let r = store.read().unwrap();
    let mut out = format!(
        "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n",
        r.all::<Client>().unwrap(),
        r.all::<Contact>().unwrap(),
        r.all::<Interview>().unwrap(),
        r.all::<Answer>().unwrap(),
        r.all::<Expectation>().unwrap(),
        r.all::<Experience>().unwrap(),
        r.all::<TimeEntry>().unwrap(),
    );
    out += &format!(
        "{:?}\n{:?}\n",
        r.all_history().unwrap(),
        r.all_changes().unwrap()
    );
    out += &format!(
        "{:?}\n{:?}\n",
        r.digests().unwrap(),
        r.change_seq().unwrap()
    );
    for kind in Kind::ALL {
        out += &format!("{:?}\n", r.meta(&format!("next.{}", kind.key())).unwrap());
    }
    for client in r.all::<Client>().unwrap() {
        out += &format!(
            "{:?} {:?} {:?} {:?} {:?}\n",
            r.for_client::<Contact>(client.id).unwrap(),
            r.for_client::<Expectation>(client.id).unwrap(),
            r.for_client::<Experience>(client.id).unwrap(),
            r.for_client::<Answer>(client.id).unwrap(),
            r.changes_of(client.id).unwrap(),
        );
    }
    for interview in r.all::<Interview>().unwrap() {
        out += &format!("{:?}\n", r.answers_of(interview.id).unwrap());
    }
    out
}

#[test]
fn bulk_inserts_leave_exactly_what_single_inserts_leave() {
    let (_d1, one) = temp_store();
    let (_d2, two) = temp_store();
    // Two transactions each, and a plain insert after the bulk: the counters carry on.
    for _ in 0..2 {
        one.write(scenario).unwrap();
        two.write(|tx| tx.bulk(|b| scenario(b))).unwrap();
    }
    for store in [&one, &two] {
        store
            .write(|tx| {
                tx.act_as("joris", at(7));
                tx.insert(Client::new("Gemeente Zuidervaart", Cents::from_euros(5)))
            })
            .unwrap();
    }
    assert_eq!(everything(&one), everything(&two));
    assert_eq!(one.read().unwrap().count::<Client>().unwrap(), 5);
}

#[test]
fn a_bulk_insert_for_a_missing_client_fails_and_writes_nothing() {
    let (_dir, store) = temp_store();
    let before = everything(&store);
    let err = store
        .write(|tx| {
            tx.bulk(|b| {
                b.insert(Client::new("A", Cents::from_euros(1)))?;
                b.insert(Contact::new(ClientId(99), "Els", ""))
            })
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound { id: 99, .. }), "{err}");
    assert_eq!(everything(&store), before);
}
