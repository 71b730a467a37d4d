//! Three processes write 300 records each into one database file at the same time; all 900
//! must be there afterwards. The children are this same test binary, re-run with an
//! environment variable that makes `child_writer` do the writing.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use std::process::Command;

use verwacht::domain::{Cents, Client};
use verwacht::files::Create;
use verwacht::store::Queries;

const PER_PROCESS: usize = 300;
const PROCESSES: usize = 3;

#[test]
fn child_writer() {
    let (Ok(db), Ok(who)) = (std::env::var("VW_CHILD_DB"), std::env::var("VW_CHILD_NAME")) else {
        return; // Not running as a child.
    };
    let store = verwacht::files::open(db.as_ref(), Create::Never).unwrap();
    for i in 0..PER_PROCESS {
        // One transaction per record, so the processes really interleave.
        store
            .write(|tx| tx.insert(Client::new(format!("{who}-{i:03}"), Cents(i as i64))))
            .unwrap();
    }
}

#[test]
fn three_processes_writing_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("team.redb");
    drop(verwacht::files::create_new(&db, true).unwrap());
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..PROCESSES)
        .map(|p| {
            Command::new(&exe)
                .args(["--exact", "child_writer", "--nocapture", "--test-threads=1"])
                .env("VW_CHILD_DB", &db)
                .env("VW_CHILD_NAME", format!("p{p}"))
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success(), "a writer process failed");
    }
    let store = verwacht::files::open(&db, Create::Never).unwrap();
    let clients: Vec<Client> = store.read().unwrap().all().unwrap();
    assert_eq!(clients.len(), PROCESSES * PER_PROCESS);
    let mut names: Vec<&str> = clients.iter().map(|c| c.name.as_str()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), PROCESSES * PER_PROCESS);
    // Every write was logged exactly once on the shared change counter.
    assert_eq!(
        store.change_seq().unwrap() as usize,
        PROCESSES * PER_PROCESS
    );
    let ids: std::collections::BTreeSet<u64> = clients.iter().map(|c| c.id.0).collect();
    assert_eq!(ids.len(), PROCESSES * PER_PROCESS, "ids must never collide");
}
