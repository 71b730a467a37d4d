//! Amounts, percentages and dates written the way each language writes them.

use chrono::NaiveDate;

use super::Lang;
use crate::domain::Cents;

/// Groups the digits of a whole number with `sep` every three digits.
fn group(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A count with grouped thousands: `10.000` in Dutch, `10,000` in English.
pub fn fmt_count(n: u64, lang: Lang) -> String {
    match lang {
        Lang::Nl => group(n, '.'),
        Lang::En => group(n, ','),
    }
}

/// Whole euros: `€ 1.234.567` in Dutch, `€1,234,567` in English.
pub fn fmt_money(amount: Cents, lang: Lang) -> String {
    let euros = amount.euros_rounded();
    let sign = if euros < 0 { "-" } else { "" };
    let abs = euros.unsigned_abs();
    match lang {
        Lang::Nl => format!("{sign}€ {}", group(abs, '.')),
        Lang::En => format!("{sign}€{}", group(abs, ',')),
    }
}

/// A share (0.0–1.0) as a percentage with one decimal: `12,5%` or `12.5%`.
pub fn fmt_percent(share: f64, lang: Lang) -> String {
    let text = format!("{:.1}%", share * 100.0);
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A number with `decimals` decimals, with a decimal comma in Dutch: `12,5` or `12.5`.
pub fn fmt_decimal(value: f64, decimals: usize, lang: Lang) -> String {
    let text = format!("{value:.decimals$}");
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

/// `31-03-2027` in Dutch, `2027-03-31` in English.
pub fn fmt_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Nl => date.format("%d-%m-%Y").to_string(),
        Lang::En => date.format("%Y-%m-%d").to_string(),
    }
}

/// A date written out, for running text and letters: `1 december 2026`, `1 December 2026`.
pub fn fmt_date_long(date: NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let months = match lang {
        Lang::Nl => NL,
        Lang::En => EN,
    };
    let month = months[date.month0() as usize];
    format!("{} {month} {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_per_language() {
        assert_eq!(fmt_money(Cents(123_456_789), Lang::Nl), "€ 1.234.568");
        assert_eq!(fmt_money(Cents(123_456_789), Lang::En), "€1,234,568");
        assert_eq!(fmt_money(Cents(0), Lang::Nl), "€ 0");
        assert_eq!(fmt_money(Cents(99_900), Lang::En), "€999");
        assert_eq!(fmt_money(Cents(100_000), Lang::En), "€1,000");
        assert_eq!(fmt_money(Cents(-500_000), Lang::Nl), "-€ 5.000");
    }

    #[test]
    fn counts_per_language() {
        assert_eq!(fmt_count(200_000, Lang::Nl), "200.000");
        assert_eq!(fmt_count(200_000, Lang::En), "200,000");
        assert_eq!(fmt_count(25, Lang::Nl), "25");
    }

    #[test]
    fn percent_and_date_per_language() {
        assert_eq!(fmt_percent(0.125, Lang::Nl), "12,5%");
        assert_eq!(fmt_percent(0.125, Lang::En), "12.5%");
        let d = NaiveDate::from_ymd_opt(2027, 3, 31).unwrap();
        assert_eq!(fmt_date(d, Lang::Nl), "31-03-2027");
        assert_eq!(fmt_date(d, Lang::En), "2027-03-31");
    }

    #[test]
    fn dates_written_out() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(fmt_date_long(d, Lang::Nl), "1 december 2026");
        assert_eq!(fmt_date_long(d, Lang::En), "1 December 2026");
    }
}
