use chrono::{TimeZone, Utc};

use super::*;
use crate::domain::{
    Cents, Client, ClientId, Contact, Experience, ExperienceId, Interview, InterviewId, Measure,
    Stamp, Status,
};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn stamp(d: u32) -> Stamp {
    Stamp::new("anna", Utc.with_ymd_and_hms(2026, 11, d, 10, 0, 0).unwrap())
}

fn change(seq: u64, kind: Kind, id: u64, action: ChangeAction, fields: &[&str]) -> Change {
    Change {
        seq,
        stamp: stamp(seq as u32),
        client_id: ClientId(1),
        kind,
        id,
        action,
        summary: String::new(),
        fields: fields.iter().map(|f| f.to_string()).collect(),
        covers: None,
    }
}

fn expectation(id: u64, contact: Option<u64>, title: &str) -> Expectation {
    Expectation {
        id: ExpectationId(id),
        contact_id: contact.map(ContactId),
        ..Expectation::new(ClientId(1), title)
    }
}

fn view() -> ClientView {
    let mut client = Client::new("Acme *BV*", Cents(100_000_000));
    client.id = ClientId(1);
    let contact = |id, name: &str, role: &str| Contact {
        id: ContactId(id),
        ..Contact::new(ClientId(1), name, role)
    };
    let mut invoices = expectation(1, Some(2), "Invoices always right");
    invoices.status = Status::InProgress;
    invoices.deadline = Some(day(30));
    invoices.measure = Measure {
        metric: "error rate".into(),
        baseline: "5".into(),
        target: "0".into(),
        unit: "%".into(),
        current: "2".into(),
        points: Vec::new(),
    };
    let mut met = expectation(2, Some(2), "Monthly call");
    met.status = Status::Met;
    let mut archived = expectation(3, Some(1), "Secret");
    archived.archived = true;
    let general = expectation(4, None, "Quick answers");
    let interview = Interview {
        id: InterviewId(1),
        ..Interview::new(
            ClientId(1),
            ContactId(2),
            Utc.with_ymd_and_hms(2026, 11, 10, 9, 0, 0).unwrap(),
        )
    };
    let mut complaint = Experience::new(ClientId(1), 3, "internal note", stamp(5).at);
    complaint.id = ExperienceId(1);
    complaint.complaint = true;
    complaint.resolved = true;
    ClientView {
        seq: 0,
        client,
        contacts: vec![
            contact(1, "Piet", ""),
            contact(2, "Els", "finance director"),
        ],
        expectations: vec![met, invoices, archived, general],
        interviews: vec![interview],
        answer_counts: vec![(InterviewId(1), 3)],
        experiences: vec![complaint],
        time: vec![],
        changes: vec![],
        history: vec![],
        whole: true,
    }
}

#[test]
fn an_interview_with_nothing_said_or_broken_off_is_no_conversation() {
    let mut report = change(3, Kind::Client, 1, ChangeAction::Reported, &[]);
    report.covers = Some(3);
    let created = change(5, Kind::Interview, 1, ChangeAction::Created, &[]);
    let mut v = view();
    v.changes = vec![created.clone(), report.clone()];
    let said = |v: &ClientView| build(v, day(22), Lang::En).contains("Conversation with Els");
    assert!(said(&v), "three answers: a conversation");
    v.answer_counts = vec![];
    assert!(!said(&v), "no answers: no conversation");
    v.answer_counts = vec![(InterviewId(1), 3)];
    v.interviews[0].status = crate::domain::InterviewStatus::Abandoned;
    assert!(!said(&v), "broken off: no conversation");
}

#[test]
fn people_with_their_expectations_status_deadline_and_measure() {
    let text = build(&view(), day(22), Lang::En);
    let expected = "\
# Progress report Acme \\*BV\\*

Date: 22 November 2026

What you and your colleagues expect from us, and where it stands.

## Els (finance director)

- **Invoices always right** — in progress · due 2026-11-30
  - Measure: error rate: 5 → now 2 % (target 0) · 60% of the way
- **Monthly call** — met

## General

- **Quick answers** — open

## What changed since the last report

This is the first report.
";
    assert_eq!(text, expected);
    assert!(
        !text.contains("Secret"),
        "archived expectations are left out"
    );
    assert!(
        !text.contains("Piet"),
        "people without expectations are left out"
    );
}

#[test]
fn dutch() {
    let text = build(&view(), day(22), Lang::Nl);
    assert!(text.starts_with("# Voortgangsrapportage Acme"));
    assert!(text.contains("Datum: 22 november 2026"));
    assert!(text.contains("- **Invoices always right** — bezig · uiterlijk 30-11-2026"));
    assert!(text.contains("Maatstaf: error rate: 5 → nu 2 % (doel 0) · 60% op weg naar het doel"));
    assert!(text.contains("Dit is de eerste rapportage."));
}

#[test]
fn changes_after_the_last_report_in_plain_words() {
    let mut v = view();
    let mut report = change(3, Kind::Client, 1, ChangeAction::Reported, &[]);
    report.covers = Some(4);
    let mut changes = vec![
        // Before the report (covered by it).
        change(2, Kind::Expectation, 2, ChangeAction::Updated, &["status"]),
        report,
        // Between the report's snapshot and its marker: also covered.
        change(4, Kind::Expectation, 4, ChangeAction::Updated, &["status"]),
        change(
            5,
            Kind::Expectation,
            1,
            ChangeAction::Updated,
            &["status", "current"],
        ),
        change(
            6,
            Kind::Expectation,
            1,
            ChangeAction::Updated,
            &["deadline", "tags"],
        ),
        change(7, Kind::Expectation, 4, ChangeAction::Created, &[]),
        change(
            8,
            Kind::Expectation,
            2,
            ChangeAction::Updated,
            &["tags", "level"],
        ),
        change(9, Kind::Interview, 1, ChangeAction::Created, &[]),
        change(
            10,
            Kind::Experience,
            1,
            ChangeAction::Updated,
            &["resolved"],
        ),
        change(
            11,
            Kind::Expectation,
            3,
            ChangeAction::Archived,
            &["archived"],
        ),
        change(12, Kind::Client, 1, ChangeAction::Updated, &["revenue"]),
        change(13, Kind::Expectation, 99, ChangeAction::Deleted, &[]),
    ];
    changes.reverse();
    v.changes = changes;
    let text = build(&v, day(22), Lang::En);
    let section = text.split("## What changed").nth(1).unwrap();
    assert_eq!(
        section,
        " since the last report (2026-11-03)

- **Invoices always right**: status now in progress, deadline now 2026-11-30, measure or level updated
- New: **Quick answers**
- Conversation with Els on 2026-11-10
- Your complaint from 2026-11-05 has been resolved
- **Secret**: no longer on the list
"
    );
    assert!(
        !section.contains("Monthly call"),
        "tags and level are internal"
    );
    assert!(!section.contains("revenue"));
}

#[test]
fn nothing_changed_since_the_last_report() {
    let mut v = view();
    let mut report = change(5, Kind::Client, 1, ChangeAction::Reported, &[]);
    report.covers = Some(5);
    v.changes = vec![
        change(
            6,
            Kind::Expectation,
            2,
            ChangeAction::Updated,
            &["reviewed"],
        ),
        report,
    ];
    let text = build(&v, day(22), Lang::En);
    assert!(
        text.ends_with("(2026-11-05)\n\nNothing has changed.\n"),
        "{text}"
    );
    assert_eq!(last_report(&v.changes).map(|c| c.seq), Some(5));
}

#[test]
fn markdown_and_control_characters_are_made_harmless() {
    assert_eq!(
        md("a *b* [c](d) <e> #1 | f_g"),
        "a \\*b\\* \\[c\\](d) \\<e\\> \\#1 \\| f\\_g"
    );
    assert_eq!(md(" two\nlines\x1b[2J "), "two lines\u{FFFD}\\[2J");
}
