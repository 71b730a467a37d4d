//! No colleague's change is silently reverted: every path that writes a record merges inside
//! its write against the version the user started from. A colleague (Bram) writes through a
//! handle of his own, as another process would, and the program has *not* reloaded since: the
//! merge must not lean on the screen's last reload. A field both changed is shown with both
//! values and decided by the user.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use chrono::NaiveDate;
use common::driver::Driver;
use verwacht::app::{Mode, Popup};
use verwacht::domain::{Cents, Client, Contact, Expectation, ExpectationId, Experience, Status};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::store::{Queries, Store, StoreError};

fn setup(lang: Lang) -> (Driver, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.redb");
    let mut store = verwacht::files::open(&path, Create::Private).unwrap();
    store.set_author("anna");
    store
        .write(|tx| {
            let c = tx.insert(Client::new("Gemeente Zuidveen", Cents::from_euros(200_000)))?;
            let karin = tx.insert(Contact::new(c.id, "Karin Smit", "inkoper"))?;
            let mut e = Expectation::new(c.id, "Antwoord binnen een dag");
            e.contact_id = Some(karin.id);
            tx.insert(e)?;
            let mut x = Experience::new(c.id, 6, "Redelijk", common::now());
            x.contact_id = Some(karin.id);
            tx.insert(x)?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    let mut bram = verwacht::files::open(&path, Create::Never).unwrap();
    bram.set_author("bram");
    (Driver::start(store, dir, lang, common::now()), bram)
}

fn expectation(d: &Driver) -> Expectation {
    d.store.read().unwrap().fetch(1).unwrap()
}

/// Bram changes the expectation, as another program on the same file.
fn bram_changes(bram: &Store, change: impl FnOnce(&mut Expectation)) {
    bram.write(|tx| {
        let mut e: Expectation = tx.fetch(1)?;
        change(&mut e);
        tx.update(e)
    })
    .unwrap();
}

fn deadline() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2027, 3, 31)
}

/// Opens the expectation's form on the client screen and appends to its title.
fn edit_title(d: &mut Driver, more: &str) {
    // Wide enough that the question's lines do not wrap.
    d.send(verwacht::app::Msg::Resize(160, 40));
    d.keys("enter 3 e");
    assert_eq!(d.app.mode(), Mode::Form);
    d.type_text(more);
}

#[test]
fn a_form_save_keeps_a_change_the_screen_has_not_seen() {
    let (mut d, bram) = setup(Lang::En);
    edit_title(&mut d, " (bijgewerkt)");
    bram_changes(&bram, |e| e.deadline = deadline());
    d.keys("enter");
    assert!(d.app.popup.is_none(), "saved without a question");
    let stored = expectation(&d);
    assert_eq!(stored.title, "Antwoord binnen een dag (bijgewerkt)", "mine");
    assert_eq!(stored.deadline, deadline(), "bram's");
}

#[test]
fn a_form_save_on_a_field_a_colleague_changed_shows_both_and_keeps_the_choice() {
    for (key, want) in [
        ("t", "Antwoord binnen twee uur"),
        ("m", "Antwoord binnen een dag (mijn versie)"),
    ] {
        let (mut d, bram) = setup(Lang::En);
        edit_title(&mut d, " (mijn versie)");
        bram_changes(&bram, |e| e.title = "Antwoord binnen twee uur".into());
        let seq = d.store.change_seq().unwrap();
        d.keys("enter");
        assert!(matches!(d.app.popup, Some(Popup::Conflict(_))), "asked");
        assert_eq!(d.store.change_seq().unwrap(), seq, "nothing written yet");
        let screen = common::render(&d.app);
        assert!(screen.contains("Also changed by bram"), "{screen}");
        assert!(
            screen.contains(
                "title: yours “Antwoord binnen een dag (mijn versie)” · bram's “Antwoord binnen"
            ),
            "{screen}"
        );
        assert!(screen.contains("m save my version"), "{screen}");
        d.keys(key);
        assert!(d.app.popup.is_none());
        assert_eq!(expectation(&d).title, want, "after {key}");
    }
}

#[test]
fn escape_on_a_conflict_writes_nothing() {
    let (mut d, bram) = setup(Lang::Nl);
    edit_title(&mut d, " (mijn versie)");
    bram_changes(&bram, |e| e.title = "Antwoord binnen twee uur".into());
    d.keys("enter");
    let screen = common::render(&d.app);
    assert!(screen.contains("Ook gewijzigd door bram"), "{screen}");
    assert!(screen.contains("titel: jouw versie"), "{screen}");
    let seq = d.store.change_seq().unwrap();
    d.keys("esc");
    assert_eq!(d.store.change_seq().unwrap(), seq);
    assert_eq!(expectation(&d).title, "Antwoord binnen twee uur");
    assert!(common::render(&d.app).contains("Niets opgeslagen"));
}

#[test]
fn undo_takes_back_only_my_fields() {
    let (mut d, bram) = setup(Lang::En);
    edit_title(&mut d, " (bijgewerkt)");
    d.keys("enter");
    bram_changes(&bram, |e| e.deadline = deadline());
    d.keys("u");
    assert!(
        d.app.popup.is_none(),
        "no question: bram changed another field"
    );
    let stored = expectation(&d);
    assert_eq!(stored.title, "Antwoord binnen een dag", "my edit undone");
    assert_eq!(stored.deadline, deadline(), "bram's deadline stays");
}

#[test]
fn undo_of_a_field_a_colleague_changed_since_asks_first() {
    let (mut d, bram) = setup(Lang::En);
    edit_title(&mut d, " (bijgewerkt)");
    d.keys("enter");
    bram_changes(&bram, |e| e.title = "Antwoord binnen twee uur".into());
    let seq = d.store.change_seq().unwrap();
    d.keys("u");
    assert!(matches!(d.app.popup, Some(Popup::Conflict(_))));
    assert_eq!(d.store.change_seq().unwrap(), seq, "nothing undone yet");
    let screen = common::render(&d.app);
    assert!(
        screen.contains("Undoing would take back what bram changed"),
        "{screen}"
    );
    assert!(
        screen.contains("title: yours “Antwoord binnen een dag” · bram's “Antwoord binnen twee"),
        "{screen}"
    );
    d.keys("t");
    assert_eq!(expectation(&d).title, "Antwoord binnen twee uur");
}

#[test]
fn archiving_keeps_a_colleagues_change() {
    let (mut d, bram) = setup(Lang::En);
    d.keys("enter 3 d");
    bram_changes(&bram, |e| e.status = Status::InProgress);
    d.keys("y");
    let stored = expectation(&d);
    assert!(stored.archived);
    assert_eq!(stored.status, Status::InProgress, "bram's status stays");
}

#[test]
fn the_step_6_form_keeps_a_colleagues_change() {
    let (mut d, bram) = setup(Lang::En);
    d.keys("i 1 alt-6 esc");
    let s = d.app.interview().expect("in the interview");
    assert_eq!(s.view.existing[0].id, ExpectationId(1));
    d.keys("e");
    assert_eq!(d.app.mode(), Mode::Form);
    d.type_text(" (bijgewerkt)");
    bram_changes(&bram, |e| e.deadline = deadline());
    d.keys("enter");
    let stored = expectation(&d);
    assert_eq!(stored.title, "Antwoord binnen een dag (bijgewerkt)");
    assert_eq!(stored.deadline, deadline(), "bram's deadline stays");
    // Undo at step 6 takes back my title only.
    bram_changes(&bram, |e| e.status = Status::InProgress);
    d.keys("u");
    let stored = expectation(&d);
    assert_eq!(stored.title, "Antwoord binnen een dag");
    assert_eq!(stored.deadline, deadline());
    assert_eq!(stored.status, Status::InProgress);
}

#[test]
fn the_step_6_form_on_a_field_a_colleague_changed_asks() {
    let (mut d, bram) = setup(Lang::En);
    d.keys("i 1 alt-6 esc e");
    d.type_text(" (mijn versie)");
    bram_changes(&bram, |e| e.title = "Antwoord binnen twee uur".into());
    d.keys("enter");
    assert!(matches!(d.app.popup, Some(Popup::Conflict(_))));
    d.keys("m");
    assert_eq!(
        expectation(&d).title,
        "Antwoord binnen een dag (mijn versie)"
    );
    let s = d.app.interview().expect("still in the interview");
    assert_eq!(
        s.view.existing[0].title, "Antwoord binnen een dag (mijn versie)",
        "step 6 shows what was decided"
    );
}

#[test]
fn deleting_something_a_colleague_changed_since_asks_again() {
    let (mut d, bram) = setup(Lang::En);
    d.keys("enter 5 d");
    bram.write(|tx| {
        let mut x: Experience = tx.fetch(1)?;
        x.grade = 3;
        tx.update(x)
    })
    .unwrap();
    d.keys("y");
    let screen = common::render(&d.app);
    assert!(
        screen.contains("bram changed “3 — Redelijk” after you saw it"),
        "{screen}"
    );
    assert!(
        d.store
            .read()
            .unwrap()
            .get::<Experience>(1)
            .unwrap()
            .is_some(),
        "not deleted yet"
    );
    d.keys("y");
    assert!(
        d.store
            .read()
            .unwrap()
            .get::<Experience>(1)
            .unwrap()
            .is_none()
    );
}
