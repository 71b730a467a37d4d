//! Typing at a person's pace and timing each keystroke's echo: when the first output after
//! the key arrived, when the typed letter appeared, and when the frame was done.

use std::time::{Duration, Instant};

use crate::measure::{Budget, millis, note_over, report_latency};
use crate::terminal::{Failure, Program, ms};

const KEY_BUDGET: Budget = Budget {
    at_most: 16.0,
    shown: "≤ 16 ms",
};
const KEYSTROKES: usize = 30;
/// Typing speed: a keystroke at most every 150 ms, about 7 a second.
const PACE: Duration = Duration::from_millis(150);
/// Letters to type, in turn.
const TYPED: &str = "kwaliteit";
/// How long a keystroke may take to show anything at all before it counts as not shown.
const NOTHING: Duration = Duration::from_secs(5);
/// How long after a frame without the letter a later frame may still bring it.
const GRACE: Duration = Duration::from_millis(500);
const SHORT: Duration = Duration::from_secs(10);

/// One keystroke, in ms from sending it.
pub struct Echo {
    /// The first output after the key.
    first: Option<f64>,
    /// The last byte before the output stayed quiet for 20 ms, with the letter on screen if
    /// it came: the frame is done.
    drawn: Option<f64>,
    /// Whether the typed letter was printed at all.
    echoed: bool,
}

fn one_key(program: &mut Program, c: char) -> Result<Echo, Failure> {
    let mark = program.mark();
    let mut key = [0u8; 4];
    let sent = program.send(c.encode_utf8(&mut key).as_bytes())?;
    let since = |at: Instant| Some(millis(at.saturating_duration_since(sent)));
    let Some(first) = program.wait_output(mark, NOTHING)? else {
        return Ok(Echo {
            first: None,
            drawn: None,
            echoed: false,
        });
    };
    let mut done = program.wait_quiet(first, ms(20), SHORT)?;
    // A frame of the call timer may come first; the letter then follows in one of its own.
    let echoed = match program.wait_printed(mark, c, Duration::ZERO)? {
        Some(_) => true,
        None => match program.wait_printed(mark, c, GRACE)? {
            Some(at) => {
                done = program.wait_quiet(at, ms(20), SHORT)?;
                true
            }
            None => false,
        },
    };
    Ok(Echo {
        first: since(first),
        drawn: since(done),
        echoed,
    })
}

/// Types `KEYSTROKES` letters at a typing pace and times each one.
pub fn type_and_time(program: &mut Program) -> Result<Vec<Echo>, Failure> {
    let mut echoes = Vec::new();
    let mut last_sent = Instant::now() - PACE;
    for c in TYPED.chars().cycle().take(KEYSTROKES) {
        // Between frames (the call timer redraws once a second), and not faster than a person.
        program.wait_quiet(Instant::now(), ms(100), SHORT)?;
        std::thread::sleep(PACE.saturating_sub(last_sent.elapsed()));
        last_sent = Instant::now();
        echoes.push(one_key(program, c)?);
    }
    Ok(echoes)
}

/// Two lines (first byte; frame done, against the budget), and one more if some letters
/// never showed.
pub fn report(label: &str, echoes: &[Echo]) {
    let first: Vec<f64> = echoes.iter().filter_map(|e| e.first).collect();
    let drawn: Vec<f64> = echoes.iter().filter_map(|e| e.drawn).collect();
    report_latency(&format!("{label}, key → first byte"), &first, None);
    report_latency(
        &format!("{label}, key → frame done"),
        &drawn,
        Some(KEY_BUDGET),
    );
    let silent = echoes.iter().filter(|e| e.first.is_none()).count();
    let unseen = echoes.iter().filter(|e| !e.echoed).count();
    if unseen > 0 {
        note_over();
        println!(
            "{label}: PROBLEM: {unseen} of {} typed letters never appeared on screen \
             ({silent} keystrokes printed nothing within {} s)",
            echoes.len(),
            NOTHING.as_secs()
        );
    }
}
