//! A fixed database for the reporting commands, built through the store API with fixed
//! authors and times, and the day (`VERWACHT_TODAY`) it is judged on.
//!
//! Revenue: De Linde 900k, Acme 250k, Bakkerij Van Dam 120k, Acme Holding 20k (1,290k in all),
//! so by revenue A A B C. With the default weights, as of 2026-11-22:
//! - Acme 29.12: class A 6, an open basic 1.5, overdue 4, an open complaint 6, 5 grade points
//!   short 7.5, 12 days since contact 0.24, no time against 19.38% of revenue 3.88.
//! - Bakkerij Van Dam 7.00: class B 3, an open delighter 0.5 due soon 2, a positive
//!   experience −0.5, 7 days 0.14, time 1.86.
//! - De Linde 6.04: class A 6, 2 days 0.04, and all the time logged.
//! - Acme Holding 3.91: class C 0, never contacted 3.6 (the cap), time 0.31.
//!
//! Oud BV is archived and never listed.

use assert_cmd::Command;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use verwacht::domain::*;
use verwacht::files::Create;
use verwacht::store::{Queries, Store, StoreError};

use super::Sandbox;

pub const TODAY: &str = "2026-11-22";

pub fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

/// `verwacht --lang LANG ARGS…` on the sandbox's database, judged on [`TODAY`], without any
/// config file.
pub fn run(s: &Sandbox, lang: &str, args: &[&str]) -> Command {
    let mut cmd = s.cmd_in(lang, &s.db, args);
    cmd.env("VERWACHT_TODAY", TODAY)
        .env("VERWACHT_CONFIG", s.dir.path().join("no-config.toml"));
    cmd
}

pub fn open(s: &Sandbox) -> Store {
    verwacht::files::open(&s.db, Create::Never).unwrap()
}

/// The client with this exact name.
pub fn client(store: &Store, name: &str) -> Client {
    let all: Vec<Client> = store.read().unwrap().all().unwrap();
    all.into_iter().find(|c| c.name == name).unwrap()
}

pub fn build() -> Sandbox {
    let s = Sandbox::new();
    let store = verwacht::files::open(&s.db, Create::Private).unwrap();
    store
        .write_as("anna", at(1, 9), |tx| {
            let mut clients = Vec::new();
            for (name, euros) in [
                ("Woonstichting De Linde", 900_000),
                ("Acme", 250_000),
                ("Bakkerij Van Dam", 120_000),
                ("Acme Holding", 20_000),
                ("Oud BV", 5_000_000),
            ] {
                clients.push(tx.insert(Client::new(name, Cents::from_euros(euros)))?);
            }
            let (linde, acme, bakkerij) = (&clients[0], &clients[1], &clients[2]);
            let mut oud = clients[4].clone();
            oud.archived = true;
            tx.update(oud)?;

            let els = tx.insert(Contact::new(acme.id, "Els", "finance director"))?;
            tx.insert(Contact::new(acme.id, "Piet", "end user"))?;
            let mut invoices = Expectation::new(acme.id, "Invoices always right");
            invoices.contact_id = Some(els.id);
            invoices.level = Level::Basic;
            invoices.status = Status::InProgress;
            invoices.deadline = NaiveDate::from_ymd_opt(2026, 11, 1);
            invoices.expected_grade = Some(8);
            invoices.measure = Measure {
                metric: "error rate".into(),
                baseline: "5".into(),
                target: "0".into(),
                unit: "%".into(),
                current: "2".into(),
                points: Vec::new(),
            };
            let invoices = tx.insert(invoices)?;
            let mut complaint = Experience::new(acme.id, 3, "Wrong again", at(10, 14));
            complaint.expectation_id = Some(invoices.id);
            complaint.complaint = true;
            tx.insert(complaint)?;

            let mut wow = Expectation::new(bakkerij.id, "Tasting day");
            wow.level = Level::Delighter;
            wow.deadline = NaiveDate::from_ymd_opt(2026, 11, 30);
            tx.insert(wow)?;
            tx.insert(Experience::new(bakkerij.id, 8, "Nice", at(15, 11)))?;

            tx.insert(TimeEntry::new(linde.id, 60, at(20, 10)))?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    s
}
