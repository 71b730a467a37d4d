//! Every interview screen drawn to ratatui's TestBackend at 80×24 and 160×48: the contact
//! picker, a step with its guide and answers, the tag picker, the step fields, step 6 with
//! open expectations, the summary, the finish question and the resume offer.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use common::driver::Driver;
use common::render;
use verwacht::app::Msg;
use verwacht::domain::{Cents, Client, Contact, Expectation, Level};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::store::StoreError;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

fn fixed_now() -> chrono::DateTime<chrono::Utc> {
    common::now()
}

fn setup(lang: Lang) -> Driver {
    let dir = tempfile::tempdir().unwrap();
    let mut store = verwacht::files::open(&dir.path().join("v.redb"), Create::Private).unwrap();
    // Stamps at the test's own time and by a named author, so the screens depend neither on
    // the day they run nor on the account that runs them.
    store.set_clock(fixed_now);
    store.set_author("anna");
    store
        .write(|tx| {
            let c = tx.insert(Client::new(
                "Woonstichting De Linde",
                Cents::from_euros(500_000),
            ))?;
            let els = tx.insert(Contact::new(c.id, "Els de Vries", "directeur"))?;
            tx.insert(Contact::new(c.id, "Piet Bakker", "facilitair manager"))?;
            let mut e = Expectation::new(c.id, "Maandrapportage uiterlijk de 5e");
            e.contact_id = Some(els.id);
            e.level = Level::Basic;
            e.deadline = chrono::NaiveDate::from_ymd_opt(2026, 10, 31);
            tx.insert(e)?;
            tx.insert(Expectation::new(c.id, "Storingen binnen 4 uur verholpen"))?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    let mut d = Driver::start(store, dir, lang, common::now());
    d.clock = fixed_now;
    d
}

/// Draws the current screen at both sizes and checks them against the stored snapshots.
fn snap(d: &mut Driver, name: &str) {
    for (w, h) in SIZES {
        d.send(Msg::Resize(w, h));
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(&d.app));
    }
    d.send(Msg::Resize(100, 30));
}

/// Answers in the first steps, so lists and counts have something to show.
fn with_answers(d: &mut Driver) {
    d.keys("i 1");
    d.type_text("Rapport binnen drie dagen na de inspectie #basis");
    d.keys("enter");
    d.type_text("Factuur moet in een keer kloppen #onuitgesproken");
    d.keys("enter alt-3");
    d.type_text("Els wil gebeld worden, niet gemaild #emotioneel");
    d.keys("enter alt-4");
    d.type_text("In de offerte stond een vaste contactpersoon #belofte");
    d.keys("enter alt-1");
}

#[test]
fn picker() {
    let mut d = setup(Lang::Nl);
    d.keys("i");
    snap(&mut d, "picker_nl");
    d.keys("n");
    d.type_text("Anna");
    snap(&mut d, "picker_new_person_nl");
}

#[test]
fn the_picker_cuts_a_long_client_name_not_its_question() {
    let dir = tempfile::tempdir().unwrap();
    let store = verwacht::files::open(&dir.path().join("v.redb"), Create::Private).unwrap();
    store
        .write(|tx| {
            let c = tx.insert(Client::new(
                "Van Dijk Installatietechniek en Onderhoud Noord-Holland B.V.",
                Cents::from_euros(1000),
            ))?;
            tx.insert(Contact::new(c.id, "Gerrit van Dijk", "eigenaar"))?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    let mut d = Driver::start(store, dir, Lang::Nl, common::now());
    d.send(Msg::Resize(80, 24));
    d.keys("i");
    let screen = render(&d.app);
    let title = screen
        .lines()
        .find(|l| l.contains("Interview bij"))
        .expect("the picker is open");
    assert!(title.contains("Van Dijk Install"), "{title}");
    assert!(title.contains("…: met wie spreek je?"), "{title}");
    // The interview's own title line cuts the name with a mark before its clock.
    d.keys("1");
    let screen = render(&d.app);
    let top = screen.lines().next().unwrap();
    assert!(top.starts_with("Interview Van Dijk"), "{top}");
    assert!(top.contains("… · met Gerrit van Dijk"), "{top}");
    assert!(top.contains("⏱ 00:00"), "{top}");
}

#[test]
fn a_step_with_answers_and_the_guide() {
    let mut d = setup(Lang::Nl);
    with_answers(&mut d);
    d.type_text("Half getypt antwoord");
    snap(&mut d, "step1_nl");
    let mut en = setup(Lang::En);
    with_answers(&mut en);
    en.keys("esc");
    snap(&mut en, "step1_list_en");
}

#[test]
fn tag_picker() {
    let mut d = setup(Lang::Nl);
    with_answers(&mut d);
    d.keys("alt-4 ctrl-t");
    snap(&mut d, "tags_nl");
}

#[test]
fn step_fields() {
    let mut d = setup(Lang::Nl);
    d.keys("i 1 alt-7");
    d.type_text("Rapport in drie dagen in plaats van tien");
    // With the answer being typed: its measure, and a deadline that does not exist.
    d.keys("ctrl-f");
    d.type_text("doorlooptijd");
    d.keys("backtab");
    d.type_text("31-2-2027");
    d.keys("enter");
    snap(&mut d, "fields_error_nl");
}

#[test]
fn step6_open_expectations() {
    let mut d = setup(Lang::Nl);
    d.keys("i 1 alt-6 esc c");
    snap(&mut d, "step6_nl");
}

#[test]
fn summary_and_finish() {
    let mut d = setup(Lang::Nl);
    with_answers(&mut d);
    d.keys("esc f a");
    snap(&mut d, "summary_nl");
    d.keys("f");
    snap(&mut d, "finish_question_nl");
}

#[test]
fn resume_offer() {
    let mut d = setup(Lang::En);
    d.keys("i 1");
    d.type_text("The report must arrive before the board meets");
    d.wait(1);
    let mut d = d.restart(Lang::En, common::now());
    snap(&mut d, "resume_en");
}

#[test]
fn the_editor_grows_with_a_long_answer() {
    let mut d = setup(Lang::En);
    d.keys("i 1");
    let long = "She expects the monthly report to arrive within three working days of the end of \
                the month, with the figures per location, the complaints of the month and what \
                was done about each of them, and a short word on what comes next month, so that \
                she can take it to the board meeting without rewriting a single line of it.";
    d.type_text(long);
    d.app.update(verwacht::app::Msg::Resize(80, 24));
    let screen = common::render(&d.app);
    assert!(
        screen.contains("She expects the monthly"),
        "the start shows:\n{screen}"
    );
    assert!(
        screen.contains("single line of it."),
        "and the end:\n{screen}"
    );
}
