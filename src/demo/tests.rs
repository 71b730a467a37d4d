//! The example data: what it contains, that it is the same on every run, and that it never
//! lands in a database that already holds clients.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use super::*;
use crate::domain::ranking::rank_by_revenue;
use crate::domain::{
    AbcClass, Change, ChangeAction, Characteristic, ClientId, Kind, Level, Nature, Source, Status,
};
use crate::files::Create;
use crate::i18n::{Lang, Localized, ReportText, fmt_date};
use crate::store::Reader;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
}

fn open(dir: &tempfile::TempDir, name: &str) -> Store {
    crate::files::open(&dir.path().join(name), Create::Private).unwrap()
}

fn small_store() -> (tempfile::TempDir, Store, Summary) {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir, "demo.redb");
    let summary = load_small(&store, today()).unwrap();
    (dir, store, summary)
}

/// The classes as the home screen ranks them: by revenue, ties by name.
fn classes(r: &Reader) -> HashMap<ClientId, AbcClass> {
    let mut clients: Vec<Client> = r.all().unwrap();
    clients.sort_by_key(|c| c.name.to_lowercase());
    let input: Vec<_> = clients.iter().map(|c| (c.id, c.revenue)).collect();
    rank_by_revenue(&input)
        .into_iter()
        .map(|x| (x.id, x.class))
        .collect()
}

#[test]
fn the_small_example_has_every_kind_of_thing() {
    let (_dir, store, summary) = small_store();
    assert_eq!(summary.clients, 25);
    assert!(summary.contacts >= 25 && summary.contacts <= 100);
    assert!(summary.interviews >= 3);
    assert!(summary.answers >= 20);
    assert!(summary.expectations >= 30);
    let r = store.read().unwrap();

    let classes = classes(&r);
    let count = |class| classes.values().filter(|c| **c == class).count();
    assert!(
        (3..=7).contains(&count(AbcClass::A)),
        "A: {}",
        count(AbcClass::A)
    );
    assert!(count(AbcClass::B) >= 4);
    assert!(count(AbcClass::C) >= 10);

    let expectations: Vec<Expectation> = r.all().unwrap();
    let natures: BTreeSet<Nature> = expectations.iter().map(|e| e.nature).collect();
    let sources: BTreeSet<Source> = expectations.iter().map(|e| e.source).collect();
    let levels: BTreeSet<Level> = expectations.iter().map(|e| e.level).collect();
    let statuses: BTreeSet<Status> = expectations.iter().map(|e| e.status).collect();
    assert_eq!(natures.len(), Nature::ALL.len());
    assert_eq!(sources.len(), Source::ALL.len());
    assert_eq!(levels.len(), Level::ALL.len());
    assert_eq!(statuses.len(), Status::ALL.len());
    assert!(expectations.iter().all(|e| e.contact_id.is_some()));
    assert!(expectations.iter().all(|e| !e.measure.is_empty()));
    assert!(expectations.iter().any(|e| e.is_overdue(today())));
    let soon = |e: &&Expectation| {
        e.status.is_open()
            && e.deadline
                .is_some_and(|d| d >= today() && (d - today()).num_days() <= 14)
    };
    assert!(expectations.iter().filter(soon).count() >= 2);
    assert!(expectations.iter().any(|e| !e.answers.is_empty()));

    let experiences: Vec<Experience> = r.all().unwrap();
    assert!(experiences.iter().any(|x| x.is_open_complaint()));
    assert!(experiences.iter().any(|x| x.complaint && x.resolved));
    let grades: BTreeSet<u8> = experiences.iter().map(|x| x.grade).collect();
    assert!(grades.contains(&1) && grades.contains(&10), "{grades:?}");

    let answers: Vec<Answer> = r.all().unwrap();
    let steps: BTreeSet<Characteristic> = answers.iter().map(|a| a.step).collect();
    assert_eq!(steps.len(), 7);
    assert!(answers.iter().filter(|a| !a.tags.is_empty()).count() >= 10);
    let interviews: Vec<Interview> = r.all().unwrap();
    assert!(
        interviews
            .iter()
            .any(|i| i.status == crate::domain::InterviewStatus::InProgress)
    );
}

#[test]
fn history_and_timeline_look_lived_in() {
    let (_dir, store, _) = small_store();
    let r = store.read().unwrap();
    let history = r.all_history().unwrap();
    let updated: BTreeSet<_> = history
        .iter()
        .filter(|h| h.seq > 0)
        .map(|h| h.expectation_id)
        .collect();
    assert!(updated.len() >= 15);
    let authors: BTreeSet<&str> = history.iter().map(|h| h.stamp.by.as_str()).collect();
    assert!(authors.len() >= 4, "{authors:?}");
    // Within each expectation, later entries are later in time.
    for pair in history.windows(2) {
        if pair[0].expectation_id == pair[1].expectation_id {
            assert!(pair[0].stamp.at <= pair[1].stamp.at);
        }
    }
    // The whole timeline is in time order, and nothing is in the future.
    let changes = r.all_changes().unwrap();
    assert!(changes.windows(2).all(|w| w[0].stamp.at <= w[1].stamp.at));
    let first = changes.first().unwrap().stamp.at.date_naive();
    let last = changes.last().unwrap().stamp.at.date_naive();
    assert!(last < today());
    assert!((today() - first).num_days() > 365);
}

#[test]
fn some_a_clients_get_less_time_than_their_revenue_share() {
    let (_dir, store, _) = small_store();
    let r = store.read().unwrap();
    let clients: Vec<Client> = r.all().unwrap();
    let digests = r.digests().unwrap();
    assert_eq!(digests.len(), clients.len());
    let minutes: HashMap<ClientId, u64> = digests
        .iter()
        .map(|d| (d.client_id, d.minutes_since(today(), 90)))
        .collect();
    let total_minutes: u64 = minutes.values().sum();
    let total_revenue: i64 = clients.iter().map(|c| c.revenue.0).sum();
    assert!(total_minutes > 0);
    let classes = classes(&r);
    let starved = clients
        .iter()
        .filter(|c| classes[&c.id] == AbcClass::A)
        .filter(|c| {
            let revenue_share = c.revenue.0 as f64 / total_revenue as f64;
            let time_share = minutes[&c.id] as f64 / total_minutes as f64;
            time_share < revenue_share / 2.0
        })
        .count();
    assert!(starved >= 2, "{starved}");
    // Every client had contact in the last 90 days.
    assert!(minutes.values().all(|m| *m > 0));
}

#[test]
fn the_same_date_gives_the_same_example() {
    let dir = tempfile::tempdir().unwrap();
    let (one, two) = (open(&dir, "one.redb"), open(&dir, "two.redb"));
    let a = load_small(&one, today()).unwrap();
    let b = load_small(&two, today()).unwrap();
    assert_eq!(a, b);
    let (r1, r2) = (one.read().unwrap(), two.read().unwrap());
    assert_eq!(r1.all::<Client>().unwrap(), r2.all::<Client>().unwrap());
    assert_eq!(r1.all::<Contact>().unwrap(), r2.all::<Contact>().unwrap());
    assert_eq!(
        r1.all::<Expectation>().unwrap(),
        r2.all::<Expectation>().unwrap()
    );
    assert_eq!(
        r1.all::<TimeEntry>().unwrap(),
        r2.all::<TimeEntry>().unwrap()
    );
    assert_eq!(r1.all_changes().unwrap(), r2.all_changes().unwrap());
    // Another day moves the dates, not the content.
    let three = open(&dir, "three.redb");
    let c = load_small(&three, today().succ_opt().unwrap()).unwrap();
    assert_eq!(a.clients, c.clients);
    assert_eq!(a.expectations, c.expectations);
}

#[test]
fn a_database_with_clients_is_refused_and_left_alone() {
    let (_dir, store, summary) = small_store();
    let seq = store.change_seq().unwrap();
    let err = load_small(&store, today()).unwrap_err();
    assert!(matches!(err, DemoError::NotEmpty), "{err}");
    assert_eq!(store.change_seq().unwrap(), seq);
    assert_eq!(Summary::count(&store.read().unwrap()).unwrap(), summary);
}

fn client_named(r: &Reader, name: &str) -> Client {
    r.all::<Client>()
        .unwrap()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap()
}

#[test]
fn a_progress_report_was_sent_a_month_ago_and_things_changed_since() {
    let (_dir, store, _) = small_store();
    let r = store.read().unwrap();
    let client = client_named(&r, "Zorggroep Het Baken");
    let timeline = r.changes_of(client.id).unwrap();
    let markers: Vec<&Change> = timeline
        .iter()
        .filter(|c| c.action == ChangeAction::Reported)
        .collect();
    assert_eq!(markers.len(), 1, "{markers:?}");
    let marker = markers[0];
    let age = (today() - marker.stamp.at.date_naive()).num_days();
    assert!((28..=33).contains(&age), "{age} days ago");
    // It covers everything written before it, and sits in time order among the rest.
    let covers = marker.covers.unwrap();
    assert_eq!(covers + 1, marker.seq);
    let all = r.all_changes().unwrap();
    assert!(
        all.iter()
            .filter(|c| c.seq <= covers)
            .all(|c| c.stamp.at <= marker.stamp.at)
    );
    // What the next report lists: new measurements, status changes and experiences of the
    // last month, all after the marker.
    let after: Vec<&Change> = timeline.iter().filter(|c| c.seq > covers).collect();
    assert!(after.iter().all(|c| c.stamp.at >= marker.stamp.at));
    let changed = |field: &str| {
        after
            .iter()
            .filter(|c| c.kind == Kind::Expectation && c.fields.iter().any(|f| f == field))
            .count()
    };
    assert!(changed("current") >= 2, "{after:?}");
    assert!(changed("status") >= 1, "{after:?}");
    assert!(after.iter().any(|c| c.kind == Kind::Experience));
    assert!(
        after
            .iter()
            .any(|c| c.kind == Kind::Expectation && c.action == ChangeAction::Created)
    );
    // And the report made today lists them under the date of this one.
    let view = crate::store::views::client_view_in(&r, client.id).unwrap();
    let report = crate::app::report::build(&view, today(), Lang::Nl);
    let since = fmt_date(marker.stamp.at.date_naive(), Lang::Nl);
    let heading = ReportText::ChangesSince.fill(Lang::Nl, &[&since]);
    assert!(report.contains(&heading), "{report}");
    assert!(
        !report.contains(ReportText::NothingChanged.get(Lang::Nl)),
        "{report}"
    );
    assert!(
        !report.contains(ReportText::FirstReport.get(Lang::Nl)),
        "{report}"
    );
}

#[test]
fn a_delivered_delighter_is_due_for_review() {
    let (_dir, store, _) = small_store();
    let r = store.read().unwrap();
    let classes = classes(&r);
    let expectations: Vec<Expectation> = r.all().unwrap();
    let due: Vec<&Expectation> = expectations
        .iter()
        .filter(|e| e.due_for_review(today(), 180).is_some())
        .collect();
    assert!(!due.is_empty());
    assert!(
        due.iter()
            .any(|e| matches!(classes[&e.client_id], AbcClass::A | AbcClass::B))
    );
    // Delivered long ago, and (as far as the example goes) never confirmed since.
    for e in &due {
        let since = e.status_since.unwrap();
        assert!((today() - since).num_days() > 180, "{}", e.title);
        assert!(e.reviewed.is_none());
    }
}

#[test]
fn two_people_at_one_client_expect_opposite_things() {
    let (_dir, store, _) = small_store();
    let r = store.read().unwrap();
    let expectations: Vec<Expectation> = r.all().unwrap();
    let tense: Vec<&Expectation> = expectations
        .iter()
        .filter(|e| e.tags.iter().any(|t| t == "spanning"))
        .collect();
    let pair = tense.iter().enumerate().find_map(|(i, a)| {
        tense[i + 1..]
            .iter()
            .find(|b| b.client_id == a.client_id && b.contact_id != a.contact_id)
            .map(|b| (*a, *b))
    });
    let (a, b) = pair.expect("two expectations tagged spanning at one client");
    assert!(a.contact_id.is_some() && b.contact_id.is_some());
    // Each says that it pulls against the other person's.
    let contacts: Vec<Contact> = r.for_client(a.client_id).unwrap();
    let first_name = |e: &Expectation| {
        let c = contacts
            .iter()
            .find(|c| Some(c.id) == e.contact_id)
            .unwrap();
        c.name.split_whitespace().next().unwrap().to_string()
    };
    assert!(a.description.contains(&first_name(b)), "{}", a.description);
    assert!(b.description.contains(&first_name(a)), "{}", b.description);
}

#[test]
fn the_by_class_answer_shows_the_skew() {
    let (_dir, store, _) = small_store();
    let snapshot = crate::store::views::snapshot(&store).unwrap();
    let data = crate::app::Data::from_snapshot(snapshot, &crate::app::Settings::default(), today());
    let [a, _, c] = &data.classes;
    assert_eq!((a.class, c.class), (AbcClass::A, AbcClass::C));
    let (a_time, c_time) = (a.time_share.unwrap(), c.time_share.unwrap());
    assert!(a.revenue_share > 0.75, "A revenue {}", a.revenue_share);
    assert!(a_time < 0.5, "A time {a_time}");
    assert!(
        c_time > 3.0 * c.revenue_share,
        "C time {c_time}, revenue {}",
        c.revenue_share
    );
}

#[test]
fn every_a_client_with_open_work_ranks_above_every_c_client() {
    let (_dir, store, _) = small_store();
    let snapshot = crate::store::views::snapshot(&store).unwrap();
    let data = crate::app::Data::from_snapshot(snapshot, &crate::app::Settings::default(), today());
    let top_c = data
        .rows
        .iter()
        .filter(|row| row.rank.class == AbcClass::C)
        .map(|row| row.priority.total)
        .fold(f64::MIN, f64::max);
    let a_rows: Vec<_> = data
        .rows
        .iter()
        .filter(|row| row.rank.class == AbcClass::A && row.open > 0)
        .collect();
    assert!(!a_rows.is_empty());
    for row in a_rows {
        assert!(
            row.priority.total > top_c,
            "{}: {} ≤ {top_c}",
            row.client.name,
            row.priority.total
        );
    }
}

#[test]
fn the_example_ranks_as_plainly_ranked_and_ranks_again_from_what_the_list_gives_back() {
    let (_dir, store, _) = small_store();
    let snapshot = crate::store::views::snapshot(&store).unwrap();
    assert!(snapshot.clients.len() > 10 && !snapshot.digests.is_empty());
    crate::app::data::tests::assert_ranked_plainly(&snapshot);
    crate::app::data::tests::assert_ranks_again(snapshot);
}
