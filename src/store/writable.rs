//! A writable database that survives a failed write. After an I/O error (a full disk, a file
//! size limit, a vanished mount) redb refuses every later operation on that handle and keeps
//! its file locks; the file must be opened again. This handle notes the failure, says what it
//! was on every attempt until then, and opens the file again by itself — at most every
//! [`RETRY`] — so that writing works again as soon as the disk does.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError, RwLock, RwLockReadGuard};
use std::time::{Duration, Instant};

use redb::Database;

use super::error::{Result, StoreError, is_full};

/// How long after a failure the file is opened again at the earliest.
pub const RETRY: Duration = Duration::from_secs(2);

/// Why the last operation failed, kept to answer attempts made before the next reopen.
#[derive(Clone, Debug)]
enum Failure {
    DiskFull,
    /// redb refuses the handle after an earlier failure whose cause it did not keep.
    Earlier,
    Other(String),
}

impl Failure {
    fn error(&self, path: &Path) -> StoreError {
        match self {
            Failure::DiskFull => StoreError::DiskFull(path.to_path_buf()),
            Failure::Earlier => StoreError::EarlierWriteFailed(path.to_path_buf()),
            Failure::Other(reason) => StoreError::WriteFailed {
                path: path.to_path_buf(),
                reason: reason.clone(),
            },
        }
    }
}

pub struct Writable {
    path: PathBuf,
    db: RwLock<Option<Database>>,
    state: Mutex<State>,
    open: fn(&Path) -> Result<Database>,
    /// The clock the pauses are timed by (handed in: the store reads no clock itself).
    steady: fn() -> Instant,
}

/// What went wrong last, and whether the handle must be opened again before it can be used.
#[derive(Default)]
struct State {
    /// The last failed write: writes wait [`RETRY`] after it before they try again.
    failed: Option<(Instant, Failure)>,
    /// redb refuses the handle since that failure; it is opened again before the next use
    /// (a read does that at once, so the screen keeps its data).
    broken: bool,
    /// When opening it again failed last, so that a disk that stays full is not hammered.
    reopen_failed: Option<Instant>,
}

/// How long after a failed attempt to open the file again the next one is made.
const REOPEN_PAUSE: Duration = Duration::from_millis(500);

/// The I/O part of a store error, if it has one: the failures after which redb needs the file
/// opened again.
fn io_failure(e: &StoreError) -> Option<Failure> {
    match e {
        StoreError::DiskFull(_) => Some(Failure::DiskFull),
        StoreError::EarlierWriteFailed(_) => Some(Failure::Earlier),
        StoreError::WriteFailed { reason, .. } => Some(Failure::Other(reason.clone())),
        StoreError::Db(db) => match db.as_ref() {
            redb::Error::Io(io) if is_full(io) => Some(Failure::DiskFull),
            redb::Error::Io(io) => Some(Failure::Other(io.to_string())),
            redb::Error::PreviousIo | redb::Error::DatabaseClosed => Some(Failure::Earlier),
            _ => None,
        },
        StoreError::Io { source, .. } if is_full(source) => Some(Failure::DiskFull),
        _ => None,
    }
}

impl Writable {
    pub fn new(
        path: &Path,
        db: Database,
        open: fn(&Path) -> Result<Database>,
        steady: fn() -> Instant,
    ) -> Writable {
        Writable {
            path: path.to_path_buf(),
            db: RwLock::new(Some(db)),
            state: Mutex::new(State::default()),
            open,
            steady,
        }
    }

    /// How long ago `at` was, by the handed-in clock.
    fn since(&self, at: Instant) -> Duration {
        (self.steady)().saturating_duration_since(at)
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The database for reading: opened again first if a failure left it refused.
    pub fn for_read(&self) -> Result<RwLockReadGuard<'_, Option<Database>>> {
        self.usable()
    }

    /// The database for writing. Within [`RETRY`] of a failed write the failure comes back at
    /// once (the disk is not retried on every keystroke); after that it is tried again.
    pub fn for_write(&self) -> Result<RwLockReadGuard<'_, Option<Database>>> {
        if let Some((at, why)) = &self.state().failed
            && self.since(*at) < RETRY
        {
            return Err(why.error(&self.path));
        }
        self.usable()
    }

    fn usable(&self) -> Result<RwLockReadGuard<'_, Option<Database>>> {
        let (broken, paused) = {
            let state = self.state();
            let paused = state
                .reopen_failed
                .is_some_and(|at| self.since(at) < REOPEN_PAUSE);
            (state.broken, paused)
        };
        if broken {
            if paused {
                let why = self.state().failed.clone().map(|(_, why)| why);
                return Err(why.unwrap_or(Failure::Earlier).error(&self.path));
            }
            self.reopen()?;
        }
        let guard = self.db.read().unwrap_or_else(PoisonError::into_inner);
        if guard.is_none() {
            return Err(Failure::Earlier.error(&self.path));
        }
        Ok(guard)
    }

    /// Closes the refused handle (releasing its locks) and opens the file anew.
    fn reopen(&self) -> Result<()> {
        let mut slot = self.db.write().unwrap_or_else(PoisonError::into_inner);
        if !self.state().broken {
            // Another thread opened it again meanwhile.
            return Ok(());
        }
        *slot = None;
        match (self.open)(&self.path) {
            Ok(db) => {
                *slot = Some(db);
                let mut state = self.state();
                state.broken = false;
                state.reopen_failed = None;
                Ok(())
            }
            Err(e) => {
                let e = self.note(e);
                self.state().reopen_failed = Some((self.steady)());
                Err(e)
            }
        }
    }

    /// Looks at an error that came back: an I/O failure is remembered (the handle is opened
    /// again before its next use), and a full disk is named as such.
    pub fn note(&self, e: StoreError) -> StoreError {
        let Some(failure) = io_failure(&e) else {
            return e;
        };
        let error = failure.error(&self.path);
        let mut state = self.state();
        state.failed = Some(((self.steady)(), failure));
        state.broken = true;
        error
    }

    /// A failure redb reported inside a transaction that ended in an error of the caller's
    /// type (`full`: no room).
    pub fn note_io(&self, full: bool) {
        let failure = if full {
            Failure::DiskFull
        } else {
            Failure::Earlier
        };
        let mut state = self.state();
        state.failed = Some(((self.steady)(), failure));
        state.broken = true;
    }

    /// A write went through: the last failure is over.
    pub fn succeeded(&self) {
        self.state().failed = None;
    }

    /// Whether the last write failed on I/O (a full disk, typically).
    pub fn is_failing(&self) -> bool {
        self.state().failed.is_some()
    }

    /// Lets the next write try the disk at once instead of after a pause.
    pub fn retry_now(&self) {
        let mut state = self.state();
        if let Some((at, _)) = state.failed.as_mut() {
            *at = (self.steady)().checked_sub(RETRY).unwrap_or(*at);
        }
        state.reopen_failed = None;
    }
}
