//! The records of a database as CSV tables, one per kind, for spreadsheets and for
//! `verwacht import`.
//!
//! `clients.csv`, `contacts.csv` and `expectations.csv` have exactly the columns `import`
//! reads (records refer to each other by name), so the three files import back into a new
//! database in that order. The other tables also name their client and contact, and carry ids
//! where another table refers to them (`interview_id`). Amounts are euros with a `.` and two
//! decimals; dates are ISO (`2027-03-31`), moments RFC 3339 in UTC.
//!
//! Archived clients are left out with everything of theirs, and archived contacts and
//! expectations are left out of their own files — except an archived person whom an exported
//! expectation names, so that the files always import back. The JSON backup holds everything.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, SecondsFormat, Utc};

use crate::domain::{Client, ClientId, ContactId, Expectation, ExpectationId};

pub use crate::backup::Records;

/// One file: its name, its header and its rows.
#[derive(Debug)]
pub struct Table {
    pub file: &'static str,
    pub header: &'static [&'static str],
    pub rows: Vec<Vec<String>>,
}

const CLIENTS: &[&str] = &["name", "revenue", "sector", "notes"];
const CONTACTS: &[&str] = &["client", "name", "role", "reach"];
const EXPECTATIONS: &[&str] = &[
    "client",
    "contact",
    "title",
    "description",
    "nature",
    "source",
    "level",
    "metric",
    "baseline",
    "target",
    "unit",
    "current",
    "deadline",
    "status",
    "expected_grade",
    "tags",
];
const INTERVIEWS: &[&str] = &[
    "id",
    "client",
    "contact",
    "started",
    "ended",
    "interviewer",
    "step",
    "status",
    "duration_seconds",
];
const ANSWERS: &[&str] = &[
    "id",
    "interview_id",
    "client",
    "contact",
    "step",
    "text",
    "tags",
    "created",
    "created_by",
];
const EXPERIENCES: &[&str] = &[
    "id",
    "client",
    "contact",
    "expectation",
    "at",
    "grade",
    "positive",
    "complaint",
    "resolved",
    "note",
    "created_by",
];
const TIME: &[&str] = &[
    "id",
    "client",
    "contact",
    "interview_id",
    "at",
    "minutes",
    "note",
    "created_by",
];

fn moment(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// Names by id, for the columns that refer to another record.
struct Names<'a> {
    clients: HashMap<ClientId, &'a str>,
    contacts: HashMap<ContactId, &'a str>,
    expectations: HashMap<ExpectationId, &'a str>,
}

impl Names<'_> {
    fn client(&self, id: ClientId) -> String {
        self.clients
            .get(&id)
            .copied()
            .unwrap_or_default()
            .to_string()
    }
    fn contact(&self, id: Option<ContactId>) -> String {
        id.and_then(|id| self.contacts.get(&id).copied())
            .unwrap_or_default()
            .to_string()
    }
}

/// The seven tables, of every active client or of `only` that one.
pub fn tables(r: &Records, only: Option<ClientId>) -> Vec<Table> {
    let clients: Vec<&Client> = sorted(
        r.clients
            .iter()
            .filter(|c| !c.archived && only.is_none_or(|id| c.id == id)),
        |c| c.id.0,
    );
    let kept: BTreeSet<ClientId> = clients.iter().map(|c| c.id).collect();
    let expectations = sorted(
        r.expectations
            .iter()
            .filter(|e| kept.contains(&e.client_id) && !e.archived),
        |e| e.id.0,
    );
    let named: BTreeSet<ContactId> = expectations.iter().filter_map(|e| e.contact_id).collect();
    let contacts = sorted(
        r.contacts
            .iter()
            .filter(|c| kept.contains(&c.client_id) && (!c.archived || named.contains(&c.id))),
        |c| c.id.0,
    );
    let names = Names {
        clients: r.clients.iter().map(|c| (c.id, c.name.as_str())).collect(),
        contacts: r.contacts.iter().map(|c| (c.id, c.name.as_str())).collect(),
        expectations: r
            .expectations
            .iter()
            .map(|e| (e.id, e.title.as_str()))
            .collect(),
    };
    let of_kept = |client: &ClientId| kept.contains(client);
    vec![
        Table {
            file: "clients.csv",
            header: CLIENTS,
            rows: clients
                .iter()
                .map(|c| {
                    vec![
                        c.name.clone(),
                        c.revenue.decimal(),
                        c.sector.clone(),
                        c.notes.clone(),
                    ]
                })
                .collect(),
        },
        Table {
            file: "contacts.csv",
            header: CONTACTS,
            rows: contacts
                .iter()
                .map(|c| {
                    vec![
                        names.client(c.client_id),
                        c.name.clone(),
                        c.role.clone(),
                        c.reach.clone(),
                    ]
                })
                .collect(),
        },
        Table {
            file: "expectations.csv",
            header: EXPECTATIONS,
            rows: expectations
                .iter()
                .map(|e| expectation_row(e, &names))
                .collect(),
        },
        Table {
            file: "interviews.csv",
            header: INTERVIEWS,
            rows: sorted(r.interviews.iter().filter(|i| of_kept(&i.client_id)), |i| {
                i.id.0
            })
            .iter()
            .map(|i| {
                vec![
                    i.id.0.to_string(),
                    names.client(i.client_id),
                    names.contact(Some(i.contact_id)),
                    moment(i.started),
                    opt(i.ended.map(moment)),
                    i.interviewer.clone(),
                    i.step.number().to_string(),
                    match i.status {
                        crate::domain::InterviewStatus::InProgress => "in_progress",
                        crate::domain::InterviewStatus::Completed => "completed",
                        crate::domain::InterviewStatus::Abandoned => "abandoned",
                    }
                    .to_string(),
                    i.duration_secs.to_string(),
                ]
            })
            .collect(),
        },
        Table {
            file: "answers.csv",
            header: ANSWERS,
            rows: sorted(r.answers.iter().filter(|a| of_kept(&a.client_id)), |a| {
                a.id.0
            })
            .iter()
            .map(|a| {
                vec![
                    a.id.0.to_string(),
                    a.interview_id.0.to_string(),
                    names.client(a.client_id),
                    names.contact(Some(a.contact_id)),
                    a.step.number().to_string(),
                    a.text.clone(),
                    a.tags.join(" "),
                    moment(a.created.at),
                    a.created.by.clone(),
                ]
            })
            .collect(),
        },
        Table {
            file: "experiences.csv",
            header: EXPERIENCES,
            rows: sorted(
                r.experiences.iter().filter(|x| of_kept(&x.client_id)),
                |x| x.id.0,
            )
            .iter()
            .map(|x| {
                vec![
                    x.id.0.to_string(),
                    names.client(x.client_id),
                    names.contact(x.contact_id),
                    opt(x
                        .expectation_id
                        .and_then(|id| names.expectations.get(&id).copied())),
                    moment(x.at),
                    x.grade.to_string(),
                    x.positive.to_string(),
                    x.complaint.to_string(),
                    x.resolved.to_string(),
                    x.note.clone(),
                    x.created.by.clone(),
                ]
            })
            .collect(),
        },
        Table {
            file: "time.csv",
            header: TIME,
            rows: sorted(r.time.iter().filter(|t| of_kept(&t.client_id)), |t| t.id.0)
                .iter()
                .map(|t| {
                    vec![
                        t.id.0.to_string(),
                        names.client(t.client_id),
                        names.contact(t.contact_id),
                        opt(t.interview_id.map(|i| i.0)),
                        moment(t.at),
                        t.minutes.to_string(),
                        t.note.clone(),
                        t.created.by.clone(),
                    ]
                })
                .collect(),
        },
    ]
}

fn expectation_row(e: &Expectation, names: &Names) -> Vec<String> {
    vec![
        names.client(e.client_id),
        names.contact(e.contact_id),
        e.title.clone(),
        e.description.clone(),
        e.nature.key().to_string(),
        e.source.key().to_string(),
        e.level.key().to_string(),
        e.measure.metric.clone(),
        e.measure.baseline.clone(),
        e.measure.target.clone(),
        e.measure.unit.clone(),
        e.measure.current.clone(),
        opt(e.deadline.map(|d| d.format("%Y-%m-%d"))),
        e.status.key().to_string(),
        opt(e.expected_grade),
        e.tags.join(" "),
    ]
}

fn sorted<'a, T>(items: impl Iterator<Item = &'a T>, key: impl Fn(&T) -> u64) -> Vec<&'a T> {
    let mut v: Vec<&T> = items.collect();
    v.sort_by_key(|t| key(t));
    v
}

#[cfg(test)]
mod tests;
