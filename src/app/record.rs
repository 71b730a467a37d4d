//! Any record the user can add, edit, archive or delete from the client screens, so that
//! saving and undoing work the same way for all of them.

use crate::domain::{Client, ClientId, Contact, Expectation, Experience, TimeEntry};

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

    /// Kinds that are archived (kept, hidden) rather than deleted.
    pub fn archives(&self) -> bool {
        matches!(
            self,
            Record::Client(_) | Record::Contact(_) | Record::Expectation(_)
        )
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
}
