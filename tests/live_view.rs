//! A colleague's change appears in an open program without taking anything away from the
//! user: the selected row, the scroll position, an open form and the draft in the editor stay.
//! The colleague writes through a handle of their own, as another process would; the program
//! reloads as the terminal loop does when the change counter moves.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use common::driver::Driver;
use verwacht::app::{Mode, Popup};
use verwacht::domain::{Cents, Client, ClientId, Contact, Expectation, Experience};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::store::{Queries, Store, StoreError};

fn setup() -> (Driver, Store) {
    setup_at((100, 30))
}

/// [`setup`] in a terminal of `size` (width, height).
fn setup_at(size: (u16, u16)) -> (Driver, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("live.redb");
    let store = verwacht::files::open(&path, Create::Private).unwrap();
    store
        .write(|tx| {
            let c = tx.insert(Client::new("Gemeente Zuidveen", Cents::from_euros(200_000)))?;
            let karin = tx.insert(Contact::new(c.id, "Karin Smit", "inkoper"))?;
            let mut e = Expectation::new(c.id, "Antwoord op mail binnen een dag");
            e.contact_id = Some(karin.id);
            tx.insert(e)?;
            for grade in [6, 7, 8] {
                let mut x = Experience::new(c.id, grade, format!("cijfer {grade}"), common::now());
                x.contact_id = Some(karin.id);
                tx.insert(x)?;
            }
            // Seen today, with nothing open: below the municipality in priority.
            let b = tx.insert(Client::new("Bakkerij Van Dam", Cents::from_euros(100_000)))?;
            tx.insert(Experience::new(b.id, 8, "prima", common::now()))?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    let mut colleague = verwacht::files::open(&path, Create::Never).unwrap();
    colleague.set_author("bram");
    (
        Driver::start_at(store, dir, Lang::En, common::now(), size),
        colleague,
    )
}

/// What the terminal loop does when it sees the change counter move.
fn poll(d: &mut Driver) {
    assert_ne!(
        d.store.change_seq().unwrap(),
        d.app.data.seq,
        "a change to see"
    );
    let reload = d.app.reload();
    d.perform(reload);
}

#[test]
fn the_client_list_shows_a_new_client_and_keeps_the_selection() {
    let (mut d, colleague) = setup();
    d.keys("j");
    let selected = d.app.selected_row().unwrap().client.name.clone();
    assert_eq!(selected, "Bakkerij Van Dam");
    colleague
        .write(|tx| tx.insert(Client::new("Aannemer Groot", Cents::from_euros(900_000))))
        .unwrap();
    poll(&mut d);
    assert_eq!(d.app.data.len(), 3);
    assert_eq!(d.app.selected_row().unwrap().client.name, selected);
    let screen = common::render(&d.app);
    assert!(screen.contains("Aannemer Groot"), "{screen}");
}

#[test]
fn the_client_screen_keeps_the_selected_row_and_an_open_form() {
    let (mut d, colleague) = setup();
    d.keys("enter 5 j");
    let state = d.app.client().unwrap();
    let selected = state.row_ids(state.tab)[state.list().selected];
    // An open form with something typed in it.
    d.keys("a");
    d.type_text("Belt");
    assert_eq!(d.app.mode(), Mode::Form);

    // A colleague records a newer experience: it comes first on screen, above the selection.
    colleague
        .write(|tx| {
            let mut x = Experience::new(ClientId(1), 9, "heel tevreden", common::now());
            x.complaint = false;
            tx.insert(x)
        })
        .unwrap();
    poll(&mut d);
    let state = d.app.client().unwrap();
    assert_eq!(state.len(), 4, "the new experience is listed");
    assert_eq!(state.row_ids(state.tab)[state.list().selected], selected);
    match &d.app.popup {
        Some(Popup::Form { form, .. }) => assert!(form.fields.iter().any(|f| match &f.value {
            verwacht::app::form::Value::Text(input) => input.text().contains("Belt"),
            _ => false,
        })),
        _ => panic!("the form stays open"),
    }
    // The timeline says who made the change.
    let screen = {
        d.keys("esc 6");
        common::render(&d.app)
    };
    assert!(screen.contains("bram"), "{screen}");
}

#[test]
fn an_open_interview_shows_new_expectations_and_keeps_the_draft() {
    let (mut d, colleague) = setup();
    d.keys("i 1 alt-6");
    d.type_text("Half a sentence");
    colleague
        .write(|tx| tx.insert(Expectation::new(ClientId(1), "Factuur per kwartaal")))
        .unwrap();
    poll(&mut d);
    let s = d.app.interview().expect("still in the interview");
    assert!(
        s.view
            .existing
            .iter()
            .any(|e| e.title == "Factuur per kwartaal"),
        "step 6 lists the colleague's expectation"
    );
    assert_eq!(s.text(), "Half a sentence");
    assert_eq!(d.app.mode(), Mode::Editor);
    let screen = common::render(&d.app);
    assert!(screen.contains("Factuur per kwartaal"), "{screen}");
}

#[test]
fn saving_a_form_keeps_a_colleagues_change_made_while_it_was_open() {
    let (mut d, colleague) = setup();
    d.keys("enter 3 e");
    assert_eq!(d.app.mode(), Mode::Form);
    d.type_text(" (bijgewerkt)");
    // Meanwhile a colleague marks the expectation met.
    colleague
        .write(|tx| {
            let mut e: Expectation = tx.fetch(1)?;
            e.status = verwacht::domain::Status::Met;
            tx.update(e)
        })
        .unwrap();
    poll(&mut d);
    d.keys("enter");
    assert!(d.app.popup.is_none(), "saved");
    let stored: Expectation = d.store.read().unwrap().fetch(1).unwrap();
    assert_eq!(stored.status, verwacht::domain::Status::Met, "theirs kept");
    let json = serde_json::to_string(&stored).unwrap();
    assert!(json.contains("(bijgewerkt)"), "mine kept: {json}");
}

#[test]
fn lists_and_forms_say_who_changed_a_record() {
    let (mut d, colleague) = setup();
    colleague
        .write(|tx| {
            let mut e: Expectation = tx.fetch(1)?;
            e.status = verwacht::domain::Status::InProgress;
            tx.update(e)
        })
        .unwrap();
    d.keys("enter 3");
    let screen = common::render(&d.app);
    assert!(screen.contains("By"), "{screen}");
    assert!(
        screen.contains("bram"),
        "the expectations list names them:\n{screen}"
    );
    d.keys("e");
    let screen = common::render(&d.app);
    assert!(screen.contains("changed: bram "), "{screen}");
    assert!(screen.contains("created: "), "{screen}");
}

#[test]
fn the_timeline_shows_a_change_just_made_and_a_colleagues() {
    let (mut d, colleague) = setup();
    d.keys("enter 6");
    let before = common::render(&d.app);
    // A status change on the expectations tab, then back to the timeline.
    d.keys("3 s right enter 6");
    let screen = common::render(&d.app);
    assert_ne!(screen, before);
    let first = screen.lines().nth(4).unwrap_or_default().to_string();
    assert!(
        first.contains("status"),
        "the newest change on top:\n{screen}"
    );
    // A colleague's change appears too, on top, without leaving the tab.
    colleague
        .write(|tx| tx.insert(Contact::new(ClientId(1), "Joost Bakker", "planner")))
        .unwrap();
    poll(&mut d);
    let screen = common::render(&d.app);
    let first = screen.lines().nth(4).unwrap_or_default().to_string();
    assert!(first.contains("Joost Bakker"), "{screen}");
    assert!(first.contains("bram"), "{screen}");
}

/// The briefing pane beside the list, as drawn: the right-hand part of the screen.
fn pane_text(d: &Driver) -> String {
    let pane = d
        .app
        .places
        .home
        .pane
        .expect("wide enough for the briefing pane");
    let screen = common::render(&d.app);
    screen
        .lines()
        .skip(usize::from(pane.y))
        .take(usize::from(pane.height))
        .map(|l| {
            let right: String = l.chars().skip(usize::from(pane.x)).collect();
            format!("{}\n", right.trim_end())
        })
        .collect()
}

/// At 160×48 the pane shows the selected client's briefing, kept between frames: it follows
/// the selection at the first frame after each move, and shows a colleague's change to that
/// client as soon as the program sees it, never the copy made before.
#[test]
fn the_briefing_pane_follows_the_selection_and_a_colleagues_change() {
    let (mut d, colleague) = setup_at((160, 48));
    let first = pane_text(&d);
    assert!(first.contains("Gemeente Zuidveen"), "{first}");
    assert!(first.contains("Karin Smit"), "{first}");
    assert!(!first.contains("Bakkerij"), "{first}");

    d.keys("j");
    let second = pane_text(&d);
    assert!(second.contains("Bakkerij Van Dam"), "{second}");
    assert!(!second.contains("Karin Smit"), "{second}");

    d.keys("k");
    assert_eq!(
        pane_text(&d),
        first,
        "back on the first client, its briefing as it was"
    );

    // A colleague adds a person at the selected client and grades it.
    let id = d.app.selected_row().unwrap().client.id;
    colleague
        .write(|tx| {
            tx.insert(Contact::new(id, "Piet de Vries", "wethouder"))?;
            tx.insert(Experience::new(id, 4, "te laat", common::now()))?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    poll(&mut d);
    let changed = pane_text(&d);
    assert!(changed.contains("Piet de Vries"), "{changed}");
    assert!(changed.contains("Karin Smit"), "{changed}");
    assert_ne!(changed, first);

    // And after moving away and back, the briefing is the changed one, not an older copy.
    d.keys("j k");
    assert_eq!(pane_text(&d), changed);
}
