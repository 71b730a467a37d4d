//! Case `navigate`: `j` on the client list at 160×48, where the briefing of the selected
//! client stands beside the list, on (a copy of) the team fixture; per keystroke the time
//! from sending it to the end of the frame whose pane shows the newly selected client.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::measure::{Budget, millis, note_over, report_latency};
use crate::terminal::{Failure, Program, ms};
use crate::{LIST_TITLE, Scratch};

pub const SIZE: (u16, u16) = (160, 48);
const BUDGET: Budget = Budget {
    at_most: 2.0,
    shown: "≤ 2 ms",
};
const KEYSTROKES: usize = 40;
/// Not faster than a person holding a key down would repeat it.
const PACE: Duration = Duration::from_millis(100);
/// The pane's border title, in Dutch (the program is started with `--lang nl`).
const PANE_TITLE: &str = "Briefing";
const SHORT: Duration = Duration::from_secs(10);

pub fn run(fixture: &Path) -> Result<(), Failure> {
    let scratch = Scratch::new()?;
    let db = scratch.copy_of(fixture)?;
    let mut program = Program::start_sized(&scratch.args(&db), &scratch.home, SIZE)?;
    program.wait_for(LIST_TITLE, Duration::from_secs(60))?;
    program.wait_for(PANE_TITLE, Duration::from_secs(10))?;
    program.wait_quiet(Instant::now(), ms(200), Duration::from_secs(30))?;
    program.show("with the briefing pane");
    // The pane's first line (the client's name, class and shares) is the row under its
    // border title; the list's column headings beside it do not move.
    let screen = program.screen_text();
    let Some(title_row) = screen.lines().position(|l| l.contains(PANE_TITLE)) else {
        return Err(program.failure("no briefing pane at 160×48"));
    };
    let first_line = title_row + 1;
    let mut drawn = Vec::new();
    let mut unseen = 0;
    for _ in 0..KEYSTROKES {
        program.wait_quiet(Instant::now(), PACE, SHORT)?;
        let before = program
            .screen_text()
            .lines()
            .nth(first_line)
            .map(str::to_string);
        let mark = program.mark();
        let sent = program.send(b"j")?;
        let shown = program.wait_frame(mark, Duration::from_secs(5), |s| {
            Some(s.row_text(first_line).trim_end().to_string()) != before
        })?;
        match shown {
            Some(at) => drawn.push(millis(at.saturating_duration_since(sent))),
            None => unseen += 1,
        }
    }
    program.show("after moving down");
    program.end();
    report_latency(
        "navigate 160×48 with the briefing pane: key → frame with the next client drawn",
        &drawn,
        Some(BUDGET),
    );
    if unseen > 0 {
        note_over();
        println!(
            "navigate: PROBLEM: {unseen} of {KEYSTROKES} keystrokes never showed another \
             client in the pane"
        );
    }
    Ok(())
}
