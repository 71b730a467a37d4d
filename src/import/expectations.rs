//! `verwacht import expectations`: client (by name) and title, and optionally whose (a
//! contact by name), description, nature, source, value level, measure, deadline, status,
//! expected grade and tags.

use chrono::NaiveDate;

use super::columns::{Bound, Column};
use super::fields::Fields;
use super::lookup::{Clients, Contacts};
use super::table::Table;
use super::{ImportKind, Problem};
use crate::domain::expectation::Point;
use crate::domain::{Client, Contact, Expectation, Level, Measure, Nature, Source, Status, tags};

/// The new expectations of the file, or every problem with it. `today` anchors relative
/// deadlines such as `+3m` and `q2`.
pub fn expectations(
    table: &Table,
    clients: &[Client],
    contacts: &[Contact],
    today: NaiveDate,
) -> Result<Vec<Expectation>, Vec<Problem>> {
    let bound = Bound::new(table, ImportKind::Expectations)?;
    let clients = Clients::new(clients);
    let contacts = Contacts::new(contacts);
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for row in &table.rows {
        let mut f = Fields::new(&bound, row);
        let client = f.required(Column::Client).and_then(|name| {
            clients
                .find(name)
                .map_err(|i| f.report(Column::Client, i))
                .ok()
        });
        let contact = match (client, f.text(Column::Contact)) {
            (_, "") | (None, _) => None,
            (Some(client), name) => contacts
                .find(client, name)
                .map_err(|i| f.report(Column::Contact, i))
                .ok(),
        };
        let title = f.required(Column::Title);
        let nature = f.choice(Column::Nature, Nature::from_key, Nature::Rational);
        let source = f.choice(Column::Source, Source::from_key, Source::Other);
        let level = f.choice(Column::Level, Level::from_key, Level::Performance);
        let deadline = f.date(Column::Deadline, today);
        let status = f.choice(Column::Status, Status::from_key, Status::Open);
        let grade = f.grade(Column::ExpectedGrade);
        if !f.problems.is_empty() {
            problems.append(&mut f.problems);
            continue;
        }
        let (Some(client), Some(title), Some(nature), Some(source), Some(level), Some(status)) =
            (client, title, nature, source, level, status)
        else {
            continue;
        };
        let (Some(deadline), Some(expected_grade)) = (deadline, grade) else {
            continue;
        };
        out.push(Expectation {
            contact_id: contact,
            description: f.text(Column::Description).to_string(),
            nature,
            source,
            level,
            measure: Measure {
                metric: f.text(Column::Metric).to_string(),
                baseline: f.text(Column::Baseline).to_string(),
                target: f.text(Column::Target).to_string(),
                unit: f.text(Column::Unit).to_string(),
                current: f.text(Column::Current).to_string(),
                // The level measured now is a measurement of the import's day.
                points: (!f.text(Column::Current).trim().is_empty())
                    .then(|| Point {
                        on: today,
                        value: f.text(Column::Current).to_string(),
                    })
                    .into_iter()
                    .collect(),
            },
            deadline,
            status,
            status_since: Some(today),
            expected_grade,
            tags: tag_list(f.text(Column::Tags)),
            ..Expectation::new(client.id, title)
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// Tags separated by spaces or commas, each normalised, without repeats.
fn tag_list(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    tags::merge(&mut out, text.split([' ', ',']).filter_map(tags::normalize));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Cents, ClientId, ContactId, DateError};
    use crate::import::{Issue, Where, read_table};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
    }

    fn import(text: &str) -> Result<Vec<Expectation>, Vec<Problem>> {
        let mut acme = Client::new("Acme", Cents(0));
        acme.id = ClientId(1);
        let mut anna = Contact::new(ClientId(1), "Anna de Vries", "");
        anna.id = ContactId(4);
        expectations(&read_table(text).unwrap(), &[acme], &[anna], today())
    }

    #[test]
    fn full_row_in_dutch() {
        let got = import(
            "klant;contactpersoon;titel;aard;bron;niveau;maatstaf;nulmeting;doel;eenheid;deadline;status;verwacht cijfer;tags\n\
             acme;anna de vries;Rapportage sneller;rationeel;belofte;prestatie;doorlooptijd;10;3;dagen;31-3-2027;bezig;8;#rapportage, snel\n",
        )
        .unwrap();
        let e = &got[0];
        assert_eq!(e.client_id, ClientId(1));
        assert_eq!(e.contact_id, Some(ContactId(4)));
        assert_eq!(e.title, "Rapportage sneller");
        assert_eq!(
            (e.nature, e.source, e.level, e.status),
            (
                Nature::Rational,
                Source::Promise,
                Level::Performance,
                Status::InProgress
            )
        );
        assert_eq!(e.measure.summary(), "doorlooptijd: 10 → 3 dagen");
        assert_eq!(e.deadline, NaiveDate::from_ymd_opt(2027, 3, 31));
        assert_eq!(e.expected_grade, Some(8));
        assert_eq!(e.tags, ["rapportage", "snel"]);
    }

    #[test]
    fn english_words_and_defaults() {
        let got = import(
            "client,title,nature,source,level,status,deadline\n\
             Acme,Personal contact,Emotional,word of mouth,delighter,,q2\n\
             Acme,Invoices right,,,,,\n",
        )
        .unwrap();
        assert_eq!(got[0].contact_id, None);
        assert_eq!(got[0].nature, Nature::Emotional);
        assert_eq!(got[0].source, Source::WordOfMouth);
        assert_eq!(got[0].level, Level::Delighter);
        assert_eq!(got[0].status, Status::Open);
        assert_eq!(got[0].deadline, NaiveDate::from_ymd_opt(2027, 6, 30));
        assert_eq!(got[1].nature, Nature::Rational);
        assert_eq!(got[1].source, Source::Other);
        assert_eq!(got[1].level, Level::Performance);
        assert_eq!(got[1].deadline, None);
    }

    #[test]
    fn every_bad_value_is_reported() {
        let problems = import(
            "client,contact,title,nature,deadline,expected grade\n\
             Acme,Jan,X,fuzzy,31-2-2027,11\n\
             Gamma,Anna de Vries,,,,\n",
        )
        .unwrap_err();
        let got: Vec<(u64, Option<Where>, Issue)> = problems
            .into_iter()
            .map(|p| (p.line.unwrap(), p.column, p.issue))
            .collect();
        let named = |c: &str| Some(Where::Named(c.into()));
        assert_eq!(
            got,
            [
                (
                    2,
                    named("contact"),
                    Issue::UnknownContact("Acme".into(), "Jan".into())
                ),
                (
                    2,
                    named("nature"),
                    Issue::BadChoice(Column::Nature, "fuzzy".into())
                ),
                (
                    2,
                    named("deadline"),
                    Issue::Date(DateError::NoSuchDay {
                        year: 2027,
                        month: 2,
                        day: 31
                    })
                ),
                (2, named("expected grade"), Issue::BadGrade("11".into())),
                (3, named("client"), Issue::UnknownClient("Gamma".into())),
                (3, named("title"), Issue::Required),
            ]
        );
    }
}
