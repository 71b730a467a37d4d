//! Any record the user can add, edit, archive or delete from the client screens, so that
//! saving and undoing work the same way for all of them.

use serde::Serialize;
use serde::de::DeserializeOwned;

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

    /// An edit of `self` (the record as the form opened on it) applied to `current` (the same
    /// record as it is now, after a colleague changed it): the fields this edit changed come
    /// from `edited`, every other field from `current`. So saving a form never takes back a
    /// change someone else made meanwhile to a field the form left alone.
    pub fn rebase(&self, edited: Record, current: &Record) -> Record {
        fn merge<T: Serialize + DeserializeOwned>(base: &T, edited: T, current: &T) -> T {
            use serde_json::{Value, to_value};
            let (Ok(Value::Object(base)), Ok(Value::Object(mut mine)), Ok(Value::Object(now))) =
                (to_value(base), to_value(&edited), to_value(current))
            else {
                return edited;
            };
            for (field, value) in mine.iter_mut() {
                if base.get(field) == Some(value)
                    && let Some(theirs) = now.get(field)
                {
                    *value = theirs.clone();
                }
            }
            serde_json::from_value(Value::Object(mine)).unwrap_or(edited)
        }
        match (self, edited, current) {
            (Record::Client(b), Record::Client(e), Record::Client(c)) => {
                Record::Client(merge(b, e, c))
            }
            (Record::Contact(b), Record::Contact(e), Record::Contact(c)) => {
                Record::Contact(merge(b, e, c))
            }
            (Record::Expectation(b), Record::Expectation(e), Record::Expectation(c)) => {
                Record::Expectation(merge(b, e, c))
            }
            (Record::Experience(b), Record::Experience(e), Record::Experience(c)) => {
                Record::Experience(merge(b, e, c))
            }
            (Record::Time(b), Record::Time(e), Record::Time(c)) => Record::Time(merge(b, e, c)),
            (_, edited, _) => edited,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Status;

    #[test]
    fn an_edit_keeps_a_colleagues_change_to_other_fields() {
        let mut base = Expectation::new(ClientId(1), "Rapport binnen 3 dagen");
        base.id = crate::domain::ExpectationId(5);
        let mut mine = base.clone();
        mine.title = "Rapport binnen 2 dagen".into();
        let mut theirs = base.clone();
        theirs.status = Status::Met;
        theirs.title = base.title.clone();
        let merged = Record::Expectation(base.clone())
            .rebase(Record::Expectation(mine), &Record::Expectation(theirs));
        let Record::Expectation(merged) = merged else {
            panic!("an expectation");
        };
        assert_eq!(merged.title, "Rapport binnen 2 dagen", "my change");
        assert_eq!(merged.status, Status::Met, "their change");
    }
}
