//! `verwacht export --format md --client NAME`: the progress report for a client, and "what
//! changed since the last report" across runs — recorded only when a report was written.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod cli_support;

use cli_support::fixture::{self, at, run};
use verwacht::domain::*;
use verwacht::store::{Queries, StoreError};

fn report(s: &cli_support::Sandbox, lang: &str) -> String {
    let out = run(s, lang, &["export", "--format", "md", "--client", "acme"])
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

const FIRST: &str = "\
# Progress report Acme

Date: 22 November 2026

What you and your colleagues expect from us, and where it stands.

## Els (finance director)

- **Invoices always right** — in progress · due 2026-11-01
  - Measure: error rate: 5 → now 2 % (target 0) · 60% of the way

## What changed since the last report

This is the first report.
";

#[test]
fn the_report_lists_what_each_person_expects_without_internal_terms() {
    let s = fixture::build();
    let out = run(
        &s,
        "en",
        &[
            "export", "--format", "md", "--client", "acme", "-o", "acme.md",
        ],
    )
    .assert()
    .success();
    assert_eq!(
        String::from_utf8(out.get_output().stdout.clone()).unwrap(),
        "Progress report for Acme written to acme.md\n"
    );
    let text = std::fs::read_to_string(s.dir.path().join("acme.md")).unwrap();
    assert_eq!(text, FIRST);
    for internal in [
        "priority",
        "class",
        "€",
        "complaint",
        "Wrong again",
        "basic",
    ] {
        assert!(!text.contains(internal), "{internal} is for internal use");
    }
}

#[test]
fn the_next_report_says_what_changed_since_the_last_one() {
    let s = fixture::build();
    assert!(report(&s, "en").contains("This is the first report."));
    let store = fixture::open(&s);
    let acme = fixture::client(&store, "Acme");
    store
        .write_as("bram", at(22, 9), |tx| {
            let contacts: Vec<Contact> = tx.for_client(acme.id)?;
            let piet = contacts.iter().find(|c| c.name == "Piet").unwrap().clone();
            let mut invoices: Expectation = tx.for_client::<Expectation>(acme.id)?.remove(0);
            invoices.status = Status::Met;
            invoices.measure.current = "0".into();
            invoices.tags = vec!["internal".into()];
            tx.update(invoices)?;
            let mut mail = Expectation::new(acme.id, "Weekly status mail");
            mail.contact_id = Some(piet.id);
            tx.insert(mail)?;
            let talk = tx.insert(Interview::new(acme.id, piet.id, at(21, 15)))?;
            tx.insert(Answer::new(
                &talk,
                Characteristic::AlwaysPresent,
                "Wil elke week een statusmail",
            ))?;
            // Started by accident, nothing said: no conversation in the report.
            tx.insert(Interview::new(acme.id, piet.id, at(21, 16)))?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    let second = report(&s, "en");
    assert!(second.contains("## Piet (end user)\n\n- **Weekly status mail** — open\n"));
    assert!(second.contains("- **Invoices always right** — met · due 2026-11-01\n"));
    let changes = second
        .split("## What changed since the last report (")
        .nth(1)
        .unwrap_or_else(|| panic!("{second}"));
    let list: Vec<&str> = changes.lines().skip(2).collect();
    assert_eq!(
        list,
        [
            "- **Invoices always right**: status now met, measure or level updated",
            "- New: **Weekly status mail** (Piet)",
            "- Conversation with Piet on 2026-11-21",
        ]
    );
    // Nothing since the second report; in Dutch this time.
    let third = report(&s, "nl");
    assert!(
        third.starts_with("# Voortgangsrapportage Acme\n\nDatum: 22 november 2026\n"),
        "{third}"
    );
    assert!(third.ends_with("\n\nEr is niets veranderd.\n"), "{third}");
    // Each report is in the timeline, which the briefing shows.
    let brief = run(&s, "en", &["brief", "acme"]).assert().success();
    let brief = String::from_utf8(brief.get_output().stdout.clone()).unwrap();
    assert!(
        brief.contains("progress report made for client “Acme”"),
        "{brief}"
    );
}

#[test]
fn a_report_that_was_not_written_is_not_recorded() {
    let s = fixture::build();
    let store = fixture::open(&s);
    let seq = store.change_seq().unwrap();
    run(
        &s,
        "en",
        &[
            "export",
            "--format",
            "md",
            "--client",
            "acme",
            "-o",
            "missing/dir/r.md",
        ],
    )
    .assert()
    .code(1);
    assert_eq!(store.change_seq().unwrap(), seq, "no marker");
    assert!(report(&s, "en").contains("This is the first report."));
}

#[test]
fn a_preview_is_not_recorded() {
    let s = fixture::build();
    let store = fixture::open(&s);
    let seq = store.change_seq().unwrap();
    let out = run(
        &s,
        "en",
        &["export", "--format", "md", "--client", "acme", "--preview"],
    )
    .assert()
    .success();
    assert_eq!(
        String::from_utf8(out.get_output().stdout.clone()).unwrap(),
        FIRST
    );
    assert_eq!(store.change_seq().unwrap(), seq, "no marker");
    let out = run(
        &s,
        "en",
        &["export", "--format", "csv", "-o", "x", "--preview"],
    )
    .assert()
    .code(1);
    assert_eq!(
        String::from_utf8(out.get_output().stderr.clone()).unwrap(),
        "verwacht: error: --preview applies only to --format md\n"
    );
}

#[test]
fn the_report_needs_one_client() {
    let s = fixture::build();
    let err = |args: &[&str]| {
        let out = run(&s, "en", args).assert().code(1);
        String::from_utf8(out.get_output().stderr.clone()).unwrap()
    };
    assert_eq!(
        err(&["export", "--format", "md"]),
        "verwacht: error: export --format md is the progress report for one client: give --client NAME\n"
    );
    assert!(
        err(&["export", "--format", "md", "--client", "acm"])
            .contains("is ambiguous: Acme, Acme Holding")
    );
    assert!(
        err(&["export", "--format", "md", "--client", "qqq"])
            .contains("no client name contains \"qqq\"")
    );
    // Writing a report never takes a guess: the letters of "wsdl" occur in order in "Woonstichting
    // De Linde", but no name contains them, so nothing is written or recorded.
    let refused = err(&["export", "--format", "md", "--client", "wsdl"]);
    assert!(
        refused.starts_with("verwacht: error: no client name contains \"wsdl\"; nearest: "),
        "{refused}"
    );
    // A preview only reads: it may guess, and says on stderr which client it took.
    let out = run(
        &s,
        "en",
        &["export", "--format", "md", "--client", "wsdl", "--preview"],
    )
    .assert()
    .success();
    let note = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(
        note,
        "verwacht: \"wsdl\" taken to mean Woonstichting De Linde\n"
    );
    let store = fixture::open(&s);
    let timeline = store.read().unwrap().all_changes().unwrap();
    assert!(timeline.iter().all(|c| c.action != ChangeAction::Reported));
}

#[test]
fn report_markers_survive_a_backup() {
    let s = fixture::build();
    report(&s, "en");
    let backup = s.export();
    assert!(backup.contains("\"action\": \"reported\""));
    assert!(backup.contains("\"covers\": "));
    let file = s.file("backup.json", &backup);
    let copy = s.dir.path().join("copy.redb");
    s.cmd_in("en", &copy, &["import", "json", &file])
        .assert()
        .success();
    assert_eq!(s.export_of(&copy), backup);
}
