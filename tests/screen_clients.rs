//! The 80/20 screens on a fixed fixture: the ranked list (exact order and classes), the
//! priority breakdown, the Pareto chart, the briefing and the client screen, drawn to
//! TestBackend at 80×24 and 160×48.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use common::driver::Driver;
use common::render;
use verwacht::app::{Msg, Screen};
use verwacht::domain::{
    AbcClass, Cents, Client, Contact, Expectation, Experience, Level, Status, TimeEntry,
};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::store::{StoreError, Tx};

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

fn fixed_now() -> DateTime<Utc> {
    common::now()
}

fn day(offset: i64) -> Option<NaiveDate> {
    Some(common::today() + Duration::days(offset))
}

fn client(tx: &mut Tx, name: &str, euros: i64) -> Result<Client, StoreError> {
    tx.insert(Client::new(name, Cents::from_euros(euros)))
}

/// Six clients; the biggest has trouble (overdue basics, a complaint), a small one has an
/// overdue deadline too, and time went mostly to a C client.
fn setup(lang: Lang) -> Driver {
    let dir = tempfile::tempdir().unwrap();
    let mut store = verwacht::files::open(&dir.path().join("v.redb"), Create::Private).unwrap();
    store.set_clock(fixed_now);
    store.set_author("anna");
    store
        .write(|tx| {
            let linde = client(tx, "Woonstichting De Linde", 500_000)?;
            let zuid = client(tx, "Gemeente Zuidveen", 300_000)?;
            client(tx, "Bakkerij Van Dam", 100_000)?;
            client(tx, "Webwinkel Fietsfanaat", 50_000)?;
            let boon = client(tx, "Koffiebar Boon", 30_000)?;
            client(tx, "Kapsalon Knip", 20_000)?;
            let els = tx.insert(Contact::new(linde.id, "Els de Vries", "directeur"))?;
            let mut e = Expectation::new(linde.id, "Storingen binnen 24 uur verholpen");
            e.contact_id = Some(els.id);
            e.level = Level::Basic;
            e.deadline = day(-5);
            e.expected_grade = Some(8);
            let storing = tx.insert(e)?;
            let mut e = Expectation::new(linde.id, "Maandrapport binnen 3 dagen");
            e.contact_id = Some(els.id);
            e.deadline = day(10);
            tx.insert(e)?;
            let mut wow = Expectation::new(linde.id, "Bestuur persoonlijk bijpraten");
            wow.level = Level::Delighter;
            tx.insert(wow)?;
            let mut x = Experience::new(linde.id, 4, "Lift drie dagen stuk", fixed_now());
            x.complaint = true;
            x.positive = false;
            x.expectation_id = Some(storing.id);
            tx.insert(x)?;
            let mut e = Expectation::new(zuid.id, "Antwoord op mail binnen een dag");
            e.status = Status::InProgress;
            e.deadline = day(30);
            tx.insert(e)?;
            let mut e = Expectation::new(boon.id, "Levering voor 7 uur");
            e.deadline = day(-1);
            tx.insert(e)?;
            tx.insert(TimeEntry::new(boon.id, 240, fixed_now()))?;
            tx.insert(TimeEntry::new(zuid.id, 60, fixed_now()))?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    Driver::start(store, dir, lang, fixed_now())
}

fn snap(d: &mut Driver, name: &str) {
    for (w, h) in SIZES {
        d.send(Msg::Resize(w, h));
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(&d.app));
    }
}

#[test]
fn ranked_by_priority_with_exact_order_and_classes() {
    let d = setup(Lang::En);
    let order: Vec<(String, AbcClass)> = (0..d.app.data.len())
        .map(|i| {
            let row = d.app.data.row(i).unwrap();
            (row.client.name.clone(), row.rank.class)
        })
        .collect();
    // De Linde: an open complaint, so first ("recover first"). The bakery was never contacted
    // and got no time at all: above the municipality, whose one open expectation is due in a
    // month and which got two thirds of its share of time. The coffee bar got 80% of all time
    // for 3% of revenue: over-serviced, last.
    let expected = [
        ("Woonstichting De Linde", AbcClass::A),
        ("Bakkerij Van Dam", AbcClass::B),
        ("Gemeente Zuidveen", AbcClass::A),
        ("Webwinkel Fietsfanaat", AbcClass::B),
        ("Kapsalon Knip", AbcClass::C),
        ("Koffiebar Boon", AbcClass::C),
    ];
    let expected: Vec<(String, AbcClass)> =
        expected.iter().map(|(n, c)| (n.to_string(), *c)).collect();
    assert_eq!(order, expected);
    for i in 0..d.app.data.len() {
        let row = d.app.data.row(i).unwrap();
        let p = d.app.breakdown_of(row.client.id).map(|(_, b)| b).unwrap();
        assert_eq!(p.total, row.priority.total, "the breakdown is the row's");
        let sum: f64 = p.terms.iter().map(|t| t.points).sum();
        assert!(
            (p.urgency - sum.max(0.0)).abs() < 1e-9,
            "the breakdown adds up"
        );
        assert!(
            (p.total - p.value * p.urgency).abs() < 1e-9,
            "value × urgency"
        );
    }
    let linde = d.app.data.row(0).unwrap();
    assert_eq!(linde.overdue, 1);
    assert_eq!(
        linde.time_mark,
        Some(verwacht::domain::priority::TimeMark::Under),
        "no time on the biggest client"
    );
}

#[test]
fn home_breakdown_and_sorting() {
    let mut d = setup(Lang::En);
    snap(&mut d, "home_en");
    d.keys("b");
    snap(&mut d, "breakdown_en");
    d.keys("esc s");
    assert_eq!(
        d.app.data.row(0).unwrap().client.name,
        "Woonstichting De Linde"
    );
    assert_eq!(d.app.data.row(2).unwrap().client.name, "Bakkerij Van Dam");
    d.keys("s");
    assert_eq!(
        d.app.data.row(0).unwrap().client.name,
        "Bakkerij Van Dam",
        "by name"
    );
    d.keys("c c c");
    assert_eq!(d.app.data.len(), 2, "class C only");
    d.keys("c f");
    d.type_text("zuid");
    assert_eq!(d.app.data.len(), 1);
    d.keys("enter");
    assert_eq!(d.app.data.row(0).unwrap().client.name, "Gemeente Zuidveen");
    d.keys("esc");
    assert_eq!(d.app.data.len(), 6, "Esc clears the filter");
}

#[test]
fn pareto_chart() {
    let mut d = setup(Lang::Nl);
    d.keys("p");
    assert!(matches!(d.app.screen, Screen::Chart));
    snap(&mut d, "chart_nl");
    let screen = render(&d.app);
    assert!(
        screen.contains("A: 33,3% van de klanten · 80,0% van de omzet · 20,0% van je tijd"),
        "the 80/20 answer under the chart: {screen}"
    );
}

#[test]
fn briefing_and_client_screen() {
    let mut d = setup(Lang::Nl);
    d.keys("enter");
    snap(&mut d, "briefing_nl");
    let screen = render(&d.app);
    assert!(screen.contains("TE LAAT"), "overdue marked");
    assert!(screen.contains("Lift drie dagen stuk"), "open complaint");
    // Els was never interviewed but has open expectations: they count; nobody else is there.
    assert!(
        screen.contains("Els de Vries (directeur): 2 open"),
        "{screen}"
    );
    d.keys("2");
    let screen = render(&d.app);
    assert!(screen.contains("Els de Vries"), "{screen}");
    d.keys("3");
    snap(&mut d, "client_expectations_nl");
    d.keys("6");
    let screen = render(&d.app);
    assert!(
        screen.contains("· anna: verwachting “Storingen binnen 24 uur verholpen” aangemaakt"),
        "{screen}"
    );
}

#[test]
fn a_person_nobody_asked_is_not_asked_yet_rather_than_zero_open() {
    let mut d = setup(Lang::En);
    // Zuidveen has no contact yet: add one through the form.
    d.keys("j j enter 2 a");
    d.type_text("Karin Smit");
    d.keys("enter");
    let screen = render(&d.app);
    assert!(screen.contains("Karin Smit"), "{screen}");
    assert!(screen.contains("not asked yet"), "{screen}");
    d.keys("1");
    let screen = render(&d.app);
    assert!(screen.contains("• Karin Smit: not asked yet"), "{screen}");
}

#[test]
fn the_briefing_scrolls_to_its_end_and_back() {
    let mut d = setup(Lang::Nl);
    d.keys("enter");
    let top = render(&d.app);
    assert!(top.contains("Woonstichting De Linde — klasse A"), "{top}");
    d.keys("G");
    let bottom = render(&d.app);
    assert!(
        !bottom.contains("— klasse A ·"),
        "scrolled away from the top:\n{bottom}"
    );
    assert!(
        bottom.contains("Recente wijzigingen"),
        "the end is in sight:\n{bottom}"
    );
    let offset = d.app.client().unwrap().list().offset;
    d.keys("j");
    assert_eq!(
        d.app.client().unwrap().list().offset,
        offset,
        "no further than the end"
    );
    d.keys("g");
    assert_eq!(render(&d.app), top);
    // PageDown and End scroll it too.
    d.send(verwacht::app::Msg::Key(common::driver::key_event("end")));
    assert_eq!(d.app.client().unwrap().list().offset, offset);
}

#[test]
fn interview_and_time_durations_read_in_hours_and_minutes() {
    let mut d = setup(Lang::Nl);
    d.store
        .write(|tx| {
            let linde = verwacht::domain::ClientId(1);
            let els = verwacht::domain::ContactId(1);
            let mut i = verwacht::domain::Interview::new(linde, els, fixed_now());
            i.duration_secs = 65 * 60 + 20;
            tx.insert(i)?;
            tx.insert(TimeEntry::new(linde, 95, fixed_now()))?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    d.send(Msg::Resize(100, 30));
    d.keys("enter 4");
    let screen = render(&d.app);
    assert!(
        screen.contains("1 u 6 min"),
        "begun minutes count:\n{screen}"
    );
    d.keys("6");
    let screen = render(&d.app);
    assert!(
        screen.contains("tijd “1 u 35 min” vastgelegd"),
        "the timeline says hours:\n{screen}"
    );
}
