//! Which client needs attention first: a transparent score, like taskwarrior's urgency, shaped
//! as **value × urgency** so that the same problem weighs more at a client that brings 30% of
//! revenue than at one that brings 0.1%.
//!
//! - *Value* is the client's revenue share measured in average clients: a client bringing
//!   twice the revenue of an average client has value 2. Never below `value_floor`.
//! - *Urgency* is a sum of terms, each a measured value times a weight. Every expectation that
//!   still weighs counts once, by its worst state (an open complaint pointing at it, missed,
//!   disappointing, overdue, due soon, open), times its value level (basic weighs most). Then
//!   the bad experiences not yet undone by about twelve good ones after them, the days since
//!   the last contact, and the time balance: time share below revenue share raises urgency,
//!   far above it lowers it; while no time is logged it says nothing.
//!
//! Weights come from the config file (`[priority]`); the defaults are built in.

mod review;
pub use review::Review;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::digest::LiveItem;
use super::gap::repair_debt;
use super::{ClientDigest, Level};

/// The weight of each factor. Every field has a default, so a config file names only the
/// weights it changes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    /// The least value a client has, in average clients: a client with little or no revenue
    /// on record still shows its problems, far below those of the clients that bring revenue.
    pub value_floor: f64,
    /// How much one expectation weighs, by its value level.
    pub basic: f64,
    pub performance: f64,
    pub delighter: f64,
    /// Points for an expectation by its worst state; each expectation counts once.
    pub open: f64,
    pub due_soon: f64,
    /// How many days ahead a deadline counts as soon.
    pub due_soon_days: i64,
    pub overdue: f64,
    /// The latest experience fell below the expected grade.
    pub negative_gap: f64,
    /// Missed, and not yet recovered (met after all, reopened or dropped).
    pub missed: f64,
    /// An open complaint points at it.
    pub complaint: f64,
    /// Points per bad experience not yet undone by good ones after it.
    pub negative_experience: f64,
    /// How many good experiences after a bad one undo it.
    pub repair_positives: u32,
    /// Points per day since the last contact, counted up to `contact_days_cap` days.
    pub days_since_contact: f64,
    pub contact_days_cap: i64,
    /// Points for the part of its fair share of time (its revenue share) a client did not get:
    /// the full weight when it got none, nothing at its fair share.
    pub time_short: f64,
    /// Points (negative) per multiple of its revenue share beyond `over_service_ratio` that a
    /// client got in time, counted up to `over_service_cap` multiples.
    pub time_over: f64,
    pub over_service_ratio: f64,
    pub over_service_cap: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            value_floor: 0.05,
            basic: 1.5,
            performance: 1.0,
            delighter: 0.5,
            open: 1.0,
            due_soon: 2.0,
            due_soon_days: 14,
            overdue: 4.0,
            negative_gap: 5.0,
            missed: 6.0,
            complaint: 8.0,
            negative_experience: 3.0,
            repair_positives: 12,
            days_since_contact: 0.02,
            contact_days_cap: 180,
            time_short: 3.0,
            time_over: -0.5,
            over_service_ratio: 2.0,
            over_service_cap: 10.0,
        }
    }
}

impl Weights {
    fn level(&self, level: Level) -> f64 {
        match level {
            Level::Basic => self.basic,
            Level::Performance => self.performance,
            Level::Delighter => self.delighter,
        }
    }
}

/// The terms of urgency, in the order the breakdown lists them. The first six are the states
/// an expectation can be in, worst first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    Complaint,
    Missed,
    NegativeGap,
    Overdue,
    DueSoon,
    Open,
    NegativeExperiences,
    DaysSinceContact,
    TimeShort,
    TimeOver,
}

impl Factor {
    /// The states of an expectation, worst first.
    pub const STATES: [Factor; 6] = [
        Factor::Complaint,
        Factor::Missed,
        Factor::NegativeGap,
        Factor::Overdue,
        Factor::DueSoon,
        Factor::Open,
    ];
}

/// How many expectations of each value level a state term counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Levels {
    pub basic: u32,
    pub performance: u32,
    pub delighter: u32,
}

impl Levels {
    fn add(&mut self, level: Level) {
        match level {
            Level::Basic => self.basic += 1,
            Level::Performance => self.performance += 1,
            Level::Delighter => self.delighter += 1,
        }
    }
}

/// One term of urgency: `value × weight = points`. For a state, `value` is the number of
/// expectations in it, each counted by its level's weight (a basic counts 1.5).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Term {
    pub factor: Factor,
    pub value: f64,
    pub weight: f64,
    pub points: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub levels: Option<Levels>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Breakdown {
    /// The client's share of revenue, 0.0–1.0.
    pub revenue_share: f64,
    /// The share of an average client, 0.0–1.0 (one divided by the number of clients).
    pub average_share: f64,
    /// Revenue share in average clients, at least the floor.
    pub value: f64,
    /// The terms that contribute (value not zero).
    pub terms: Vec<Term>,
    /// The sum of the terms, never below zero.
    pub urgency: f64,
    /// value × urgency.
    pub total: f64,
}

/// What the score is computed from besides the digest.
#[derive(Clone, Copy, Debug)]
pub struct Standing {
    /// Share of total revenue, 0.0–1.0.
    pub revenue_share: f64,
    /// How many clients share the revenue.
    pub clients: usize,
    /// Share of all time spent on clients in the time window, 0.0–1.0; `None` while no time
    /// was logged on any client in it.
    pub time_share: Option<f64>,
}

/// How the time a client got compares with its revenue share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeMark {
    /// Less time than its share of revenue.
    Under,
    /// More than `over_service_ratio` times its share of revenue.
    Over,
}

/// Time share divided by revenue share: 1 is a fair share. `None` while no time is logged.
pub fn time_ratio(s: Standing) -> Option<f64> {
    let time = s.time_share?;
    Some(if s.revenue_share > 0.0 {
        time / s.revenue_share
    } else if time > 0.0 {
        f64::INFINITY
    } else {
        1.0
    })
}

pub fn time_mark(s: Standing, w: &Weights) -> Option<TimeMark> {
    let ratio = time_ratio(s)?;
    if ratio < 1.0 {
        Some(TimeMark::Under)
    } else if ratio > w.over_service_ratio {
        Some(TimeMark::Over)
    } else {
        None
    }
}

/// The worst state of one expectation today, with its points before the level weight.
pub fn worst_state(item: &LiveItem, today: NaiveDate, w: &Weights) -> Option<(Factor, f64)> {
    worst_at(item, today, w).map(|(at, points)| (Factor::STATES[at], points))
}

/// Like [`worst_state`], the state as its place in [`Factor::STATES`]. Written out flat,
/// since every expectation that weighs is scored at start.
fn worst_at(item: &LiveItem, today: NaiveDate, w: &Weights) -> Option<(usize, f64)> {
    let open = item.is_open();
    let overdue = open && item.deadline.is_some_and(|d| d < today);
    let soon = open
        && item
            .deadline
            .is_some_and(|d| d >= today && (d - today).num_days() <= w.due_soon_days);
    // In the order of `Factor::STATES`.
    let applies = [
        item.complaint,
        item.status == super::Status::Missed,
        item.gap.is_some_and(|g| g < 0),
        overdue,
        soon,
        open,
    ];
    let weights = [
        w.complaint,
        w.missed,
        w.negative_gap,
        w.overdue,
        w.due_soon,
        w.open,
    ];
    // The heaviest state that applies; of equal weights the one listed first (the worse).
    let mut best: Option<(usize, f64)> = None;
    for (at, (applies, points)) in applies.into_iter().zip(weights).enumerate() {
        if applies && best.is_none_or(|(_, most)| most < points) {
            best = Some((at, points));
        }
    }
    best
}

/// Where the terms of a score go: into a breakdown, or only into the sum of their points.
trait Terms {
    fn add(&mut self, term: Term);
}

impl Terms for Vec<Term> {
    fn add(&mut self, term: Term) {
        self.push(term);
    }
}

/// The points of the terms added up in order, exactly as [`totals`] sums a breakdown's.
struct Sum(f64);

impl Sum {
    fn new() -> Sum {
        // The neutral element of `f64`'s `Sum`, whichever it is, so the result stays equal to
        // the breakdown's `iter().sum()` bit for bit (a zero's sign shows in `total_cmp`).
        Sum(std::iter::empty::<f64>().sum())
    }
}

impl Terms for Sum {
    fn add(&mut self, term: Term) {
        self.0 += term.points;
    }
}

/// The priority of one client as the list keeps it: the figures of its [`Breakdown`] without
/// the terms, which [`score`] gives when one client's breakdown is shown. Every client is
/// scored at start, so this one allocates nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Priority {
    pub revenue_share: f64,
    pub average_share: f64,
    pub value: f64,
    pub urgency: f64,
    pub total: f64,
    /// The points of the terms before the time balance's, summed: what [`retime_priority`]
    /// adds the new time terms to.
    untimed: f64,
}

impl Priority {
    fn new(untimed: f64, sum: f64, s: Standing, w: &Weights) -> Priority {
        let (average_share, value) = value(s, w);
        let urgency = sum.max(0.0);
        Priority {
            revenue_share: s.revenue_share,
            average_share,
            value,
            urgency,
            total: value * urgency,
            untimed,
        }
    }

    /// The figures of a breakdown (the eager score), for holding one against the other.
    pub fn of(b: &Breakdown, s: Standing, w: &Weights) -> Priority {
        let mut untimed = Sum::new();
        let mut sum = Sum::new();
        for t in &b.terms {
            if !matches!(t.factor, Factor::TimeShort | Factor::TimeOver) {
                untimed.add(t.clone());
            }
            sum.add(t.clone());
        }
        Priority::new(untimed.0, sum.0, s, w)
    }
}

/// The priority of one client today.
pub fn score(d: &ClientDigest, s: Standing, today: NaiveDate, w: &Weights) -> Breakdown {
    let mut terms: Vec<Term> = Vec::new();
    untimed_terms(&mut terms, d, today, w);
    time_terms(&mut terms, s, w);
    totals(terms, s, w)
}

/// Like [`score`], without the terms: what ranking every client needs.
pub fn priority(d: &ClientDigest, s: Standing, today: NaiveDate, w: &Weights) -> Priority {
    let mut sum = Sum::new();
    untimed_terms(&mut sum, d, today, w);
    let untimed = sum.0;
    time_terms(&mut sum, s, w);
    Priority::new(untimed, sum.0, s, w)
}

/// The terms of [`score`] before the time balance's, in the breakdown's order.
fn untimed_terms(terms: &mut impl Terms, d: &ClientDigest, today: NaiveDate, w: &Weights) {
    // Per state of `Factor::STATES` (in place, not allocated: every client is scored at
    // start), its summed value, weight and levels once an expectation is in it.
    let mut states: [Option<(f64, f64, Levels)>; Factor::STATES.len()] = Default::default();
    for item in &d.live {
        let Some((i, weight)) = worst_at(item, today, w) else {
            continue;
        };
        let state = states[i].get_or_insert((0.0, weight, Levels::default()));
        state.0 += w.level(item.level);
        state.2.add(item.level);
    }
    for (factor, state) in Factor::STATES.into_iter().zip(states) {
        if let Some((value, weight, levels)) = state {
            push(terms, factor, value, weight, Some(levels));
        }
    }
    let debt = repair_debt(&d.since_negative, w.repair_positives);
    push(
        terms,
        Factor::NegativeExperiences,
        debt,
        w.negative_experience,
        None,
    );
    let days = d
        .days_since_contact(today)
        .map_or(w.contact_days_cap, |days| days.min(w.contact_days_cap)) as f64;
    push(
        terms,
        Factor::DaysSinceContact,
        days,
        w.days_since_contact,
        None,
    );
}

/// `b` (a score of this client) with its time terms computed again for standing `s`, the
/// rest as it was: exactly what [`score`] gives when only the time spent on all clients
/// changed, without going through the client's expectations again.
pub fn retime(b: Breakdown, s: Standing, w: &Weights) -> Breakdown {
    let mut terms = b.terms;
    terms.retain(|t| !matches!(t.factor, Factor::TimeShort | Factor::TimeOver));
    time_terms(&mut terms, s, w);
    totals(terms, s, w)
}

/// Like [`retime`], for the priority without terms: exactly what [`priority`] gives.
pub fn retime_priority(p: Priority, s: Standing, w: &Weights) -> Priority {
    let mut sum = Sum(p.untimed);
    time_terms(&mut sum, s, w);
    Priority::new(p.untimed, sum.0, s, w)
}

/// The time balance's terms, always the last ones.
fn time_terms(terms: &mut impl Terms, s: Standing, w: &Weights) {
    if let Some(ratio) = time_ratio(s) {
        if ratio < 1.0 {
            push(terms, Factor::TimeShort, 1.0 - ratio, w.time_short, None);
        } else if ratio > w.over_service_ratio {
            let over = (ratio - w.over_service_ratio).min(w.over_service_cap);
            push(terms, Factor::TimeOver, over, w.time_over, None);
        }
    }
}

/// The share of an average client, and the client's value in average clients.
fn value(s: Standing, w: &Weights) -> (f64, f64) {
    let average_share = if s.clients > 0 {
        1.0 / s.clients as f64
    } else {
        1.0
    };
    (
        average_share,
        (s.revenue_share / average_share).max(w.value_floor),
    )
}

fn totals(terms: Vec<Term>, s: Standing, w: &Weights) -> Breakdown {
    let urgency = terms.iter().map(|t| t.points).sum::<f64>().max(0.0);
    let (average_share, value) = value(s, w);
    Breakdown {
        revenue_share: s.revenue_share,
        average_share,
        value,
        terms,
        urgency,
        total: value * urgency,
    }
}

fn push(terms: &mut impl Terms, factor: Factor, value: f64, weight: f64, levels: Option<Levels>) {
    if value != 0.0 && weight != 0.0 {
        terms.add(Term {
            factor,
            value,
            weight,
            points: value * weight,
            levels,
        });
    }
}

#[cfg(test)]
mod tests;
