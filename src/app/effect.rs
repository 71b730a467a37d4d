//! What `update` asks the terminal loop to do, and what comes back.

use chrono::{DateTime, Utc};

use crate::domain::{
    Answer, AnswerId, Change, Characteristic, Client, ClientId, Contact, ContactId, Draft,
    Expectation, ExpectationChange, ExpectationId, Experience, Interview, InterviewId, TimeEntry,
};

/// Something for the loop to do on behalf of `update`.
#[derive(Debug, PartialEq)]
pub enum Effect {
    Quit,
    Load(Load),
    Write(Box<Write>),
    /// Match long texts for a query (off the keystroke's path in the terminal loop).
    SearchTexts(super::search::TextSearch),
}

impl Effect {
    pub fn write(w: Write) -> Effect {
        Effect::Write(Box::new(w))
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
    /// Everything about one client: the briefing and the client screen.
    Client(ClientId),
    /// One expectation with its history and experiences: the expectation screen.
    Expectation(ExpectationId),
    /// The search index.
    SearchIndex,
}

/// Everything about one client, for its briefing and its screen.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientView {
    pub client: Client,
    /// People, archived ones included (expectations may still name them).
    pub contacts: Vec<Contact>,
    pub expectations: Vec<Expectation>,
    pub interviews: Vec<Interview>,
    /// Answers per interview are not loaded here: only their count.
    pub answer_counts: Vec<(InterviewId, usize)>,
    pub experiences: Vec<Experience>,
    pub time: Vec<TimeEntry>,
    /// The timeline, newest first.
    pub changes: Vec<Change>,
    /// The history of every expectation of the client, for the timeline's from → to.
    pub history: Vec<ExpectationChange>,
}

/// An interrupted interview, offered for resuming.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResumeItem {
    pub interview: InterviewId,
    pub client: String,
    pub contact: String,
    pub step: Characteristic,
    pub started: DateTime<Utc>,
    /// The start of the unsaved text in the editor, if any.
    pub draft: Option<String>,
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
    DeleteAnswer(AnswerId),
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

/// What a screen needs to show an interview.
#[derive(Clone, Debug, PartialEq)]
pub struct InterviewView {
    pub interview: Interview,
    pub client: Client,
    pub contact: Contact,
    /// This interview's answers, oldest first.
    pub answers: Vec<Answer>,
    pub draft: Option<Draft>,
    /// The client's open expectations, this contact's first.
    pub existing: Vec<Expectation>,
    /// The client's delivered delighters (met or exceeded), for review at step 6.
    pub delivered: Vec<Expectation>,
    /// Everyone at the client, to name whose an expectation is.
    pub contacts: Vec<Contact>,
    /// Tags used at this client, most used first.
    pub recent_tags: Vec<String>,
    /// Answers of this interview that an expectation already came from.
    pub linked_answers: Vec<AnswerId>,
    /// The change counter of the snapshot it was read from: a change at or before it is in.
    pub seq: u64,
}

impl ClientView {
    /// How many answers an interview of this client holds.
    pub fn answers_in(&self, interview: InterviewId) -> usize {
        self.answer_counts
            .iter()
            .find(|(id, _)| *id == interview)
            .map_or(0, |(_, n)| *n)
    }
}

/// Everything the expectation screen shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ExpectationView {
    pub expectation: Expectation,
    pub client: Client,
    /// Everyone at the client, archived ones included (history may name them).
    pub contacts: Vec<Contact>,
    /// Every change, oldest first.
    pub history: Vec<ExpectationChange>,
    /// The experiences (complaints among them) linked to it, oldest first.
    pub experiences: Vec<Experience>,
}

/// A client's people, for picking whom to interview.
#[derive(Clone, Debug, PartialEq)]
pub struct ContactsView {
    pub client: Client,
    pub contacts: Vec<Contact>,
    /// Interviews still in progress at this client.
    pub in_progress: Vec<Interview>,
}
