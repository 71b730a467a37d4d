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
    /// Broken off: started by accident, or not worth finishing. Kept with its answers, never
    /// offered again, not a conversation in a report, not contact time.
    Abandoned,
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
    /// Not offered again at start ("later, not now"); still continued from the client.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_offered: bool,
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
            not_offered: false,
            measure: None,
            deadline: None,
            updated: Stamp::pending(),
        }
    }
}

/// How long an interrupted interview of one's own stays on offer at start.
pub const RESUME_DAYS: i64 = 14;

/// Whether an interview is offered to `author` at start: every interview that holds text
/// `author` typed and did not save (whoever's interview it is, however old) — nothing typed is
/// ever left behind — and `author`'s own interviews still in progress from the last
/// [`RESUME_DAYS`] days, unless they said not to offer it again or broke it off.
pub fn offered_at_start(
    interview: &Interview,
    draft: Option<&Draft>,
    author: &str,
    now: DateTime<Utc>,
) -> bool {
    if interview.status == InterviewStatus::Abandoned {
        return false;
    }
    let my_text = draft.is_some_and(|d| d.saved.by == author && !d.text.trim().is_empty());
    let mine_recent = interview.status == InterviewStatus::InProgress
        && offered_in_progress(
            &interview.interviewer,
            interview.updated.at,
            interview.not_offered,
            author,
            now,
        );
    my_text || mine_recent
}

/// Whether an interview in progress is offered to `author` at start for its own sake (not for
/// a draft): `author`'s, worked on in the last [`RESUME_DAYS`] days, not put off. What the
/// store's index of interviews in progress is filtered by (see [`offered_at_start`]).
pub fn offered_in_progress(
    interviewer: &str,
    updated: DateTime<Utc>,
    not_offered: bool,
    author: &str,
    now: DateTime<Utc>,
) -> bool {
    interviewer == author && updated >= now - chrono::Duration::days(RESUME_DAYS) && !not_offered
}

/// The interviews offered to `author` at start (see [`offered_at_start`]), the most recently
/// worked on first; `draft_of` gives an interview's draft.
pub fn offered<'a>(
    interviews: Vec<Interview>,
    draft_of: impl Fn(InterviewId) -> Option<&'a Draft>,
    author: &str,
    now: DateTime<Utc>,
) -> Vec<Interview> {
    let mut offered: Vec<Interview> = interviews
        .into_iter()
        .filter(|i| offered_at_start(i, draft_of(i.id), author, now))
        .collect();
    offered.sort_by_key(|i| std::cmp::Reverse(i.updated.at));
    offered
}

/// The step an interview resumes at: its draft's, else the one it reached.
pub fn resume_step(interview: &Interview, draft: Option<&Draft>) -> Characteristic {
    draft.map_or(interview.step, |d| d.step)
}

/// The minutes a call is logged as: every minute begun counts.
pub fn call_minutes(duration_secs: u64) -> u32 {
    u32::try_from(duration_secs.div_ceil(60)).unwrap_or(u32::MAX)
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
    fn a_call_is_logged_in_minutes_begun() {
        assert_eq!(call_minutes(0), 0);
        assert_eq!(call_minutes(1), 1);
        assert_eq!(call_minutes(60), 1);
        assert_eq!(call_minutes(61), 2);
        assert_eq!(call_minutes(u64::MAX), u32::MAX);
    }

    #[test]
    fn the_offer_is_mine_most_recent_first_and_resumes_at_the_drafts_step() {
        use chrono::TimeZone;
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
        let interview = |id: u64, days_ago: i64, by: &str| {
            let at = now - chrono::Duration::days(days_ago);
            let mut i = Interview::new(ClientId(1), ContactId(1), at);
            i.id = InterviewId(id);
            i.interviewer = by.into();
            i.updated = Stamp::new(by, at);
            i
        };
        let draft = Draft {
            interview_id: InterviewId(3),
            step: Characteristic::Dependent,
            text: "half a sentence".into(),
            editing: None,
            duration_secs: 0,
            fields: AnswerFields::default(),
            saved: Stamp::new("anna", now),
        };
        let all = vec![
            interview(1, 5, "anna"),
            interview(2, 1, "anna"),
            interview(3, 60, "anna"),
            interview(4, 1, "bram"),
        ];
        let draft_of = |id: InterviewId| (id == draft.interview_id).then_some(&draft);
        let ids: Vec<u64> = offered(all.clone(), draft_of, "anna", now)
            .iter()
            .map(|i| i.id.0)
            .collect();
        assert_eq!(
            ids,
            [2, 1, 3],
            "bram's is not offered to anna; newest first"
        );
        assert_eq!(
            resume_step(&all[2], Some(&draft)),
            Characteristic::Dependent
        );
        assert_eq!(resume_step(&all[0], None), all[0].step);
    }

    #[test]
    fn every_interview_holding_my_unsaved_text_is_offered() {
        use chrono::TimeZone;
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
        let old = now - chrono::Duration::days(40);
        let mut mine = Interview::new(ClientId(1), ContactId(1), old);
        mine.interviewer = "anna".into();
        mine.updated = Stamp::new("anna", old);
        let draft = |by: &str, text: &str| Draft {
            interview_id: mine.id,
            step: Characteristic::Personal,
            text: text.into(),
            editing: None,
            duration_secs: 0,
            fields: AnswerFields::default(),
            saved: Stamp::new(by, now),
        };
        assert!(
            !offered_at_start(&mine, None, "anna", now),
            "40 days old, nothing typed"
        );
        assert!(offered_at_start(
            &mine,
            Some(&draft("anna", "half a")),
            "anna",
            now
        ));
        assert!(!offered_at_start(
            &mine,
            Some(&draft("anna", "  ")),
            "anna",
            now
        ));
        let mut theirs = mine.clone();
        theirs.interviewer = "bram".into();
        assert!(
            offered_at_start(&theirs, Some(&draft("anna", "mine")), "anna", now),
            "a colleague's interview with my text"
        );
        assert!(!offered_at_start(
            &theirs,
            Some(&draft("anna", "mine")),
            "bram",
            now
        ));
        mine.updated = Stamp::new("anna", now);
        assert!(
            offered_at_start(&mine, None, "anna", now),
            "recent and mine"
        );
        mine.not_offered = true;
        assert!(
            !offered_at_start(&mine, None, "anna", now),
            "not now, said the user"
        );
        mine.status = InterviewStatus::Abandoned;
        assert!(!offered_at_start(
            &mine,
            Some(&draft("anna", "x")),
            "anna",
            now
        ));
    }

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
