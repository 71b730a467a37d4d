//! When to store the editor's draft: within a second of any change, so a crash or a dropped
//! connection loses at most the last second of typing — but not on every keystroke.

use chrono::{DateTime, Duration, Utc};

/// Save once typing pauses this long…
const IDLE_MS: i64 = 300;
/// …and at the latest this long after the first unsaved change, even while typing on.
const MAX_MS: i64 = 900;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DraftClock {
    /// The first change not yet saved.
    pub dirty_since: Option<DateTime<Utc>>,
    pub last_change: Option<DateTime<Utc>>,
    /// Counts every change of the editor's text and every save, never going back: what the
    /// terminal loop compares to know whether the draft's text needs copying again.
    pub revision: u64,
}

impl DraftClock {
    pub fn changed(&mut self, now: DateTime<Utc>) {
        self.dirty_since.get_or_insert(now);
        self.last_change = Some(now);
        self.revision += 1;
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty_since.is_some()
    }

    /// Whether the draft should be saved now.
    pub fn due(&self, now: DateTime<Utc>) -> bool {
        match (self.dirty_since, self.last_change) {
            (Some(first), Some(last)) => {
                now - last >= Duration::milliseconds(IDLE_MS)
                    || now - first >= Duration::milliseconds(MAX_MS)
            }
            _ => false,
        }
    }

    pub fn saved(&mut self) {
        *self = DraftClock {
            revision: self.revision + 1,
            ..DraftClock::default()
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn saves_after_a_pause_or_within_a_second_of_steady_typing() {
        let t0 = Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap();
        let ms = Duration::milliseconds;
        let mut d = DraftClock::default();
        assert!(!d.due(t0));
        d.changed(t0);
        assert!(!d.due(t0 + ms(100)));
        assert!(d.due(t0 + ms(300)));
        // Typing steadily every 100 ms: saved by 900 ms after the first change.
        let mut d = DraftClock::default();
        for i in 0..9 {
            d.changed(t0 + ms(i * 100));
            assert!(!d.due(t0 + ms(i * 100 + 50)));
        }
        assert!(d.due(t0 + ms(900)));
        d.saved();
        assert!(!d.is_dirty());
    }
}
