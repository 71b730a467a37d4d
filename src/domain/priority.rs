//! Which client needs attention first: a transparent score, like taskwarrior's urgency. The
//! score is a sum of terms, one per factor, each a measured value times a weight; the
//! breakdown shows every term, so a user can see why a client is on top.
//!
//! Weights come from the config file (`[priority]`); the defaults are built in.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AbcClass, ClientDigest, Level};

/// The weight of each factor. Every field has a default, so a config file names only the
/// weights it changes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    /// Points for being in class A, B or C.
    pub class_a: f64,
    pub class_b: f64,
    pub class_c: f64,
    /// Points per open expectation, by value level: a missed basic hurts most.
    pub open_basic: f64,
    pub open_performance: f64,
    pub open_delighter: f64,
    /// Points per open expectation past its deadline.
    pub overdue: f64,
    /// Points per open expectation due within `due_soon_days`.
    pub due_soon: f64,
    pub due_soon_days: i64,
    /// Points per grade point that experiences fall short of what was expected.
    pub negative_gap: f64,
    /// Points per open complaint: about twelve times a positive experience.
    pub open_complaint: f64,
    /// Points per positive experience (negative: good news lowers the urgency).
    pub positive_experience: f64,
    /// Points per day since the last contact, counted up to `contact_days_cap` days.
    pub days_since_contact: f64,
    pub contact_days_cap: i64,
    /// Points per percentage point that the share of time spent (last 90 days) is below
    /// the share of revenue.
    pub time_shortfall: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            class_a: 6.0,
            class_b: 3.0,
            class_c: 0.0,
            open_basic: 1.5,
            open_performance: 1.0,
            open_delighter: 0.5,
            overdue: 4.0,
            due_soon: 2.0,
            due_soon_days: 14,
            negative_gap: 1.5,
            open_complaint: 6.0,
            positive_experience: -0.5,
            days_since_contact: 0.02,
            contact_days_cap: 180,
            time_shortfall: 0.2,
        }
    }
}

/// The factors of the score, in the order the breakdown lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    Class,
    OpenBasic,
    OpenPerformance,
    OpenDelighter,
    Overdue,
    DueSoon,
    NegativeGap,
    OpenComplaints,
    PositiveExperiences,
    DaysSinceContact,
    TimeShortfall,
}

/// One term of the score: `value × weight = points`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Term {
    pub factor: Factor,
    pub value: f64,
    pub weight: f64,
    pub points: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Breakdown {
    /// The terms that contribute (value not zero).
    pub terms: Vec<Term>,
    pub total: f64,
}

/// What the score is computed from besides the digest.
#[derive(Clone, Copy, Debug)]
pub struct Standing {
    pub class: AbcClass,
    /// Share of total revenue, 0.0–1.0.
    pub revenue_share: f64,
    /// Share of all time spent on clients in the last 90 days, 0.0–1.0.
    pub time_share: f64,
}

/// The priority of one client today.
pub fn score(d: &ClientDigest, s: Standing, today: NaiveDate, w: &Weights) -> Breakdown {
    let count = |level: Level| d.open.iter().filter(|o| o.level == level).count() as f64;
    let due_soon = d
        .open
        .iter()
        .filter(|o| {
            o.deadline
                .is_some_and(|dl| dl >= today && (dl - today).num_days() <= w.due_soon_days)
        })
        .count() as f64;
    let shortfall: f64 = d
        .open
        .iter()
        .filter_map(|o| o.gap)
        .filter(|g| *g < 0)
        .map(|g| f64::from(-g))
        .sum();
    let (class_value, class_weight) = match s.class {
        AbcClass::A => (1.0, w.class_a),
        AbcClass::B => (1.0, w.class_b),
        AbcClass::C => (1.0, w.class_c),
    };
    let days = d
        .days_since_contact(today)
        .map_or(w.contact_days_cap, |days| days.min(w.contact_days_cap)) as f64;
    let time_gap = ((s.revenue_share - s.time_share) * 100.0).max(0.0);
    let raw = [
        (Factor::Class, class_value, class_weight),
        (Factor::OpenBasic, count(Level::Basic), w.open_basic),
        (
            Factor::OpenPerformance,
            count(Level::Performance),
            w.open_performance,
        ),
        (
            Factor::OpenDelighter,
            count(Level::Delighter),
            w.open_delighter,
        ),
        (Factor::Overdue, d.overdue(today) as f64, w.overdue),
        (Factor::DueSoon, due_soon, w.due_soon),
        (Factor::NegativeGap, shortfall, w.negative_gap),
        (
            Factor::OpenComplaints,
            f64::from(d.open_complaints),
            w.open_complaint,
        ),
        (
            Factor::PositiveExperiences,
            f64::from(d.positive_experiences),
            w.positive_experience,
        ),
        (Factor::DaysSinceContact, days, w.days_since_contact),
        (Factor::TimeShortfall, time_gap, w.time_shortfall),
    ];
    let terms: Vec<Term> = raw
        .into_iter()
        .filter(|(_, value, weight)| *value != 0.0 && *weight != 0.0)
        .map(|(factor, value, weight)| Term {
            factor,
            value,
            weight,
            points: value * weight,
        })
        .collect();
    let total = terms.iter().map(|t| t.points).sum();
    Breakdown { terms, total }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ClientId, OpenItem};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn item(level: Level, deadline: Option<NaiveDate>, gap: Option<i8>) -> OpenItem {
        OpenItem {
            level,
            deadline,
            created: today(),
            gap,
        }
    }

    fn standing(class: AbcClass) -> Standing {
        Standing {
            class,
            revenue_share: 0.30,
            time_share: 0.10,
        }
    }

    #[test]
    fn the_breakdown_adds_up_to_the_score() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d);
        let digest = ClientDigest {
            client_id: ClientId(1),
            open: vec![
                item(Level::Basic, day(1), Some(-3)),
                item(Level::Performance, day(30), None),
                item(Level::Delighter, None, Some(1)),
            ],
            open_complaints: 1,
            positive_experiences: 2,
            ..ClientDigest::default()
        };
        let b = score(&digest, standing(AbcClass::A), today(), &Weights::default());
        let sum: f64 = b.terms.iter().map(|t| t.points).sum();
        assert!((b.total - sum).abs() < 1e-9);
        let points = |f| b.terms.iter().find(|t| t.factor == f).map(|t| t.points);
        assert_eq!(points(Factor::Class), Some(6.0));
        assert_eq!(points(Factor::Overdue), Some(4.0));
        assert_eq!(
            points(Factor::DueSoon),
            Some(2.0),
            "the 30th is within 14 days"
        );
        assert_eq!(points(Factor::NegativeGap), Some(4.5), "3 points short");
        assert_eq!(points(Factor::OpenComplaints), Some(6.0));
        assert_eq!(points(Factor::PositiveExperiences), Some(-1.0));
        let days = points(Factor::DaysSinceContact).unwrap();
        assert!((days - 3.6).abs() < 1e-9, "never: the cap, 180 days × 0.02");
        let shortfall = points(Factor::TimeShortfall).unwrap();
        assert!((shortfall - 4.0).abs() < 1e-9, "20 points below × 0.2");
    }

    #[test]
    fn a_complaint_weighs_twelve_positive_experiences() {
        let w = Weights::default();
        assert_eq!(w.open_complaint, -12.0 * w.positive_experience);
    }

    #[test]
    fn class_a_outranks_c_all_else_equal_and_weights_come_from_toml() {
        let d = ClientDigest::default();
        let a = score(&d, standing(AbcClass::A), today(), &Weights::default());
        let c = score(&d, standing(AbcClass::C), today(), &Weights::default());
        assert!(a.total > c.total);
        let w: Weights = toml::from_str("class_c = 10.0\noverdue = 1").unwrap();
        assert_eq!(w.class_c, 10.0);
        assert_eq!(w.open_basic, Weights::default().open_basic);
        assert!(
            toml::from_str::<Weights>("clas_a = 1.0").is_err(),
            "typos are reported"
        );
    }
}
