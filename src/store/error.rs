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
    #[error("database: {0}")]
    Db(Box<redb::Error>),
}

macro_rules! from_redb {
    ($($t:ty),*) => {$(
        impl From<$t> for StoreError {
            fn from(e: $t) -> Self {
                StoreError::Db(Box::new(e.into()))
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
