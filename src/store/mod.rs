//! The only code that knows redb: tables, encoding, migrations, transactions.
//!
//! The database is one redb file opened in `MultiWriter` mode, so several processes (a team on
//! one server) read and write it at once. Every write is one short, durable transaction.

mod bulk;
mod codec;
mod digest_codec;
pub mod error;
pub mod guard;
mod home_codec;
mod merge;
mod open;
mod open_interviews;
mod read;
mod record;
mod schema;
mod tables;
mod text_index;
mod text_sets;
mod tx;
pub mod views;
mod writable;

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, Utc};
use redb::{ReadOnlyDatabase, ReadableDatabase};

pub use bulk::Bulk;
pub use error::{Result, StoreError};
pub use merge::{Conflict, Deleted, Edited, three_way};
pub use open::OnFile;
pub use read::{Queries, Reader};
pub use record::{Record, excerpt};
pub use schema::CURRENT as SCHEMA_VERSION;
pub use tx::Tx;

/// Memory redb may use for caching pages: far below its 1 GiB default, so that many users on
/// one server each stay small.
const CACHE_BYTES: usize = 32 * 1024 * 1024;

enum Handle {
    Writable(writable::Writable),
    ReadOnly(ReadOnlyDatabase),
}

/// What the store knows of time, handed in by whoever opens it (the files layer hands in the
/// system's clocks; tests a fixed one).
#[derive(Clone, Copy)]
pub struct Clock {
    /// The time writes are stamped with.
    pub wall: fn() -> DateTime<Utc>,
    /// A clock that never goes back, for the pauses between attempts to open a file again
    /// after a failed write.
    pub steady: fn() -> Instant,
}

/// An open verwacht database.
pub struct Store {
    handle: Handle,
    path: PathBuf,
    author: String,
    clock: Clock,
}

impl Store {
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn author(&self) -> &str {
        &self.author
    }

    /// Whether the last operation failed on I/O (a full disk, typically) and the file waits
    /// to be opened again.
    pub fn is_failing(&self) -> bool {
        matches!(&self.handle, Handle::Writable(w) if w.is_failing())
    }

    /// Lets the next operation open the file again at once instead of after a pause.
    pub fn retry_now(&self) {
        if let Handle::Writable(w) = &self.handle {
            w.retry_now();
        }
    }

    pub fn is_read_only(&self) -> bool {
        matches!(self.handle, Handle::ReadOnly(_))
    }

    /// The time writes are stamped with now.
    pub fn now(&self) -> DateTime<Utc> {
        (self.clock.wall)()
    }

    /// Replaces the clock used to stamp writes (tests use a fixed one).
    pub fn set_clock(&mut self, clock: fn() -> DateTime<Utc>) {
        self.clock.wall = clock;
    }

    /// Replaces the author of later writes.
    pub fn set_author(&mut self, author: impl Into<String>) {
        self.author = author.into();
    }

    /// A consistent snapshot for reading.
    pub fn read(&self) -> Result<Reader> {
        let txn = match &self.handle {
            Handle::Writable(w) => {
                let db = w.for_read()?;
                let Some(db) = db.as_ref() else {
                    return Err(StoreError::Missing(self.path.clone()));
                };
                db.begin_read().map_err(|e| w.note(StoreError::from(e)))?
            }
            Handle::ReadOnly(db) => db.begin_read()?,
        };
        Ok(Reader { txn })
    }

    /// Runs `f` in one durable write transaction. If `f` fails nothing is written. When another
    /// process is writing, this waits for it to finish.
    ///
    /// Contention needs no retry here: in `MultiWriter` mode redb's `begin_write` waits for the
    /// writer lock (a blocking `F_OFD_SETLKW` lock, retried on `EINTR`) instead of failing, and
    /// the one variant that fails instead (`try_begin_write`, `WouldBlock`) is not used. So
    /// busy colleagues only make a write wait for their transactions; every error that does
    /// come back is a real one (disk full, I/O, a file gone read-only).
    ///
    /// What a write costs, and so how long the next one waits (`cargo bench --bench writers`):
    /// the work inside the transaction is under a millisecond; the commit holds the lock for
    /// two flushes (redb commits in two phases when processes share the file), about 8 ms on
    /// its own, plus the pages the write changed — an answer's search index words (two
    /// B-tree entries per word, in different pages) about double that. The lock is not
    /// first come, first served (the kernel wakes every waiter and one wins), so with many
    /// writers writing without pause a write can wait for several turns of the others.
    pub fn write<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&mut Tx) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.write_as(&self.author, (self.clock.wall)(), f)
    }

    /// Like [`Store::write`], but stamps the writes with the given author and time (for the
    /// example data and for importing history).
    pub fn write_as<T, E: From<StoreError>>(
        &self,
        author: &str,
        at: DateTime<Utc>,
        f: impl FnOnce(&mut Tx) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let Handle::Writable(w) = &self.handle else {
            return Err(StoreError::ReadOnly(self.path.clone()).into());
        };
        let db = w.for_write()?;
        let Some(db) = db.as_ref() else {
            return Err(StoreError::Missing(self.path.clone()).into());
        };
        let txn = db.begin_write().map_err(|e| w.note(StoreError::from(e)))?;
        let mut tx = Tx::new(txn, author.to_string(), at);
        error::take_io_failure();
        let out = match f(&mut tx) {
            Ok(out) => out,
            Err(e) => {
                // The error is the caller's type: an I/O failure in it (after which redb
                // refuses the handle) was noted on the way.
                drop(tx);
                if let Some(full) = error::take_io_failure() {
                    w.note_io(full);
                }
                return Err(e);
            }
        };
        tx.commit().map_err(|e| w.note(e))?;
        w.succeeded();
        Ok(out)
    }

    /// The change counter: it grows with every committed change, by any process.
    pub fn change_seq(&self) -> Result<u64> {
        self.read()?.change_seq()
    }

    /// Whether the database holds no clients at all.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.read()?.count::<crate::domain::Client>()? == 0)
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_demo;
#[cfg(test)]
mod tests_home;
#[cfg(test)]
mod tests_open_interviews;
#[cfg(test)]
mod tests_support;
