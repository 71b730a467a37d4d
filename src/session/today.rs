//! Which day it is, for every command and the full-screen program: the local date, or
//! `VERWACHT_TODAY=YYYY-MM-DD` (for tests, demonstrations and reproducing a report as of
//! another day). Read once, into the session.

use chrono::NaiveDate;

use super::UserError;
use crate::i18n::{CommandText, Lang, Localized};

pub const VAR: &str = "VERWACHT_TODAY";

/// The day `VERWACHT_TODAY` fixes, if it is set; a value that is no date is a one-line error.
pub fn fixed(lang: Lang) -> Result<Option<NaiveDate>, UserError> {
    match std::env::var(VAR) {
        Ok(text) if !text.trim().is_empty() => parse(&text).map(Some).ok_or_else(|| {
            UserError::Message(CommandText::BadToday.fill(lang, &[&text.escape_debug()]))
        }),
        _ => Ok(None),
    }
}

/// Today: the fixed day, else the local date.
pub fn today(fixed: Option<NaiveDate>) -> NaiveDate {
    fixed.unwrap_or_else(|| chrono::Local::now().date_naive())
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
