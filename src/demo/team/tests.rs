//! The team fixture at a hundredth of its size: exact counts, sound records, the same on
//! every run.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::*;
use crate::demo::Summary;
use crate::domain::ranking::rank_by_revenue;
use crate::domain::{AbcClass, Contact, Expectation, InterviewStatus, Status};
use crate::files::Create;
use crate::store::Queries;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
}

const SMALL: TeamSize = TeamSize {
    clients: 100,
    contacts: 500,
    expectations: 1_000,
    answers: 2_000,
};

fn loaded(dir: &tempfile::TempDir, name: &str) -> (Store, Summary, Vec<Progress>) {
    let store = crate::files::open(&dir.path().join(name), Create::Private).unwrap();
    let mut seen = Vec::new();
    let summary = load(&store, SMALL, today(), &mut |p| seen.push(p)).unwrap();
    (store, summary, seen)
}

#[test]
fn a_hundredth_of_the_team_fixture_has_exact_counts() {
    assert_eq!(TeamSize::FULL.divided_by(100), SMALL);
    let dir = tempfile::tempdir().unwrap();
    let (store, summary, progress) = loaded(&dir, "team.redb");
    assert_eq!(summary.clients, 100);
    assert_eq!(summary.contacts, 500);
    assert_eq!(summary.expectations, 1_000);
    assert_eq!(summary.answers, 2_000);
    // One logged time entry per interview; five to nine answers per interview.
    assert_eq!(summary.interviews, summary.time_entries);
    assert!(summary.interviews >= 2_000 / 9 && summary.interviews <= 2_000 / 5 + 100);
    assert_eq!(progress.last().map(|p| p.clients_done), Some(100));
    assert!(
        progress
            .windows(2)
            .all(|w| w[0].clients_done < w[1].clients_done)
    );

    let r = store.read().unwrap();
    for answer in r.all::<Answer>().unwrap() {
        let chars = answer.text.chars().count();
        assert!((80..=400).contains(&chars), "{chars}: {}", answer.text);
    }
    let interviews: Vec<Interview> = r.all().unwrap();
    assert!(
        interviews
            .iter()
            .all(|i| !r.answers_of(i.id).unwrap().is_empty())
    );
    assert!(
        interviews
            .iter()
            .any(|i| i.status == InterviewStatus::InProgress)
    );
    let expectations: Vec<Expectation> = r.all().unwrap();
    let statuses: BTreeSet<Status> = expectations.iter().map(|e| e.status).collect();
    assert_eq!(statuses.len(), Status::ALL.len());
    assert_eq!(r.all_history().unwrap().len(), 1_000);
    assert!(
        !r.for_client::<Contact>(crate::domain::ClientId(1))
            .unwrap()
            .is_empty()
    );

    let clients: Vec<Client> = r.all().unwrap();
    let names: BTreeSet<&str> = clients.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names.len(), 100);
    let ranked = rank_by_revenue(
        &clients
            .iter()
            .map(|c| (c.id, c.revenue))
            .collect::<Vec<_>>(),
    );
    // A hundred clients from a heavy tail: few or many may be A, but every class is there.
    let classes: BTreeSet<AbcClass> = ranked.iter().map(|r| r.class).collect();
    assert_eq!(classes.len(), 3);
    assert!(ranked.iter().filter(|r| r.class == AbcClass::A).count() < 50);
    assert_eq!(r.digests().unwrap().len(), 100);
}

#[test]
fn the_team_fixture_is_the_same_on_every_run_and_refuses_a_full_database() {
    let dir = tempfile::tempdir().unwrap();
    let (one, a, _) = loaded(&dir, "one.redb");
    let (two, b, _) = loaded(&dir, "two.redb");
    assert_eq!(a, b);
    let (r1, r2) = (one.read().unwrap(), two.read().unwrap());
    assert_eq!(r1.all::<Client>().unwrap(), r2.all::<Client>().unwrap());
    assert_eq!(r1.all::<Answer>().unwrap(), r2.all::<Answer>().unwrap());
    assert_eq!(r1.all_changes().unwrap(), r2.all_changes().unwrap());
    drop((r1, r2));

    let seq = one.change_seq().unwrap();
    let err = load(&one, SMALL, today(), &mut |_| {}).unwrap_err();
    assert!(matches!(err, DemoError::NotEmpty));
    assert_eq!(one.change_seq().unwrap(), seq);
}

/// Four times a thousandth of the team fixture: every count times four, as
/// `verwacht demo --size team --scale 4` makes four times the whole one.
#[test]
fn a_scaled_team_fixture_has_exact_counts() {
    let size = TeamSize::FULL.divided_by(1000).times(4);
    assert_eq!(
        size,
        TeamSize {
            clients: 40,
            contacts: 200,
            expectations: 400,
            answers: 800,
        }
    );
    assert_eq!(TeamSize::FULL.times(1), TeamSize::FULL);
    assert_eq!(TeamSize::FULL.times(0), TeamSize::FULL);
    assert_eq!(TeamSize::FULL.times(4).clients, 40_000);
    assert_eq!(TeamSize::FULL.times(4).answers, 800_000);
    assert_eq!(TeamSize::FULL.times(u64::MAX).answers, u64::MAX);
    let dir = tempfile::tempdir().unwrap();
    let store = crate::files::open(&dir.path().join("x4.redb"), Create::Private).unwrap();
    let summary = load(&store, size, today(), &mut |_| {}).unwrap();
    assert_eq!(summary.clients, 40);
    assert_eq!(summary.contacts, 200);
    assert_eq!(summary.expectations, 400);
    assert_eq!(summary.answers, 800);
    assert_eq!(summary.interviews, summary.time_entries);
    let clients: Vec<Client> = store.read().unwrap().all().unwrap();
    let names: BTreeSet<&str> = clients.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names.len(), 40);
}
