//! Case `idle`: the program on (a copy of) the team fixture, left alone. First nobody writes,
//! then a colleague (this process, through the library) saves one small change a second: a
//! different client's notes each time. The program's CPU use over each window.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use verwacht::app::record::Record;
use verwacht::app::{Effect, Msg, Write};
use verwacht::domain::Client;
use verwacht::files::Create;
use verwacht::store::{Queries, Store};

use crate::measure::{Budget, cpu_over, report_cpu};
use crate::terminal::{Failure, Program};
use crate::{LIST_TITLE, Scratch};

const BUDGET: Budget = Budget {
    at_most: 1.0,
    shown: "< 1 %",
};

/// How long each window lasts: `VERWACHT_PTY_IDLE_SECS`, else 20 s.
fn window() -> u64 {
    std::env::var("VERWACHT_PTY_IDLE_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&s| s > 0)
        .unwrap_or(20)
}

/// What the colleague did.
#[derive(Default)]
struct Writes {
    saved: usize,
    failed: Vec<String>,
    took: Duration,
}

/// Saves one client's notes a second, each time another client's, until `stop`.
fn colleague(store: &Store, clients: &[Client], stop: &AtomicBool) -> Writes {
    let mut writes = Writes::default();
    let started = Instant::now();
    for (k, base) in (1u64..).zip(clients.iter().cycle()) {
        let mut edited = base.clone();
        edited.notes = format!("{}\nGebeld door een collega (wijziging {k})", base.notes);
        let write = Write::Edit {
            base: Record::Client(base.clone()),
            edited: Record::Client(edited),
        };
        let at = Instant::now();
        let msgs = verwacht::runner::perform(store, Effect::write(write));
        writes.took += at.elapsed();
        match msgs.first() {
            Some(Msg::Saved { .. }) => writes.saved += 1,
            Some(Msg::Failed(e)) => writes.failed.push(e.to_string()),
            Some(Msg::Conflict(_)) => writes.failed.push("a conflict".into()),
            _ => writes.failed.push("no answer".into()),
        }
        let due = started + Duration::from_secs(k);
        while Instant::now() < due {
            if stop.load(Ordering::Relaxed) {
                return writes;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        if stop.load(Ordering::Relaxed) {
            break;
        }
    }
    writes
}

pub fn run(fixture: &Path) -> Result<(), Failure> {
    let scratch = Scratch::new()?;
    let db = scratch.copy_of(fixture)?;
    let secs = window();

    // The colleague's side, ready before the program starts: the store open, the clients read
    // (spread over the list, so every write is to another client).
    let mut store =
        verwacht::files::open(&db, Create::Never).map_err(|e| format!("the copy: {e}"))?;
    store.set_author("collega");
    let clients: Vec<Client> = {
        let r = store.read().map_err(|e| format!("reading: {e}"))?;
        let all: Vec<Client> = r.all().map_err(|e| format!("clients: {e}"))?;
        let step = (all.len() / 64).max(1);
        all.into_iter().step_by(step).collect()
    };
    if clients.is_empty() {
        return Err("the fixture has no clients".into());
    }

    let mut program = Program::start(&scratch.args(&db), &scratch.home)?;
    program.wait_for(LIST_TITLE, Duration::from_secs(60))?;
    // Let what follows the first frame settle.
    std::thread::sleep(Duration::from_secs(2));

    let pid = program.pid();
    let mark = program.mark();
    let alone = cpu_over(pid, secs)?;
    let printed_alone = program.mark() - mark;

    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || colleague(&store, &clients, &stop))
    };
    let mark = program.mark();
    let busy = cpu_over(pid, secs);
    let printed_busy = program.mark() - mark;
    stop.store(true, Ordering::Relaxed);
    let writes = writer
        .join()
        .map_err(|_| "the colleague's thread panicked".to_string())?;
    let busy = busy?;
    program.still_running()?;
    program.show("after the colleague's writes");
    program.end();

    report_cpu("idle: nobody writing", &alone, Some(BUDGET));
    report_cpu(
        "idle: a colleague writing once a second",
        &busy,
        Some(BUDGET),
    );
    println!(
        "idle: the colleague saved {} changes ({:.1} ms each in this process){}; the program printed {} bytes alone, {} bytes with the colleague",
        writes.saved,
        writes.took.as_secs_f64() * 1000.0 / (writes.saved + writes.failed.len()).max(1) as f64,
        if writes.failed.is_empty() {
            String::new()
        } else {
            format!(", {} failed: {}", writes.failed.len(), writes.failed[0])
        },
        printed_alone,
        printed_busy,
    );
    if writes.saved == 0 {
        return Err("the colleague could not save anything".into());
    }
    Ok(())
}
