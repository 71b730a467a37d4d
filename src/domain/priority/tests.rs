use super::*;
use crate::domain::{ClientId, Status};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn day(d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, 11, d)
}

fn item(level: Level, deadline: Option<NaiveDate>) -> LiveItem {
    LiveItem {
        level,
        status: Status::Open,
        deadline,
        created: today(),
        gap: None,
        complaint: false,
    }
}

fn digest(live: Vec<LiveItem>) -> ClientDigest {
    ClientDigest {
        client_id: ClientId(1),
        live,
        // Contacted today: the days term stays out of the way.
        last_contact: today().and_hms_opt(9, 0, 0).map(|t| t.and_utc()),
        ..ClientDigest::default()
    }
}

fn standing(revenue_share: f64, time_share: Option<f64>) -> Standing {
    Standing {
        revenue_share,
        clients: 25,
        time_share,
    }
}

fn points(b: &Breakdown, f: Factor) -> Option<f64> {
    b.terms.iter().find(|t| t.factor == f).map(|t| t.points)
}

#[test]
fn priority_is_value_times_urgency_and_the_breakdown_adds_up() {
    let d = digest(vec![
        item(Level::Basic, day(1)),
        item(Level::Performance, day(30)),
        item(Level::Delighter, None),
    ]);
    let b = score(&d, standing(0.20, Some(0.10)), today(), &Weights::default());
    let sum: f64 = b.terms.iter().map(|t| t.points).sum();
    assert!((b.urgency - sum).abs() < 1e-9);
    assert!(
        (b.value - 5.0).abs() < 1e-9,
        "20% of revenue is five average clients"
    );
    assert!((b.total - b.value * b.urgency).abs() < 1e-9);
    assert_eq!(points(&b, Factor::Overdue), Some(6.0), "a basic: 1.5 × 4");
    assert_eq!(
        points(&b, Factor::DueSoon),
        Some(2.0),
        "the 30th is within 14 days"
    );
    assert_eq!(points(&b, Factor::Open), Some(0.5), "a delighter: 0.5 × 1");
    let short = points(&b, Factor::TimeShort).unwrap();
    assert!(
        (short - 1.5).abs() < 1e-9,
        "half its fair share of time: 0.5 × 3"
    );
}

#[test]
fn the_same_problem_weighs_more_at_a_client_that_brings_more() {
    let d = digest(vec![item(Level::Basic, day(1))]);
    let w = Weights::default();
    let big = score(&d, standing(0.30, None), today(), &w);
    let small = score(&d, standing(0.001, None), today(), &w);
    assert_eq!(big.urgency, small.urgency);
    assert!(
        big.total > 50.0 * small.total,
        "{} vs {}",
        big.total,
        small.total
    );
    assert_eq!(small.value, w.value_floor, "0.1% of revenue: the floor");
}

#[test]
fn one_incident_is_counted_once_by_its_worst_state() {
    let mut incident = item(Level::Basic, day(1));
    incident.gap = Some(-4);
    incident.complaint = true;
    let b = score(
        &digest(vec![incident]),
        standing(0.1, None),
        today(),
        &Weights::default(),
    );
    assert_eq!(points(&b, Factor::Complaint), Some(12.0), "1.5 × 8");
    for f in [Factor::Overdue, Factor::NegativeGap, Factor::Open] {
        assert_eq!(points(&b, f), None, "{f:?} is the same incident");
    }
    assert_eq!(b.terms.len(), 1);
    let levels = b.terms[0].levels.unwrap();
    assert_eq!((levels.basic, levels.performance), (1, 0));
}

#[test]
fn a_missed_expectation_keeps_weighing_and_states_rank_by_weight() {
    let mut missed = item(Level::Performance, day(1));
    missed.status = Status::Missed;
    let w = Weights::default();
    assert_eq!(
        worst_state(&missed, today(), &w),
        Some((Factor::Missed, 6.0))
    );
    let mut gap = item(Level::Performance, day(1));
    gap.gap = Some(-1);
    assert_eq!(
        worst_state(&gap, today(), &w).map(|s| s.0),
        Some(Factor::NegativeGap),
        "disappointed weighs more than late"
    );
    let mut met = item(Level::Performance, None);
    met.status = Status::Met;
    assert_eq!(worst_state(&met, today(), &w), None);
}

#[test]
fn the_time_balance_is_two_sided_and_silent_without_time() {
    let d = digest(vec![]);
    let w = Weights::default();
    let under = score(&d, standing(0.10, Some(0.03)), today(), &w);
    let fair = score(&d, standing(0.10, Some(0.15)), today(), &w);
    let over = score(&d, standing(0.01, Some(0.05)), today(), &w);
    let none = score(&d, standing(0.10, None), today(), &w);
    assert!((points(&under, Factor::TimeShort).unwrap() - 2.1).abs() < 1e-9);
    assert!(fair.terms.is_empty(), "1.5× its share: neither");
    assert!(
        (points(&over, Factor::TimeOver).unwrap() + 1.5).abs() < 1e-9,
        "5× = 3 above 2×"
    );
    assert!(none.terms.is_empty(), "no time logged: no term");
    assert_eq!(
        time_mark(standing(0.10, Some(0.03)), &w),
        Some(TimeMark::Under)
    );
    assert_eq!(
        time_mark(standing(0.01, Some(0.05)), &w),
        Some(TimeMark::Over)
    );
    assert_eq!(time_mark(standing(0.10, Some(0.15)), &w), None);
    assert_eq!(time_mark(standing(0.10, None), &w), None);
    // Over-servicing lowers urgency, never below zero.
    assert_eq!(over.urgency, 0.0);
    assert_eq!(
        time_mark(standing(0.0, Some(0.01)), &w),
        Some(TimeMark::Over),
        "time on a client without revenue"
    );
}

/// The example's case: a class C restaurant (€3,500 of €2.67M, 23× its revenue share in time,
/// a bad grade and an overdue basic) against a class A care group (15% of revenue, 0.3× its
/// share in time, an overdue basic).
#[test]
fn an_a_client_with_open_work_ranks_above_a_busy_c_client() {
    let w = Weights::default();
    let mut c_items = vec![item(Level::Basic, day(1))];
    c_items[0].gap = Some(-6);
    let mut c = digest(c_items);
    c.since_negative = vec![false];
    let c_score = score(&c, standing(0.0013, Some(0.03)), today(), &w);
    let a = digest(vec![
        item(Level::Basic, day(1)),
        item(Level::Delighter, None),
    ]);
    let a_score = score(&a, standing(0.151, Some(0.045)), today(), &w);
    assert!(
        a_score.total > 10.0 * c_score.total,
        "A {} vs C {}",
        a_score.total,
        c_score.total
    );
}

#[test]
fn a_bad_experience_weighs_until_repaired() {
    let w = Weights::default();
    let mut d = digest(vec![]);
    d.since_negative = vec![false, true, true, true];
    let b = score(&d, standing(0.04, None), today(), &w);
    let debt = points(&b, Factor::NegativeExperiences).unwrap();
    assert!((debt - 3.0 * 9.0 / 12.0).abs() < 1e-9, "{debt}");
}

#[test]
fn weights_come_from_toml_and_typos_are_reported() {
    let w: Weights = toml::from_str("overdue = 1\nvalue_floor = 0.5").unwrap();
    assert_eq!(w.overdue, 1.0);
    assert_eq!(w.basic, Weights::default().basic);
    assert!(toml::from_str::<Weights>("overdu = 1.0").is_err());
}

/// Bit for bit: a zero's sign shows in the list's `total_cmp` order.
fn same(a: &Priority, b: &Priority) {
    assert_eq!(a, b);
    for (x, y) in [
        (a.total, b.total),
        (a.urgency, b.urgency),
        (a.value, b.value),
        (a.untimed, b.untimed),
    ] {
        assert_eq!(x.to_bits(), y.to_bits(), "{a:?} against {b:?}");
    }
}

/// The priority the list keeps, without terms, is the eager breakdown's, for every state,
/// time balance and repair debt, and so is it retimed.
#[test]
fn the_priority_without_terms_is_the_breakdowns() {
    let w = Weights::default();
    let mut missed = item(Level::Delighter, None);
    missed.status = Status::Missed;
    let mut complained = item(Level::Basic, day(1));
    complained.complaint = true;
    let mut disappointing = item(Level::Performance, day(30));
    disappointing.gap = Some(-2);
    let mut bad = digest(vec![
        item(Level::Basic, day(1)),
        item(Level::Performance, day(25)),
        item(Level::Delighter, None),
        missed,
        complained,
        disappointing,
    ]);
    bad.since_negative = vec![false, true, false];
    bad.last_contact = None;
    let digests = [digest(vec![]), bad, ClientDigest::default()];
    let standings = [
        standing(0.10, Some(0.03)),
        standing(0.10, Some(0.15)),
        standing(0.01, Some(0.05)),
        standing(0.0, Some(0.01)),
        standing(0.10, None),
        standing(0.0, None),
        Standing {
            revenue_share: 0.0,
            clients: 0,
            time_share: None,
        },
    ];
    for d in &digests {
        for s in standings {
            let eager = score(d, s, today(), &w);
            let kept = priority(d, s, today(), &w);
            same(&kept, &Priority::of(&eager, s, &w));
            assert_eq!(kept.total.to_bits(), eager.total.to_bits());
            assert_eq!(kept.urgency.to_bits(), eager.urgency.to_bits());
            for again in standings {
                let retimed = retime(eager.clone(), again, &w);
                same(
                    &retime_priority(kept, again, &w),
                    &Priority::of(&retimed, again, &w),
                );
                same(
                    &retime_priority(kept, again, &w),
                    &priority(d, again, today(), &w),
                );
            }
        }
    }
}
