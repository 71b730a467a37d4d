//! Which day it is for the commands that judge deadlines and contact: the local date, or
//! `VERWACHT_TODAY=YYYY-MM-DD` (for tests and for reproducing a report as of another day).

use chrono::NaiveDate;

use super::CliError;
use crate::i18n::{CommandText, Lang, Localized};

pub const VAR: &str = "VERWACHT_TODAY";

pub fn today(lang: Lang) -> Result<NaiveDate, CliError> {
    match std::env::var(VAR) {
        Ok(text) if !text.trim().is_empty() => parse(&text).ok_or_else(|| {
            CliError::Message(CommandText::BadToday.fill(lang, &[&text.escape_debug()]))
        }),
        _ => Ok(chrono::Local::now().date_naive()),
    }
}

fn parse(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_iso_dates() {
        assert_eq!(parse(" 2026-11-22 "), NaiveDate::from_ymd_opt(2026, 11, 22));
        assert_eq!(parse("22-11-2026"), None);
        assert_eq!(parse("2026-02-30"), None);
    }
}
