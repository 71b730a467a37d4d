//! Helpers shared by the screen tests.
#![allow(dead_code)]

pub mod driver;
pub mod full_disk;
pub mod tmux;

use chrono::{NaiveDate, TimeZone, Utc};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use verwacht::app::{App, Keymap, Msg};
use verwacht::domain::{Cents, Client, ClientId, ListedClient, Stamp};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::store::StoreError;
use verwacht::store::views::Snapshot;
use verwacht::ui::{self, Theme};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
}

pub fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap()
}

pub fn client(id: u64, name: &str, euros: i64) -> Client {
    let stamp = Stamp::new("anna", Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap());
    Client {
        id: ClientId(id),
        created: stamp.clone(),
        updated: stamp,
        ..Client::new(name, Cents::from_euros(euros))
    }
}

/// An app with these clients and no store, for screens that need nothing else: effects
/// cannot be performed. Not for a width where the home screen shows the briefing pane, which
/// would stay empty: use [`driver_with`] there.
pub fn app_with(lang: Lang, clients: Vec<Client>, width: u16, height: u16) -> App {
    assert!(
        width < verwacht::app::layout::PANE_MIN_WIDTH,
        "app_with has no store to fill the briefing pane at width {width}: use driver_with"
    );
    let mut app = App::new(lang, Keymap::default_map(), now(), today());
    app.update(Msg::Resize(width, height));
    app.update(Msg::Loaded(Snapshot {
        clients: clients.iter().map(ListedClient::from).collect(),
        digests: vec![],
        seq: 1,
        rebuilt: false,
    }));
    app
}

/// A program on a new database holding these clients (stored under fresh ids, by anna at
/// [`now`]), started in a terminal of `width`×`height` with every effect performed.
pub fn driver_with(lang: Lang, clients: Vec<Client>, width: u16, height: u16) -> driver::Driver {
    let dir = tempfile::tempdir().unwrap();
    let mut store = verwacht::files::open(&dir.path().join("v.redb"), Create::Private).unwrap();
    store.set_clock(now);
    store.set_author("anna");
    store
        .write(|tx| {
            for c in clients {
                tx.insert(c)?;
            }
            Ok::<_, StoreError>(())
        })
        .unwrap();
    driver::Driver::start_at(store, dir, lang, now(), (width, height))
}

/// Draws the app and returns the screen as lines of text.
pub fn render(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|f| ui::draw(f, app, &Theme::dark())).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let line: String = (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A skewed list: one big client, a few middle ones, a long tail.
pub fn skewed_clients() -> Vec<Client> {
    vec![
        client(1, "Woonstichting De Linde", 500_000),
        client(2, "Gemeente Zuidveen", 200_000),
        client(3, "Bakkerij Van Dam", 100_000),
        client(4, "Tandartspraktijk Smile", 100_000),
        client(5, "Webwinkel Fietsfanaat", 50_000),
        client(6, "Accountants Jansen", 30_000),
        client(7, "Koffiebar Boon", 20_000),
    ]
}
