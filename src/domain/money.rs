//! Amounts of money as integer euro cents, and parsing of amounts as people write them
//! (`1.234.567,89`, `1,234,567.89`, `1234567.89`, `€ 1.234`).

use serde::{Deserialize, Serialize};

/// An amount in euro cents. Integer so that sums and shares never drift.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    pub fn from_euros(euros: i64) -> Self {
        Cents(euros * 100)
    }

    /// Whole euros, rounded half away from zero.
    pub fn euros_rounded(self) -> i64 {
        let sign = if self.0 < 0 { -1 } else { 1 };
        sign * ((self.0.abs() + 50) / 100)
    }

    /// Euros with two decimals and a `.`, no grouping: `1234567.89`, `-5.00`. Exact, and read
    /// back by [`parse_amount`]; for files that scripts and spreadsheets read.
    pub fn decimal(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

/// Why a piece of text is not an amount.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    #[error("empty amount")]
    Empty,
    #[error("not a number")]
    NotANumber,
    #[error("more than two decimals")]
    TooManyDecimals,
    #[error("digit groups must have three digits")]
    BadGrouping,
    #[error("amount too large")]
    TooLarge,
}

/// Parses an amount in euros into cents. Accepts Dutch and English notation: the last of `.`
/// or `,` followed by one or two digits is the decimal separator; a separator followed by
/// exactly three digits groups thousands. `€`, `EUR`, spaces (also non-breaking ones) and a
/// trailing `,-` are ignored.
pub fn parse_amount(text: &str) -> Result<Cents, AmountError> {
    let cleaned = strip_currency(text);
    if cleaned.is_empty() {
        return Err(AmountError::Empty);
    }
    let (negative, body) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(AmountError::NotANumber);
    }
    let (whole, fraction) = split_decimal(body)?;
    let digits = ungroup(whole)?;
    let euros: i64 = if digits.is_empty() {
        0
    } else {
        digits.parse().map_err(|_| AmountError::TooLarge)?
    };
    let cents_part: i64 = match fraction.len() {
        0 => 0,
        1 => {
            fraction
                .parse::<i64>()
                .map_err(|_| AmountError::NotANumber)?
                * 10
        }
        2 => fraction.parse().map_err(|_| AmountError::NotANumber)?,
        _ => return Err(AmountError::TooManyDecimals),
    };
    let total = euros
        .checked_mul(100)
        .and_then(|c| c.checked_add(cents_part))
        .ok_or(AmountError::TooLarge)?;
    Ok(Cents(if negative { -total } else { total }))
}

/// The amount without spaces, the `€` sign, the word `EUR` (any case) and a trailing `,-` or
/// `.-` (Dutch for "whole euros": `€ 1.234,-`).
fn strip_currency(text: &str) -> String {
    let mut cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '€')
        .collect();
    for word in ["EUR", "eur", "Eur"] {
        if let Some(rest) = cleaned.strip_prefix(word) {
            cleaned = rest.to_string();
        }
        if let Some(rest) = cleaned.strip_suffix(word) {
            cleaned = rest.to_string();
        }
    }
    for dash in [",--", ".--", ",-", ".-"] {
        if let Some(rest) = cleaned.strip_suffix(dash) {
            cleaned = rest.to_string();
            break;
        }
    }
    cleaned
}

/// Splits `body` into the whole part (possibly with grouping separators) and the decimals.
fn split_decimal(body: &str) -> Result<(&str, &str), AmountError> {
    let last_dot = body.rfind('.');
    let last_comma = body.rfind(',');
    let (sep_pos, sep) = match (last_dot, last_comma) {
        (None, None) => return Ok((body, "")),
        (Some(d), Some(c)) => {
            // Both present: whichever comes last separates the decimals.
            let (pos, sep) = if d > c { (d, '.') } else { (c, ',') };
            let fraction = &body[pos + 1..];
            if body.matches(sep).count() > 1 {
                return Err(AmountError::BadGrouping);
            }
            if fraction.is_empty() {
                return Err(AmountError::NotANumber);
            }
            if fraction.len() > 2 {
                return Err(AmountError::TooManyDecimals);
            }
            return Ok((&body[..pos], fraction));
        }
        (Some(d), None) => (d, '.'),
        (None, Some(c)) => (c, ','),
    };
    let count = body.matches(sep).count();
    let after = &body[sep_pos + 1..];
    if count == 1 && after.len() != 3 {
        // A single separator not followed by three digits is a decimal separator.
        if after.is_empty() || after.len() > 2 {
            return Err(if after.is_empty() {
                AmountError::NotANumber
            } else {
                AmountError::TooManyDecimals
            });
        }
        return Ok((&body[..sep_pos], after));
    }
    Ok((body, ""))
}

/// Removes thousands separators after checking that every group after the first has three
/// digits and the first has one to three.
fn ungroup(whole: &str) -> Result<String, AmountError> {
    let groups: Vec<&str> = whole.split(['.', ',']).collect();
    if groups.len() == 1 {
        return Ok(whole.to_string());
    }
    let first_ok = (1..=3).contains(&groups[0].len());
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    if !first_ok || !rest_ok {
        return Err(AmountError::BadGrouping);
    }
    Ok(groups.concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_is_exact_and_reads_back() {
        for (cents, text) in [
            (123_456_789, "1234567.89"),
            (5, "0.05"),
            (0, "0.00"),
            (-500, "-5.00"),
            (i64::MIN, "-92233720368547758.08"),
        ] {
            assert_eq!(Cents(cents).decimal(), text);
        }
        for cents in [0, 5, 12_000_000, 123_456_789] {
            assert_eq!(parse_amount(&Cents(cents).decimal()), Ok(Cents(cents)));
        }
    }

    #[test]
    fn dutch_and_english_notation() {
        assert_eq!(parse_amount("1.234.567,89"), Ok(Cents(123_456_789)));
        assert_eq!(parse_amount("1,234,567.89"), Ok(Cents(123_456_789)));
        assert_eq!(parse_amount("1234567.89"), Ok(Cents(123_456_789)));
        assert_eq!(parse_amount("1234567,89"), Ok(Cents(123_456_789)));
        assert_eq!(parse_amount("1234567"), Ok(Cents(123_456_700)));
        assert_eq!(parse_amount("€ 1.234"), Ok(Cents(123_400)));
        assert_eq!(parse_amount("1,234"), Ok(Cents(123_400)));
        assert_eq!(parse_amount("12,5"), Ok(Cents(1250)));
        assert_eq!(parse_amount(" 0 "), Ok(Cents(0)));
        assert_eq!(parse_amount("-12.50"), Ok(Cents(-1250)));
        assert_eq!(parse_amount("EUR 250.000"), Ok(Cents(25_000_000)));
    }

    #[test]
    fn currency_signs_spaces_and_dashes() {
        assert_eq!(parse_amount("€1.234,-"), Ok(Cents(123_400)));
        assert_eq!(parse_amount("€ 1.234,--"), Ok(Cents(123_400)));
        assert_eq!(parse_amount("1.234,50 €"), Ok(Cents(123_450)));
        assert_eq!(parse_amount("eur 99,95"), Ok(Cents(9_995)));
        assert_eq!(parse_amount("99.95 EUR"), Ok(Cents(9_995)));
        assert_eq!(parse_amount("1\u{a0}234\u{a0}567"), Ok(Cents(123_456_700)));
        assert_eq!(parse_amount("1 234 567,89"), Ok(Cents(123_456_789)));
        assert_eq!(parse_amount("-€ 5.000"), Ok(Cents(-500_000)));
        assert_eq!(parse_amount("€ -5.000"), Ok(Cents(-500_000)));
        assert_eq!(parse_amount(",50"), Ok(Cents(50)));
        assert_eq!(parse_amount("0,5"), Ok(Cents(50)));
        assert_eq!(parse_amount("1,000,000"), Ok(Cents(100_000_000)));
        assert_eq!(parse_amount("1.000.000"), Ok(Cents(100_000_000)));
    }

    #[test]
    fn rejects_more_that_is_not_an_amount() {
        assert_eq!(parse_amount("€"), Err(AmountError::Empty));
        assert_eq!(parse_amount(",-"), Err(AmountError::Empty));
        assert_eq!(parse_amount("-"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("12k"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("1e6"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("--5"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("$ 12"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("12.3.4"), Err(AmountError::BadGrouping));
        assert_eq!(parse_amount("1234.567.890"), Err(AmountError::BadGrouping));
        assert_eq!(parse_amount("12,34,567"), Err(AmountError::BadGrouping));
        assert_eq!(parse_amount("1.23.456,7"), Err(AmountError::BadGrouping));
        assert_eq!(
            parse_amount("92233720368547758,08"),
            Err(AmountError::TooLarge)
        );
    }

    #[test]
    fn rejects_what_is_not_an_amount() {
        assert_eq!(parse_amount(""), Err(AmountError::Empty));
        assert_eq!(parse_amount("abc"), Err(AmountError::NotANumber));
        assert_eq!(
            parse_amount("12.345,678"),
            Err(AmountError::TooManyDecimals)
        );
        assert_eq!(parse_amount("1.2345"), Err(AmountError::TooManyDecimals));
        assert_eq!(parse_amount("12.34.56"), Err(AmountError::BadGrouping));
        assert_eq!(parse_amount("1,234.567"), Err(AmountError::TooManyDecimals));
        assert_eq!(parse_amount("1.2,34"), Err(AmountError::BadGrouping));
        assert_eq!(
            parse_amount("99999999999999999999"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(parse_amount("12,"), Err(AmountError::NotANumber));
    }

    #[test]
    fn rounds_to_whole_euros() {
        assert_eq!(Cents(149).euros_rounded(), 1);
        assert_eq!(Cents(150).euros_rounded(), 2);
        assert_eq!(Cents(-150).euros_rounded(), -2);
    }
}
