//! Experiences (observations judged against expectations, complaints among them) and time
//! spent on a client.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{ClientId, ContactId, ExpectationId, ExperienceId, InterviewId, Stamp, TimeId};

/// An observation: how the client experienced something, as a report grade 1–10.
/// A complaint is a negative experience flagged as such, linked to the expectation it missed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Experience {
    pub id: ExperienceId,
    pub client_id: ClientId,
    #[serde(default)]
    pub contact_id: Option<ContactId>,
    #[serde(default)]
    pub expectation_id: Option<ExpectationId>,
    /// Report grade, 1 to 10.
    pub grade: u8,
    /// Whether the client experienced it as positive.
    pub positive: bool,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub complaint: bool,
    /// A complaint that has been dealt with no longer counts as open.
    #[serde(default)]
    pub resolved: bool,
    pub at: DateTime<Utc>,
    pub created: Stamp,
    pub updated: Stamp,
}

impl Experience {
    pub fn is_open_complaint(&self) -> bool {
        self.complaint && !self.resolved
    }
}

impl Experience {
    /// A new experience; positive when the grade is a pass (6 or more).
    pub fn new(client_id: ClientId, grade: u8, note: impl Into<String>, at: DateTime<Utc>) -> Self {
        Self {
            id: ExperienceId(0),
            client_id,
            contact_id: None,
            expectation_id: None,
            grade,
            positive: grade >= 6,
            note: note.into(),
            complaint: false,
            resolved: false,
            at,
            created: Stamp::pending(),
            updated: Stamp::pending(),
        }
    }
}

impl TimeEntry {
    pub fn new(client_id: ClientId, minutes: u32, at: DateTime<Utc>) -> Self {
        Self {
            id: TimeId(0),
            client_id,
            contact_id: None,
            interview_id: None,
            minutes,
            at,
            note: String::new(),
            created: Stamp::pending(),
        }
    }
}

/// Whether a grade is a valid report grade.
pub fn valid_grade(grade: u8) -> bool {
    (1..=10).contains(&grade)
}

/// Contact time spent on a client: logged automatically for interviews, or added by hand.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeEntry {
    pub id: TimeId,
    pub client_id: ClientId,
    #[serde(default)]
    pub contact_id: Option<ContactId>,
    #[serde(default)]
    pub interview_id: Option<InterviewId>,
    pub minutes: u32,
    pub at: DateTime<Utc>,
    #[serde(default)]
    pub note: String,
    pub created: Stamp,
}
