//! Dates as people type them: `2027-03-31`, `31-3-2027` (also with `/` or `.`), relative to
//! today (`+3d`, `+2w`, `+3m`, `+1y`) or the end of a quarter (`q2`, `q2 2027`, `2027-q2`).

use chrono::{Datelike, Days, Months, NaiveDate};

/// Why a piece of text is not a date. The UI words each variant in the user's language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("no date given")]
    Empty,
    #[error("'{0}' is not a date")]
    Unrecognized(String),
    #[error("there is no month {0}")]
    NoSuchMonth(u32),
    #[error("there is no day {day} in month {month} of {year}")]
    NoSuchDay { year: i32, month: u32, day: u32 },
    #[error("there is no quarter {0}")]
    NoSuchQuarter(u32),
    #[error("that date is out of range")]
    OutOfRange,
}

/// Parses a date. `today` anchors the relative forms and quarters without a year: `q2` is the
/// end of this year's second quarter, or of next year's when this year's has already ended.
/// Months clamp to the month's end: 31 January `+1m` is the last day of February.
pub fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let lower = text.to_lowercase();
    let unrecognized = || DateError::Unrecognized(text.to_string());
    if let Some(rest) = lower.strip_prefix('+') {
        return relative(rest, today).ok_or_else(unrecognized)?;
    }
    if let Some(result) = quarter(&lower, today) {
        return result;
    }
    calendar(&lower).ok_or_else(unrecognized)?
}

/// `3d`, `2w`, `3m`, `1y` (or `1j`, Dutch *jaar*) after the `+`.
fn relative(rest: &str, today: NaiveDate) -> Option<Result<NaiveDate, DateError>> {
    let unit = rest.chars().last()?;
    let digits = &rest[..rest.len() - unit.len_utf8()];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let Ok(n) = digits.parse::<u32>() else {
        return Some(Err(DateError::OutOfRange));
    };
    let date = match unit {
        'd' => today.checked_add_days(Days::new(n.into())),
        'w' => today.checked_add_days(Days::new(u64::from(n) * 7)),
        'm' => today.checked_add_months(Months::new(n)),
        'y' | 'j' => n
            .checked_mul(12)
            .and_then(|months| today.checked_add_months(Months::new(months))),
        _ => return None,
    };
    Some(date.ok_or(DateError::OutOfRange))
}

/// `q2`, `Q2 2027`, `q2-2027`, `2027-q2`, `2027 Q2`; `k2` (Dutch *kwartaal*) too. `None` when
/// the text is not shaped like a quarter at all.
fn quarter(lower: &str, today: NaiveDate) -> Option<Result<NaiveDate, DateError>> {
    let parts: Vec<&str> = lower
        .split([' ', '-', '/', '.'])
        .filter(|p| !p.is_empty())
        .collect();
    let quarter_number = |part: &str| {
        let digits = part.strip_prefix('q').or_else(|| part.strip_prefix('k'))?;
        (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse::<u32>().unwrap_or(u32::MAX))
    };
    let (n, year) = match parts.as_slice() {
        [q] => (quarter_number(q)?, None),
        [q, y] if quarter_number(q).is_some() => (quarter_number(q)?, Some(four_digit_year(y)?)),
        [y, q] if quarter_number(q).is_some() => (quarter_number(q)?, Some(four_digit_year(y)?)),
        _ => return None,
    };
    if !(1..=4).contains(&n) {
        return Some(Err(DateError::NoSuchQuarter(n)));
    }
    let end = |year: i32| quarter_end(year, n).ok_or(DateError::OutOfRange);
    Some(match year {
        Some(year) => end(year),
        None => end(today.year()).and_then(|this_year| {
            if this_year >= today {
                Ok(this_year)
            } else {
                end(today.year() + 1)
            }
        }),
    })
}

/// The last day of quarter `n` (1–4) of `year`.
fn quarter_end(year: i32, n: u32) -> Option<NaiveDate> {
    let (month, day) = match n {
        1 => (3, 31),
        2 => (6, 30),
        3 => (9, 30),
        _ => (12, 31),
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

fn four_digit_year(text: &str) -> Option<i32> {
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `2027-03-31` (year first) or `31-3-2027` (day first), with one kind of separator: `-`,
/// `/` or `.`. The year always has four digits, so the order is never ambiguous.
fn calendar(lower: &str) -> Option<Result<NaiveDate, DateError>> {
    let sep = lower.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(sep, '-' | '/' | '.') {
        return None;
    }
    let parts: Vec<&str> = lower.split(sep).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let small = |t: &str| {
        ((1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<u32>().ok())
            .flatten()
    };
    let (year, month, day) = if let Some(year) = four_digit_year(a) {
        (year, small(b)?, small(c)?)
    } else {
        (four_digit_year(c)?, small(b)?, small(a)?)
    };
    if !(1..=12).contains(&month) {
        return Some(Err(DateError::NoSuchMonth(month)));
    }
    Some(NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NoSuchDay { year, month, day }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn today() -> NaiveDate {
        d(2026, 11, 2)
    }

    fn parse(text: &str) -> Result<NaiveDate, DateError> {
        parse_date(text, today())
    }

    #[test]
    fn calendar_dates_in_both_orders() {
        assert_eq!(parse("2027-03-31"), Ok(d(2027, 3, 31)));
        assert_eq!(parse("31-3-2027"), Ok(d(2027, 3, 31)));
        assert_eq!(parse("31-03-2027"), Ok(d(2027, 3, 31)));
        assert_eq!(parse("31/03/2027"), Ok(d(2027, 3, 31)));
        assert_eq!(parse("31.3.2027"), Ok(d(2027, 3, 31)));
        assert_eq!(parse("1-1-2027"), Ok(d(2027, 1, 1)));
        assert_eq!(parse("  2027-3-5 "), Ok(d(2027, 3, 5)));
        assert_eq!(parse("2027/03/31"), Ok(d(2027, 3, 31)));
    }

    #[test]
    fn impossible_days_and_months() {
        assert_eq!(
            parse("31-2-2027"),
            Err(DateError::NoSuchDay {
                year: 2027,
                month: 2,
                day: 31
            })
        );
        assert_eq!(
            parse("0-1-2027"),
            Err(DateError::NoSuchDay {
                year: 2027,
                month: 1,
                day: 0
            })
        );
        assert_eq!(parse("2027-13-01"), Err(DateError::NoSuchMonth(13)));
        assert_eq!(parse("1-0-2027"), Err(DateError::NoSuchMonth(0)));
        assert_eq!(parse("31-04-2027").map_err(|_| ()), Err(()));
    }

    #[test]
    fn leap_years() {
        assert_eq!(parse("29-2-2028"), Ok(d(2028, 2, 29)));
        assert_eq!(parse("2000-02-29"), Ok(d(2000, 2, 29)));
        assert!(matches!(
            parse("29-2-2027"),
            Err(DateError::NoSuchDay { .. })
        ));
        assert!(matches!(
            parse("1900-02-29"),
            Err(DateError::NoSuchDay { .. })
        ));
    }

    #[test]
    fn relative_to_today() {
        assert_eq!(parse("+3d"), Ok(d(2026, 11, 5)));
        assert_eq!(parse("+0d"), Ok(today()));
        assert_eq!(parse("+2w"), Ok(d(2026, 11, 16)));
        assert_eq!(parse("+3m"), Ok(d(2027, 2, 2)));
        assert_eq!(parse("+1y"), Ok(d(2027, 11, 2)));
        assert_eq!(parse("+1j"), Ok(d(2027, 11, 2)));
        assert_eq!(parse("+2W"), Ok(d(2026, 11, 16)));
        assert_eq!(parse("+60d"), Ok(d(2027, 1, 1)));
    }

    #[test]
    fn months_clamp_to_the_end_of_the_month() {
        let jan31 = d(2027, 1, 31);
        assert_eq!(parse_date("+1m", jan31), Ok(d(2027, 2, 28)));
        assert_eq!(parse_date("+1m", d(2028, 1, 31)), Ok(d(2028, 2, 29)));
        assert_eq!(parse_date("+1y", d(2028, 2, 29)), Ok(d(2029, 2, 28)));
        assert_eq!(parse_date("+3m", d(2027, 8, 31)), Ok(d(2027, 11, 30)));
    }

    #[test]
    fn quarters_of_this_or_next_year() {
        // Today is 2 November 2026: Q4 has not ended, Q1–Q3 have.
        assert_eq!(parse("q4"), Ok(d(2026, 12, 31)));
        assert_eq!(parse("Q4"), Ok(d(2026, 12, 31)));
        assert_eq!(parse("q1"), Ok(d(2027, 3, 31)));
        assert_eq!(parse("q2"), Ok(d(2027, 6, 30)));
        assert_eq!(parse("Q3"), Ok(d(2027, 9, 30)));
        assert_eq!(parse("k2"), Ok(d(2027, 6, 30)));
        // The last day of a quarter still belongs to it.
        assert_eq!(parse_date("q2", d(2027, 6, 30)), Ok(d(2027, 6, 30)));
        assert_eq!(parse_date("q2", d(2027, 7, 1)), Ok(d(2028, 6, 30)));
        assert_eq!(parse_date("q1", d(2028, 1, 1)), Ok(d(2028, 3, 31)));
    }

    #[test]
    fn quarters_with_a_year() {
        assert_eq!(parse("q2 2027"), Ok(d(2027, 6, 30)));
        assert_eq!(parse("Q2-2027"), Ok(d(2027, 6, 30)));
        assert_eq!(parse("2027-q2"), Ok(d(2027, 6, 30)));
        assert_eq!(parse("2027 Q1"), Ok(d(2027, 3, 31)));
        assert_eq!(parse("2025-q3"), Ok(d(2025, 9, 30)));
        assert_eq!(parse("q4  2030"), Ok(d(2030, 12, 31)));
    }

    #[test]
    fn impossible_quarters() {
        assert_eq!(parse("q5"), Err(DateError::NoSuchQuarter(5)));
        assert_eq!(parse("q0 2027"), Err(DateError::NoSuchQuarter(0)));
        assert_eq!(parse("2027-q9"), Err(DateError::NoSuchQuarter(9)));
    }

    #[test]
    fn empty_is_an_error() {
        assert_eq!(parse(""), Err(DateError::Empty));
        assert_eq!(parse("   \t"), Err(DateError::Empty));
    }

    #[test]
    fn garbage_is_unrecognized() {
        for text in [
            "morgen",
            "q",
            "qq2",
            "+",
            "+d",
            "+3",
            "+3x",
            "+-3d",
            "3d",
            "31-3-27",
            "31-3",
            "2027",
            "2027-03-31-01",
            "31-3/2027",
            "31 3 2027",
            "31--3-2027",
            "2027-003-01",
            "q2 27",
            "q2 2027 q3",
            "€ 12",
            "１-１-２０２７",
        ] {
            assert_eq!(
                parse(text),
                Err(DateError::Unrecognized(text.trim().to_string())),
                "{text:?}"
            );
        }
    }

    #[test]
    fn far_away_is_out_of_range() {
        assert_eq!(parse("+99999999999d"), Err(DateError::OutOfRange));
        assert_eq!(parse("+4000000000m"), Err(DateError::OutOfRange));
        assert_eq!(parse("+400000000y"), Err(DateError::OutOfRange));
    }
}
