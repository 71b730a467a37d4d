//! Case `start`: from starting the program to its first full frame, the client list with its
//! title, on (a copy of) the team fixture.

use std::path::Path;
use std::time::Duration;

use crate::measure::{Budget, millis, report_runs};
use crate::terminal::{Failure, Program, ms};
use crate::{LIST_TITLE, Scratch};

const RUNS: usize = 5;
/// The budget (issue 15): 150 ms on the team fixture, 200 ms at 4×.
fn budget() -> Budget {
    Budget::by_scale(
        Budget {
            at_most: 150.0,
            shown: "≤ 150 ms",
        },
        Budget {
            at_most: 200.0,
            shown: "≤ 200 ms",
        },
    )
}

pub fn run(fixture: &Path) -> Result<(), Failure> {
    let scratch = Scratch::new()?;
    // A copy: opening for writing is a write to the file's header, and the fixture stays as
    // it was made.
    let db = scratch.copy_of(fixture)?;
    let mut title = Vec::new();
    let mut frame = Vec::new();
    let mut answered = 0;
    for _ in 0..RUNS {
        let mut program = Program::start(&scratch.args(&db), &scratch.home)?;
        let seen = program.wait_for(LIST_TITLE, Duration::from_secs(60))?;
        // The frame is done when its last byte is out: the output then stays quiet.
        let done = program.wait_quiet(seen, ms(20), Duration::from_secs(30))?;
        title.push(millis(seen - program.spawned));
        frame.push(millis(done - program.spawned));
        answered += program.queries_answered();
        program.show("at the first frame");
        program.end();
    }
    report_runs("start: spawn → list title on screen", "ms", &title, None);
    report_runs(
        "start: spawn → first full frame drawn (last byte before 20 ms quiet)",
        "ms",
        &frame,
        Some(budget()),
    );
    if answered > 0 {
        println!(
            "start: the program asked the terminal {answered} queries over the runs (answered)"
        );
    }
    Ok(())
}
