use chrono::{NaiveDate, TimeZone};

use super::*;
use crate::domain::{
    Answer, Cents, Contact, Experience, Interview, InterviewId, Level, Measure, Stamp, Status,
    TimeEntry,
};
use crate::import::{self, read_table};

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, 1, 9, 30, 0).unwrap()
}

fn records() -> Records {
    let stamp = Stamp::new("anna", at());
    let client = |id, name: &str, cents, archived| Client {
        id: ClientId(id),
        archived,
        sector: "bouw, infra".into(),
        created: stamp.clone(),
        updated: stamp.clone(),
        ..Client::new(name, Cents(cents))
    };
    let contact = |id, client, name: &str, archived| Contact {
        id: ContactId(id),
        archived,
        ..Contact::new(ClientId(client), name, "finance director")
    };
    let mut full = Expectation::new(ClientId(1), "Rapportage \"snel\"");
    full.id = ExpectationId(1);
    full.contact_id = Some(ContactId(2));
    full.level = Level::Delighter;
    full.status = Status::InProgress;
    full.deadline = NaiveDate::from_ymd_opt(2027, 3, 31);
    full.expected_grade = Some(8);
    full.tags = vec!["rapportage".into(), "snel".into()];
    full.measure = Measure {
        metric: "doorlooptijd".into(),
        baseline: "10".into(),
        target: "3".into(),
        unit: "dagen".into(),
        current: "5".into(),
        points: Vec::new(),
    };
    let mut archived = Expectation::new(ClientId(1), "Weg");
    archived.id = ExpectationId(2);
    archived.archived = true;
    let mut gone = Expectation::new(ClientId(9), "Of an archived client");
    gone.id = ExpectationId(3);
    let interview = Interview {
        id: InterviewId(4),
        interviewer: "anna".into(),
        ..Interview::new(ClientId(1), ContactId(1), at())
    };
    let mut x = Experience::new(ClientId(1), 4, "te laat,\nweer", at());
    x.id = crate::domain::ExperienceId(1);
    x.expectation_id = Some(ExpectationId(1));
    x.complaint = true;
    Records {
        clients: vec![
            client(1, "Acme", 123_456_789, false),
            client(9, "Oud BV", 100, true),
        ],
        contacts: vec![
            contact(1, 1, "Els", false),
            contact(2, 1, "Piet", true),
            contact(3, 1, "Jan", true),
        ],
        interviews: vec![interview.clone()],
        answers: vec![Answer {
            id: crate::domain::AnswerId(7),
            created: stamp.clone(),
            ..Answer::new(
                &interview,
                crate::domain::Characteristic::Personal,
                "Els #budget",
            )
        }],
        expectations: vec![full, archived, gone],
        experiences: vec![x],
        time: vec![TimeEntry::new(ClientId(9), 30, at())],
    }
}

fn csv_text(t: &Table) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(t.header).unwrap();
    for row in &t.rows {
        w.write_record(row).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

#[test]
fn archived_records_are_left_out_unless_named() {
    let tables = tables(&records(), None);
    let files: Vec<&str> = tables.iter().map(|t| t.file).collect();
    assert_eq!(
        files,
        [
            "clients.csv",
            "contacts.csv",
            "expectations.csv",
            "interviews.csv",
            "answers.csv",
            "experiences.csv",
            "time.csv"
        ]
    );
    assert_eq!(tables[0].rows, [["Acme", "1234567.89", "bouw, infra", ""]]);
    let contacts: Vec<&str> = tables[1].rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        contacts,
        ["Els", "Piet"],
        "Piet is archived but named; Jan is not"
    );
    assert_eq!(tables[2].rows.len(), 1);
    assert_eq!(
        tables[3].rows,
        [[
            "4",
            "Acme",
            "Els",
            "2026-10-01T09:30:00Z",
            "",
            "anna",
            "1",
            "in_progress",
            "0"
        ]]
    );
    assert_eq!(tables[4].rows[0][5..7], ["Els #budget", "budget"]);
    assert_eq!(tables[5].rows[0][3], "Rapportage \"snel\"");
    assert!(tables[6].rows.is_empty(), "time of an archived client");
    for t in &tables {
        assert!(
            t.rows.iter().all(|r| r.len() == t.header.len()),
            "{}",
            t.file
        );
    }
}

#[test]
fn one_client_only() {
    let tables = tables(&records(), Some(ClientId(9)));
    assert!(
        tables.iter().all(|t| t.rows.is_empty()),
        "client 9 is archived"
    );
    let tables = super::tables(&records(), Some(ClientId(1)));
    assert_eq!(tables[0].rows.len(), 1);
}

#[test]
fn clients_contacts_and_expectations_import_back() {
    let records = records();
    let tables = tables(&records, None);
    let read = |i: usize| read_table(&csv_text(&tables[i])).unwrap();
    let mut clients = import::clients(&read(0), &[]).unwrap();
    clients[0].id = ClientId(1);
    assert_eq!(clients[0].name, "Acme");
    assert_eq!(clients[0].revenue, Cents(123_456_789));
    assert_eq!(clients[0].sector, "bouw, infra");
    let mut contacts = import::contacts(&read(1), &clients, &[]).unwrap();
    for (i, c) in contacts.iter_mut().enumerate() {
        c.id = ContactId(i as u64 + 1);
    }
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let back = import::expectations(&read(2), &clients, &contacts, today).unwrap();
    let original = &records.expectations[0];
    assert_eq!(back[0].title, original.title);
    assert_eq!(back[0].contact_id, Some(ContactId(2)), "Piet");
    // The level in the file comes back as a measurement of the import's day.
    let mut measure = original.measure.clone();
    measure.points = vec![crate::domain::expectation::Point {
        on: today,
        value: original.measure.current.clone(),
    }];
    assert_eq!(back[0].measure, measure);
    assert_eq!(
        (back[0].level, back[0].status, back[0].deadline),
        (original.level, original.status, original.deadline)
    );
    assert_eq!(back[0].expected_grade, Some(8));
    assert_eq!(back[0].tags, original.tags);
}
