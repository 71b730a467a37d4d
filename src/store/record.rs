//! What the store needs to know about each kind of record: its table, its id, the client it
//! belongs to and the indexes it appears in.

use chrono::NaiveDate;
use redb::{MultimapTableDefinition, TableDefinition};
use serde::{Serialize, de::DeserializeOwned};

use super::tables::*;
use crate::domain::{
    Answer, Client, ClientId, Contact, Expectation, Experience, FieldChange, Interview, Kind,
    Stamp, TimeEntry,
};

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

    /// Whether the record is archived, for kinds that archive rather than delete.
    fn archived(&self) -> bool {
        false
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

impl Record for Client {
    const KIND: Kind = Kind::Client;
    const TABLE: TableDefinition<'static, u64, &'static [u8]> = CLIENTS;
    const CLIENT_INDEX: Option<Index> = None;
    fn id(&self) -> u64 {
        self.id.0
    }
    fn set_id(&mut self, id: u64) {
        self.id.0 = id;
    }
    fn client_id(&self) -> ClientId {
        self.id
    }
    fn stamp(&mut self, stamp: &Stamp, new: bool) {
        if new {
            self.created = stamp.clone();
        }
        self.updated = stamp.clone();
    }
    fn label(&self) -> String {
        self.name.clone()
    }
    fn archived(&self) -> bool {
        self.archived
    }
}

impl Record for Contact {
    const KIND: Kind = Kind::Contact;
    const TABLE: TableDefinition<'static, u64, &'static [u8]> = CONTACTS;
    const CLIENT_INDEX: Option<Index> = Some(CLIENT_CONTACTS);
    fn id(&self) -> u64 {
        self.id.0
    }
    fn set_id(&mut self, id: u64) {
        self.id.0 = id;
    }
    fn client_id(&self) -> ClientId {
        self.client_id
    }
    fn stamp(&mut self, stamp: &Stamp, new: bool) {
        if new {
            self.created = stamp.clone();
        }
        self.updated = stamp.clone();
    }
    fn label(&self) -> String {
        if self.role.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.role)
        }
    }
    fn archived(&self) -> bool {
        self.archived
    }
}

impl Record for Interview {
    const KIND: Kind = Kind::Interview;
    const QUIET: &'static [&'static str] = &["step", "duration_secs", "not_offered"];
    const TABLE: TableDefinition<'static, u64, &'static [u8]> = INTERVIEWS;
    const CLIENT_INDEX: Option<Index> = Some(CLIENT_INTERVIEWS);
    fn id(&self) -> u64 {
        self.id.0
    }
    fn set_id(&mut self, id: u64) {
        self.id.0 = id;
    }
    fn client_id(&self) -> ClientId {
        self.client_id
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

impl Record for Answer {
    const KIND: Kind = Kind::Answer;
    const TABLE: TableDefinition<'static, u64, &'static [u8]> = ANSWERS;
    const CLIENT_INDEX: Option<Index> = Some(CLIENT_ANSWERS);
    fn id(&self) -> u64 {
        self.id.0
    }
    fn set_id(&mut self, id: u64) {
        self.id.0 = id;
    }
    fn client_id(&self) -> ClientId {
        self.client_id
    }
    const IN_DIGEST: bool = false;
    fn stamp(&mut self, stamp: &Stamp, new: bool) {
        if new {
            self.created = stamp.clone();
        }
        self.updated = stamp.clone();
    }
    fn label(&self) -> String {
        excerpt(&self.text, 60)
    }
    fn extra_index(&self) -> Option<(Index, u64)> {
        Some((INTERVIEW_ANSWERS, self.interview_id.0))
    }
}

impl Record for Expectation {
    const KIND: Kind = Kind::Expectation;
    const TABLE: TableDefinition<'static, u64, &'static [u8]> = EXPECTATIONS;
    const CLIENT_INDEX: Option<Index> = Some(CLIENT_EXPECTATIONS);
    fn id(&self) -> u64 {
        self.id.0
    }
    fn set_id(&mut self, id: u64) {
        self.id.0 = id;
    }
    fn client_id(&self) -> ClientId {
        self.client_id
    }
    fn stamp(&mut self, stamp: &Stamp, new: bool) {
        if new {
            self.created = stamp.clone();
        }
        self.updated = stamp.clone();
    }
    fn label(&self) -> String {
        self.title.clone()
    }
    fn archived(&self) -> bool {
        self.archived
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

impl Record for Experience {
    const KIND: Kind = Kind::Experience;
    const TABLE: TableDefinition<'static, u64, &'static [u8]> = EXPERIENCES;
    const CLIENT_INDEX: Option<Index> = Some(CLIENT_EXPERIENCES);
    fn id(&self) -> u64 {
        self.id.0
    }
    fn set_id(&mut self, id: u64) {
        self.id.0 = id;
    }
    fn client_id(&self) -> ClientId {
        self.client_id
    }
    fn stamp(&mut self, stamp: &Stamp, new: bool) {
        if new {
            self.created = stamp.clone();
        }
        self.updated = stamp.clone();
    }
    fn label(&self) -> String {
        format!("{}: {}", self.grade, excerpt(&self.note, 50))
    }
}

impl Record for TimeEntry {
    const KIND: Kind = Kind::Time;
    const TABLE: TableDefinition<'static, u64, &'static [u8]> = TIME;
    const CLIENT_INDEX: Option<Index> = Some(CLIENT_TIME);
    fn id(&self) -> u64 {
        self.id.0
    }
    fn set_id(&mut self, id: u64) {
        self.id.0 = id;
    }
    fn client_id(&self) -> ClientId {
        self.client_id
    }
    fn stamp(&mut self, stamp: &Stamp, new: bool) {
        if new {
            self.created = stamp.clone();
        }
    }
    fn label(&self) -> String {
        format!("{} min {}", self.minutes, excerpt(&self.note, 40))
    }
}
