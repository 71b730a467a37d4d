//! A client's digest: the few facts the ranked client list needs, kept per client so that the
//! home screen opens without reading every expectation, answer and experience.
//!
//! The store rebuilds a client's digest in the same transaction as any change to that
//! client's records, so it is never stale.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{ClientId, Expectation, Experience, Interview, Level, TimeEntry};

/// One open expectation, reduced to what ranking needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenItem {
    pub level: Level,
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    pub created: NaiveDate,
    /// Latest experience grade minus the expected grade, when both are known.
    #[serde(default)]
    pub gap: Option<i8>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientDigest {
    pub client_id: ClientId,
    pub open: Vec<OpenItem>,
    pub open_complaints: u32,
    pub positive_experiences: u32,
    pub negative_experiences: u32,
    pub contacts: u32,
    /// Latest interview, experience or logged time.
    #[serde(default)]
    pub last_contact: Option<DateTime<Utc>>,
    #[serde(default)]
    pub last_interview: Option<DateTime<Utc>>,
    #[serde(default)]
    pub last_grade: Option<u8>,
    /// Minutes spent per day, oldest first.
    #[serde(default)]
    pub minutes_by_day: Vec<(NaiveDate, u32)>,
    pub interviews_in_progress: u32,
}

/// The records of one client that a digest is built from.
pub struct DigestInput<'a> {
    pub client_id: ClientId,
    pub contacts: usize,
    pub expectations: &'a [Expectation],
    pub experiences: &'a [Experience],
    pub interviews: &'a [Interview],
    pub time: &'a [TimeEntry],
}

/// The gap of an expectation: the latest experience grade against it minus the grade expected.
pub fn gap(expectation: &Expectation, experiences: &[Experience]) -> Option<i8> {
    let expected = expectation.expected_grade?;
    let latest = experiences
        .iter()
        .filter(|x| x.expectation_id == Some(expectation.id))
        .max_by_key(|x| x.at)?;
    Some(latest.grade as i8 - expected as i8)
}

pub fn build(input: DigestInput<'_>) -> ClientDigest {
    let open = input
        .expectations
        .iter()
        .filter(|e| !e.archived && e.status.is_open())
        .map(|e| OpenItem {
            level: e.level,
            deadline: e.deadline,
            created: e.created.at.date_naive(),
            gap: gap(e, input.experiences),
        })
        .collect();
    let latest_experience = input.experiences.iter().max_by_key(|x| x.at);
    let last_interview = input.interviews.iter().map(|i| i.started).max();
    let last_contact = [
        last_interview,
        latest_experience.map(|x| x.at),
        input.time.iter().map(|t| t.at).max(),
    ]
    .into_iter()
    .flatten()
    .max();
    let mut minutes: std::collections::BTreeMap<NaiveDate, u32> = Default::default();
    for t in input.time {
        *minutes.entry(t.at.date_naive()).or_default() += t.minutes;
    }
    ClientDigest {
        client_id: input.client_id,
        open,
        open_complaints: count(input.experiences, Experience::is_open_complaint),
        positive_experiences: count(input.experiences, |x| x.positive),
        negative_experiences: count(input.experiences, |x| !x.positive),
        contacts: input.contacts as u32,
        last_contact,
        last_interview,
        last_grade: latest_experience.map(|x| x.grade),
        minutes_by_day: minutes.into_iter().collect(),
        interviews_in_progress: input
            .interviews
            .iter()
            .filter(|i| i.status == super::InterviewStatus::InProgress)
            .count() as u32,
    }
}

fn count(experiences: &[Experience], pred: impl Fn(&Experience) -> bool) -> u32 {
    experiences.iter().filter(|x| pred(x)).count() as u32
}

impl ClientDigest {
    pub fn overdue(&self, today: NaiveDate) -> usize {
        self.open
            .iter()
            .filter(|o| o.deadline.is_some_and(|d| d < today))
            .count()
    }

    /// Minutes spent in the `days` days up to and including `today`.
    pub fn minutes_since(&self, today: NaiveDate, days: i64) -> u64 {
        let from = today - chrono::Duration::days(days - 1);
        self.minutes_by_day
            .iter()
            .filter(|(d, _)| *d >= from && *d <= today)
            .map(|(_, m)| u64::from(*m))
            .sum()
    }

    /// Whole days since the last contact, if there was one.
    pub fn days_since_contact(&self, today: NaiveDate) -> Option<i64> {
        self.last_contact
            .map(|t| (today - t.date_naive()).num_days().max(0))
    }
}
