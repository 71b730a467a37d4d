//! `verwacht demo`: fills an empty database with a realistic Dutch example, or with the large
//! "team" fixture the benchmarks run against. Both are the same for the same date.

mod names;
pub(crate) mod prng;
mod small;
mod team;

pub use team::{Progress, TeamSize};

use chrono::NaiveDate;

use crate::domain::{Answer, Client, Contact, Expectation, Experience, Interview, TimeEntry};
use crate::store::{Queries, Store, StoreError, Tx};

/// What can stop the example from loading.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The example only goes into a database without clients.
    #[error("the database already holds clients")]
    NotEmpty,
    /// A mistake in the example itself; never expected to happen.
    #[error("internal error in the example: {0}")]
    Internal(&'static str),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// How many records of each kind the database holds after loading.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub clients: u64,
    pub contacts: u64,
    pub interviews: u64,
    pub answers: u64,
    pub expectations: u64,
    pub experiences: u64,
    pub time_entries: u64,
}

impl Summary {
    fn count(q: &impl Queries) -> Result<Summary, StoreError> {
        Ok(Summary {
            clients: q.count::<Client>()?,
            contacts: q.count::<Contact>()?,
            interviews: q.count::<Interview>()?,
            answers: q.count::<Answer>()?,
            expectations: q.count::<Expectation>()?,
            experiences: q.count::<Experience>()?,
            time_entries: q.count::<TimeEntry>()?,
        })
    }
}

/// Refuses a database that already holds clients. Checked inside the write transaction, so
/// no other process can add a client in between.
fn ensure_empty(tx: &Tx) -> Result<(), DemoError> {
    if tx.count::<Client>()? > 0 {
        return Err(DemoError::NotEmpty);
    }
    Ok(())
}

/// Loads the small example into an empty database in one transaction: all of it or nothing.
/// (The first look is only a shortcut; the check inside the transaction is the guarantee.)
pub fn load_small(store: &Store, today: NaiveDate) -> Result<Summary, DemoError> {
    if !store.is_empty()? {
        return Err(DemoError::NotEmpty);
    }
    store.write(|tx| {
        ensure_empty(tx)?;
        small::write(tx, today)?;
        Ok(Summary::count(tx)?)
    })
}

/// Loads the team fixture of `size` (see [`TeamSize::FULL`]), reporting progress after every
/// transaction.
pub fn load_team(
    store: &Store,
    size: TeamSize,
    today: NaiveDate,
    progress: &mut dyn FnMut(Progress),
) -> Result<Summary, DemoError> {
    team::load(store, size, today, progress)
}

#[cfg(test)]
mod tests;
