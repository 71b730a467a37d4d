//! Editing on the client screen, driven through keys against a real file: people,
//! expectations, status, experiences and time; forms that refuse bad values and change
//! nothing; archive after a question; undo.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use common::driver::Driver;
use verwacht::app::{Mode, Popup};
use verwacht::domain::{
    Cents, Client, Contact, Expectation, ExpectationId, Experience, Status, TimeEntry,
};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::store::{Queries, StoreError};

fn setup() -> Driver {
    let dir = tempfile::tempdir().unwrap();
    let store = verwacht::files::open(&dir.path().join("v.redb"), Create::Private).unwrap();
    store
        .write(|tx| {
            let c = tx.insert(Client::new("Gemeente Zuidveen", Cents::from_euros(200_000)))?;
            let mut e = Expectation::new(c.id, "Antwoord op mail binnen een dag");
            e.contact_id = Some(tx.insert(Contact::new(c.id, "Karin Smit", "inkoper"))?.id);
            tx.insert(e)?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    let mut d = Driver::start(store, dir, Lang::En, common::now());
    d.keys("enter");
    assert_eq!(d.app.mode(), Mode::Client);
    d
}

fn all<R: verwacht::store::Record>(d: &Driver) -> Vec<R> {
    d.store.read().unwrap().all().unwrap()
}

fn form_has_errors(d: &Driver) -> bool {
    matches!(&d.app.popup, Some(Popup::Form { form, .. }) if form.has_errors())
}

#[test]
fn people_are_added_edited_archived_and_brought_back() {
    let mut d = setup();
    d.keys("2 a");
    d.keys("enter");
    assert!(form_has_errors(&d), "a name is required");
    d.type_text("Joost Mulder");
    d.keys("tab");
    d.type_text("wethouder");
    d.keys("enter");
    assert!(d.app.popup.is_none());
    let people: Vec<Contact> = all(&d);
    assert_eq!(people.len(), 2);
    assert_eq!(people[1].role, "wethouder");

    // The new person is the second row: archive it after the question, then undo.
    d.keys("j d");
    assert!(matches!(d.app.popup, Some(Popup::Confirm { .. })));
    d.keys("y");
    let people: Vec<Contact> = all(&d);
    assert!(people[1].archived);
    d.keys("u");
    let people: Vec<Contact> = all(&d);
    assert!(!people[1].archived, "undo brings it back");
    // Saying no changes nothing.
    d.keys("d n");
    let people: Vec<Contact> = all(&d);
    assert!(!people[1].archived);
}

#[test]
fn a_bad_deadline_keeps_the_form_open_and_the_record_unchanged() {
    let mut d = setup();
    d.keys("3 e");
    // Title, description, whose, nature, source, level, status, then the deadline field.
    d.keys("tab tab tab tab tab tab tab");
    d.type_text("31-2-2027");
    d.keys("enter");
    assert!(form_has_errors(&d));
    let e: Vec<Expectation> = all(&d);
    assert_eq!(e[0].deadline, None);
    d.keys("esc");
    assert!(d.app.popup.is_none());

    // Status in one key; its history records the change.
    d.keys("s right right enter");
    let e: Vec<Expectation> = all(&d);
    assert_eq!(e[0].status, Status::Met);
    let history = d
        .store
        .read()
        .unwrap()
        .history(ExpectationId(e[0].id.0))
        .unwrap();
    assert!(
        history
            .iter()
            .any(|h| h.changes.iter().any(|c| c.field == "status"))
    );
    d.keys("u");
    let e: Vec<Expectation> = all(&d);
    assert_eq!(e[0].status, Status::Open);
}

#[test]
fn experiences_and_time_are_recorded_with_checks() {
    let mut d = setup();
    // `r` on an expectation links the experience to it.
    d.keys("3 r");
    for _ in 0..2 {
        d.keys("backspace");
    }
    d.type_text("11");
    d.keys("enter");
    assert!(form_has_errors(&d));
    assert!(all::<Experience>(&d).is_empty());
    d.keys("ctrl-u");
    d.type_text("4");
    d.keys("tab");
    d.type_text("Mail bleef drie dagen liggen");
    d.keys("tab right enter");
    let x: Vec<Experience> = all(&d);
    assert_eq!(x.len(), 1);
    assert!(x[0].complaint && !x[0].positive);
    assert_eq!(x[0].expectation_id, Some(all::<Expectation>(&d)[0].id));

    d.keys("t ctrl-u");
    d.type_text("45");
    d.keys("enter");
    let t: Vec<TimeEntry> = all(&d);
    assert_eq!(t[0].minutes, 45);
}

#[test]
fn a_new_client_from_the_list_and_undo() {
    let mut d = setup();
    d.keys("esc n");
    d.type_text("Bakkerij Van Dam");
    d.keys("tab ctrl-u");
    d.type_text("1.234,50");
    d.keys("enter");
    let clients: Vec<Client> = all(&d);
    assert_eq!(clients.len(), 2);
    assert_eq!(clients[1].revenue, Cents(123_450));
    assert_eq!(d.app.mode(), Mode::Client, "the new client's screen opens");
    d.keys("u");
    assert_eq!(all::<Client>(&d).len(), 1, "undo removes the new client");
    assert_eq!(d.app.mode(), Mode::Home);
}

#[test]
fn a_client_is_archived_from_its_briefing_and_brought_back() {
    let mut d = setup();
    d.keys("d");
    assert!(matches!(d.app.popup, Some(Popup::Confirm { .. })));
    d.keys("y");
    assert!(all::<Client>(&d)[0].archived);
    assert_eq!(d.app.mode(), Mode::Home);
    assert_eq!(d.app.data.len(), 0, "archived clients leave the list");
    d.keys("u");
    assert!(!all::<Client>(&d)[0].archived);
    assert_eq!(d.app.data.len(), 1);
}

#[test]
fn archived_expectations_are_hidden_shown_on_request_and_brought_back() {
    let mut d = setup();
    d.keys("3");
    let before = d.app.client().unwrap().len();
    d.keys("d y");
    let e: Vec<Expectation> = all(&d);
    assert!(e[0].archived);
    assert_eq!(
        d.app.client().unwrap().len(),
        before - 1,
        "no longer listed"
    );
    let screen = common::render(&d.app);
    let table: Vec<&str> = screen.lines().take(29).collect();
    assert!(
        !table.iter().any(|l| l.contains(&e[0].title)),
        "only the message names it:\n{screen}"
    );
    // A shows the archive too, marked; d on an archived row brings it back.
    d.keys("A");
    let screen = common::render(&d.app);
    assert!(screen.contains("archived"), "{screen}");
    assert!(screen.contains(&e[0].title), "{screen}");
    d.keys("d");
    let Some(verwacht::app::Popup::Confirm { question, .. }) = &d.app.popup else {
        panic!("asked first");
    };
    assert!(question.starts_with("Bring"), "{question}");
    d.keys("y");
    let e: Vec<Expectation> = all(&d);
    assert!(!e[0].archived);
    assert!(
        d.app
            .status
            .as_ref()
            .unwrap()
            .text
            .starts_with("Back from the archive"),
        "{:?}",
        d.app.status
    );
}

#[test]
fn a_write_on_a_client_screen_answers_with_its_views_and_needs_no_load() {
    use common::driver::Performed;
    let one_write = Performed {
        writes: 1,
        loads: 0,
    };
    let mut d = setup();
    d.keys("2 a");
    d.type_text("Joost Mulder");
    d.performed = Performed::default();
    d.keys("enter");
    assert_eq!(d.performed, one_write, "saving the form");
    let shows = |d: &Driver, name: &str| {
        let view = d.app.client().unwrap().view().unwrap();
        view.contacts.iter().any(|c| c.name == name && !c.archived)
    };
    assert!(shows(&d, "Joost Mulder"), "the screen has the new person");
    assert_eq!(
        d.app.data.seq,
        d.store.change_seq().unwrap(),
        "the list took in the change"
    );
    // Undo, then archiving after the question: each one write and nothing loaded.
    d.performed = Performed::default();
    d.keys("u");
    assert_eq!(d.performed, one_write, "undo");
    assert!(!shows(&d, "Joost Mulder"));
    d.performed = Performed::default();
    d.keys("d y");
    assert_eq!(d.performed, one_write, "archiving");
    assert!(!shows(&d, "Karin Smit"));
    // The change poll that follows finds the list as recent as the store: nothing to load.
    let effects = d.app.update(verwacht::app::Msg::ChangeCounter(
        d.store.change_seq().unwrap(),
    ));
    assert!(effects.is_empty(), "{effects:?}");
}

/// Drawing only reads: the briefing, a tab's row order and the palette's matches are worked
/// out when the records or the input change, and a frame shows exactly those.
#[test]
fn what_the_screens_show_is_worked_out_before_drawing() {
    let mut d = setup();
    let state = d.app.client().unwrap();
    let id = state.id;
    let brief = d
        .app
        .pages
        .brief(id)
        .expect("built when the records came in");
    assert!(brief.iter().any(|l| l.text.contains("Gemeente Zuidveen")));
    assert!(common::render(&d.app).contains("Gemeente Zuidveen"));
    // The people tab's order is there before a frame asks for it.
    assert_eq!(state.rows(verwacht::app::client::Tab::People), [0]);
    // A new person: the write's answer brings the records, the order follows them.
    d.keys("2 a");
    d.type_text("Joost Mulder");
    d.keys("enter");
    let state = d.app.client().unwrap();
    assert_eq!(state.rows(verwacht::app::client::Tab::People).len(), 2);
    // The palette's matches follow what is typed in it.
    d.keys(":");
    d.type_text("undo");
    let Some(Popup::Palette { found, .. }) = &d.app.popup else {
        panic!("the palette is open");
    };
    assert!(
        found.iter().any(|(a, _)| *a == verwacht::app::Action::Undo),
        "{found:?}"
    );
    assert!(found.len() < 5, "only what matches: {found:?}");
}
