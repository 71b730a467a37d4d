//! When an edit meets a colleague's change to the same fields: nothing is written until the
//! user chooses whose version stays, seeing both; and a delete of something changed since it
//! was shown is asked again.

use serde_json::Value;

use super::popup::OnYes;
use super::record::{EditConflict, Record};
use super::{App, Effect, Popup, StatusLine, Write};
use crate::domain::{Contact, Kind};
use crate::i18n::{Lang, Localized, RecordText as T, field_word, fmt_date, fmt_money};

impl App {
    /// An edit was refused because of a colleague's change: ask which version stays.
    pub(super) fn conflicted(&mut self, mut conflict: EditConflict) {
        conflict.undo = std::mem::take(&mut self.undoing);
        let text = T::ConflictShown.fill(
            self.lang,
            &[&conflict.current.changed_by(), &conflict.current.label()],
        );
        self.status = Some(StatusLine::error(text));
        // A form being filled in is never closed for it; the message says what happened.
        if !matches!(self.popup, Some(Popup::Form { .. })) {
            self.popup = Some(Popup::Conflict(Box::new(conflict)));
        }
    }

    /// A delete was refused because someone changed the record since: ask again, showing who.
    pub(super) fn changed_since(&mut self, current: Record) {
        self.undoing = false;
        let question =
            T::AskDeleteChanged.fill(self.lang, &[&current.changed_by(), &current.label()]);
        if !matches!(self.popup, Some(Popup::Form { .. })) {
            self.popup = Some(Popup::Confirm {
                question,
                on_yes: OnYes::Delete(Box::new(current)),
            });
        }
    }

    /// Saves my version of the conflicting fields, or keeps theirs (and saves my other
    /// changes, if any). Either is again an edit of the version now stored.
    pub(super) fn keep_version(&mut self, conflict: EditConflict, mine: bool) -> Vec<Effect> {
        let edited = if mine { conflict.mine } else { conflict.theirs };
        if edited == conflict.current {
            let text = T::KeptTheirs.fill(
                self.lang,
                &[&conflict.current.changed_by(), &conflict.current.label()],
            );
            self.status = Some(StatusLine::info(text));
            return Vec::new();
        }
        vec![Effect::write(Write::Edit {
            base: conflict.current,
            edited,
        })]
    }

    /// The people of the screen that is open, to name whose an expectation is.
    pub fn people_in_view(&self) -> &[Contact] {
        if let Some(v) = self.expectation_view() {
            return &v.contacts;
        }
        if let Some(s) = self.interview() {
            return &s.view.contacts;
        }
        self.client()
            .and_then(|c| c.view())
            .map_or(&[], |v| &v.contacts)
    }
}

/// What the conflict window says: the intro, a line per field, a note when the colleague
/// changed other fields too, and the keys that choose. Its size follows from these.
#[derive(Clone, Debug, PartialEq)]
pub struct ConflictText {
    /// The paragraphs, top to bottom (empty ones are blank lines).
    pub texts: Vec<String>,
    /// The last paragraph says the colleague's other changes stay.
    pub others: bool,
    pub hint: String,
}

impl App {
    /// The conflict window's text, in the user's language, cleaned for the terminal.
    pub fn conflict_text(&self, c: &EditConflict) -> ConflictText {
        use crate::sanitize::clean;
        let lang = self.lang;
        let by = clean(c.current.changed_by()).into_owned();
        let what = clean(&c.current.label()).into_owned();
        let intro = if c.undo {
            T::ConflictUndoIntro
        } else {
            T::ConflictIntro
        }
        .fill(lang, &[&by, &what]);
        let mut texts = vec![intro, String::new()];
        for field in &c.conflicts {
            let text = conflict_line(c, field, self.people_in_view(), lang);
            texts.push(format!("• {}", clean(&text)));
        }
        let others = c.theirs != c.current;
        if others {
            texts.push(String::new());
            texts.push(T::ConflictOthers.get(lang).to_string());
        }
        let keys: Vec<String> = [
            super::Action::KeepMine,
            super::Action::KeepTheirs,
            super::Action::Back,
        ]
        .into_iter()
        .filter_map(|a| {
            let key = self
                .keymap
                .keys_for(super::Mode::Conflict, a)
                .into_iter()
                .next()?;
            Some(format!("{} {}", key.label(), a.describe(lang)))
        })
        .collect();
        ConflictText {
            texts,
            others,
            hint: keys.join(" · "),
        }
    }
}

/// The kind of record, for the words of its fields.
pub fn kind_of(r: &Record) -> Kind {
    match r {
        Record::Client(_) => Kind::Client,
        Record::Contact(_) => Kind::Contact,
        Record::Expectation(_) => Kind::Expectation,
        Record::Experience(_) => Kind::Experience,
        Record::Time(_) => Kind::Time,
    }
}

/// One conflicting field as it reads: "deadline: yours 15-03-2027 · bob's 31-03-2027".
pub fn conflict_line(
    c: &EditConflict,
    field: &crate::store::Conflict,
    people: &[Contact],
    lang: Lang,
) -> String {
    let kind = kind_of(&c.current);
    let name = field_word(kind, &field.field, lang).unwrap_or(field.field.as_str());
    T::ConflictField.fill(
        lang,
        &[
            &name,
            &value_text(kind, &field.field, &field.mine, people, lang),
            &c.current.changed_by(),
            &value_text(kind, &field.field, &field.theirs, people, lang),
        ],
    )
}

/// A stored value as it reads: in quotes where it is text, labels for keys, names for
/// people, dates and amounts in the user's style.
fn value_text(kind: Kind, field: &str, value: &Value, people: &[Contact], lang: Lang) -> String {
    let plain = match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items
            .iter()
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(" "),
        Value::Object(_) => value.to_string(),
    };
    if kind == Kind::Expectation {
        let key = match field.strip_prefix("measure.").unwrap_or(field) {
            "contact_id" => "contact",
            other => other,
        };
        let text = super::history::value(key, &plain, people, lang);
        return match key {
            "title" | "description" | "metric" | "baseline" | "target" | "unit" | "current"
                if !plain.is_empty() =>
            {
                format!("“{text}”")
            }
            _ => text,
        };
    }
    match (field, value) {
        (_, Value::Null) => crate::i18n::HistoryText::Empty.get(lang).to_string(),
        (_, Value::Bool(true)) => T::Yes.get(lang).to_string(),
        (_, Value::Bool(false)) => T::No.get(lang).to_string(),
        ("revenue", Value::Number(n)) => n
            .as_i64()
            .map_or(plain.clone(), |c| fmt_money(crate::domain::Cents(c), lang)),
        ("at", Value::String(s)) => chrono::DateTime::parse_from_rfc3339(s)
            .map_or(plain.clone(), |d| fmt_date(d.date_naive(), lang)),
        ("contact_id", Value::Number(n)) => people
            .iter()
            .find(|c| Some(c.id.0) == n.as_u64())
            .map_or(plain.clone(), |c| c.name.clone()),
        (_, Value::String(_)) => format!("“{plain}”"),
        _ => plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ClientId, ContactId, Expectation};

    #[test]
    fn a_conflict_reads_in_words_with_both_values() {
        let mut els = Contact::new(ClientId(1), "Els de Vries", "");
        els.id = ContactId(2);
        let mut e = Expectation::new(ClientId(1), "Rapport");
        e.updated.by = "bob".into();
        let r = Record::Expectation(e);
        let c = EditConflict {
            current: r.clone(),
            mine: r.clone(),
            theirs: r,
            conflicts: vec![],
            undo: false,
        };
        let deadline = crate::store::Conflict {
            field: "deadline".into(),
            mine: Value::String("2027-03-15".into()),
            theirs: Value::String("2027-03-31".into()),
        };
        assert_eq!(
            conflict_line(&c, &deadline, &[], Lang::Nl),
            "deadline: jouw versie 15-03-2027 · die van bob 31-03-2027"
        );
        let whose = crate::store::Conflict {
            field: "contact_id".into(),
            mine: Value::Null,
            theirs: serde_json::json!(2),
        };
        assert_eq!(
            conflict_line(&c, &whose, &[els], Lang::En),
            "whose: yours empty · bob's Els de Vries"
        );
        let target = crate::store::Conflict {
            field: "measure.target".into(),
            mine: Value::String("3".into()),
            theirs: Value::String("5".into()),
        };
        assert_eq!(
            conflict_line(&c, &target, &[], Lang::En),
            "target: yours “3” · bob's “5”"
        );
    }
}
