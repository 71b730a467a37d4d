//! The small example: 25 Dutch clients across sectors, with people, interviews, expectations
//! with their history, experiences and complaints, and the time spent on each over the last
//! 90 days, and a progress report sent a month ago. Hand-written, so that every screen has
//! something true to show.

mod clients;
mod plan;
mod spec;
mod write;

use chrono::NaiveDate;

use super::DemoError;
use crate::store::Tx;

/// Writes the whole example in `tx`, dated relative to `today`.
pub fn write(tx: &mut Tx, today: NaiveDate) -> Result<(), DemoError> {
    let specs = clients::all();
    let events = plan::timeline(today);
    write::Writer::new(&specs, today).write_all(tx, &events)
}
