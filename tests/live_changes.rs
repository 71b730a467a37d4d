//! A busy team does not cost every open program: after a colleague's write the list takes in
//! only the clients that changed, and what it then shows is exactly what reading everything
//! anew would show — over many random writes of every kind (notes, time, experiences and
//! complaints, revenue, archiving, new clients).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use chrono::{Duration, TimeZone, Utc};
use verwacht::app::effect::Write;
use verwacht::app::record::Record;
use verwacht::app::{App, Effect, Keymap, Load, Msg};
use verwacht::domain::{Cents, Client, Experience, TimeEntry};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::runner;
use verwacht::store::views;
use verwacht::store::views::HomeUpdate;
use verwacht::store::{Queries, Store};

fn rows(app: &App) -> String {
    format!(
        "{:?}\n{:?}\n{:?}",
        app.data.rows, app.data.shown, app.data.classes
    )
}

fn fresh(store: &Store, now: chrono::DateTime<Utc>) -> App {
    let mut app = App::new(Lang::Nl, Keymap::default_map(), now, now.date_naive());
    app.update(Msg::Resize(100, 30));
    app.update(Msg::Loaded(views::snapshot(store).unwrap()));
    app
}

#[test]
fn the_list_takes_in_only_what_changed_and_shows_what_a_full_read_shows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.redb");
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
    let store = verwacht::files::open(&path, Create::Private).unwrap();
    let size = verwacht::demo::TeamSize::FULL.divided_by(250);
    verwacht::demo::load_team(&store, size, now.date_naive(), &mut |_| {}).unwrap();
    let mut app = fresh(&store, now);
    let mut x: u64 = 42;
    let mut next = |n: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % n
    };
    let (mut patched, mut whole) = (0, 0);
    for round in 0..60 {
        let clients: Vec<Client> = store.read().unwrap().all().unwrap();
        let live: Vec<&Client> = clients.iter().filter(|c| !c.archived).collect();
        let client = live[next(live.len() as u64) as usize].clone();
        let at = now - Duration::days(next(30) as i64);
        let write = match round % 6 {
            0 => {
                let mut edited = client.clone();
                edited.notes = format!("ronde {round}");
                Write::Edit {
                    base: Record::Client(client),
                    edited: Record::Client(edited),
                }
            }
            1 => Write::Save(Record::Time(TimeEntry::new(
                client.id,
                15 + next(90) as u32,
                at,
            ))),
            2 => Write::Save(Record::Experience(Experience::new(
                client.id,
                1 + next(10) as u8,
                "ervaring",
                at,
            ))),
            3 => {
                let mut edited = client.clone();
                edited.revenue = Cents(client.revenue.0 + 100_000 * (1 + next(50) as i64));
                Write::Edit {
                    base: Record::Client(client),
                    edited: Record::Client(edited),
                }
            }
            4 if round % 4 == 0 => {
                let mut edited = client.clone();
                edited.archived = true;
                Write::Edit {
                    base: Record::Client(client),
                    edited: Record::Client(edited),
                }
            }
            _ => {
                let mut new = Client::new(format!("Nieuwe klant {round}"), Cents(1_000_000));
                new.sector = "nieuw".into();
                Write::Save(Record::Client(new))
            }
        };
        runner::perform(&store, Effect::write(write));
        // What the loop does: the counter moved, so ask what changed since the list was read.
        let seq = store.change_seq().unwrap();
        let effects = app.update(Msg::ChangeCounter(seq));
        let Some(Effect::Load(Load::HomeSince(since))) = effects.first() else {
            panic!("asks for the changes: {effects:?}");
        };
        let update = views::home_since(&store, *since).unwrap();
        match &update {
            HomeUpdate::Clients { changes, .. } => {
                assert_eq!(changes.len(), 1, "one client changed");
                patched += 1;
            }
            HomeUpdate::Whole(_) => whole += 1,
        }
        app.update(Msg::HomeChanged(update));
        assert_eq!(app.data.seq, seq);
        // Asked once per counter.
        assert!(app.update(Msg::ChangeCounter(seq)).is_empty());
        assert_eq!(rows(&app), rows(&fresh(&store, now)), "round {round}");
    }
    assert_eq!(whole, 0, "a single write never needs the whole list");
    assert!(patched == 60);
}

#[test]
fn many_changes_at_once_read_the_list_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.redb");
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
    let store = verwacht::files::open(&path, Create::Private).unwrap();
    let mut app = fresh(&store, now);
    let size = verwacht::demo::TeamSize::FULL.divided_by(250);
    verwacht::demo::load_team(&store, size, now.date_naive(), &mut |_| {}).unwrap();
    let seq = store.change_seq().unwrap();
    let effects = app.update(Msg::ChangeCounter(seq));
    let Some(Effect::Load(Load::HomeSince(since))) = effects.first() else {
        panic!("{effects:?}");
    };
    let update = views::home_since(&store, *since).unwrap();
    assert!(matches!(update, HomeUpdate::Whole(_)));
    app.update(Msg::HomeChanged(update));
    assert_eq!(rows(&app), rows(&fresh(&store, now)));
}
