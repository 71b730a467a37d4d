//! What the store's tests of whole files share: a fixed day and a store opened as an author.

use chrono::{DateTime, TimeZone, Utc};

use super::Store;
use crate::files::Create;

/// A day of November 2026, at ten.
pub fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 10, 0, 0).unwrap()
}

/// The file at `path`, made if need be, opened by `author` on the 20th.
pub fn open(path: &std::path::Path, author: &str) -> Store {
    let mut store = crate::files::open(path, Create::Private).unwrap();
    store.set_clock(|| at(20));
    store.set_author(author);
    store
}
