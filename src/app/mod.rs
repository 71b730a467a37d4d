//! Program state and `update`: every key, resize, tick and load becomes a [`Msg`]; `update`
//! changes the state and returns [`Effect`]s for the terminal loop to perform. No IO here, so
//! every behaviour is testable without a terminal or a disk.

pub mod action;
pub mod data;
pub mod keymap;
pub mod keys;
pub mod layout;
pub mod scroll;

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub use action::Action;
pub use data::{ClientRow, Data, Snapshot};
pub use keymap::{Keymap, Mode};
pub use keys::KeyChord;
pub use scroll::ScrollList;

use crate::i18n::Lang;

/// Something that happened.
#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    Resize(u16, u16),
    /// Fresh records from the store (at start, and after another process changed them).
    Loaded(Snapshot),
    /// The date changed (or the clock was read).
    Today(NaiveDate),
}

/// Something for the terminal loop to do.
#[derive(Debug, PartialEq, Eq)]
pub enum Effect {
    Quit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
}

pub struct App {
    pub lang: Lang,
    pub keymap: Keymap,
    pub screen: Screen,
    pub home: ScrollList,
    pub data: Data,
    pub size: Rect,
    pub today: NaiveDate,
    pub read_only: bool,
    /// Whether anything changed since the last draw.
    pub dirty: bool,
}

impl App {
    pub fn new(lang: Lang, keymap: Keymap, today: NaiveDate) -> App {
        App {
            lang,
            keymap,
            screen: Screen::Home,
            home: ScrollList::default(),
            data: Data::default(),
            size: Rect::new(0, 0, 80, 24),
            today,
            read_only: false,
            dirty: true,
        }
    }

    pub fn mode(&self) -> Mode {
        match self.screen {
            Screen::Home => Mode::Home,
        }
    }

    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        self.dirty = true;
        match msg {
            Msg::Key(ev) => {
                let action = KeyChord::from_event(&ev)
                    .and_then(|chord| self.keymap.action(self.mode(), &chord));
                match action {
                    Some(action) => return self.apply(action),
                    None => self.dirty = false,
                }
            }
            Msg::Resize(w, h) => {
                self.size = Rect::new(0, 0, w, h);
                self.follow();
            }
            Msg::Loaded(snapshot) => self.load(snapshot),
            Msg::Today(day) => self.today = day,
        }
        Vec::new()
    }

    fn rows(&self) -> usize {
        layout::home_rows(self.size)
    }

    fn follow(&mut self) {
        let (len, rows) = (self.data.rows.len(), self.rows());
        self.home.follow(len, rows);
    }

    /// Takes in fresh data, keeping the selected client selected wherever it moved.
    fn load(&mut self, snapshot: Snapshot) {
        let selected = self.data.rows.get(self.home.selected).map(|r| r.client.id);
        self.data = Data::from_snapshot(snapshot);
        if let Some(pos) = selected.and_then(|id| self.data.position_of(id)) {
            self.home.selected = pos;
        }
        self.follow();
    }

    pub fn apply(&mut self, action: Action) -> Vec<Effect> {
        let (len, rows) = (self.data.rows.len(), self.rows());
        let page = rows.max(1) as isize;
        match action {
            Action::Quit => return vec![Effect::Quit],
            Action::Up => self.home.move_by(-1, len, rows),
            Action::Down => self.home.move_by(1, len, rows),
            Action::Top => self.home.select(0, len, rows),
            Action::Bottom => self.home.select(len.saturating_sub(1), len, rows),
            Action::PageUp => self.home.move_by(-page, len, rows),
            Action::PageDown => self.home.move_by(page, len, rows),
        }
        Vec::new()
    }

    pub fn selected_row(&self) -> Option<&ClientRow> {
        self.data.rows.get(self.home.selected)
    }
}
