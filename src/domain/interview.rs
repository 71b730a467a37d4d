//! The guided interview: the seven characteristics of an expectation, interviews with one
//! contact, the answers recorded per step, and the draft that is never lost.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{AnswerId, ClientId, ContactId, InterviewId, Measure, Stamp};

/// The seven characteristics of an expectation, in the order the interview walks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Characteristic {
    AlwaysPresent,
    AboutTheFuture,
    Personal,
    Dependent,
    EmotionalOrRational,
    TheyChange,
    Yardstick,
}

impl Characteristic {
    pub const ALL: [Characteristic; 7] = [
        Characteristic::AlwaysPresent,
        Characteristic::AboutTheFuture,
        Characteristic::Personal,
        Characteristic::Dependent,
        Characteristic::EmotionalOrRational,
        Characteristic::TheyChange,
        Characteristic::Yardstick,
    ];

    /// 1 to 7.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_number(n: u8) -> Option<Self> {
        Self::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }

    pub fn next(self) -> Option<Self> {
        Self::from_number(self.number() + 1)
    }

    pub fn previous(self) -> Option<Self> {
        Self::from_number(self.number() - 1)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewStatus {
    #[default]
    InProgress,
    Completed,
}

/// One conversation with one contact at one client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interview {
    pub id: InterviewId,
    pub client_id: ClientId,
    pub contact_id: ContactId,
    pub started: DateTime<Utc>,
    #[serde(default)]
    pub ended: Option<DateTime<Utc>>,
    /// The OS user who held the interview.
    pub interviewer: String,
    /// The step the interviewer was last at; a resumed interview opens here.
    pub step: Characteristic,
    #[serde(default)]
    pub status: InterviewStatus,
    /// Seconds the call timer ran (pauses excluded).
    #[serde(default)]
    pub duration_secs: u64,
    /// Kept from files written before measures and deadlines belonged to answers: one
    /// measure (step 7) and one deadline (step 2) for the whole interview. New interviews
    /// leave them empty; see [`AnswerFields`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<NaiveDate>,
    pub updated: Stamp,
}

/// What one answer says about by when (step 2), how it is measured and which grade the
/// person expects to give (step 7). The proposal made from the answer inherits them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerFields {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_grade: Option<u8>,
}

impl AnswerFields {
    pub fn is_empty(&self) -> bool {
        self.deadline.is_none() && self.measure.is_none() && self.expected_grade.is_none()
    }
}

/// Text recorded in one step of an interview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub id: AnswerId,
    pub interview_id: InterviewId,
    pub client_id: ClientId,
    pub contact_id: ContactId,
    pub step: Characteristic,
    pub text: String,
    /// Case-folded tags: the inline `#words` plus those picked.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Deadline, measure and expected grade given with this answer.
    #[serde(default, skip_serializing_if = "AnswerFields::is_empty")]
    pub fields: AnswerFields,
    pub created: Stamp,
    pub updated: Stamp,
}

/// What is in the editor of an interview right now, stored within a second of the last
/// keystroke so that a crash or a dropped connection loses nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub interview_id: InterviewId,
    pub step: Characteristic,
    pub text: String,
    /// The answer being edited, when the draft is an edit rather than a new answer.
    #[serde(default)]
    pub editing: Option<AnswerId>,
    /// The call timer when the draft was saved, so a crash loses no counted time either.
    #[serde(default)]
    pub duration_secs: u64,
    /// Deadline, measure and grade given for the answer being typed.
    #[serde(default, skip_serializing_if = "AnswerFields::is_empty")]
    pub fields: AnswerFields,
    pub saved: Stamp,
}

impl Interview {
    /// A new interview, started at `now`; the store assigns the id, interviewer and stamp.
    pub fn new(client_id: ClientId, contact_id: ContactId, now: DateTime<Utc>) -> Self {
        Self {
            id: InterviewId(0),
            client_id,
            contact_id,
            started: now,
            ended: None,
            interviewer: String::new(),
            step: Characteristic::AlwaysPresent,
            status: InterviewStatus::InProgress,
            duration_secs: 0,
            measure: None,
            deadline: None,
            updated: Stamp::pending(),
        }
    }
}

impl Answer {
    /// A new answer in `step` of an interview; its inline `#tags` become its tags.
    pub fn new(interview: &Interview, step: Characteristic, text: impl Into<String>) -> Self {
        let text = text.into();
        Self {
            id: AnswerId(0),
            interview_id: interview.id,
            client_id: interview.client_id,
            contact_id: interview.contact_id,
            step,
            tags: super::tags::inline_tags(&text),
            fields: AnswerFields::default(),
            text,
            created: Stamp::pending(),
            updated: Stamp::pending(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_run_one_to_seven() {
        for (i, c) in Characteristic::ALL.iter().enumerate() {
            assert_eq!(usize::from(c.number()), i + 1);
            assert_eq!(Characteristic::from_number(c.number()), Some(*c));
        }
        assert_eq!(Characteristic::from_number(0), None);
        assert_eq!(Characteristic::from_number(8), None);
        assert_eq!(Characteristic::Yardstick.next(), None);
        assert_eq!(Characteristic::AlwaysPresent.previous(), None);
        assert_eq!(
            Characteristic::Personal.next(),
            Some(Characteristic::Dependent)
        );
    }
}
