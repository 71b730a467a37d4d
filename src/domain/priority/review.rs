//! When things are due for another look: how old a delighter may grow before it is reviewed,
//! and how many days of time spent the time balance counts. Set in the config's `[review]`.

use serde::Deserialize;

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Review {
    /// A delighter older than this many days is flagged for review: today's wow is
    /// tomorrow's basic.
    pub delighter_days: i64,
    /// How many days of time spent count for the time-share indicator.
    pub time_window_days: i64,
}

impl Review {
    /// The days of time spent the time balance counts: at least today's.
    pub fn window_days(&self) -> i64 {
        self.time_window_days.max(1)
    }
}

impl Default for Review {
    fn default() -> Self {
        Review {
            delighter_days: 180,
            time_window_days: 90,
        }
    }
}
