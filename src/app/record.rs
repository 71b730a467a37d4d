//! Any record the user can add, edit, archive or delete from the client screens, so that
//! saving and undoing work the same way for all of them.

use crate::domain::{Client, ClientId, Contact, Expectation, Experience, Stamp, TimeEntry};

// An expectation is the biggest record by far; records travel boxed (in `Write` and `Msg`),
// so the size of the enum itself costs nothing on the way.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Client(Client),
    Contact(Contact),
    Expectation(Expectation),
    Experience(Experience),
    Time(TimeEntry),
}

impl Record {
    /// The client the record belongs to (a client belongs to itself).
    pub fn client_id(&self) -> ClientId {
        match self {
            Record::Client(c) => c.id,
            Record::Contact(c) => c.client_id,
            Record::Expectation(e) => e.client_id,
            Record::Experience(x) => x.client_id,
            Record::Time(t) => t.client_id,
        }
    }

    /// Whether the record is not stored yet.
    pub fn is_new(&self) -> bool {
        match self {
            Record::Client(c) => c.id.0 == 0,
            Record::Contact(c) => c.id.0 == 0,
            Record::Expectation(e) => e.id.0 == 0,
            Record::Experience(x) => x.id.0 == 0,
            Record::Time(t) => t.id.0 == 0,
        }
    }

    /// Who made the record and when, and who changed it last (time entries keep the first).
    pub fn stamps(&self) -> (&Stamp, Option<&Stamp>) {
        match self {
            Record::Client(c) => (&c.created, Some(&c.updated)),
            Record::Contact(c) => (&c.created, Some(&c.updated)),
            Record::Expectation(e) => (&e.created, Some(&e.updated)),
            Record::Experience(x) => (&x.created, Some(&x.updated)),
            Record::Time(t) => (&t.created, None),
        }
    }

    /// Kinds that are archived (kept, hidden) rather than deleted.
    pub fn archives(&self) -> bool {
        matches!(
            self,
            Record::Client(_) | Record::Contact(_) | Record::Expectation(_)
        )
    }

    /// Whether the record is archived (kept, hidden).
    pub fn is_archived(&self) -> bool {
        match self {
            Record::Client(c) => c.archived,
            Record::Contact(c) => c.archived,
            Record::Expectation(e) => e.archived,
            Record::Experience(_) | Record::Time(_) => false,
        }
    }

    /// The same record, taken out of the archive.
    pub fn unarchived(&self) -> Record {
        let mut r = self.clone();
        match &mut r {
            Record::Client(c) => c.archived = false,
            Record::Contact(c) => c.archived = false,
            Record::Expectation(e) => e.archived = false,
            Record::Experience(_) | Record::Time(_) => {}
        }
        r
    }

    /// The same record, archived.
    pub fn archived(&self) -> Record {
        let mut r = self.clone();
        match &mut r {
            Record::Client(c) => c.archived = true,
            Record::Contact(c) => c.archived = true,
            Record::Expectation(e) => e.archived = true,
            Record::Experience(_) | Record::Time(_) => {}
        }
        r
    }

    /// A short name for messages.
    pub fn label(&self) -> String {
        match self {
            Record::Client(c) => c.name.clone(),
            Record::Contact(c) => c.name.clone(),
            Record::Expectation(e) => e.title.clone(),
            Record::Experience(x) => format!("{} — {}", x.grade, x.note),
            Record::Time(t) => format!("{} min", t.minutes),
        }
    }

    /// Who changed the record last.
    pub fn changed_by(&self) -> &str {
        let (created, updated) = self.stamps();
        &updated.unwrap_or(created).by
    }
}

/// An edit that met a colleague's change to the same fields: nothing was written. `current` is
/// the record as stored now; `mine` is it with every change of the edit, `theirs` with only
/// the changes that did not conflict. `undo` says the edit was an undo.
#[derive(Clone, Debug, PartialEq)]
pub struct EditConflict {
    pub current: Record,
    pub mine: Record,
    pub theirs: Record,
    pub conflicts: Vec<crate::store::Conflict>,
    pub undo: bool,
}

impl EditConflict {
    /// The conflict of an edit of one kind of record, as records of any kind.
    pub fn new<R>(edited: crate::store::Edited<R>, wrap: fn(R) -> Record) -> Option<EditConflict> {
        match edited {
            crate::store::Edited::Conflict {
                current,
                mine,
                theirs,
                conflicts,
            } => Some(EditConflict {
                current: wrap(current),
                mine: wrap(mine),
                theirs: wrap(theirs),
                conflicts,
                undo: false,
            }),
            crate::store::Edited::Saved { .. } => None,
        }
    }
}
