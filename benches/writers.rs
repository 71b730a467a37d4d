//! Colleagues writing at once, as a team on one file does: N separate processes (1, 5, 20), each
//! one user with its own open store on a copy of the team fixture, each doing M writes of the
//! kinds the program makes — an interview answer with tags saved (the answer inserted, the
//! draft cleared, as the interview screen saves it) and, every third write, an edit of an
//! expectation's description merged against the version the user started from. Every write is
//! timed from the call to the durable commit. Per N: writes done of asked, median, p99, max and
//! the total throughput; afterwards every write is looked for in the file.
//!
//! `cargo bench --bench writers` (the fixture is made on the first run). `VW_WRITERS_N=1,5`
//! picks the counts of writers, `VW_WRITERS_M=60` the writes per writer, `VW_WRITERS_PAUSE_MS`
//! the mean pause between one writer's writes (0: back to back, the worst case; each pause is
//! between half and one and a half times it).
//!
//! The children are this same bench binary, run again with `VW_WRITERS_CHILD` set; they start
//! writing together when the parent says `go`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a bench may stop at what it did not expect

#[path = "fixture.rs"]
mod fixture;

use std::io::{BufRead, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use verwacht::domain::{Answer, Characteristic, Draft, Expectation, Interview, Stamp};
use verwacht::files::Create;
use verwacht::store::{Edited, Queries, StoreError};

/// The text of write `i` of writer `w` in run `run`: found again by it afterwards.
fn marker(run: usize, w: usize, i: usize) -> String {
    format!("bench-{run}-w{w}-{i}")
}

fn is_edit(i: usize) -> bool {
    i % 3 == 2
}

fn env_num(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn child(db: &str) {
    let w = env_num("VW_WRITERS_W", 0);
    let run = env_num("VW_WRITERS_RUN", 0);
    let m = env_num("VW_WRITERS_M", 0);
    let pause = Duration::from_millis(env_num("VW_WRITERS_PAUSE_MS", 0) as u64);
    let interview = env_num("VW_WRITERS_INTERVIEW", 0) as u64;
    let expectation = env_num("VW_WRITERS_EXPECTATION", 0) as u64;
    let drafts = std::env::var_os("VW_WRITERS_DRAFTS").is_some();
    let mut store = verwacht::files::open(Path::new(db), Create::Never).expect("child opens");
    store.set_author(format!("collega-{w}"));
    let interview: Interview = store.read().unwrap().fetch(interview).unwrap();
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").unwrap();
    out.flush().unwrap();
    let mut go = String::new();
    std::io::stdin().read_line(&mut go).unwrap();
    for i in 0..m {
        if !pause.is_zero() {
            // Between half and one and a half times the pause, different per writer and write,
            // so the writers do not all write on the same beat; the first write comes within
            // one pause (colleagues do not all press save at the same moment).
            let spread = ((w as u64 * 7919 + i as u64 * 104_729) % 1000) as u32;
            std::thread::sleep(match i {
                0 => pause * spread / 1000,
                _ => pause / 2 + pause * spread / 1000,
            });
        }
        let text = marker(run, w, i);
        if drafts {
            let draft = Draft {
                interview_id: interview.id,
                step: Characteristic::Personal,
                text: format!("Wil voortaan gebeld worden ({text})"),
                editing: None,
                duration_secs: i as u64,
                fields: Default::default(),
                saved: Stamp::new(format!("collega-{w}"), store.now()),
            };
            let started = Instant::now();
            store.write(|tx| tx.put_draft(&draft)).unwrap();
            writeln!(out, "t {} 0 0 0", started.elapsed().as_micros()).unwrap();
            continue;
        }
        // When the transaction began (the lock was had) and when its work was done.
        let mut inside = (Duration::ZERO, Duration::ZERO);
        let took = if is_edit(i) {
            // The form opened on the expectation as it was; the edit merges into it as it is.
            let base: Expectation = store.read().unwrap().fetch(expectation).unwrap();
            let mut edited = base.clone();
            edited.description = format!("Afspraak bijgesteld ({text})");
            let started = Instant::now();
            let edited = store
                .write(|tx| {
                    inside.0 = started.elapsed();
                    let edited = tx.edit(&base, edited);
                    inside.1 = started.elapsed();
                    edited
                })
                .unwrap();
            let took = started.elapsed();
            assert!(matches!(edited, Edited::Saved { .. }), "{text}: a conflict");
            took
        } else {
            let answer = Answer::new(
                &interview,
                Characteristic::Personal,
                format!(
                    "Wil voortaan gebeld worden voordat de monteur komt, liefst een dag van \
                     tevoren, anders staat er niemand klaar ({text}) #emotioneel #planning"
                ),
            );
            let started = Instant::now();
            store
                .write(|tx| {
                    inside.0 = started.elapsed();
                    tx.insert(answer)?;
                    tx.delete_draft(interview.id)?;
                    inside.1 = started.elapsed();
                    Ok::<_, StoreError>(())
                })
                .unwrap();
            started.elapsed()
        };
        writeln!(
            out,
            "t {} {} {} {}",
            took.as_micros(),
            inside.0.as_micros(),
            (inside.1 - inside.0).as_micros(),
            u8::from(is_edit(i)),
        )
        .unwrap();
    }
    out.flush().unwrap();
}

/// One write: in all, waiting to begin (the writer lock, catching up with colleagues' commits),
/// the work inside the transaction, and the commit (digests, the pages, two flushes).
#[derive(Clone, Copy)]
struct Timing {
    edit: bool,
    total: u64,
    begin: u64,
    work: u64,
}

struct Outcome {
    times: Vec<Timing>,
    wall: Duration,
}

fn run_writers(
    db: &Path,
    run: usize,
    (n, m): (usize, usize),
    drafts: bool,
    targets: &[(u64, u64)],
) -> Outcome {
    let exe = std::env::current_exe().unwrap();
    let mut children: Vec<Child> = (0..n)
        .map(|w| {
            let mut cmd = Command::new(&exe);
            if drafts {
                cmd.env("VW_WRITERS_DRAFTS", "1");
            }
            cmd.env("VW_WRITERS_CHILD", db)
                .env("VW_WRITERS_W", w.to_string())
                .env("VW_WRITERS_RUN", run.to_string())
                .env("VW_WRITERS_M", m.to_string())
                .env("VW_WRITERS_INTERVIEW", targets[w].0.to_string())
                .env("VW_WRITERS_EXPECTATION", targets[w].1.to_string())
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut outs: Vec<_> = children
        .iter_mut()
        .map(|c| BufReader::new(c.stdout.take().unwrap()))
        .collect();
    for out in &mut outs {
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "ready");
    }
    let started = Instant::now();
    for c in &mut children {
        writeln!(c.stdin.as_mut().unwrap(), "go").unwrap();
    }
    let readers: Vec<_> = outs
        .into_iter()
        .map(|out| {
            std::thread::spawn(move || {
                out.lines()
                    .map(|l| l.unwrap())
                    .filter_map(|l| {
                        let t: Vec<u64> = l
                            .strip_prefix("t ")?
                            .split(' ')
                            .map(|n| n.parse().unwrap())
                            .collect();
                        Some(Timing {
                            edit: t[3] == 1,
                            total: t[0],
                            begin: t[1],
                            work: t[2],
                        })
                    })
                    .collect::<Vec<Timing>>()
            })
        })
        .collect();
    let mut times = Vec::new();
    for r in readers {
        times.extend(r.join().unwrap());
    }
    let wall = started.elapsed();
    for mut c in children {
        assert!(c.wait().unwrap().success(), "a writer failed");
    }
    Outcome { times, wall }
}

/// The writes of a run found in the file: answers by their text, expectation edits by the
/// change counter and by each expectation's last description.
fn found(
    db: &Path,
    run: usize,
    n: usize,
    m: usize,
    seq_before: u64,
    targets: &[(u64, u64)],
) -> usize {
    let store = verwacht::files::open(db, Create::Never).unwrap();
    let r = store.read().unwrap();
    let mut found = 0;
    for (w, (interview, expectation)) in targets.iter().take(n).enumerate() {
        let texts: Vec<String> = r
            .answers_of(verwacht::domain::InterviewId(*interview))
            .unwrap()
            .into_iter()
            .map(|a| a.text)
            .collect();
        for i in (0..m).filter(|i| !is_edit(*i)) {
            let want = format!("({})", marker(run, w, i));
            found += usize::from(texts.iter().any(|t| t.contains(&want)));
        }
        let edits = (0..m).filter(|i| is_edit(*i)).count();
        if let Some(last) = (0..m).rev().find(|i| is_edit(*i)) {
            let e: Expectation = r.fetch(*expectation).unwrap();
            let history = r.history(e.id).unwrap();
            let mine = history
                .iter()
                .filter(|h| h.stamp.by == format!("collega-{w}"))
                .filter(|h| {
                    h.changes
                        .iter()
                        .any(|c| c.to.contains(&format!("bench-{run}-w{w}-")))
                })
                .count();
            assert!(
                e.description
                    .contains(&format!("({})", marker(run, w, last))),
                "writer {w}'s last edit is not what the expectation says"
            );
            found += mine.min(edits);
        }
    }
    let seq_after = r.change_seq().unwrap();
    assert_eq!(
        seq_after - seq_before,
        (n * m) as u64,
        "the change counter counts every write once"
    );
    found
}

fn percentile(sorted: &[u64], p: f64) -> u64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn ms(us: u64) -> f64 {
    us as f64 / 1000.0
}

fn main() {
    if let Ok(db) = std::env::var("VW_WRITERS_CHILD") {
        child(&db);
        return;
    }
    let counts: Vec<usize> = std::env::var("VW_WRITERS_N")
        .unwrap_or_else(|_| "1,5,20".into())
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect();
    let m = env_num("VW_WRITERS_M", 60);
    let most = counts.iter().copied().max().unwrap_or(1);

    // Writing into a copy, so the fixture stays as it was.
    let fixture = fixture::path();
    let dir = tempfile::Builder::new()
        .prefix("writers-")
        .tempdir_in(fixture.parent().unwrap().parent().unwrap())
        .unwrap();
    let db: PathBuf = dir.path().join("team.redb");
    std::fs::copy(&fixture, &db).expect("copy of the fixture");

    // Each writer its own interview (of its own client) and its own expectation.
    let targets: Vec<(u64, u64)> = {
        let store = verwacht::files::open(&db, Create::Never).unwrap();
        let r = store.read().unwrap();
        let mut seen = std::collections::BTreeSet::new();
        let interviews: Vec<u64> = r
            .all::<Interview>()
            .unwrap()
            .into_iter()
            .filter(|i| seen.insert(i.client_id))
            .take(most)
            .map(|i| i.id.0)
            .collect();
        let expectations: Vec<u64> = (1..)
            .filter_map(|id| r.get::<Expectation>(id).unwrap())
            .filter(|e| !e.archived)
            .take(most)
            .map(|e| e.id.0)
            .collect();
        interviews.into_iter().zip(expectations).collect()
    };

    println!(
        "writers on a copy of the team fixture ({}), {m} writes each (2 answers : 1 expectation edit){}",
        fixture::label(),
        match env_num("VW_WRITERS_PAUSE_MS", 0) {
            0 => String::from(", back to back"),
            p => format!(", {p} ms apart"),
        }
    );
    // The floor: one writer storing a draft (no index, no timeline, no digest) is what any
    // durable commit costs on this disk.
    {
        let Outcome { times, .. } = run_writers(&db, 999, (1, 30), true, &targets);
        let mut t: Vec<u64> = times.iter().map(|t| t.total).collect();
        t.sort_unstable();
        let store = verwacht::files::open(&db, Create::Never).unwrap();
        let draft = store
            .read()
            .unwrap()
            .draft(verwacht::domain::InterviewId(targets[0].0))
            .unwrap()
            .expect("the draft is there");
        assert!(draft.text.contains(&format!("({})", marker(999, 0, 29))));
        println!(
            "floor: a draft alone (1 writer, 30 commits): median {:.1} ms, p99 {:.1} ms",
            ms(percentile(&t, 0.5)),
            ms(percentile(&t, 0.99))
        );
    }
    println!(
        "{:>3}  {:>11}  {:>9}  {:>9}  {:>9}  {:>12}",
        "N", "done/asked", "median", "p99", "max", "writes/s"
    );
    for (run, &n) in counts.iter().enumerate() {
        let seq_before = verwacht::files::open(&db, Create::Never)
            .unwrap()
            .change_seq()
            .unwrap();
        let Outcome { times, wall } = run_writers(&db, run, (n, m), false, &targets);
        let sorted = |f: fn(&Timing) -> u64| {
            let mut v: Vec<u64> = times.iter().map(f).collect();
            v.sort_unstable();
            v
        };
        let total = sorted(|t| t.total);
        let begin = sorted(|t| t.begin);
        let work = sorted(|t| t.work);
        let commit = sorted(|t| t.total - t.begin - t.work);
        let commit_of = |edit: bool| {
            let mut v: Vec<u64> = times
                .iter()
                .filter(|t| t.edit == edit)
                .map(|t| t.total - t.begin - t.work)
                .collect();
            v.sort_unstable();
            v
        };
        let (commit_answer, commit_edit) = (commit_of(false), commit_of(true));
        let done = found(&db, run, n, m, seq_before, &targets);
        let asked = n * m;
        println!(
            "{n:>3}  {:>11}  {:>6.1} ms  {:>6.1} ms  {:>6.1} ms  {:>12.0}{}",
            format!("{done}/{asked}"),
            ms(percentile(&total, 0.5)),
            ms(percentile(&total, 0.99)),
            ms(*total.last().unwrap_or(&0)),
            asked as f64 / wall.as_secs_f64(),
            if done == asked { "" } else { "  LOST WRITES" },
        );
        println!(
            "     of which, median / p99: begin (lock, catching up) {:.1} / {:.1} ms, work {:.1} / {:.1} ms, commit {:.1} / {:.1} ms",
            ms(percentile(&begin, 0.5)),
            ms(percentile(&begin, 0.99)),
            ms(percentile(&work, 0.5)),
            ms(percentile(&work, 0.99)),
            ms(percentile(&commit, 0.5)),
            ms(percentile(&commit, 0.99)),
        );
        println!(
            "     commit median: answer saved {:.1} ms, expectation edited {:.1} ms",
            ms(percentile(&commit_answer, 0.5)),
            ms(percentile(&commit_edit, 0.5)),
        );
    }
}
