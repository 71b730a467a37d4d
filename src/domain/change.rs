//! The timeline: every change to a client's records, with who made it and when.

use serde::{Deserialize, Serialize};

use super::{ClientId, Stamp};

/// The kinds of records the store keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Client,
    Contact,
    Interview,
    Answer,
    Expectation,
    Experience,
    Time,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Client,
        Kind::Contact,
        Kind::Interview,
        Kind::Answer,
        Kind::Expectation,
        Kind::Experience,
        Kind::Time,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Kind::Client => "client",
            Kind::Contact => "contact",
            Kind::Interview => "interview",
            Kind::Answer => "answer",
            Kind::Expectation => "expectation",
            Kind::Experience => "experience",
            Kind::Time => "time",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeAction {
    Created,
    Updated,
    Archived,
    Restored,
    Deleted,
    /// A progress report for the client was written (a marker: no record changed).
    Reported,
}

/// One entry of the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// Position in the whole database's change log; also the change counter.
    pub seq: u64,
    pub stamp: Stamp,
    pub client_id: ClientId,
    pub kind: Kind,
    pub id: u64,
    pub action: ChangeAction,
    /// The record's name or title at the time.
    pub summary: String,
    /// For updates: the fields that changed.
    #[serde(default)]
    pub fields: Vec<String>,
    /// For a report: the change counter of the snapshot it was made from. The next report
    /// lists the client's changes after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers: Option<u64>,
}
