//! What `update` asks the terminal loop to do, and what comes back.

use crate::domain::{
    Answer, ClientId, ContactId, Draft, Expectation, ExpectationId, Experience, Interview,
    InterviewId,
};
use crate::store::views::Shown;

/// Something for the loop to do on behalf of `update`.
#[derive(Debug, PartialEq)]
pub enum Effect {
    Quit,
    Load(Load),
    /// A write, and what the screen shows when it is asked for (filled in by `update` for
    /// the writes of records): the write answers with those views as they are after it.
    Write(Box<Write>, Shown),
    /// Match long texts for a query (off the keystroke's path in the terminal loop).
    SearchTexts(super::search::TextSearch),
}

impl Effect {
    pub fn write(w: Write) -> Effect {
        Effect::Write(Box::new(w), Shown::default())
    }
}

/// Reads that feed a screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Load {
    /// The clients list (home).
    Home,
    /// What changed on the clients list since change counter `since`: only the clients
    /// changed after it, or everything when too much changed.
    HomeSince(u64),
    /// A client's contacts and interrupted interviews, for the contact picker.
    Contacts(ClientId),
    /// Everything the interview screen shows.
    Interview(InterviewId),
    /// This user's interrupted interviews, offered at start.
    Resumable,
    /// Everything about one client: the client screen (and a briefing).
    Client(ClientId),
    /// What one client's briefing shows, for the pane beside the list.
    Briefing(ClientId),
    /// One expectation with its history and experiences: the expectation screen.
    Expectation(ExpectationId),
    /// The search index.
    SearchIndex,
}

/// The person an interview is with: an existing contact or one created on the spot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    Existing(ContactId),
    New { name: String, role: String },
}

/// Changes to make in the store, each in one transaction.
#[derive(Debug, PartialEq)]
pub enum Write {
    StartInterview {
        client: ClientId,
        who: Who,
    },
    /// Saves the text of an answer (new, or an edit of `base`, the version shown, merged into
    /// the stored one; the open session's text wins where both changed it) and clears the
    /// draft.
    SaveAnswer {
        interview: InterviewId,
        base: Option<Answer>,
        answer: Answer,
    },
    /// Deletes an answer as the screen shows it; when a colleague changed it since, nothing
    /// is deleted and that is said.
    DeleteAnswer(Answer),
    /// Puts a deleted answer back (undo).
    RestoreAnswer(Answer),
    SaveDraft(Draft),
    ClearDraft(InterviewId),
    /// Step reached and timer, merged into the interview as stored (`base`: the version the
    /// screen shows). The open session's step and clock win where both changed them.
    SaveInterview {
        base: Interview,
        edited: Interview,
    },
    /// An interrupted interview is no longer offered at start.
    NotOffered(InterviewId),
    /// Creates expectations (from an interview or a form).
    CreateExpectations(Vec<Expectation>),
    /// An expectation changed during an interview (step 6), merged against `base`, the version
    /// the screen showed; a conflict comes back as [`super::Msg::Conflict`].
    UpdateExpectation {
        /// The interview whose screen shows it, answered with its view after the write.
        interview: InterviewId,
        base: Expectation,
        edited: Expectation,
    },
    /// Creates a new record (id 0).
    Save(super::record::Record),
    /// An edit of a stored record, merged inside the write against `base`, the version the
    /// user started from: only the fields the edit changed are written, so a colleague's
    /// change to another field stays; when a colleague changed one of the same fields, nothing
    /// is written and the conflict comes back to be decided.
    Edit {
        base: super::record::Record,
        edited: super::record::Record,
    },
    /// Deletes a record as the user saw it (undo of a creation, or deleting an experience or
    /// time entry); when someone changed it since, nothing is deleted and that comes back.
    Remove(super::record::Record),
    /// Puts a deleted record back under its id (undo of a deletion).
    Reinsert(super::record::Record),
    /// Reopens an expectation a complaint pointed at (or that was missed) with a recovery
    /// deadline, and marks the complaints given as dealt with, in one transaction; each
    /// merged against the version shown (`base`, and the first of each pair).
    Recover {
        base: Expectation,
        expectation: Expectation,
        resolve: Vec<(Experience, Experience)>,
    },
    /// Completes an interview: logs its time and creates the accepted expectations.
    FinishInterview {
        /// The interview as the screen shows it, to merge against.
        base: Interview,
        interview: Interview,
        expectations: Vec<Expectation>,
    },
}

impl Write {
    /// Whether this write changes what the screens show (a draft changes nothing shown): it
    /// answers with the views on screen, as they are after it.
    pub fn changes_views(&self) -> bool {
        !matches!(self, Write::SaveDraft(_) | Write::ClearDraft(_))
    }

    /// Whether this write answers with its interview's view of its own.
    pub fn answers_with_its_interview(&self) -> bool {
        matches!(
            self,
            Write::StartInterview { .. }
                | Write::SaveAnswer { .. }
                | Write::DeleteAnswer(_)
                | Write::RestoreAnswer(_)
                | Write::SaveInterview { .. }
                | Write::CreateExpectations(_)
                | Write::UpdateExpectation { .. }
        )
    }
}
