//! The timeline in words, as people say a change: "17-11-2026 11:26 · sven: verwachting
//! “Vaste gezichten” gewijzigd: stand nu 63 → 68". Field names are words, an expectation's
//! change says from what to what (from its history), and dates follow the language.

use super::briefing::duration;
use super::history::{change_text, field_name};
use crate::domain::{Change, ChangeAction, Kind};
use crate::i18n::{BriefText as T, InterviewText, Lang, Localized, fmt_date};
use crate::store::views::ClientView;

fn kind_word(kind: Kind) -> T {
    match kind {
        Kind::Client => T::KindClient,
        Kind::Contact => T::KindContact,
        Kind::Interview => T::KindInterview,
        Kind::Answer => T::KindAnswer,
        Kind::Expectation => T::KindExpectation,
        Kind::Experience => T::KindExperience,
        Kind::Time => T::KindTime,
    }
}

fn action_word(action: ChangeAction) -> T {
    match action {
        ChangeAction::Created => T::Created,
        ChangeAction::Updated => T::Updated,
        ChangeAction::Archived => T::Archived,
        ChangeAction::Restored => T::Restored,
        ChangeAction::Deleted => T::Deleted,
        ChangeAction::Reported => T::Reported,
    }
}

/// What changed, in words: for an expectation from its history ("status open → gehaald"),
/// for other records the fields that changed ("cijfer, notitie").
fn details(ch: &Change, view: &ClientView, lang: Lang) -> String {
    if ch.action != ChangeAction::Updated {
        return String::new();
    }
    if ch.kind == Kind::Expectation {
        let entry = view
            .history
            .iter()
            .find(|h| h.expectation_id.0 == ch.id && h.stamp.at == ch.stamp.at && h.seq > 0);
        if let Some(h) = entry {
            let parts: Vec<String> = h
                .changes
                .iter()
                .map(|c| change_text(c, &view.contacts, lang))
                .collect();
            if !parts.is_empty() {
                return parts.join("; ");
            }
        }
        let words: Vec<&str> = ch
            .fields
            .iter()
            .map(|f| field_name(f, lang).unwrap_or(f.as_str()))
            .collect();
        return words.join(", ");
    }
    let words: Vec<&str> = ch
        .fields
        .iter()
        .map(|f| crate::i18n::field_word(ch.kind, f, lang).unwrap_or(f.as_str()))
        .collect();
    words.join(", ")
}

/// What the change was about as the user's language says it. The stored summary is written
/// once, without a language: a time entry's minutes become hours and minutes, an interview's
/// date and interviewer become its date and the person it was with.
fn subject(ch: &Change, view: &ClientView, lang: Lang) -> String {
    match ch.kind {
        Kind::Time => {
            let minutes = ch
                .summary
                .split_once(" min")
                .and_then(|(n, rest)| Some((n.parse::<u64>().ok()?, rest.trim())));
            match minutes {
                Some((n, "")) => duration(n, lang),
                Some((n, note)) => format!("{} {note}", duration(n, lang)),
                None => ch.summary.clone(),
            }
        }
        Kind::Interview => {
            let day = ch
                .summary
                .get(..10)
                .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            let with = view
                .interviews
                .iter()
                .find(|iv| iv.id.0 == ch.id)
                .and_then(|iv| view.contacts.iter().find(|c| c.id == iv.contact_id))
                .map(|c| InterviewText::With.fill(lang, &[&c.name]));
            match (day, with) {
                (Some(day), Some(with)) => format!("{} {with}", fmt_date(day, lang)),
                (Some(day), None) => fmt_date(day, lang),
                _ => ch.summary.clone(),
            }
        }
        _ => ch.summary.clone(),
    }
}

/// One timeline entry: when, who, and what happened to which record, subject first in Dutch
/// ("verwachting “…” gewijzigd: …"), verb first in English ("updated expectation “…”: …").
pub fn change_line(ch: &Change, view: &ClientView, lang: Lang) -> String {
    let when = format!(
        "{} {}",
        fmt_date(ch.stamp.at.date_naive(), lang),
        ch.stamp.at.format("%H:%M")
    );
    // Time is logged rather than created.
    let action = match (ch.kind, ch.action) {
        (Kind::Time, ChangeAction::Created) => T::Logged,
        (_, action) => action_word(action),
    };
    let what = T::ChangeWhat.fill(
        lang,
        &[
            &action.get(lang),
            &kind_word(ch.kind).get(lang),
            &subject(ch, view, lang),
        ],
    );
    let details = details(ch, view, lang);
    let what = if details.is_empty() {
        what
    } else {
        format!("{what}: {details}")
    };
    T::ChangeLine.fill(lang, &[&when, &ch.stamp.by, &what])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        Client, ClientId, Contact, ContactId, ExpectationChange, ExpectationId, FieldChange, Stamp,
    };
    use chrono::{TimeZone, Utc};

    fn view() -> ClientView {
        let mut saskia = Contact::new(ClientId(1), "Saskia", "");
        saskia.id = ContactId(3);
        ClientView {
            seq: 0,
            client: Client::new("Het Baken", Default::default()),
            contacts: vec![saskia],
            expectations: vec![],
            interviews: vec![],
            answer_counts: vec![],
            experiences: vec![],
            time: vec![],
            changes: vec![],
            history: vec![],
            whole: true,
        }
    }

    fn change(kind: Kind, action: ChangeAction, fields: &[&str]) -> Change {
        Change {
            seq: 9,
            stamp: Stamp::new(
                "sven",
                Utc.with_ymd_and_hms(2026, 11, 17, 11, 26, 0).unwrap(),
            ),
            client_id: ClientId(1),
            kind,
            id: 4,
            action,
            summary: "Vaste gezichten".into(),
            fields: fields.iter().map(|f| f.to_string()).collect(),
            covers: None,
        }
    }

    #[test]
    fn changes_read_as_people_say_them() {
        let mut v = view();
        let ch = change(
            Kind::Expectation,
            ChangeAction::Updated,
            &["status", "current"],
        );
        v.history.push(ExpectationChange {
            expectation_id: ExpectationId(4),
            seq: 3,
            stamp: ch.stamp.clone(),
            changes: vec![
                FieldChange {
                    field: "current".into(),
                    from: "63".into(),
                    to: "68".into(),
                },
                FieldChange {
                    field: "status".into(),
                    from: "open".into(),
                    to: "met".into(),
                },
            ],
        });
        assert_eq!(
            change_line(&ch, &v, Lang::Nl),
            "17-11-2026 11:26 · sven: verwachting “Vaste gezichten” gewijzigd: stand nu 63 → 68; \
             status open → gehaald"
        );
        assert_eq!(
            change_line(&ch, &v, Lang::En),
            "2026-11-17 11:26 · sven: updated expectation “Vaste gezichten”: current level 63 → \
             68; status open → met"
        );
        let x = change(Kind::Experience, ChangeAction::Updated, &["grade", "note"]);
        assert_eq!(
            change_line(&x, &v, Lang::Nl),
            "17-11-2026 11:26 · sven: ervaring “Vaste gezichten” gewijzigd: cijfer, notitie"
        );
        let i = change(Kind::Interview, ChangeAction::Updated, &["status", "ended"]);
        assert_eq!(
            change_line(&i, &v, Lang::En),
            "2026-11-17 11:26 · sven: updated interview “Vaste gezichten”: status, ended at"
        );
    }

    #[test]
    fn time_in_hours_and_an_interview_by_its_person() {
        let mut v = view();
        let mut t = change(Kind::Time, ChangeAction::Created, &[]);
        t.summary = "80 min Rapportage toegelicht".into();
        assert_eq!(
            change_line(&t, &v, Lang::Nl),
            "17-11-2026 11:26 · sven: tijd “1 u 20 min Rapportage toegelicht” vastgelegd"
        );
        t.summary = "45 min ".into();
        assert_eq!(
            change_line(&t, &v, Lang::En),
            "2026-11-17 11:26 · sven: logged time “45 min”"
        );
        let mut interview = crate::domain::Interview::new(ClientId(1), ContactId(3), t.stamp.at);
        interview.id = crate::domain::InterviewId(4);
        v.interviews.push(interview);
        let mut i = change(Kind::Interview, ChangeAction::Created, &[]);
        i.summary = "2026-11-17 sven".into();
        assert_eq!(
            change_line(&i, &v, Lang::Nl),
            "17-11-2026 11:26 · sven: interview “17-11-2026 met Saskia” aangemaakt"
        );
        v.interviews.clear();
        assert_eq!(
            change_line(&i, &v, Lang::En),
            "2026-11-17 11:26 · sven: created interview “2026-11-17”"
        );
    }
}
