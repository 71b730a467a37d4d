//! Twenty colleagues write at once, each in a process of its own, the kinds of writes the
//! program makes: interview answers with tags saved, and an expectation's description edited
//! (merged against the version the writer started from). Afterwards every write is in the file:
//! every answer under its interview and found by the search index, every edit in its
//! expectation's history, the change counter up by exactly the number of writes. The children
//! are this same test binary, re-run with an environment variable that makes `child` write; they
//! start together when the parent says so. No timings are checked here: those are
//! `benches/writers.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use std::io::{BufRead, Write as _};
use std::process::{Command, Stdio};

use chrono::{TimeZone, Utc};
use verwacht::domain::{
    Answer, Cents, Characteristic, Client, Contact, Expectation, ExpectationId, Interview,
    InterviewId,
};
use verwacht::files::Create;
use verwacht::search::Query;
use verwacht::store::{Edited, Queries, StoreError, views};

const WRITERS: usize = 20;
const PER_WRITER: usize = 12;

fn is_edit(i: usize) -> bool {
    i % 3 == 2
}

/// A word found in write `i` of writer `w` only (and no other starts with it: a search takes
/// its last word as a beginning).
fn marker(w: usize, i: usize) -> String {
    format!("merkw{w:02}x{i:02}")
}

fn env(name: &str) -> u64 {
    std::env::var(name).unwrap().parse().unwrap()
}

/// Runs as a child process when `VW_TWENTY_DB` is set; otherwise does nothing.
#[test]
fn child() {
    let Ok(db) = std::env::var("VW_TWENTY_DB") else {
        return;
    };
    let w = env("VW_TWENTY_W") as usize;
    let mut store = verwacht::files::open(db.as_ref(), Create::Never).unwrap();
    store.set_author(format!("collega-{w}"));
    let interview: Interview = store
        .read()
        .unwrap()
        .fetch(env("VW_TWENTY_INTERVIEW"))
        .unwrap();
    let expectation = env("VW_TWENTY_EXPECTATION");
    println!("ready");
    std::io::stdout().flush().unwrap();
    std::io::stdin()
        .lock()
        .read_line(&mut String::new())
        .unwrap();
    for i in 0..PER_WRITER {
        let word = marker(w, i);
        if is_edit(i) {
            let base: Expectation = store.read().unwrap().fetch(expectation).unwrap();
            let mut edited = base.clone();
            edited.description = format!("Bijgesteld in gesprek {word}");
            let done = store
                .write(|tx| tx.edit(&base, edited))
                .unwrap_or_else(|e| panic!("writer {w}: edit {i} failed: {e}"));
            assert!(matches!(done, Edited::Saved { .. }), "writer {w}: edit {i}");
        } else {
            let answer = Answer::new(
                &interview,
                Characteristic::Personal,
                format!("Wil gebeld worden voor de monteur komt {word} #planning #team{w}"),
            );
            store
                .write(|tx| {
                    tx.insert(answer)?;
                    tx.delete_draft(interview.id)?;
                    Ok::<_, StoreError>(())
                })
                .unwrap_or_else(|e| panic!("writer {w}: answer {i} failed: {e}"));
        }
    }
}

#[test]
fn twenty_writers_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("team.redb");
    let at = Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap();
    let targets: Vec<(InterviewId, ExpectationId)> = {
        let store = verwacht::files::create_new(&db, true).unwrap();
        store
            .write(|tx| {
                let mut targets = Vec::new();
                for w in 0..WRITERS {
                    let client = tx.insert(Client::new(format!("Klant {w}"), Cents(1000)))?;
                    let piet = tx.insert(Contact::new(client.id, "Piet", "inkoper"))?;
                    let interview = tx.insert(Interview::new(client.id, piet.id, at))?;
                    let mut e = Expectation::new(client.id, "Levering op tijd");
                    e.description = String::from("Nog niet besproken");
                    let e = tx.insert(e)?;
                    targets.push((interview.id, e.id));
                }
                Ok::<_, StoreError>(targets)
            })
            .unwrap()
    };
    let seq_before = verwacht::files::open(&db, Create::Never)
        .unwrap()
        .change_seq()
        .unwrap();

    let exe = std::env::current_exe().unwrap();
    let mut children: Vec<_> = targets
        .iter()
        .enumerate()
        .map(|(w, (interview, expectation))| {
            Command::new(&exe)
                .args(["--exact", "child", "--nocapture", "--test-threads=1"])
                .env("VW_TWENTY_DB", &db)
                .env("VW_TWENTY_W", w.to_string())
                .env("VW_TWENTY_INTERVIEW", interview.0.to_string())
                .env("VW_TWENTY_EXPECTATION", expectation.0.to_string())
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    // All twenty have the file open before any writes.
    for c in &mut children {
        let mut out = std::io::BufReader::new(c.stdout.as_mut().unwrap());
        let mut line = String::new();
        while !line.contains("ready") {
            line.clear();
            assert!(
                out.read_line(&mut line).unwrap() > 0,
                "a writer ended early"
            );
        }
    }
    for c in &mut children {
        writeln!(c.stdin.as_mut().unwrap(), "go").unwrap();
    }
    for mut c in children {
        assert!(c.wait().unwrap().success(), "a writer process failed");
    }

    let store = verwacht::files::open(&db, Create::Never).unwrap();
    let r = store.read().unwrap();
    for (w, (interview, expectation)) in targets.iter().enumerate() {
        let answers = r.answers_of(*interview).unwrap();
        let edits = (0..PER_WRITER).filter(|i| is_edit(*i)).count();
        assert_eq!(answers.len(), PER_WRITER - edits, "writer {w}'s answers");
        for i in (0..PER_WRITER).filter(|i| !is_edit(*i)) {
            let word = marker(w, i);
            let answer = answers
                .iter()
                .find(|a| a.text.contains(&word))
                .unwrap_or_else(|| panic!("answer {i} of writer {w} is missing"));
            assert_eq!(
                answer.tags,
                vec!["planning".to_string(), format!("team{w}")]
            );
            assert_eq!(answer.created.by, format!("collega-{w}"));
            let found = views::search_texts(&store, &Query::parse(&word), 30, &|| false)
                .unwrap()
                .expect("not stopped");
            assert!(!found.rebuilt, "the index kept step with every write");
            assert_eq!(
                found.hits.len(),
                1,
                "the index finds answer {i} of writer {w}"
            );
        }
        let e: Expectation = r.fetch(expectation.0).unwrap();
        let last = (0..PER_WRITER).rev().find(|i| is_edit(*i)).unwrap();
        assert_eq!(
            e.description,
            format!("Bijgesteld in gesprek {}", marker(w, last))
        );
        let history = r.history(*expectation).unwrap();
        for i in (0..PER_WRITER).filter(|i| is_edit(*i)) {
            let to = format!("Bijgesteld in gesprek {}", marker(w, i));
            assert!(
                history.iter().any(|h| h.stamp.by == format!("collega-{w}")
                    && h.changes.iter().any(|c| c.to == to)),
                "edit {i} of writer {w} is not in the history"
            );
        }
    }
    assert_eq!(
        r.change_seq().unwrap() - seq_before,
        (WRITERS * PER_WRITER) as u64,
        "every write was logged once on the shared change counter"
    );
}
