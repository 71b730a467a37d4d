//! Case `paste`: a 5 MB answer pasted into an interview on the example database (25 clients,
//! so what is measured is the editor's cost), then the program's idle CPU with that answer
//! in the editor, the echo of keystrokes typed after it, and the echo of typing into the
//! next, empty answer once Enter has saved the long one. Typing before the paste is timed
//! too, for comparison.
//!
//! That the paste is in is read from the file (the draft holds all of it, stored at most a
//! second later), not only from the screen: an editor that does not scroll to the end of a
//! long text would otherwise look like one still busy.

use std::path::Path;
use std::time::{Duration, Instant};

use verwacht::files::Create;
use verwacht::store::Queries;

use crate::answer::{END, long_answer};
use crate::keystrokes::{report, type_and_time};
use crate::measure::{Budget, CpuWindow, cpu_over, millis, note_over, report_cpu};
use crate::terminal::{Failure, Program, ms};
use crate::{LIST_TITLE, Scratch};

const IDLE_BUDGET: Budget = Budget {
    at_most: 1.0,
    shown: "~0 % (< 1 %)",
};
const LONG: Duration = Duration::from_secs(120);
const SHORT: Duration = Duration::from_secs(10);

/// The paste's size: `VERWACHT_PTY_PASTE_MB`, else 5 MB.
fn paste_bytes() -> usize {
    let mb = std::env::var("VERWACHT_PTY_PASTE_MB")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .filter(|&m| m > 0.0)
        .unwrap_or(5.0);
    (mb * 1024.0 * 1024.0) as usize
}

/// From the home list to typing the first answer of an interview.
fn open_interview(program: &mut Program) -> Result<(), Failure> {
    program.wait_for(LIST_TITLE, SHORT)?;
    // Zorggroep Het Baken has no interview in progress (one would be taken up instead).
    program.send(b"f")?;
    program.wait_for("Filter op naam", SHORT)?;
    program.send(b"Baken\r")?;
    program.wait_for("filter “Baken”", SHORT)?;
    program.send(b"i")?;
    program.wait_for("met wie spreek je?", SHORT)?;
    program.send(b"1")?;
    program.wait_for("1. Altijd aanwezig", SHORT)?;
    program.wait_quiet(Instant::now(), ms(200), SHORT)?;
    if !program.printed_bytes(b"\x1b[?2004h") {
        return Err(program.failure("the program did not turn bracketed paste on"));
    }
    Ok(())
}

/// Waits until the file holds a draft ending in `END`: all of the paste reached the program.
fn wait_for_draft(program: &mut Program, db: &Path) -> Result<Instant, Failure> {
    let store =
        verwacht::files::open(db, Create::Never).map_err(|e| format!("the database: {e}"))?;
    let deadline = Instant::now() + LONG;
    loop {
        let drafts = store
            .read()
            .and_then(|r| r.drafts())
            .map_err(|e| format!("reading the drafts: {e}"))?;
        if drafts.iter().any(|d| d.text.ends_with(END)) {
            return Ok(Instant::now());
        }
        program.still_running()?;
        if Instant::now() >= deadline {
            return Err(program.failure(&format!(
                "no draft with all of the paste in the file after {} s",
                LONG.as_secs()
            )));
        }
        std::thread::sleep(ms(100));
    }
}

pub fn run() -> Result<(), Failure> {
    let scratch = Scratch::new()?;
    let db = scratch.dir.path().join("demo.redb");
    scratch.demo(&db)?;

    let mut program = Program::start(&scratch.args(&db), &scratch.home)?;
    open_interview(&mut program)?;

    // For comparison: the same typing into the empty editor, before the paste (the letters
    // stay, the paste follows them).
    let echoes = type_and_time(&mut program)?;
    report("paste (0): typing a new answer, before the paste", &echoes);

    // The paste, as a terminal sends it.
    let text = long_answer(paste_bytes());
    let lines = text.matches('\r').count() + 1;
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend_from_slice(text.as_bytes());
    paste.extend_from_slice(b"\x1b[201~");
    let size = paste.len() as f64 / (1024.0 * 1024.0);
    let cpu = CpuWindow::start(program.pid())?;
    let sending = Instant::now();
    let sent = program.send_large(paste, LONG)?;
    let stored = wait_for_draft(&mut program, &db)?;
    let shown = program.seen(END, SHORT)?;
    let (paste_cpu, _) = cpu.percent()?;
    println!(
        "paste: {size:.1} MB in {lines} lines sent in {:.0} ms; all of it in the stored draft after {:.0} ms (drafts are stored up to 1 s after typing); the program used {paste_cpu:.0} % of a core meanwhile",
        millis(sent - sending),
        millis(stored - sending),
    );
    match shown {
        Some(at) => println!(
            "paste: the end of the answer on screen {:.0} ms after the first byte was sent",
            millis(at.saturating_duration_since(sending))
        ),
        None => {
            note_over();
            println!(
                "paste: PROBLEM: the end of the answer (“{END}”, where the cursor is) is not on screen {} s after it was stored",
                SHORT.as_secs()
            );
        }
    }
    program.show("after the paste");
    // Let the draft's save and what follows it pass.
    program.wait_quiet(Instant::now(), ms(300), LONG)?;
    std::thread::sleep(Duration::from_secs(2));

    let idle = cpu_over(program.pid(), 10)?;
    report_cpu(
        "paste (a): idle with the long answer in the editor",
        &idle,
        Some(IDLE_BUDGET),
    );

    let echoes = type_and_time(&mut program)?;
    program.show("after typing behind the long answer");
    report("paste (b): typing after the long answer", &echoes);

    // Enter saves the answer; the editor is empty again.
    program.wait_quiet(Instant::now(), ms(100), LONG)?;
    let enter = program.send(b"\r")?;
    let saved = program.wait_for("Antwoord opgeslagen", LONG)?;
    println!(
        "paste: Enter → “Antwoord opgeslagen” on screen in {:.0} ms",
        millis(saved.saturating_duration_since(enter))
    );
    program.wait_quiet(saved, ms(300), LONG)?;
    std::thread::sleep(Duration::from_secs(2));
    let echoes = type_and_time(&mut program)?;
    program.show("after typing the next answer");
    report(
        "paste (c): typing the next answer, after saving the long one",
        &echoes,
    );
    program.still_running()?;
    program.end();
    Ok(())
}
