//! A client's digest: the few facts the ranked client list needs, kept per client so that the
//! home screen opens without reading every expectation, answer and experience.
//!
//! The store rebuilds a client's digest in the same transaction as any change to that
//! client's records, so it is never stale.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::gap::{gap, polarity_since_first_negative};
use super::{
    ClientId, Expectation, ExpectationId, Experience, Interview, Level, Status, TimeEntry,
};

/// One expectation that still weighs: open or in progress, missed and not yet recovered, or
/// pointed at by an open complaint. Reduced to what ranking needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveItem {
    pub level: Level,
    pub status: Status,
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    pub created: NaiveDate,
    /// Latest experience grade minus the expected grade, when both are known.
    #[serde(default)]
    pub gap: Option<i8>,
    /// An open complaint points at it.
    #[serde(default)]
    pub complaint: bool,
}

impl LiveItem {
    /// Open work: open or in progress.
    pub fn is_open(&self) -> bool {
        self.status.is_open()
    }

    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.deadline.is_some_and(|d| d < today)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientDigest {
    pub client_id: ClientId,
    /// The expectations that still weigh, each once.
    #[serde(default)]
    pub live: Vec<LiveItem>,
    pub open_complaints: u32,
    /// When the oldest open complaint was made.
    #[serde(default)]
    pub oldest_complaint: Option<DateTime<Utc>>,
    /// Whether each experience was positive, in time order from the first negative one on:
    /// what the repair debt is computed from (see [`super::gap::repair_debt`]).
    #[serde(default)]
    pub since_negative: Vec<bool>,
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

pub fn build(input: DigestInput<'_>) -> ClientDigest {
    let complained: Vec<ExpectationId> = input
        .experiences
        .iter()
        .filter(|x| x.is_open_complaint())
        .filter_map(|x| x.expectation_id)
        .collect();
    let live = input
        .expectations
        .iter()
        .filter(|e| !e.archived)
        .filter(|e| {
            e.status.is_live() || (complained.contains(&e.id) && e.status != Status::Dropped)
        })
        .map(|e| LiveItem {
            level: e.level,
            status: e.status,
            deadline: e.deadline,
            created: e.created.at.date_naive(),
            gap: gap(e, input.experiences),
            complaint: complained.contains(&e.id),
        })
        .collect();
    let latest_experience = input.experiences.iter().max_by_key(|x| (x.at, x.id));
    // A broken-off interview was no conversation.
    let last_interview = input
        .interviews
        .iter()
        .filter(|i| i.status != super::InterviewStatus::Abandoned)
        .map(|i| i.started)
        .max();
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
    let open_complaints: Vec<&Experience> = input
        .experiences
        .iter()
        .filter(|x| x.is_open_complaint())
        .collect();
    ClientDigest {
        client_id: input.client_id,
        live,
        open_complaints: open_complaints.len() as u32,
        oldest_complaint: open_complaints.iter().map(|x| x.at).min(),
        since_negative: polarity_since_first_negative(input.experiences, input.expectations),
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

impl ClientDigest {
    /// Open work: the live expectations that are open or in progress.
    pub fn open(&self) -> usize {
        self.live.iter().filter(|i| i.is_open()).count()
    }

    pub fn overdue(&self, today: NaiveDate) -> usize {
        self.live.iter().filter(|i| i.is_overdue(today)).count()
    }

    /// Whole days the oldest open complaint has waited.
    pub fn complaint_age(&self, today: NaiveDate) -> Option<i64> {
        self.oldest_complaint
            .map(|t| (today - t.date_naive()).num_days().max(0))
    }

    /// Minutes spent in the `days` days up to and including `today`. Read from the newest
    /// day back to the first one before the window (the days are oldest first), not through
    /// every day logged: every client's are counted at start.
    pub fn minutes_since(&self, today: NaiveDate, days: i64) -> u64 {
        let from = today - chrono::Duration::days(days - 1);
        self.minutes_by_day
            .iter()
            .rev()
            .skip_while(|(d, _)| *d > today)
            .take_while(|(d, _)| *d >= from)
            .map(|(_, m)| u64::from(*m))
            .sum()
    }

    /// Whole days since the last contact, if there was one.
    pub fn days_since_contact(&self, today: NaiveDate) -> Option<i64> {
        self.last_contact
            .map(|t| (today - t.date_naive()).num_days().max(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_since_counts_the_window_only() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 10, d).unwrap();
        let digest = ClientDigest {
            minutes_by_day: [(1, 1), (9, 2), (10, 4), (15, 8), (20, 16), (21, 32)]
                .into_iter()
                .map(|(d, m)| (day(d), m))
                .collect(),
            ..ClientDigest::default()
        };
        // The 11 days from the 10th to the 20th: not the day before, nor the day after.
        assert_eq!(digest.minutes_since(day(20), 11), 4 + 8 + 16);
        assert_eq!(digest.minutes_since(day(20), 1), 16);
        assert_eq!(digest.minutes_since(day(31), 365), 63);
        assert_eq!(digest.minutes_since(day(5), 3), 0);
        assert_eq!(ClientDigest::default().minutes_since(day(5), 3), 0);
    }
}
