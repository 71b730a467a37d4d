//! The gap and what it means: satisfaction is experience minus expectation. An expectation
//! that carries the grade the person expects (1–10) is judged against it; the gap is the grade
//! of the latest experience linked to it minus that expected grade.
//!
//! Negative weighs heavier: one bad experience is only undone by about twelve good ones after
//! it, so the relationship keeps a repair debt that old praise cannot pay off.

use serde::{Deserialize, Serialize};

use super::{Expectation, Experience};

/// What a gap means, in the words of the method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapMeaning {
    /// Below 0: the experience fell short of what was expected.
    Disappointed,
    /// Exactly 0: met, and so interchangeable with any competitor who also meets it.
    Met,
    /// +1 or +2: just above the bar, the sweet spot.
    JustAbove,
    /// +3 or more: the expectation was set too low, or more was invested than needed.
    TooFarAbove,
}

impl GapMeaning {
    pub fn of(gap: i8) -> GapMeaning {
        match gap {
            g if g < 0 => GapMeaning::Disappointed,
            0 => GapMeaning::Met,
            1 | 2 => GapMeaning::JustAbove,
            _ => GapMeaning::TooFarAbove,
        }
    }
}

/// The grade of the newest experience linked to `expectation`, with its gap when the
/// expectation carries an expected grade.
pub fn latest<'a>(
    expectation: &Expectation,
    experiences: &'a [Experience],
) -> Option<&'a Experience> {
    experiences
        .iter()
        .filter(|x| x.expectation_id == Some(expectation.id))
        .max_by_key(|x| (x.at, x.id))
}

/// Gap = grade of the latest linked experience − expected grade, when both exist.
pub fn gap(expectation: &Expectation, experiences: &[Experience]) -> Option<i8> {
    let expected = expectation.expected_grade?;
    let latest = latest(expectation, experiences)?;
    Some(latest.grade as i8 - expected as i8)
}

/// Whether an experience was positive. A complaint never is. Against an expectation with an
/// expected grade it follows from the gap (a 7 against an expected 9 disappoints); otherwise a
/// pass mark (6 or more) is positive.
pub fn is_positive(experience: &Experience, expected_grade: Option<u8>) -> bool {
    if experience.complaint {
        return false;
    }
    match expected_grade {
        Some(expected) => experience.grade >= expected,
        None => experience.grade >= 6,
    }
}

/// The expected grade an experience is judged against: that of the expectation it is linked to.
pub fn expected_for(experience: &Experience, expectations: &[Expectation]) -> Option<u8> {
    let id = experience.expectation_id?;
    expectations
        .iter()
        .find(|e| e.id == id)
        .and_then(|e| e.expected_grade)
}

/// The polarity of a client's experiences in time order, from the first negative one on
/// (`false` = negative): what the repair debt is computed from. Everything before the first
/// negative experience cannot repair anything, so it is left out.
pub fn polarity_since_first_negative(
    experiences: &[Experience],
    expectations: &[Expectation],
) -> Vec<bool> {
    let mut ordered: Vec<&Experience> = experiences.iter().collect();
    ordered.sort_by_key(|x| (x.at, x.id));
    ordered
        .into_iter()
        .map(|x| is_positive(x, expected_for(x, expectations)))
        .skip_while(|positive| *positive)
        .collect()
}

/// How many negative experiences are not yet undone, as a number of experiences (0.75: one
/// bad experience three quarters unrepaired). Each negative one adds `repair` to the debt;
/// each positive one after it pays off one; praise from before it pays nothing.
pub fn repair_debt(polarity: &[bool], repair: u32) -> f64 {
    let repair = repair.max(1);
    let mut debt: u64 = 0;
    for positive in polarity {
        if *positive {
            debt = debt.saturating_sub(1);
        } else {
            debt += u64::from(repair);
        }
    }
    debt as f64 / f64::from(repair)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ClientId, ExpectationId, ExperienceId};
    use chrono::{Duration, TimeZone, Utc};

    fn experience(id: u64, days: i64, grade: u8, complaint: bool) -> Experience {
        let at = Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap() + Duration::days(days);
        let mut x = Experience::new(ClientId(1), grade, "", at);
        x.id = ExperienceId(id);
        x.complaint = complaint;
        x
    }

    #[test]
    fn the_gap_is_said_in_words() {
        assert_eq!(GapMeaning::of(-2), GapMeaning::Disappointed);
        assert_eq!(GapMeaning::of(0), GapMeaning::Met);
        assert_eq!(GapMeaning::of(1), GapMeaning::JustAbove);
        assert_eq!(GapMeaning::of(2), GapMeaning::JustAbove);
        assert_eq!(GapMeaning::of(3), GapMeaning::TooFarAbove);
    }

    #[test]
    fn the_gap_uses_the_latest_linked_experience() {
        let mut e = Expectation::new(ClientId(1), "Snel antwoord");
        e.id = ExpectationId(4);
        let mut old = experience(1, 0, 4, false);
        let mut new = experience(2, 5, 9, false);
        let other = experience(3, 9, 2, false);
        old.expectation_id = Some(e.id);
        new.expectation_id = Some(e.id);
        let all = [old, new, other];
        assert_eq!(gap(&e, &all), None, "no expected grade: no gap");
        e.expected_grade = Some(8);
        assert_eq!(gap(&e, &all), Some(1));
    }

    #[test]
    fn positive_follows_from_the_gap_where_a_grade_was_expected() {
        let seven = experience(1, 0, 7, false);
        assert!(is_positive(&seven, None), "a pass mark");
        assert!(!is_positive(&seven, Some(9)), "7 against an expected 9");
        assert!(is_positive(&experience(2, 0, 5, false), Some(5)));
        assert!(
            !is_positive(&experience(3, 0, 9, true), None),
            "a complaint"
        );
    }

    #[test]
    fn a_negative_experience_needs_twelve_positive_ones_after_it() {
        let good = |id, days| experience(id, days, 8, false);
        let bad = experience(100, 50, 3, true);
        // Twenty good experiences before the complaint pay nothing.
        let mut all: Vec<Experience> = (0..20).map(|i| good(i, i as i64)).collect();
        all.push(bad);
        let polarity = polarity_since_first_negative(&all, &[]);
        assert_eq!(polarity, vec![false]);
        assert_eq!(repair_debt(&polarity, 12), 1.0);
        // Six after it: half repaired; twelve: undone.
        for i in 0..6 {
            all.push(good(200 + i, 60 + i as i64));
        }
        let half = repair_debt(&polarity_since_first_negative(&all, &[]), 12);
        assert!((half - 0.5).abs() < 1e-9, "{half}");
        for i in 0..6 {
            all.push(good(300 + i, 70 + i as i64));
        }
        assert_eq!(
            repair_debt(&polarity_since_first_negative(&all, &[]), 12),
            0.0
        );
        // Two bad experiences need twice as many.
        let twice = [false, false, true, true, true, true, true, true];
        assert!((repair_debt(&twice, 12) - 18.0 / 12.0).abs() < 1e-9);
    }
}
