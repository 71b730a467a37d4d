//! The call timer: runs from the start of the interview, can be paused, and is stored as
//! seconds with the interview.

use chrono::{DateTime, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timer {
    /// Seconds counted before the current run.
    pub accumulated: u64,
    /// When the current run started; `None` while paused.
    pub running_since: Option<DateTime<Utc>>,
}

impl Timer {
    pub fn start(accumulated: u64, now: DateTime<Utc>) -> Timer {
        Timer {
            accumulated,
            running_since: Some(now),
        }
    }

    pub fn seconds(&self, now: DateTime<Utc>) -> u64 {
        let running = self
            .running_since
            .map_or(0, |since| (now - since).num_seconds().max(0) as u64);
        self.accumulated + running
    }

    pub fn is_paused(&self) -> bool {
        self.running_since.is_none()
    }

    pub fn toggle(&mut self, now: DateTime<Utc>) {
        match self.running_since {
            Some(_) => {
                self.accumulated = self.seconds(now);
                self.running_since = None;
            }
            None => self.running_since = Some(now),
        }
    }
}

/// `mm:ss`, or `h:mm:ss` from an hour on.
pub fn clock_text(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    #[test]
    fn counts_runs_and_skips_pauses() {
        let t0 = Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap();
        let mut timer = Timer::start(30, t0);
        assert_eq!(timer.seconds(t0 + Duration::seconds(90)), 120);
        timer.toggle(t0 + Duration::seconds(90));
        assert!(timer.is_paused());
        assert_eq!(timer.seconds(t0 + Duration::seconds(500)), 120);
        timer.toggle(t0 + Duration::seconds(500));
        assert_eq!(timer.seconds(t0 + Duration::seconds(510)), 130);
        assert_eq!(clock_text(130), "02:10");
        assert_eq!(clock_text(3725), "1:02:05");
    }
}
