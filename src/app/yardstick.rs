//! The yardstick and the gap in words, for every place that shows them: the expectation
//! screen, the briefing (and `verwacht brief`) and the progress report.

use crate::domain::gap::GapMeaning;
use crate::domain::{Expectation, Experience, Measure};
use crate::i18n::{Lang, Localized, YardstickText as T};

/// How far along the way to the target, in words: "60% op weg naar het doel", "doel gehaald",
/// "de verkeerde kant op".
pub fn progress_text(progress: f64, lang: Lang) -> String {
    if progress >= 1.0 {
        T::Reached.get(lang).to_string()
    } else if progress < 0.0 {
        T::WrongWay.get(lang).to_string()
    } else {
        // Rounded down, so that 99.6% never reads as the target reached.
        let percent = format!("{}%", (progress * 100.0).floor() as i64);
        T::Progress.fill(lang, &[&percent])
    }
}

/// `metric: 5 → 3 → 2 % (doel 0) · 60% op weg naar het doel`, leaving out what is not filled
/// in; `None` for an empty measure. `escape` makes database text safe for where it goes.
pub fn measure_line(m: &Measure, lang: Lang, escape: &dyn Fn(&str) -> String) -> Option<String> {
    if m.is_empty() {
        return None;
    }
    let mut values: Vec<String> = m.trend().iter().map(|v| escape(v)).collect();
    if !m.current.trim().is_empty()
        && let Some(last) = values.last_mut()
    {
        *last = T::Now.fill(lang, &[&last]);
    }
    let unit = m.unit.trim();
    if !unit.is_empty()
        && let Some(last) = values.last_mut()
    {
        last.push(' ');
        last.push_str(&escape(unit));
    }
    let mut text = escape(m.metric.trim());
    if !values.is_empty() {
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&values.join(" → "));
    }
    let target = m.target.trim();
    if !target.is_empty() {
        let target = if unit.is_empty() || !values.is_empty() {
            escape(target)
        } else {
            format!("{} {}", escape(target), escape(unit))
        };
        let part = T::Target.fill(lang, &[&target]);
        if text.is_empty() {
            text = part;
        } else {
            text.push_str(&format!(" ({part})"));
        }
    }
    if let Some(p) = m.progress() {
        text.push_str(" · ");
        text.push_str(&progress_text(p, lang));
    }
    Some(text)
}

pub fn meaning(m: GapMeaning, lang: Lang) -> &'static str {
    match m {
        GapMeaning::Disappointed => T::Disappointed,
        GapMeaning::Met => T::Met,
        GapMeaning::JustAbove => T::JustAbove,
        GapMeaning::TooFarAbove => T::TooFarAbove,
    }
    .get(lang)
}

/// A gap with its sign: `+1`, `0`, `-2`.
pub fn signed(gap: i8) -> String {
    if gap > 0 {
        format!("+{gap}")
    } else {
        gap.to_string()
    }
}

/// "cijfer 7 tegen verwacht 8: verschil -1, teleurgesteld", or why there is no gap yet.
pub fn gap_line(e: &Expectation, experiences: &[Experience], lang: Lang) -> String {
    let latest = crate::domain::gap::latest(e, experiences);
    match (e.expected_grade, latest) {
        (Some(expected), Some(x)) => {
            let gap = x.grade as i8 - expected as i8;
            T::GapOf.fill(
                lang,
                &[
                    &x.grade,
                    &expected,
                    &signed(gap),
                    &meaning(GapMeaning::of(gap), lang),
                ],
            )
        }
        (None, _) => T::NoExpectedGrade.get(lang).to_string(),
        (Some(_), None) => T::NoExperience.get(lang).to_string(),
    }
}

/// How many good experiences are still needed to undo the bad ones, as a sentence; `None`
/// when nothing is left to make good.
pub fn repair_line(polarity: &[bool], repair: u32, lang: Lang) -> Option<String> {
    let debt = crate::domain::gap::repair_debt(polarity, repair);
    let needed = (debt * f64::from(repair.max(1))).round() as u64;
    match needed {
        0 => None,
        1 => Some(T::RepairOne.get(lang).to_string()),
        n => Some(T::RepairMany.fill(lang, &[&n])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn plain(s: &str) -> String {
        s.to_string()
    }

    #[test]
    fn a_measure_reads_as_a_trend_toward_its_target() {
        let mut m = Measure {
            metric: "foutpercentage".into(),
            baseline: "5".into(),
            target: "0".into(),
            unit: "%".into(),
            ..Measure::default()
        };
        assert_eq!(
            measure_line(&m, Lang::En, &plain).unwrap(),
            "foutpercentage: 5 % (target 0)"
        );
        let day = |d| NaiveDate::from_ymd_opt(2026, 10, d).unwrap();
        m.record("3", day(1));
        m.record("2", day(20));
        assert_eq!(
            measure_line(&m, Lang::En, &plain).unwrap(),
            "foutpercentage: 5 → 3 → now 2 % (target 0) · 60% of the way"
        );
        assert_eq!(
            measure_line(&m, Lang::Nl, &plain).unwrap(),
            "foutpercentage: 5 → 3 → nu 2 % (doel 0) · 60% op weg naar het doel"
        );
        m.record("0", day(25));
        assert!(
            measure_line(&m, Lang::En, &plain)
                .unwrap()
                .ends_with("target reached")
        );
        assert_eq!(measure_line(&Measure::default(), Lang::En, &plain), None);
    }

    #[test]
    fn repair_is_counted_in_good_experiences() {
        assert_eq!(repair_line(&[true], 12, Lang::En), None);
        assert_eq!(
            repair_line(&[false, true, true], 12, Lang::En).unwrap(),
            "Not yet made good: 10 more good experiences are needed after the bad ones"
        );
    }
}
