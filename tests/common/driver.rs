//! Drives the program the way the terminal loop does — keys in, effects performed against a
//! real database file — but without a terminal.

use chrono::{DateTime, Duration, Utc};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tempfile::TempDir;
use verwacht::app::{App, Effect, Keymap, Load, Msg};
use verwacht::files::Create;
use verwacht::i18n::Lang;
use verwacht::runner;
use verwacht::store::Store;
use verwacht::store::views;

/// A key event from text like `a`, `enter`, `alt-2`, `ctrl-t`, `backtab`.
pub fn key_event(text: &str) -> KeyEvent {
    let mut mods = KeyModifiers::NONE;
    let mut rest = text;
    loop {
        if let Some(r) = rest.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
            mods |= KeyModifiers::CONTROL;
            rest = r;
        } else if let Some(r) = rest.strip_prefix("alt-").filter(|r| !r.is_empty()) {
            mods |= KeyModifiers::ALT;
            rest = r;
        } else {
            break;
        }
    }
    let code = match rest {
        "enter" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => {
            mods |= KeyModifiers::SHIFT;
            KeyCode::BackTab
        }
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "backspace" => KeyCode::Backspace,
        "end" => KeyCode::End,
        "home" => KeyCode::Home,
        "pagedown" => KeyCode::PageDown,
        "pageup" => KeyCode::PageUp,
        "space" => KeyCode::Char(' '),
        other => {
            let c = other.chars().next().unwrap();
            if c.is_uppercase() {
                mods |= KeyModifiers::SHIFT;
            }
            KeyCode::Char(c)
        }
    };
    KeyEvent::new(code, mods)
}

pub struct Driver {
    pub app: App,
    pub store: Store,
    pub dir: TempDir,
    /// Set when an effect asked the program to stop.
    pub quit: bool,
    /// The clock the store stamps writes with, kept across restarts.
    pub clock: fn() -> DateTime<Utc>,
    /// How many writes and loads the runner performed, all told.
    pub performed: Performed,
}

/// Effects the runner performed for the program.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Performed {
    pub writes: usize,
    pub loads: usize,
}

impl Driver {
    /// A program on `store` in a 100×30 terminal, started at `now` as the terminal loop
    /// starts it.
    pub fn start(store: Store, dir: TempDir, lang: Lang, now: DateTime<Utc>) -> Driver {
        Driver::start_at(store, dir, lang, now, (100, 30))
    }

    /// A program on `store` in a terminal of `size` (width, height), started in the order of
    /// `tui::run`: the records (and the interrupted interviews to offer) are loaded before the
    /// terminal's size is known, then the loop's first resize; every effect is performed.
    pub fn start_at(
        store: Store,
        dir: TempDir,
        lang: Lang,
        now: DateTime<Utc>,
        (width, height): (u16, u16),
    ) -> Driver {
        let mut app = App::new(lang, Keymap::default_map(), now, now.date_naive());
        // As the terminal loop does: what it learns of the session is a message.
        app.update(Msg::Session(verwacht::app::Session {
            author: store.author().to_string(),
            read_only: store.is_read_only(),
            settings: Default::default(),
        }));
        let mut d = Driver {
            app,
            store,
            dir,
            quit: false,
            clock: Utc::now,
            performed: Performed::default(),
        };
        let snapshot = views::snapshot(&d.store).unwrap();
        d.send(Msg::Loaded(snapshot));
        if !d.app.read_only {
            d.perform(vec![Effect::Load(Load::Resumable)]);
        }
        d.send(Msg::Resize(width, height));
        d
    }

    /// Opens the database file again, as a new process would.
    pub fn restart(self, lang: Lang, now: DateTime<Utc>) -> Driver {
        let clock = self.clock;
        let path = self.store.path().to_path_buf();
        let author = self.store.author().to_string();
        drop(self.store);
        let mut store = verwacht::files::open(&path, Create::Never).unwrap();
        store.set_clock(clock);
        store.set_author(author);
        let mut d = Driver::start(store, self.dir, lang, now);
        d.clock = clock;
        d
    }

    pub fn perform(&mut self, effects: Vec<Effect>) {
        let performed = &mut self.performed;
        let mut count = |e: &Effect| match e {
            Effect::Write(..) => performed.writes += 1,
            Effect::Load(_) => performed.loads += 1,
            _ => {}
        };
        if runner::drive_watched(&mut self.app, &self.store, effects, &mut count) {
            self.quit = true;
        }
    }

    pub fn send(&mut self, msg: Msg) {
        let effects = self.app.update(msg);
        self.perform(effects);
    }

    /// Presses keys, separated by spaces: `"i 1"`, `"alt-2 ctrl-f"`.
    pub fn keys(&mut self, keys: &str) {
        for k in keys.split_whitespace() {
            self.send(Msg::Key(key_event(k)));
        }
    }

    /// Types text, character by character.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let code = if c == ' ' {
                "space".to_string()
            } else {
                c.to_string()
            };
            self.send(Msg::Key(key_event(&code)));
        }
    }

    /// Lets time pass, ticking the clock as the terminal loop does.
    pub fn wait(&mut self, seconds: i64) {
        let target = self.app.now + Duration::seconds(seconds);
        while self.app.now < target {
            let next = (self.app.now + Duration::milliseconds(250)).min(target);
            self.send(Msg::Clock(next));
        }
    }
}
