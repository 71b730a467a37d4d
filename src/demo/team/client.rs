//! The records of one client of the team fixture, each with its author and moment, in time
//! order: the client's own timeline reads like years of work.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};

use super::plan::ClientPlan;
use super::text;
use super::words::{MEASURES, TAGS, TITLES};
use crate::demo::names::{COLLEAGUES, ROLES, email, person};
use crate::demo::prng::Rng;
use crate::domain::{
    Characteristic, ClientId, Contact, Expectation, InterviewStatus, Level, Measure, Nature,
    Source, Status,
};

/// One record to write, with what it refers to by position within the client.
pub enum Item {
    /// A contact (its client id is filled in when written).
    Contact(Contact),
    Interview {
        contact: usize,
        minutes: u32,
        step: Characteristic,
        status: InterviewStatus,
    },
    /// An answer in the most recent interview.
    Answer { step: Characteristic, text: String },
    /// The time the most recent interview took.
    InterviewTime { minutes: u32 },
    /// An expectation (client and contact ids filled in when written).
    Expectation {
        contact: Option<usize>,
        expectation: Box<Expectation>,
    },
}

pub struct Timed {
    pub at: DateTime<Utc>,
    pub by: &'static str,
    pub item: Item,
}

/// Everything one client gets, in the order to write it.
pub struct ClientRecords {
    pub created: DateTime<Utc>,
    pub owner: &'static str,
    pub items: Vec<Timed>,
}

fn moment(today: NaiveDate, days_ago: i64, minutes: i64) -> DateTime<Utc> {
    (today - Duration::days(days_ago))
        .and_time(NaiveTime::MIN)
        .and_utc()
        + Duration::minutes(minutes)
}

/// Answer counts per interview: five to nine answers each, the last one what is left.
fn interview_sizes(rng: &mut Rng, answers: u64) -> Vec<u64> {
    let mut left = answers;
    let mut sizes = Vec::new();
    while left > 0 {
        let n = (rng.range(5, 9) as u64).min(left);
        sizes.push(n);
        left -= n;
    }
    sizes
}

/// The steps of an interview's answers, in order: every step when there are seven or more
/// answers (some steps twice), otherwise the first ones (left in progress) or a selection.
fn steps(rng: &mut Rng, n: u64) -> (Vec<Characteristic>, InterviewStatus) {
    let mut numbers: Vec<u8> = if n >= 7 {
        let extra = (0..n - 7).map(|_| rng.range(1, 7) as u8);
        (1..=7).chain(extra).collect()
    } else if rng.chance(30) {
        let numbers = (1..=n as u8).collect();
        let steps = to_steps(numbers);
        return (steps, InterviewStatus::InProgress);
    } else {
        let mut all: Vec<u8> = (1..=7).collect();
        while all.len() as u64 > n {
            all.remove(rng.below(all.len() as u64) as usize);
        }
        all
    };
    numbers.sort_unstable();
    (to_steps(numbers), InterviewStatus::Completed)
}

fn to_steps(numbers: Vec<u8>) -> Vec<Characteristic> {
    numbers
        .into_iter()
        .filter_map(Characteristic::from_number)
        .collect()
}

fn colleague(rng: &mut Rng, owner: &'static str) -> &'static str {
    if rng.chance(70) {
        owner
    } else {
        rng.word(COLLEAGUES)
    }
}

const NATURES: &[(Nature, u32)] = &[(Nature::Rational, 60), (Nature::Emotional, 40)];
const SOURCES: &[(Source, u32)] = &[
    (Source::Promise, 30),
    (Source::EarlierExperience, 25),
    (Source::WordOfMouth, 15),
    (Source::PersonalNeed, 25),
    (Source::Other, 5),
];
const LEVELS: &[(Level, u32)] = &[
    (Level::Basic, 40),
    (Level::Performance, 40),
    (Level::Delighter, 20),
];
const STATUSES: &[(Status, u32)] = &[
    (Status::Open, 35),
    (Status::InProgress, 25),
    (Status::Met, 20),
    (Status::Exceeded, 5),
    (Status::Missed, 8),
    (Status::Dropped, 7),
];

fn expectation(rng: &mut Rng, today: NaiveDate, person: &str) -> Expectation {
    let mut e = Expectation::new(ClientId(0), rng.word(TITLES));
    e.description = text::description(rng, person);
    e.nature = rng.weighted(NATURES).unwrap_or(Nature::Rational);
    e.source = rng.weighted(SOURCES).unwrap_or(Source::Other);
    e.level = rng.weighted(LEVELS).unwrap_or(Level::Performance);
    e.status = rng.weighted(STATUSES).unwrap_or(Status::Open);
    let [metric, baseline, target, unit] = rng.pick(MEASURES).copied().unwrap_or_default();
    e.measure = Measure {
        metric: metric.to_string(),
        baseline: baseline.to_string(),
        target: target.to_string(),
        unit: unit.to_string(),
        ..Measure::default()
    };
    e.deadline = Some(today + Duration::days(rng.range(-120, 240)));
    e.expected_grade = Some(rng.range(6, 9) as u8);
    if rng.chance(40) {
        e.tags = vec![rng.word(TAGS).to_string()];
    }
    e
}

/// The records of one client. Its own generator, seeded by its position, so that a client's
/// records do not depend on how the work is cut into transactions.
pub fn records(plan: &ClientPlan, seed: u64, today: NaiveDate) -> ClientRecords {
    let mut rng = Rng::new(seed);
    let owner = rng.word(COLLEAGUES);
    let since = rng.range(90, 1_500);
    let created = moment(today, since, 8 * 60 + rng.range(0, 8 * 60));
    let mut items = Vec::new();
    let mut names = Vec::new();
    for j in 0..plan.contacts {
        let name = person(&mut rng);
        let mut contact = Contact::new(ClientId(0), name.clone(), rng.word(ROLES));
        contact.reach = email(&name, &plan.name);
        names.push(name);
        let at = created + Duration::seconds(j as i64 + 1);
        items.push(Timed {
            at,
            by: owner,
            item: Item::Contact(contact),
        });
    }
    let after = created + Duration::hours(1);
    let day = |rng: &mut Rng| {
        moment(
            today,
            rng.range(1, since - 1),
            9 * 60 + rng.range(0, 7 * 60),
        )
        .max(after)
    };
    for n in interview_sizes(&mut rng, plan.answers) {
        let contact = rng.below(plan.contacts) as usize;
        let first_name = names
            .get(contact)
            .and_then(|n| n.split(' ').next())
            .unwrap_or("");
        let start = day(&mut rng);
        let by = colleague(&mut rng, owner);
        let (steps, status) = steps(&mut rng, n);
        let per_answer = rng.range(3, 8);
        let minutes = (per_answer * (n as i64 + 1)) as u32;
        let step = steps
            .last()
            .copied()
            .unwrap_or(Characteristic::AlwaysPresent);
        items.push(Timed {
            at: start,
            by,
            item: Item::Interview {
                contact,
                minutes,
                step,
                status,
            },
        });
        for (a, step) in steps.into_iter().enumerate() {
            let text = text::answer(&mut rng, step.number() as usize - 1, first_name);
            let at = start + Duration::minutes(per_answer * (a as i64 + 1));
            items.push(Timed {
                at,
                by,
                item: Item::Answer { step, text },
            });
        }
        let at = start + Duration::minutes(i64::from(minutes));
        items.push(Timed {
            at,
            by,
            item: Item::InterviewTime { minutes },
        });
    }
    for _ in 0..plan.expectations {
        let contact = (plan.contacts > 0).then(|| rng.below(plan.contacts) as usize);
        let first_name = contact
            .and_then(|c| names.get(c))
            .and_then(|n| n.split(' ').next())
            .unwrap_or("");
        let expectation = Box::new(expectation(&mut rng, today, first_name));
        let at = day(&mut rng);
        let by = colleague(&mut rng, owner);
        items.push(Timed {
            at,
            by,
            item: Item::Expectation {
                contact,
                expectation,
            },
        });
    }
    // Answers and logged time refer to the interview before them: they move with it.
    sort_keeping_interviews_whole(&mut items);
    ClientRecords {
        created,
        owner,
        items,
    }
}

/// Sorts by time, moving each interview with its answers and time as one block.
fn sort_keeping_interviews_whole(items: &mut Vec<Timed>) {
    let mut blocks: Vec<Vec<Timed>> = Vec::new();
    for timed in items.drain(..) {
        let joins = matches!(timed.item, Item::Answer { .. } | Item::InterviewTime { .. });
        match blocks.last_mut() {
            Some(block) if joins => block.push(timed),
            _ => blocks.push(vec![timed]),
        }
    }
    blocks.sort_by_key(|b| b.first().map(|t| t.at));
    items.extend(blocks.into_iter().flatten());
}
