//! Why a typed date was not understood, in the user's language.

use crate::domain::DateError;
use crate::i18n::{Lang, Localized};

crate::texts!(
    DateText {
        Empty => "geen datum ingevuld", "no date given";
        Unrecognized => "'{0}' is geen datum; schrijf bijvoorbeeld 31-3-2027, 2027-03-31, +2w, +3m of q2",
            "'{0}' is not a date; write e.g. 2027-03-31, 31-3-2027, +2w, +3m or q2";
        NoSuchMonth => "maand {0} bestaat niet", "there is no month {0}";
        NoSuchDay => "dag {0} bestaat niet in maand {1} van {2}", "there is no day {0} in month {1} of {2}";
        NoSuchQuarter => "kwartaal {0} bestaat niet (kies q1 tot en met q4)",
            "there is no quarter {0} (use q1 to q4)";
        OutOfRange => "die datum ligt te ver weg", "that date is too far away";
    }
);

pub fn describe_date_error(e: &DateError, lang: Lang) -> String {
    use DateText as T;
    match e {
        DateError::Empty => T::Empty.get(lang).to_string(),
        DateError::Unrecognized(text) => T::Unrecognized.fill(lang, &[text]),
        DateError::NoSuchMonth(month) => T::NoSuchMonth.fill(lang, &[month]),
        DateError::NoSuchDay { year, month, day } => T::NoSuchDay.fill(lang, &[day, month, year]),
        DateError::NoSuchQuarter(n) => T::NoSuchQuarter.fill(lang, &[n]),
        DateError::OutOfRange => T::OutOfRange.get(lang).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_reads_in_both_languages() {
        let e = DateError::NoSuchDay {
            year: 2027,
            month: 2,
            day: 31,
        };
        assert_eq!(
            describe_date_error(&e, Lang::Nl),
            "dag 31 bestaat niet in maand 2 van 2027"
        );
        assert_eq!(
            describe_date_error(&e, Lang::En),
            "there is no day 31 in month 2 of 2027"
        );
        assert_eq!(
            describe_date_error(&DateError::Unrecognized("morgen".into()), Lang::En),
            "'morgen' is not a date; write e.g. 2027-03-31, 31-3-2027, +2w, +3m or q2"
        );
        for e in [
            DateError::Empty,
            DateError::NoSuchMonth(13),
            DateError::NoSuchQuarter(5),
            DateError::OutOfRange,
        ] {
            for lang in [Lang::Nl, Lang::En] {
                let text = describe_date_error(&e, lang);
                assert!(!text.is_empty() && !text.contains('{'), "{text}");
            }
        }
    }
}
