//! What the store needs to know about each kind of record: its table, its id, the client it
//! belongs to and the indexes it appears in.

use chrono::NaiveDate;
use redb::{MultimapTableDefinition, TableDefinition};
use serde::{Serialize, de::DeserializeOwned};

use super::tables::*;
use super::text_index::Searchable;
use crate::domain::{
    Answer, Client, ClientId, Contact, Expectation, Experience, FieldChange, Interview, Kind,
    Stamp, TimeEntry,
};
use crate::search::NameEntry;
use crate::search::words::TextKind;

type Index = MultimapTableDefinition<'static, u64, u64>;

pub trait Record: Serialize + DeserializeOwned + Clone {
    const KIND: Kind;
    const TABLE: TableDefinition<'static, u64, &'static [u8]>;
    /// Maps the owning client to this record; `None` for clients themselves.
    const CLIENT_INDEX: Option<Index>;

    fn id(&self) -> u64;
    fn set_id(&mut self, id: u64);
    fn client_id(&self) -> ClientId;
    /// A short human label for the timeline: a name, a title, the start of a text.
    fn label(&self) -> String;

    /// Records who wrote it and when: `new` on creation, otherwise an update.
    fn stamp(&mut self, stamp: &Stamp, new: bool);

    /// Whether the client's digest depends on records of this kind.
    const IN_DIGEST: bool = true;

    /// Fields that are working state rather than news: an update that changes only these is
    /// stored without a timeline entry (an interview's step and timer change at every step).
    const QUIET: &'static [&'static str] = &[];

    /// A second table that holds an entry for each of this kind's open records, kept with
    /// every write: interviews in progress, for the resume offer.
    const OPEN_TABLE: Option<TableDefinition<'static, u64, &'static [u8]>> = None;

    /// The record's entry in [`Record::OPEN_TABLE`]; `None` when it is not open.
    fn open_entry(&self) -> Option<Vec<u8>> {
        None
    }

    /// Whether the record is archived, for kinds that archive rather than delete.
    fn archived(&self) -> bool {
        false
    }

    /// What the store's search index keeps of this record (see [`super::text_index`]).
    fn searchable(&self) -> Searchable<'_> {
        Searchable::default()
    }

    /// A second owner index (answers per interview).
    fn extra_index(&self) -> Option<(Index, u64)> {
        None
    }

    /// Field-level history to append for this write, for kinds that keep one.
    fn history(_old: Option<&Self>, _new: &Self) -> Option<Vec<FieldChange>> {
        None
    }

    /// Keeps what follows from a write inside the record, whichever path wrote it: called
    /// with the stored version (`None` for a new record) and the day of the write.
    fn before_write(&mut self, _old: Option<&Self>, _today: NaiveDate) {}
}

/// What every kind's `Record` has in common: its kind, table and client index, its id, the
/// field naming its client, and (`stamped`) the usual creation and update stamps. What a kind
/// does differently follows inside the braces.
macro_rules! record {
    (@stamp stamped) => {
        fn stamp(&mut self, stamp: &Stamp, new: bool) {
            if new {
                self.created = stamp.clone();
            }
            self.updated = stamp.clone();
        }
    };
    (@stamp) => {};
    (
        $ty:ident as $kind:ident in $table:ident, owned through $index:expr,
        client $client:ident $(, $stamped:ident)?;
        $($rest:tt)*
    ) => {
        impl Record for $ty {
            const KIND: Kind = Kind::$kind;
            const TABLE: TableDefinition<'static, u64, &'static [u8]> = $table;
            const CLIENT_INDEX: Option<Index> = $index;
            fn id(&self) -> u64 {
                self.id.0
            }
            fn set_id(&mut self, id: u64) {
                self.id.0 = id;
            }
            fn client_id(&self) -> ClientId {
                self.$client
            }
            record!(@stamp $($stamped)?);
            $($rest)*
        }
    };
}

/// The first `max` characters of a text on one line.
pub fn excerpt(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

record! {
    Client as Client in CLIENTS, owned through None,
    client id, stamped;
    fn label(&self) -> String {
        self.name.clone()
    }
    fn searchable(&self) -> Searchable<'_> {
        Searchable {
            name: Some(NameEntry::of_client(self)),
            ..Searchable::default()
        }
    }
    fn archived(&self) -> bool {
        self.archived
    }
}

record! {
    Contact as Contact in CONTACTS, owned through Some(CLIENT_CONTACTS),
    client client_id, stamped;
    fn label(&self) -> String {
        if self.role.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.role)
        }
    }
    fn searchable(&self) -> Searchable<'_> {
        Searchable {
            name: Some(NameEntry::of_contact(self)),
            ..Searchable::default()
        }
    }
    fn archived(&self) -> bool {
        self.archived
    }
}

record! {
    Interview as Interview in INTERVIEWS, owned through Some(CLIENT_INTERVIEWS),
    client client_id;
    const QUIET: &'static [&'static str] = &["step", "duration_secs", "not_offered"];
    const OPEN_TABLE: Option<TableDefinition<'static, u64, &'static [u8]>> =
        Some(OPEN_INTERVIEWS);
    fn open_entry(&self) -> Option<Vec<u8>> {
        super::open_interviews::entry(self)
    }
    fn stamp(&mut self, stamp: &Stamp, new: bool) {
        if new {
            self.interviewer = stamp.by.clone();
        }
        self.updated = stamp.clone();
    }
    fn label(&self) -> String {
        format!("{} {}", self.started.format("%Y-%m-%d"), self.interviewer)
    }
}

record! {
    Answer as Answer in ANSWERS, owned through Some(CLIENT_ANSWERS),
    client client_id, stamped;
    const IN_DIGEST: bool = false;
    fn label(&self) -> String {
        excerpt(&self.text, 60)
    }
    fn extra_index(&self) -> Option<(Index, u64)> {
        Some((INTERVIEW_ANSWERS, self.interview_id.0))
    }
    fn searchable(&self) -> Searchable<'_> {
        Searchable {
            text: Some((TextKind::Answer, &self.text)),
            tags: &self.tags,
            name: None,
        }
    }
}

record! {
    Expectation as Expectation in EXPECTATIONS, owned through Some(CLIENT_EXPECTATIONS),
    client client_id, stamped;
    fn label(&self) -> String {
        self.title.clone()
    }
    fn archived(&self) -> bool {
        self.archived
    }
    /// The description, unless it only repeats the title; and the tags.
    fn searchable(&self) -> Searchable<'_> {
        let d = &self.description;
        Searchable {
            text: (!d.is_empty() && *d != self.title).then_some((TextKind::Description, d.as_str())),
            tags: &self.tags,
            name: Some(NameEntry::of_expectation(self)),
        }
    }
    fn history(old: Option<&Self>, new: &Self) -> Option<Vec<FieldChange>> {
        Some(match old {
            Some(old) => old.diff(new),
            None => new.creation_changes(),
        })
    }
    /// The day the status changed, and every new current level as a dated point.
    fn before_write(&mut self, old: Option<&Self>, today: NaiveDate) {
        match old {
            None if self.status_since.is_none() => self.status_since = Some(today),
            Some(old) if old.status != self.status => self.status_since = Some(today),
            _ => {}
        }
        let m = &mut self.measure;
        let changed = old.is_none_or(|o| o.measure.current != m.current);
        let recorded = m.points.last().is_some_and(|p| p.value == m.current);
        if changed && !recorded && !m.current.trim().is_empty() {
            m.points.push(crate::domain::expectation::Point {
                on: today,
                value: m.current.clone(),
            });
        }
    }
}

record! {
    Experience as Experience in EXPERIENCES, owned through Some(CLIENT_EXPERIENCES),
    client client_id, stamped;
    fn label(&self) -> String {
        format!("{}: {}", self.grade, excerpt(&self.note, 50))
    }
}

record! {
    TimeEntry as Time in TIME, owned through Some(CLIENT_TIME),
    client client_id;
    fn stamp(&mut self, stamp: &Stamp, new: bool) {
        if new {
            self.created = stamp.clone();
        }
    }
    fn label(&self) -> String {
        format!("{} min {}", self.minutes, excerpt(&self.note, 40))
    }
}
