//! What happens to the program: every key, resize, tick, load and write's answer is a
//! [`Msg`] for `update`; what the loop learns of the session is one too.

use chrono::{DateTime, NaiveDate, Utc};
use ratatui::crossterm::event::KeyEvent;

use super::{HomeUpdate, Settings, record};
use crate::domain::Answer;
use crate::store::StoreError;
use crate::store::views::{
    ClientView, ContactsView, ExpectationView, InterviewView, ResumeItem, Snapshot,
};

/// Who is working and how: the store's author and whether it may be written, and the
/// settings of the config.
#[derive(Clone, Debug)]
pub struct Session {
    pub author: String,
    pub read_only: bool,
    pub settings: Settings,
}

/// Something that happened.
#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    /// Text pasted into the terminal (bracketed paste).
    Paste(String),
    /// A mouse click or wheel turn, where the terminal reports them.
    Mouse(ratatui::crossterm::event::MouseEvent),
    Resize(u16, u16),
    /// Fresh records from the store (at start, and after another process changed them).
    Loaded(Snapshot),
    /// Who is working and how, learnt by the loop when it opened the store and the config.
    Session(Session),
    /// Something the user should know that the loop found (a config it could not use, drafts
    /// still kept aside), in the user's words.
    Problem(String),
    /// Reading the store failed where nothing was asked of the user (the change poll): said
    /// in the status line, and tried again at the next poll.
    ReadFailed(StoreError),
    /// The store's change counter, read by the loop: something was written when it differs
    /// from the one the screen was loaded at.
    ChangeCounter(u64),
    /// What changed on the clients list since it was loaded.
    HomeChanged(HomeUpdate),
    /// The date changed (or the clock was read).
    Today(NaiveDate),
    /// The clock ticked: timers run and drafts fall due.
    Clock(DateTime<Utc>),
    /// A client's people, for the contact picker.
    Contacts(ContactsView),
    /// An interview to show (opened, or reloaded after a write).
    Interview(Box<InterviewView>),
    /// An answer was deleted; it can be put back.
    AnswerDeleted(Answer),
    /// The draft was stored at this time.
    DraftSaved(DateTime<Utc>),
    /// The database could not take the draft (`error`); it is kept in `file` instead.
    DraftAside {
        file: std::path::PathBuf,
        error: StoreError,
    },
    /// The draft could be stored nowhere; it is still in the editor.
    DraftLost(StoreError),
    /// Interrupted interviews of this user, offered at start.
    Resumable(Vec<ResumeItem>),
    /// Everything about one client.
    Client(Box<ClientView>),
    /// One expectation, for its screen.
    Expectation(Box<ExpectationView>),
    /// A record was stored; `before` is what it was (`None`: it is new).
    Saved {
        before: Option<Box<record::Record>>,
        after: Box<record::Record>,
    },
    /// A record was deleted.
    Removed(Box<record::Record>),
    /// An edit met a colleague's change to the same fields; nothing was written.
    Conflict(Box<record::EditConflict>),
    /// A record to delete was changed by someone since it was shown; nothing was deleted.
    ChangedSince(Box<record::Record>),
    /// The search index, built (or rebuilt after changes).
    SearchIndex(std::sync::Arc<crate::search::Index>),
    /// The search index could not be built.
    SearchIndexFailed(StoreError),
    /// Long-text matches for the query of this generation.
    SearchTexts {
        generation: u64,
        found: crate::store::views::TextsFound,
    },
    /// How many results the query of this generation has, beyond those shown.
    SearchCounted {
        generation: u64,
        count: crate::store::views::Count,
    },
    /// A write or read failed; nothing was changed.
    Failed(StoreError),
    /// The loop drew the screen as it is now.
    Drawn,
}
