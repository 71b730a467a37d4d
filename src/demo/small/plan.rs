//! Turns the example's specs into one timeline of events, each with its author and moment.
//! Written in time order, the timeline of every client reads like months of real work.
//!
//! Every event is placed after the events it depends on (a contact after its client, a change
//! after the expectation's creation, …) by moving it later where the spec's day would put it
//! too early, so the writer always finds the records it refers to.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};

use super::clients;
use super::spec::{ClientSpec, ExperienceSpec};
use crate::demo::names::COLLEAGUES;
use crate::demo::prng::Rng;

/// What an event writes. Indexes point into the specs: client, then contact, interview, …
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    Client(usize),
    Contact(usize, usize),
    Interview(usize, usize),
    /// (client, interview, answer)
    Answer(usize, usize, usize),
    Expectation(usize, usize),
    /// (client, expectation, change)
    Change(usize, usize, usize),
    Experience(Of),
    /// The complaint was dealt with.
    Resolve(Of),
    Time(TimeSpec),
    /// A progress report was sent: a marker in the client's timeline covering all before it.
    Report(usize),
}

/// An experience: of an expectation, or of the client as a whole; and its index there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Of {
    pub client: usize,
    pub expectation: Option<usize>,
    pub index: usize,
}

/// Contact time: with a contact, or the time an interview took.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeSpec {
    pub client: usize,
    pub contact: usize,
    pub interview: Option<usize>,
    pub minutes: u32,
    pub note: &'static str,
}

pub struct Event {
    pub at: DateTime<Utc>,
    pub by: &'static str,
    pub act: Act,
}

const TIME_NOTES: &[&str] = &[
    "Telefonisch overleg",
    "Voortgangsgesprek",
    "Overleg op locatie",
    "Mail over de planning",
    "Offerte besproken",
    "Vraag over de factuur",
    "Kwartaaloverleg voorbereid",
    "Klacht nagebeld",
    "Rapportage toegelicht",
    "Kennismaking nieuwe contactpersoon",
];

/// The start of a day `days_ago` before `today`, moved back to Friday when it is a weekend.
fn workday(today: NaiveDate, days_ago: i64) -> DateTime<Utc> {
    let mut date = today - Duration::days(days_ago);
    date -= Duration::days(match date.weekday() {
        Weekday::Sat => 1,
        Weekday::Sun => 2,
        _ => 0,
    });
    date.and_time(chrono::NaiveTime::MIN).and_utc()
}

/// A moment on a working day, `minutes` after midnight (UTC).
fn moment(today: NaiveDate, days_ago: i64, minutes: i64) -> DateTime<Utc> {
    workday(today, days_ago) + Duration::minutes(minutes)
}

/// Minutes to spread events of one day a little, the same on every run.
fn jitter(a: usize, b: usize) -> i64 {
    ((a * 7 + b * 13) % 50) as i64
}

struct Plan {
    today: NaiveDate,
    events: Vec<Event>,
}

impl Plan {
    fn push(&mut self, at: DateTime<Utc>, by: &'static str, act: Act) -> DateTime<Utc> {
        self.events.push(Event { at, by, act });
        at
    }

    fn client(&mut self, c: usize, spec: &ClientSpec) {
        let start = moment(self.today, spec.since, 8 * 60 + 30 + c as i64);
        self.push(start, spec.owner, Act::Client(c));
        let mut latest_contact = start;
        for j in 0..spec.contacts.len() {
            let at = start + Duration::minutes(j as i64 + 1);
            latest_contact = self.push(at, spec.owner, Act::Contact(c, j));
        }
        let earliest = latest_contact + Duration::hours(1);
        let mut interview_ends = Vec::new();
        for (k, interview) in spec.interviews.iter().enumerate() {
            let begin = earliest.max(moment(
                self.today,
                interview.days_ago,
                10 * 60 + jitter(c, k),
            ));
            self.push(begin, interview.by, Act::Interview(c, k));
            let per_answer = i64::from(interview.minutes) / (interview.answers.len() as i64 + 1);
            for a in 0..interview.answers.len() {
                let at = begin + Duration::minutes(per_answer * (a as i64 + 1));
                self.push(at, interview.by, Act::Answer(c, k, a));
            }
            let end = begin + Duration::minutes(i64::from(interview.minutes));
            let time = TimeSpec {
                client: c,
                contact: interview.contact,
                interview: Some(k),
                minutes: interview.minutes,
                note: "Interview",
            };
            interview_ends.push(self.push(end, interview.by, Act::Time(time)));
        }
        for (e, exp) in spec.expectations.iter().enumerate() {
            let after_interview = exp
                .from
                .and_then(|k| interview_ends.get(k))
                .map_or(earliest, |end| *end + Duration::minutes(5 + e as i64));
            let created = earliest.max(after_interview).max(moment(
                self.today,
                exp.days_ago,
                14 * 60 + jitter(c, e),
            ));
            self.push(created, exp.by, Act::Expectation(c, e));
            let mut previous = created;
            for (n, change) in exp.changes.iter().enumerate() {
                let at = (previous + Duration::minutes(10)).max(moment(
                    self.today,
                    change.days_ago,
                    11 * 60 + jitter(e, n),
                ));
                previous = self.push(at, change.by, Act::Change(c, e, n));
            }
            self.experiences(c, Some(e), exp.experiences, created);
        }
        self.experiences(c, None, spec.experiences, earliest);
        for days_ago in spec.reports {
            let at = earliest.max(moment(self.today, *days_ago, 16 * 60 + 30));
            self.push(at, spec.owner, Act::Report(c));
        }
        self.time(c, spec, earliest);
    }

    fn experiences(
        &mut self,
        client: usize,
        expectation: Option<usize>,
        specs: &[ExperienceSpec],
        after: DateTime<Utc>,
    ) {
        for (index, x) in specs.iter().enumerate() {
            let of = Of {
                client,
                expectation,
                index,
            };
            let at = (after + Duration::hours(1)).max(moment(
                self.today,
                x.days_ago,
                15 * 60 + jitter(client, index),
            ));
            self.push(at, x.by, Act::Experience(of));
            if let Some(days_ago) = x.resolved {
                let resolved = (at + Duration::hours(1)).max(moment(self.today, days_ago, 16 * 60));
                self.push(resolved, x.by, Act::Resolve(of));
            }
        }
    }

    /// Contact time over the last 90 days: about `minutes_a_week`, mostly logged by the owner.
    fn time(&mut self, c: usize, spec: &ClientSpec, after: DateTime<Utc>) {
        let mut rng = Rng::new(0x7E3A_0000 + c as u64);
        let total = spec.minutes_a_week * 90 / 7;
        let mut logged = 0;
        while logged < total && !spec.contacts.is_empty() {
            let minutes = 5 * rng.range(3, 18) as u32;
            let days_ago = rng.range(1, 87);
            let at = moment(self.today, days_ago, 8 * 60 + rng.range(0, 8 * 60)).max(after);
            let by = if rng.chance(80) {
                spec.owner
            } else {
                rng.word(COLLEAGUES)
            };
            let time = TimeSpec {
                client: c,
                contact: rng.below(spec.contacts.len() as u64) as usize,
                interview: None,
                minutes,
                note: rng.word(TIME_NOTES),
            };
            self.push(at, by, Act::Time(time));
            logged += minutes;
        }
    }
}

/// Every event of the example, in the order to write them: by time, and for equal times in
/// the order they were planned (a parent before what depends on it).
pub fn timeline(today: NaiveDate) -> Vec<Event> {
    let mut plan = Plan {
        today,
        events: Vec::new(),
    };
    for (c, spec) in clients::all().into_iter().enumerate() {
        plan.client(c, spec);
    }
    // A stable sort keeps the planned order among equal times.
    plan.events.sort_by_key(|e| e.at);
    plan.events
}
