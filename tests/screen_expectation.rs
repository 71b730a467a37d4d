//! The expectation screen: every field, the yardstick with its dated measurements, trend and
//! progress, the expected grade and the gap in words, the experiences and the history, drawn
//! to TestBackend at 80×24 and 160×48; and its keys: a new measurement, an experience that
//! turns the gap, recovering after a complaint, reviewing a delivered delighter, undo, Esc.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::driver::Driver;
use common::render;
use verwacht::app::{Msg, Popup, Screen};
use verwacht::domain::{
    Cents, Client, Contact, Expectation, ExpectationId, Experience, Level, Measure, Status,
};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::store::{Queries, StoreError};

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

fn days_ago(days: i64) -> DateTime<Utc> {
    common::now() - Duration::days(days)
}

/// Zorggroep Het Baken with a delighter delivered 200 days ago (expectation 1), Saskia's "Vaste gezichten" (baseline 55, target 80 %, measured 63
/// and 68 since, expected grade 8, a resolved complaint and a 7; expectation 2), and an open
/// complaint about the legionella logbooks (expectation 3).
fn setup() -> Driver {
    let dir = tempfile::tempdir().unwrap();
    let mut store = verwacht::files::open(&dir.path().join("e.redb"), Create::Private).unwrap();
    store.set_clock(common::now);
    store.set_author("anna");
    let baken = store
        .write_as("anna", days_ago(250), |tx| {
            let baken = tx.insert(Client::new(
                "Zorggroep Het Baken",
                Cents::from_euros(400_000),
            ))?;
            tx.insert(Client::new("Bakkerij Van Dam", Cents::from_euros(20_000)))?;
            let mut wow = Expectation::new(baken.id, "Weekbericht zonder navraag");
            wow.level = Level::Delighter;
            tx.insert(wow)?;
            Ok::<_, StoreError>(baken)
        })
        .unwrap();
    // The delighter was delivered 200 days ago.
    store
        .write_as("anouk", days_ago(200), |tx| {
            let mut wow: Expectation = tx.fetch(1)?;
            wow.status = Status::Met;
            tx.update(wow)
        })
        .unwrap();
    let (saskia, faces) = store
        .write_as("anna", days_ago(120), |tx| {
            let saskia = tx.insert(Contact::new(baken.id, "Saskia Brouwer", "locatiemanager"))?;
            let mut e = Expectation::new(baken.id, "Vaste gezichten op de afdelingen");
            e.description = "Wisselende schoonmakers geven onrust bij bewoners.".into();
            e.contact_id = Some(saskia.id);
            e.deadline = Some(common::today() + Duration::days(20));
            e.expected_grade = Some(8);
            e.tags = vec!["dementie".into()];
            e.measure = Measure {
                metric: "diensten door vaste medewerkers".into(),
                baseline: "55".into(),
                target: "80".into(),
                unit: "%".into(),
                ..Measure::default()
            };
            let faces = tx.insert(e)?;
            Ok::<_, StoreError>((saskia, faces))
        })
        .unwrap();
    for (ago, level) in [(60, "63"), (14, "68")] {
        store
            .write_as("sven", days_ago(ago), |tx| {
                let mut e: Expectation = tx.fetch(faces.id.0)?;
                e.measure.current = level.into();
                tx.update(e)
            })
            .unwrap();
    }
    store
        .write_as("anouk", days_ago(50), |tx| {
            let mut x = Experience::new(baken.id, 4, "Steeds andere schoonmakers", days_ago(50));
            x.expectation_id = Some(faces.id);
            x.complaint = true;
            x.resolved = true;
            tx.insert(x)?;
            let mut logbook = Expectation::new(baken.id, "Legionellabeheer op orde");
            logbook.level = Level::Basic;
            logbook.deadline = Some(common::today() - Duration::days(6));
            let logbook = tx.insert(logbook)?;
            let mut open = Experience::new(baken.id, 3, "Logboek niet bijgewerkt", days_ago(5));
            open.expectation_id = Some(logbook.id);
            open.complaint = true;
            tx.insert(open)
        })
        .unwrap();
    store
        .write_as("sven", days_ago(9), |tx| {
            let mut x = Experience::new(baken.id, 7, "Merkbaar rustiger op de gang", days_ago(9));
            x.expectation_id = Some(faces.id);
            x.contact_id = Some(saskia.id);
            tx.insert(x)
        })
        .unwrap();
    Driver::start(store, dir, Lang::En, common::now())
}

fn snap(d: &mut Driver, name: &str) {
    for (w, h) in SIZES {
        d.send(Msg::Resize(w, h));
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(&d.app));
    }
    d.send(Msg::Resize(100, 30));
}

fn stored(d: &Driver, id: u64) -> Expectation {
    d.store.read().unwrap().fetch(id).unwrap()
}

/// From the client list: Het Baken (first: it has an open complaint), its expectations tab,
/// and Enter on the expectation in row `row`.
fn open_expectation(d: &mut Driver, row: usize) {
    d.keys("enter 3");
    for _ in 0..row {
        d.keys("j");
    }
    d.keys("enter");
    assert!(matches!(d.app.screen, Screen::Expectation(_)));
}

#[test]
fn every_field_the_yardstick_the_gap_and_the_history() {
    let mut d = setup();
    assert_eq!(d.app.data.band, 1, "the open complaint: recover first");
    open_expectation(&mut d, 1);
    let screen = render(&d.app);
    assert!(
        screen.contains("verwacht Zorggroep Het Baken › Vaste gezichten op de afdelingen"),
        "{screen}"
    );
    for text in [
        "Whose: Saskia Brouwer (locatiemanager)",
        "Status: open",
        "Tags: dementie",
        "diensten door vaste medewerkers: 55 → 63 → now 68 % (target 80) · 52% of the way",
        "Expected grade: 8",
        "grade 7 against 8 expected: gap -1, disappointed",
        "complaint, resolved",
        "sven: current level 63 → 68",
    ] {
        assert!(screen.contains(text), "{text}:\n{screen}");
    }
    snap(&mut d, "expectation_en");

    // Dutch, the same page.
    d.app.lang = Lang::Nl;
    // Any message lets the program build its pages in the new language.
    d.send(verwacht::app::Msg::Resize(
        d.app.size.width,
        d.app.size.height,
    ));
    let screen = render(&d.app);
    assert!(
        screen.contains("55 → 63 → nu 68 % (doel 80) · 52% op weg naar het doel"),
        "{screen}"
    );
    assert!(screen.contains("verschil -1, teleurgesteld"), "{screen}");
    assert!(screen.contains("sven: stand nu 63 → 68"), "{screen}");
}

#[test]
fn a_measurement_and_an_experience_move_the_yardstick_and_the_gap() {
    let mut d = setup();
    open_expectation(&mut d, 1);
    // A new measurement, dated today unless told otherwise.
    d.keys("m");
    assert!(matches!(d.app.popup, Some(Popup::Form { .. })));
    d.type_text("72");
    d.keys("enter");
    let e = stored(&d, 2);
    assert_eq!(e.measure.current, "72");
    assert_eq!(e.measure.trend(), vec!["55", "63", "68", "72"]);
    assert_eq!(e.measure.points.last().unwrap().on, common::today());
    let screen = render(&d.app);
    assert!(
        screen.contains("55 → 63 → 68 → now 72 % (target 80) · 68% of the way"),
        "{screen}"
    );
    // One measured earlier, given its day: in its place, the current level stays.
    d.keys("m");
    d.type_text("60");
    d.keys("tab ctrl-u");
    d.type_text("2026-08-01");
    d.keys("enter");
    let e = stored(&d, 2);
    assert_eq!(e.measure.trend(), vec!["55", "60", "63", "68", "72"]);
    assert_eq!(e.measure.current, "72");
    let history = d.store.read().unwrap().history(ExpectationId(2)).unwrap();
    assert!(
        history
            .last()
            .unwrap()
            .changes
            .iter()
            .any(|c| c.field == "point" && c.to == "2026-08-01 60"),
        "{history:?}"
    );
    // A 9 against the expected 8: just above the bar.
    d.keys("r ctrl-u");
    d.type_text("9");
    d.keys("tab");
    d.type_text("Familie tevreden");
    d.keys("enter");
    let screen = render(&d.app);
    assert!(
        screen.contains("grade 9 against 8 expected: gap +1, just above the bar: the sweet spot"),
        "{screen}"
    );
    snap(&mut d, "expectation_after_en");
    // Undo takes the experience back.
    d.keys("u");
    let screen = render(&d.app);
    assert!(screen.contains("gap -1, disappointed"), "{screen}");
    // Esc: back on the client screen, the expectation still selected.
    d.keys("esc");
    let state = d.app.client().expect("the client screen");
    assert_eq!(state.row_ids(state.tab)[state.list().selected], 2);
}

#[test]
fn a_complaint_reopens_its_expectation_with_a_recovery_deadline() {
    let mut d = setup();
    open_expectation(&mut d, 2);
    let screen = render(&d.app);
    assert!(screen.contains("complaint, open"), "{screen}");
    d.keys("R");
    let Some(Popup::Form { form, .. }) = &d.app.popup else {
        panic!("the recovery form");
    };
    assert_eq!(
        form.fields.len(),
        2,
        "deadline, and whether the complaint is dealt with"
    );
    // Dealt with: yes.
    d.keys("tab right enter");
    let e = stored(&d, 3);
    assert_eq!(e.status, Status::Open);
    assert_eq!(e.deadline, Some(common::today() + Duration::days(14)));
    let complaints: Vec<Experience> = d.store.read().unwrap().all().unwrap();
    assert!(complaints.iter().all(|x| !x.is_open_complaint()));
    assert_eq!(d.app.data.band, 0, "nothing left to recover first");
    let screen = render(&d.app);
    assert!(screen.contains("complaint, resolved"), "{screen}");
}

#[test]
fn a_delivered_delighter_is_reviewed_in_one_key() {
    let mut d = setup();
    open_expectation(&mut d, 0);
    let screen = render(&d.app);
    assert!(
        screen.contains("is this a basic by now? Press w"),
        "{screen}"
    );
    d.keys("w");
    assert!(matches!(d.app.popup, Some(Popup::Reclassify(_))));
    let screen = render(&d.app);
    assert!(screen.contains("b basic by now"), "{screen}");
    d.keys("b");
    let e = stored(&d, 1);
    assert_eq!(e.level, Level::Basic);
    assert_eq!(e.reviewed, Some(common::today()));
    let screen = render(&d.app);
    assert!(screen.contains("value level delighter → basic"), "{screen}");
    assert!(!screen.contains("is this a basic by now?"), "{screen}");
    // A stored moment for the test's own dates: nothing in the future.
    assert!(e.updated.at <= Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap());
}
