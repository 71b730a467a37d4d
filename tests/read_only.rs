//! A read-only file: every key of every screen, followed by the keys that would confirm or
//! choose, asks for no write, and the edit keys say why. (The store refuses writes on a
//! read-only handle as well; this checks that the program never tries.)
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use common::driver::Driver;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use verwacht::app::keys::{ChordKey, KeyChord};
use verwacht::app::{Action, App, Effect, Keymap, Mode, Msg};
use verwacht::domain::{Cents, Client, Contact, Expectation, Experience};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::store::StoreError;

fn event(chord: &KeyChord) -> KeyEvent {
    let code = match chord.code {
        ChordKey::Char(c) => KeyCode::Char(c),
        ChordKey::F(n) => KeyCode::F(n),
        ChordKey::Up => KeyCode::Up,
        ChordKey::Down => KeyCode::Down,
        ChordKey::Left => KeyCode::Left,
        ChordKey::Right => KeyCode::Right,
        ChordKey::Home => KeyCode::Home,
        ChordKey::End => KeyCode::End,
        ChordKey::PageUp => KeyCode::PageUp,
        ChordKey::PageDown => KeyCode::PageDown,
        ChordKey::Enter => KeyCode::Enter,
        ChordKey::Esc => KeyCode::Esc,
        ChordKey::Tab => KeyCode::Tab,
        ChordKey::BackTab => KeyCode::BackTab,
        ChordKey::Backspace => KeyCode::Backspace,
        ChordKey::Delete => KeyCode::Delete,
        ChordKey::Insert => KeyCode::Insert,
    };
    let mut mods = KeyModifiers::NONE;
    if chord.ctrl {
        mods |= KeyModifiers::CONTROL;
    }
    if chord.alt {
        mods |= KeyModifiers::ALT;
    }
    if chord.shift {
        mods |= KeyModifiers::SHIFT;
    }
    KeyEvent::new(code, mods)
}

fn setup() -> Driver {
    let dir = tempfile::tempdir().unwrap();
    let store = verwacht::files::open(&dir.path().join("ro.redb"), Create::Private).unwrap();
    store
        .write(|tx| {
            let c = tx.insert(Client::new("Gemeente Zuidveen", Cents::from_euros(200_000)))?;
            let karin = tx.insert(Contact::new(c.id, "Karin Smit", "inkoper"))?;
            let mut e = Expectation::new(c.id, "Antwoord op mail binnen een dag");
            e.contact_id = Some(karin.id);
            tx.insert(e)?;
            tx.insert(Experience::new(c.id, 6, "redelijk", common::now()))?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    Driver::start(store, dir, Lang::En, common::now())
}

/// A fresh program on the read-only file, on the screen reached by `path`.
fn reset(d: &mut Driver, path: &str) {
    let mut app = App::new(
        Lang::En,
        Keymap::default_map(),
        common::now(),
        common::today(),
    );
    app.read_only = true;
    d.app = app;
    d.send(Msg::Resize(100, 30));
    d.perform(vec![Effect::Load(verwacht::app::Load::Home)]);
    d.keys(path);
}

/// Sends a key; panics if the program asks for a write.
fn press(d: &mut Driver, ev: KeyEvent, what: &str) {
    let effects = d.app.update(Msg::Key(ev));
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::Write(..))),
        "{what} asked for a write on a read-only file: {effects:?}"
    );
    d.perform(effects);
}

#[test]
fn no_key_on_any_screen_asks_for_a_write() {
    let mut d = setup();
    let before = d.store.change_seq().unwrap();
    let screens = [
        ("", Mode::Home),
        ("p", Mode::Chart),
        ("enter", Mode::Client),
        ("enter 2", Mode::Client),
        ("enter 3", Mode::Client),
        ("enter 4", Mode::Client),
        ("enter 5", Mode::Client),
        ("enter 6", Mode::Client),
    ];
    let keymap = Keymap::default_map();
    let follow_ups = ["y", "enter", "1", "a", "space", "f", "A"];
    let mut checked = 0;
    for (path, mode) in screens {
        for (action, chords) in keymap.bindings(mode) {
            if action == Action::Quit {
                continue;
            }
            for chord in chords {
                reset(&mut d, path);
                assert_eq!(d.app.mode(), mode, "{path}");
                let what = format!("{action:?} ({chord:?}) after {path:?}");
                press(&mut d, event(&chord), &what);
                for k in follow_ups {
                    press(
                        &mut d,
                        common::driver::key_event(k),
                        &format!("{what}, then {k}"),
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "{checked} keys checked");
    assert_eq!(d.store.change_seq().unwrap(), before, "nothing was written");
}

#[test]
fn edit_keys_say_the_file_is_read_only() {
    let mut d = setup();
    for (path, key) in [
        ("", "i"),
        ("", "n"),
        ("", "u"),
        ("enter", "C"),
        ("enter", "t"),
        ("enter", "r"),
        ("enter", "u"),
        ("enter 2", "a"),
        ("enter 3", "e"),
        ("enter 3", "s"),
        ("enter 3", "d"),
        ("enter 5", "a"),
    ] {
        reset(&mut d, path);
        d.keys(key);
        let status = d.app.status.as_ref().map(|s| s.text.clone());
        assert!(
            status
                .as_deref()
                .is_some_and(|t| t.starts_with("Read-only")),
            "{key} after {path:?}: {status:?}"
        );
        assert!(d.app.popup.is_none(), "{key} after {path:?} opened nothing");
        let screen = common::render(&d.app);
        assert!(
            screen.contains("READ-ONLY"),
            "{key} after {path:?}:\n{screen}"
        );
    }
}
