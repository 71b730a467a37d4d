//! Who wrote a record, and when.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The author (an OS user name) and the moment of a write.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub by: String,
    pub at: DateTime<Utc>,
}

impl Stamp {
    /// A stamp to be filled in by the store when the record is written.
    pub fn pending() -> Self {
        Self::default()
    }

    pub fn new(by: impl Into<String>, at: DateTime<Utc>) -> Self {
        Self { by: by.into(), at }
    }
}
