//! A lossless JSON backup of a whole database: every record of every kind (archived ones
//! too), the expectation history, the timeline and the drafts, with their ids, stamps and
//! authors. The output is deterministic — sorted by id, fields in a fixed order, pretty
//! printed — so that a restored database exports byte for byte the same.

mod restore;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::{
    Answer, Change, Client, Contact, Draft, Expectation, ExpectationChange, Experience, Interview,
    Kind, TimeEntry,
};
use crate::store::{Queries, Record, StoreError};

pub use restore::{is_empty, restore};

/// What the `format` field of every backup says.
pub const FORMAT: &str = "verwacht-backup";
/// The backup format this version writes and the newest it reads. Raise it when a change
/// would make an older verwacht misread a backup.
pub const VERSION: u64 = 1;

/// Everything in a database, in the order it is written.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub format: String,
    pub version: u64,
    /// The last id handed out per kind, so that ids of deleted records are never reused.
    pub last_ids: BTreeMap<Kind, u64>,
    pub clients: Vec<Client>,
    pub contacts: Vec<Contact>,
    pub interviews: Vec<Interview>,
    pub answers: Vec<Answer>,
    pub expectations: Vec<Expectation>,
    pub experiences: Vec<Experience>,
    pub time: Vec<TimeEntry>,
    pub history: Vec<ExpectationChange>,
    pub changes: Vec<Change>,
    pub drafts: Vec<Draft>,
}

/// Why a file could not be restored.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("not a verwacht backup: {0}")]
    NotBackup(String),
    #[error("made by a newer verwacht (backup version {0})")]
    NewerVersion(u64),
    #[error("{kind} {id} appears twice")]
    DuplicateId { kind: &'static str, id: u64 },
    #[error("{kind} {id} belongs to client {client}, which is not in the backup")]
    MissingClient {
        kind: &'static str,
        id: u64,
        client: u64,
    },
}

fn sorted<R: Record>(mut records: Vec<R>) -> Vec<R> {
    records.sort_by_key(|r| r.id());
    records
}

/// Every record of every kind, in id order, as read from one snapshot: what the JSON backup
/// holds besides its history, timeline and drafts, and what the CSV export writes.
#[derive(Debug, Default)]
pub struct Records {
    pub clients: Vec<Client>,
    pub contacts: Vec<Contact>,
    pub interviews: Vec<Interview>,
    pub answers: Vec<Answer>,
    pub expectations: Vec<Expectation>,
    pub experiences: Vec<Experience>,
    pub time: Vec<TimeEntry>,
}

impl Records {
    pub fn read(q: &impl Queries) -> Result<Records, StoreError> {
        Ok(Records {
            clients: sorted(q.all()?),
            contacts: sorted(q.all()?),
            interviews: sorted(q.all()?),
            answers: sorted(q.all()?),
            expectations: sorted(q.all()?),
            experiences: sorted(q.all()?),
            time: sorted(q.all()?),
        })
    }
}

/// Reads everything from one consistent snapshot.
pub fn collect(q: &impl Queries) -> Result<Backup, StoreError> {
    let mut last_ids = BTreeMap::new();
    for kind in Kind::ALL {
        last_ids.insert(kind, q.last_id(kind)?);
    }
    let mut history = q.all_history()?;
    history.sort_by_key(|h| (h.expectation_id, h.seq));
    let mut changes = q.all_changes()?;
    changes.sort_by_key(|c| c.seq);
    let mut drafts = q.drafts()?;
    drafts.sort_by_key(|d| d.interview_id);
    let Records {
        clients,
        contacts,
        interviews,
        answers,
        expectations,
        experiences,
        time,
    } = Records::read(q)?;
    Ok(Backup {
        format: FORMAT.to_string(),
        version: VERSION,
        last_ids,
        clients,
        contacts,
        interviews,
        answers,
        expectations,
        experiences,
        time,
        history,
        changes,
        drafts,
    })
}

/// The backup as pretty-printed JSON, ending in a newline; characters the sanitiser would
/// change are written as `\u` escapes.
pub fn to_json(backup: &Backup) -> Result<String, StoreError> {
    let text = serde_json::to_string_pretty(backup).map_err(|e| StoreError::Corrupt {
        kind: "backup",
        id: 0,
        reason: e.to_string(),
    })?;
    // Lossless, yet harmless when the file is shown on a terminal.
    let mut text = crate::sanitize::json_escapes(&text).into_owned();
    text.push('\n');
    Ok(text)
}

/// The first fields, read on their own so that a newer format is recognised as such rather
/// than reported as unreadable.
#[derive(Deserialize)]
struct Head {
    format: Option<String>,
    version: Option<u64>,
}

/// Reads and checks a backup.
pub fn parse(text: &str) -> Result<Backup, BackupError> {
    let not_backup = |e: serde_json::Error| BackupError::NotBackup(e.to_string());
    let head: Head = serde_json::from_str(text).map_err(not_backup)?;
    if head.format.as_deref() != Some(FORMAT) {
        return Err(BackupError::NotBackup(format!(
            "no \"format\": \"{FORMAT}\""
        )));
    }
    match head.version {
        Some(v) if v > VERSION => return Err(BackupError::NewerVersion(v)),
        Some(_) => {}
        None => return Err(BackupError::NotBackup("no \"version\"".to_string())),
    }
    let backup: Backup = serde_json::from_str(text).map_err(not_backup)?;
    restore::check(&backup)?;
    Ok(backup)
}

#[cfg(test)]
mod tests;
