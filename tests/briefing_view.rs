//! The briefing pane reads a lighter view than the client screen (`views::briefing_view`):
//! the briefing made from it is the one made from the whole view, for every client of the
//! examples, and its answer counts (taken from the index) are the answers there are.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use verwacht::app::briefing::{self, RECENT_CHANGES};
use verwacht::app::{Data, Settings};
use verwacht::domain::{ChangeAction, Client, Kind};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::store::views::{self, ClientView};
use verwacht::store::{Queries, Store};

/// Checks every client of `store`; returns how many briefings said what an expectation's
/// update changed (read from the history the light view picks).
fn same_briefings(store: &Store) -> usize {
    let today = common::today();
    let settings = Settings::default();
    let data = Data::from_snapshot(views::snapshot(store).unwrap(), &settings, today);
    let clients: Vec<Client> = store.read().unwrap().all().unwrap();
    assert!(!clients.is_empty());
    let mut with_history = 0;
    for client in clients {
        let whole = views::client_view(store, client.id).unwrap();
        let light = views::briefing_view(store, client.id, RECENT_CHANGES).unwrap();
        assert!(whole.whole && !light.whole);
        assert_same_records(&whole, &light);
        let r = store.read().unwrap();
        for (interview, n) in &light.answer_counts {
            assert_eq!(
                *n,
                r.answers_of(*interview).unwrap().len(),
                "{}",
                client.name
            );
        }
        let Some(row) = data.rows.iter().find(|r| r.client.id == client.id) else {
            continue;
        };
        for lang in [Lang::Nl, Lang::En] {
            let from_whole = briefing::build(&whole, row, today, &settings, lang);
            let from_light = briefing::build(&light, row, today, &settings, lang);
            assert_eq!(from_light, from_whole, "{} ({lang:?})", client.name);
        }
        let updated = |v: &ClientView| {
            v.changes
                .iter()
                .any(|c| c.kind == Kind::Expectation && c.action == ChangeAction::Updated)
        };
        if updated(&light) && !light.history.is_empty() {
            with_history += 1;
        }
    }
    with_history
}

fn assert_same_records(whole: &ClientView, light: &ClientView) {
    assert_eq!(light.client, whole.client);
    assert_eq!(light.contacts, whole.contacts);
    assert_eq!(light.expectations, whole.expectations);
    assert_eq!(light.interviews, whole.interviews);
    assert_eq!(light.answer_counts, whole.answer_counts);
    assert_eq!(light.experiences, whole.experiences);
    assert_eq!(light.seq, whole.seq);
    let newest: Vec<_> = whole.changes.iter().take(RECENT_CHANGES).cloned().collect();
    assert_eq!(light.changes, newest, "the latest changes, newest first");
    // Only history the whole view has too.
    for h in &light.history {
        assert!(whole.history.contains(h));
    }
    assert!(light.time.is_empty());
}

#[test]
fn the_light_view_makes_the_same_briefing_on_the_small_example() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = verwacht::files::open(&dir.path().join("small.redb"), Create::Private).unwrap();
    store.set_clock(common::now);
    verwacht::demo::load_small(&store, common::today()).unwrap();
    let with_history = same_briefings(&store);
    assert!(
        with_history > 0,
        "some briefing says what an update changed"
    );
}

#[test]
fn the_light_view_makes_the_same_briefing_on_a_small_team() {
    let dir = tempfile::tempdir().unwrap();
    let store = verwacht::files::open(&dir.path().join("team.redb"), Create::Private).unwrap();
    let size = verwacht::demo::TeamSize::FULL.divided_by(250);
    verwacht::demo::load_team(&store, size, common::today(), &mut |_| {}).unwrap();
    same_briefings(&store);
}

/// The pane holds the briefing's view; opening the client from it reads the whole one, so
/// the client screen's tabs (time entries, the full timeline) have all their records.
#[test]
fn the_client_screen_opened_from_the_pane_has_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = verwacht::files::open(&dir.path().join("wide.redb"), Create::Private).unwrap();
    store.set_clock(common::now);
    verwacht::demo::load_small(&store, common::today()).unwrap();
    let mut d = common::driver::Driver::start_at(store, dir, Lang::En, common::now(), (160, 48));
    d.keys("j");
    let id = d.app.selected_row().unwrap().client.id;
    let pane = d
        .app
        .pane
        .as_ref()
        .expect("the pane holds the selected client's records");
    assert_eq!(pane.client.id, id);
    assert!(
        !pane.whole,
        "at a move the pane reads only what the briefing shows"
    );

    d.keys("enter");
    let shown = d
        .app
        .client()
        .and_then(|c| c.view())
        .expect("the client screen");
    assert_eq!(shown.client.id, id);
    assert!(shown.whole, "the client screen shows the whole view");
    assert_eq!(*shown, views::client_view(&d.store, id).unwrap());
}
