//! Waiting for what the program shows: text on the screen, a typed letter echoed, any output,
//! the output going quiet. Every wait has a time limit; what ran out says what was on screen.

use std::time::{Duration, Instant};

use crate::screen::{Screen, printed};
use crate::terminal::{Failure, Program, ms};

impl Program {
    /// Brings the screen up to date with everything printed so far.
    fn catch_up(&mut self) {
        let output = self.shared.lock();
        let new = &output.bytes[self.parsed..];
        self.screen.feed(new);
        self.parsed = output.bytes.len();
    }

    /// Waits until the screen shows `text` in one of its rows; returns when the output that
    /// completed it arrived.
    pub fn wait_for(&mut self, text: &str, timeout: Duration) -> Result<Instant, Failure> {
        match self.seen(text, timeout)? {
            Some(at) => Ok(at),
            None => Err(self.failure(&format!(
                "“{text}” not on screen after {} s",
                timeout.as_secs_f64()
            ))),
        }
    }

    /// Like [`Program::wait_for`], but `None` when `text` did not show within `timeout`.
    pub fn seen(&mut self, text: &str, timeout: Duration) -> Result<Option<Instant>, Failure> {
        let deadline = Instant::now() + timeout;
        if self.screen.contains(text) {
            return Ok(Some(Instant::now()));
        }
        loop {
            // Piece by piece, so the time is that of the piece that drew it. `parsed` is
            // always where a piece ends.
            let (found, closed) = {
                let output = self.shared.lock();
                let from = output.pieces.partition_point(|&(o, _)| o < self.parsed);
                let mut found = None;
                for i in from..output.pieces.len() {
                    let (offset, at) = output.pieces[i];
                    let end = output.pieces.get(i + 1).map_or(output.bytes.len(), |p| p.0);
                    self.screen.feed(&output.bytes[offset..end]);
                    self.parsed = end;
                    if self.screen.contains(text) {
                        found = Some(at);
                        break;
                    }
                }
                (found, output.closed)
            };
            if found.is_some() {
                return Ok(found);
            }
            if closed {
                return Err(self.failure(&format!("the program ended before showing “{text}”")));
            }
            if Instant::now() >= deadline {
                return Ok(None);
            }
            self.sleep_for_output(deadline);
        }
    }

    /// Waits until nothing was printed for `quiet` (counted from `since` at the earliest) and
    /// returns when the last byte before the silence arrived (`since` if none came).
    pub fn wait_quiet(
        &mut self,
        since: Instant,
        quiet: Duration,
        timeout: Duration,
    ) -> Result<Instant, Failure> {
        let deadline = Instant::now() + timeout;
        loop {
            let last = {
                let output = self.shared.lock();
                output.pieces.last().map_or(since, |&(_, at)| at.max(since))
            };
            let now = Instant::now();
            if now.duration_since(last) >= quiet {
                self.catch_up();
                return Ok(last);
            }
            if now >= deadline {
                return Err(self.failure(&format!(
                    "the output did not go quiet for {} ms within {} s",
                    quiet.as_millis(),
                    timeout.as_secs_f64()
                )));
            }
            std::thread::sleep((last + quiet).saturating_duration_since(now).max(ms(1)));
        }
    }

    /// Waits until the program prints `c` as text (not inside an escape sequence) at or after
    /// output offset `mark`; returns when that output arrived, `None` if not within `timeout`.
    pub fn wait_printed(
        &mut self,
        mark: usize,
        c: char,
        timeout: Duration,
    ) -> Result<Option<Instant>, Failure> {
        self.wait_output_where(timeout, &format!("echoing {c:?}"), |bytes| {
            // The mark sits between frames, where no escape sequence is half sent.
            printed(&bytes[mark..], c).map(|offset| mark + offset)
        })
    }

    /// Waits for the first output at or after offset `mark`; `None` if none within `timeout`.
    pub fn wait_output(
        &mut self,
        mark: usize,
        timeout: Duration,
    ) -> Result<Option<Instant>, Failure> {
        self.wait_output_where(timeout, "printing anything", |bytes| {
            (bytes.len() > mark).then_some(mark)
        })
    }

    /// Waits until `find` finds an offset in the output; returns when the piece holding it
    /// arrived.
    fn wait_output_where(
        &mut self,
        timeout: Duration,
        what: &str,
        find: impl Fn(&[u8]) -> Option<usize>,
    ) -> Result<Option<Instant>, Failure> {
        let deadline = Instant::now() + timeout;
        loop {
            {
                let output = self.shared.lock();
                if let Some(at) = find(&output.bytes) {
                    let piece = output.pieces.partition_point(|&(o, _)| o <= at);
                    return Ok(Some(output.pieces[piece.saturating_sub(1)].1));
                }
                if output.closed {
                    drop(output);
                    return Err(self.failure(&format!("the program ended before {what}")));
                }
            }
            if Instant::now() >= deadline {
                return Ok(None);
            }
            self.sleep_for_output(deadline);
        }
    }

    /// Waits for a whole frame, drawn at or after output offset `mark`, after which the
    /// screen satisfies `shows`; returns when the piece that ended that frame arrived, `None`
    /// if no such frame came within `timeout`. The screen is followed frame by frame: ratatui
    /// ends every frame by showing or hiding the cursor, so a frame half sent (the rows above
    /// new, the ones below still old) is never taken for what it will show.
    pub fn wait_frame(
        &mut self,
        mark: usize,
        timeout: Duration,
        shows: impl Fn(&Screen) -> bool,
    ) -> Result<Option<Instant>, Failure> {
        const ENDS: [&[u8]; 2] = [b"\x1b[?25h", b"\x1b[?25l"];
        let deadline = Instant::now() + timeout;
        loop {
            let (found, closed) = {
                let output = self.shared.lock();
                let mut found = None;
                let mut from = self.parsed;
                while found.is_none() {
                    let rest = &output.bytes[from..];
                    let Some(end) = ENDS
                        .iter()
                        .filter_map(|m| {
                            rest.windows(m.len())
                                .position(|w| w == *m)
                                .map(|p| from + p + m.len())
                        })
                        .min()
                    else {
                        break;
                    };
                    self.screen.feed(&output.bytes[self.parsed..end]);
                    self.parsed = end;
                    from = end;
                    if end > mark && shows(&self.screen) {
                        let piece = output.pieces.partition_point(|&(o, _)| o < end);
                        found = Some(output.pieces[piece.saturating_sub(1)].1);
                    }
                }
                (found, output.closed)
            };
            if found.is_some() {
                return Ok(found);
            }
            if closed {
                return Err(self.failure("the program ended before drawing the frame awaited"));
            }
            if Instant::now() >= deadline {
                return Ok(None);
            }
            self.sleep_for_output(deadline);
        }
    }

    /// Sleeps until more output arrives, or a short while, or the deadline.
    fn sleep_for_output(&self, deadline: Instant) {
        let output = self.shared.lock();
        let len = output.bytes.len();
        let wait = deadline
            .saturating_duration_since(Instant::now())
            .min(ms(50));
        let _ = self
            .shared
            .arrived
            .wait_timeout_while(output, wait, |o| o.bytes.len() == len && !o.closed);
    }

    /// The screen as drawn so far, as text.
    pub fn screen_text(&mut self) -> String {
        self.catch_up();
        self.screen.text()
    }

    /// Prints the screen when `VERWACHT_PTY_SHOW=1`: to see what was measured.
    pub fn show(&mut self, when: &str) {
        if std::env::var_os("VERWACHT_PTY_SHOW").is_some_and(|v| v == "1") {
            let screen = self.screen_text();
            eprintln!("--- the screen {when} ---\n{screen}\n---");
        }
    }

    /// How many terminal queries were answered.
    pub fn queries_answered(&self) -> usize {
        self.shared.lock().answered
    }

    /// A description of what went wrong, with the screen and the last raw output.
    pub fn failure(&mut self, what: &str) -> Failure {
        let screen = self.screen_text();
        let output = self.shared.lock();
        let tail = &output.bytes[output.bytes.len().saturating_sub(1500)..];
        format!(
            "{what} ({:.1} s after the start, {} bytes printed)\n--- screen ---\n{screen}\n\
             --- last {} bytes of output, escaped ---\n{}",
            self.spawned.elapsed().as_secs_f64(),
            output.bytes.len(),
            tail.len(),
            tail.escape_ascii()
        )
    }
}
