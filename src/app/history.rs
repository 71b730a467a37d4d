//! An expectation's history as people say it: "17-11-2026 10:11 · sven: stand nu 63 → 68;
//! status open → bezig". Field names are words, keys are labels, people are names.

use chrono::NaiveDate;

use crate::domain::{Contact, ExpectationChange, FieldChange, Level, Nature, Source, Status};
use crate::i18n::{HistoryText as T, Lang, Localized, fmt_date, label};

/// The word for an expectation's field, as people say it.
pub fn field_name(field: &str, lang: Lang) -> Option<&'static str> {
    crate::i18n::field_word(crate::domain::Kind::Expectation, field, lang)
}

/// A stored value as it reads: labels for keys, names for people, dates in the user's style.
pub(crate) fn value(field: &str, text: &str, people: &[Contact], lang: Lang) -> String {
    let date = |t: &str| {
        NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .map(|d| fmt_date(d, lang))
            .unwrap_or_else(|_| t.to_string())
    };
    match field {
        _ if text.is_empty() => T::Empty.get(lang).to_string(),
        "nature" => Nature::from_key(text).map_or(text.to_string(), |v| label(v, lang).into()),
        "source" => Source::from_key(text).map_or(text.to_string(), |v| label(v, lang).into()),
        "level" => Level::from_key(text).map_or(text.to_string(), |v| label(v, lang).into()),
        "status" => Status::from_key(text).map_or(text.to_string(), |v| label(v, lang).into()),
        "contact" => people
            .iter()
            .find(|c| c.id.0.to_string() == text)
            .map_or(text.to_string(), |c| c.name.clone()),
        "deadline" | "reviewed" => date(text),
        "archived" => match text {
            "true" => T::Yes.get(lang).to_string(),
            _ => T::No.get(lang).to_string(),
        },
        "point" => match text.split_once(' ') {
            Some((day, v)) => format!("{} {v}", date(day)),
            None => text.to_string(),
        },
        _ => text.to_string(),
    }
}

/// One field change: "status open → bezig", "meting 10-03-2026 3 toegevoegd".
pub fn change_text(c: &FieldChange, people: &[Contact], lang: Lang) -> String {
    let name = field_name(&c.field, lang).unwrap_or(c.field.as_str());
    let from = value(&c.field, &c.from, people, lang);
    let to = value(&c.field, &c.to, people, lang);
    match (c.field.as_str(), c.from.is_empty(), c.to.is_empty()) {
        ("point", true, _) => T::Added.fill(lang, &[&name, &to]),
        ("point", _, true) => T::Removed.fill(lang, &[&name, &from]),
        (_, true, false) => T::Set.fill(lang, &[&name, &to]),
        _ => T::Change.fill(lang, &[&name, &from, &to]),
    }
}

/// One history entry: when, who, and every field it changed; the first says it was created.
pub fn entry_text(h: &ExpectationChange, people: &[Contact], lang: Lang) -> String {
    let when = format!(
        "{} {}",
        fmt_date(h.stamp.at.date_naive(), lang),
        h.stamp.at.format("%H:%M")
    );
    let what = if h.seq == 0 {
        T::Created.get(lang).to_string()
    } else {
        h.changes
            .iter()
            .map(|c| change_text(c, people, lang))
            .collect::<Vec<_>>()
            .join("; ")
    };
    T::Entry.fill(lang, &[&when, &h.stamp.by, &what])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ClientId, ContactId};

    fn change(field: &str, from: &str, to: &str) -> FieldChange {
        FieldChange {
            field: field.into(),
            from: from.into(),
            to: to.into(),
        }
    }

    #[test]
    fn changes_read_as_people_say_them() {
        let mut saskia = Contact::new(ClientId(1), "Saskia", "locatiemanager");
        saskia.id = ContactId(3);
        let people = [saskia];
        let nl = |c| change_text(&c, &people, Lang::Nl);
        assert_eq!(nl(change("status", "open", "met")), "status open → gehaald");
        assert_eq!(nl(change("current", "63", "68")), "stand nu 63 → 68");
        assert_eq!(
            nl(change("level", "delighter", "basic")),
            "waardeniveau wow → basis"
        );
        assert_eq!(nl(change("contact", "", "3")), "van wie Saskia");
        assert_eq!(
            nl(change("deadline", "2026-12-01", "")),
            "deadline 01-12-2026 → leeg"
        );
        assert_eq!(
            nl(change("point", "", "2026-03-10 3")),
            "meting 10-03-2026 3 toegevoegd"
        );
        assert_eq!(
            change_text(&change("expected_grade", "", "8"), &people, Lang::En),
            "expected grade 8"
        );
    }
}
