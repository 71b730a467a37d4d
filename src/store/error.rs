//! What can go wrong in the store, one variant per kind of failure.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: no database here (create one with `verwacht init`)", .0.display())]
    Missing(PathBuf),
    #[error("{}: a database already exists here", .0.display())]
    Exists(PathBuf),
    #[error("{}: not a verwacht database; left untouched", .0.display())]
    NotVerwacht(PathBuf),
    #[error(
        "{}: written by a newer verwacht (schema {found}, this version reads up to {supported}); upgrade verwacht",
        .path.display()
    )]
    NewerSchema {
        path: PathBuf,
        found: u64,
        supported: u64,
    },
    #[error("{}: refusing a world-writable database (fix with `chmod o-rwx`)", .0.display())]
    WorldWritable(PathBuf),
    #[error("{}: the database is read-only for you", .0.display())]
    ReadOnly(PathBuf),
    #[error(
        "{}: not closed cleanly; it is repaired when someone who may write to it opens it",
        .0.display()
    )]
    NeedsRepair(PathBuf),
    #[error("no {kind} with id {id}")]
    NotFound { kind: &'static str, id: u64 },
    #[error("{kind} {id} is stored in a form this version cannot read: {reason}")]
    Corrupt {
        kind: &'static str,
        id: u64,
        reason: String,
    },
    /// An edit that must hold as a whole met a colleague's change to the same fields.
    #[error("“{what}” was changed by {by} meanwhile ({}); nothing was saved", .fields.join(", "))]
    ChangedMeanwhile {
        kind: crate::domain::Kind,
        what: String,
        by: String,
        fields: Vec<String>,
    },
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}: the file is damaged; restore it from a backup (verwacht import json)",
        .0.display()
    )]
    Damaged(PathBuf),
    #[error("{}: the disk is full; nothing was saved", .0.display())]
    DiskFull(PathBuf),
    #[error("{}: an earlier write failed; the file is opened again first", .0.display())]
    EarlierWriteFailed(PathBuf),
    #[error("{}: cannot be written now ({reason}); nothing was saved", .path.display())]
    WriteFailed { path: PathBuf, reason: String },
    #[error("database: {0}")]
    Db(Box<redb::Error>),
}

thread_local! {
    /// The last I/O failure redb reported on this thread (`true`: no room), noted as it
    /// becomes a [`StoreError`]: a write transaction's own code may carry it out in an error
    /// type of the caller's, and the store must still learn that the handle needs reopening.
    static LAST_IO: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

/// Takes the I/O failure noted on this thread since the last call (`Some(true)`: no room).
pub(super) fn take_io_failure() -> Option<bool> {
    LAST_IO.with(std::cell::Cell::take)
}

/// Whether an I/O error means there is no room: a full disk or quota, or a file size limit.
pub(super) fn is_full(e: &std::io::Error) -> bool {
    use rustix::io::Errno;
    use std::io::ErrorKind;
    matches!(
        e.kind(),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge
    ) || matches!(
        e.raw_os_error().map(Errno::from_raw_os_error),
        Some(Errno::NOSPC | Errno::DQUOT | Errno::FBIG)
    )
}

impl StoreError {
    /// Whether the error means the file itself is damaged (redb found a page it cannot read).
    pub fn is_damaged(&self) -> bool {
        match self {
            StoreError::Damaged(_) => true,
            StoreError::Db(e) => matches!(e.as_ref(), redb::Error::Corrupted(_)),
            _ => false,
        }
    }

    /// Whether the error means there was no room to write (however it reached us).
    pub fn is_disk_full(&self) -> bool {
        match self {
            StoreError::DiskFull(_) => true,
            StoreError::Db(e) => matches!(e.as_ref(), redb::Error::Io(io) if is_full(io)),
            StoreError::Io { source, .. } => is_full(source),
            _ => false,
        }
    }
}

macro_rules! from_redb {
    ($($t:ty),*) => {$(
        impl From<$t> for StoreError {
            fn from(e: $t) -> Self {
                let e: redb::Error = e.into();
                match &e {
                    redb::Error::Io(io) => LAST_IO.with(|l| l.set(Some(is_full(io)))),
                    redb::Error::PreviousIo => LAST_IO.with(|l| {
                        l.set(Some(l.get().unwrap_or(false)))
                    }),
                    _ => {}
                }
                StoreError::Db(Box::new(e))
            }
        }
    )*};
}

from_redb!(
    redb::Error,
    redb::DatabaseError,
    redb::TransactionError,
    redb::TableError,
    redb::StorageError,
    redb::CommitError
);

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::is_full;
    use rustix::io::Errno;

    #[test]
    fn a_full_disk_quota_or_file_size_limit_is_full() {
        for errno in [Errno::NOSPC, Errno::DQUOT, Errno::FBIG] {
            let e = std::io::Error::from_raw_os_error(errno.raw_os_error());
            assert!(is_full(&e), "{e}");
        }
        assert!(!is_full(&std::io::Error::from_raw_os_error(
            Errno::ACCESS.raw_os_error()
        )));
    }
}
