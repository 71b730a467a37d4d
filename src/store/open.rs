//! Opening redb on a database file the files layer ([`crate::files`]) has looked at: redb's
//! settings, the check that the file is verwacht's and not newer than this program, and the
//! schema's migration.

use std::path::Path;

use redb::{Builder, ConcurrencyMode, ReadableDatabase, TableHandle};

use super::error::{Result, StoreError};
use super::read::{Queries, Reader};
use super::tables::{META, SCHEMA_VERSION};
use super::{CACHE_BYTES, Clock, Handle, Store, schema};

/// A database file as the files layer found it, and the clock the store is to keep.
pub struct OnFile<'a> {
    pub path: &'a Path,
    /// Whether this user may write the file.
    pub writable: bool,
    /// Whether the file already holds a redb database (else it is new and empty).
    pub holds_data: bool,
    pub clock: Clock,
}

fn builder() -> Builder {
    builder_caching(CACHE_BYTES)
}

fn builder_caching(bytes: usize) -> Builder {
    let mut b = Builder::new();
    b.set_cache_size(bytes)
        .set_concurrency_mode(ConcurrencyMode::MultiWriter);
    b
}

/// The cache of a file opened for one command that reads it once ([`Store::to_read_once`]):
/// small, so that the memory of pages read once is used again (`verwacht search` on the team
/// fixture: 650 page faults instead of 3,060, about 10 ms less on a busy machine).
const READ_ONCE_CACHE_BYTES: usize = 512 * 1024;

/// Opens the file again after a failed write (see [`super::writable`]).
fn reopen(path: &Path) -> Result<redb::Database> {
    Ok(builder().create(path)?)
}

/// The schema version a snapshot holds: `Ok(None)` for a redb file without any table (a fresh
/// one), an error for a redb file that belongs to some other program.
fn stored_version(path: &Path, reader: &Reader) -> Result<Option<u64>> {
    let has_meta = reader.txn.list_tables()?.any(|t| t.name() == META.name());
    if !has_meta {
        return if reader.txn.list_tables()?.next().is_none() {
            Ok(None)
        } else {
            Err(StoreError::NotVerwacht(path.to_path_buf()))
        };
    }
    match reader.meta(SCHEMA_VERSION)? {
        Some(v) => Ok(Some(v)),
        None => Err(StoreError::NotVerwacht(path.to_path_buf())),
    }
}

fn check_supported(path: &Path, version: Option<u64>) -> Result<()> {
    match version {
        Some(found) if found > schema::CURRENT => Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found,
            supported: schema::CURRENT,
        }),
        _ => Ok(()),
    }
}

impl Store {
    /// Opens redb on a file the files layer has found or created. An older schema is
    /// migrated; a newer one and a foreign file are refused without writing to them. A file
    /// the user may only read opens read-only; a reader cannot repair, so a file left unclean
    /// by a crash waits for a writer.
    /// `on_repair` hears redb's progress while it repairs a file left unclean, `on_upgrade` the
    /// schema an older file has, before it is brought up to date (which can take a while).
    pub fn on_file(
        file: OnFile,
        on_repair: impl Fn(f64) + 'static,
        on_upgrade: impl FnOnce(u64),
    ) -> Result<Store> {
        Store::opened(file, CACHE_BYTES, on_repair, on_upgrade)
    }

    /// Opens an existing file of the current schema read-only, for a command that reads it
    /// and ends, with a small cache of pages: the pages it reads once (every name entry, for
    /// a search) then recycle memory, where each would otherwise take fresh memory from the
    /// system. A file that must be written first (to be migrated or repaired) is
    /// [`StoreError::ReadOnly`] or [`StoreError::NeedsRepair`].
    pub fn to_read_once(path: &Path, clock: Clock) -> Result<Store> {
        let file = OnFile {
            path,
            writable: false,
            holds_data: true,
            clock,
        };
        Store::opened(file, READ_ONCE_CACHE_BYTES, |_| {}, |_| {})
    }

    fn opened(
        file: OnFile,
        cache_bytes: usize,
        on_repair: impl Fn(f64) + 'static,
        on_upgrade: impl FnOnce(u64),
    ) -> Result<Store> {
        let OnFile {
            path,
            writable,
            holds_data,
            clock,
        } = file;
        // A read-only open writes nothing: its checks below come before anything could.
        if holds_data && writable {
            precheck(path)?;
        }
        let handle = if writable {
            let mut b = builder_caching(cache_bytes);
            b.set_repair_callback(move |session| on_repair(session.progress()));
            Handle::Writable(super::writable::Writable::new(
                path,
                b.create(path)?,
                reopen,
                clock.steady,
            ))
        } else {
            if !holds_data {
                return Err(StoreError::ReadOnly(path.to_path_buf()));
            }
            match builder_caching(cache_bytes).open_read_only(path) {
                Ok(db) => Handle::ReadOnly(db),
                Err(redb::DatabaseError::RepairAborted) => {
                    return Err(StoreError::NeedsRepair(path.to_path_buf()));
                }
                Err(e) => return Err(e.into()),
            }
        };
        let store = Store {
            handle,
            path: path.to_path_buf(),
            // The session names the author when it opens the store; tools and tests set one.
            author: String::from("unknown"),
            clock,
        };
        let version = stored_version(path, &store.read()?)?;
        check_supported(path, version)?;
        match version {
            Some(v) if v == schema::CURRENT => {}
            _ if store.is_read_only() => return Err(StoreError::ReadOnly(path.to_path_buf())),
            Some(v) => {
                on_upgrade(v);
                store.write(|tx| schema::migrate(tx, v))?
            }
            None => store.write(schema::init)?,
        }
        Ok(store)
    }
}

/// Looks at an existing redb file read-only first, so that a file of another program or of a
/// newer verwacht is refused before anything writes to it. A file that needs crash repair
/// cannot be opened read-only; it is checked after the writable open repairs it.
fn precheck(path: &Path) -> Result<()> {
    let Ok(db) = builder().open_read_only(path) else {
        return Ok(());
    };
    let reader = Reader {
        txn: db.begin_read()?,
    };
    let version = stored_version(path, &reader)?;
    check_supported(path, version)
}
