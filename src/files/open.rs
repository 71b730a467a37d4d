//! Finding, creating and opening the database file, with the permission rules: new files are
//! private (0600) or, for a team, group-shared (0660); a world-writable file is refused; a file
//! that is not a verwacht database is left untouched.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Read};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::store::{Clock, OnFile, Result, Store, StoreError};

/// Whether, and how, to create the file when it does not exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Create {
    /// The file must exist.
    Never,
    /// Create it readable and writable by the owner only (0600).
    Private,
    /// Create it for a team: owner and group (0660), never others.
    Shared,
}

/// The first bytes of every redb file.
const REDB_MAGIC: [u8; 9] = [b'r', b'e', b'd', b'b', 0x1A, 0x0A, 0xA9, 0x0D, 0x0A];

/// The system's clocks, which the store stamps writes with and times its retries by.
const SYSTEM_CLOCK: Clock = Clock {
    wall: chrono::Utc::now,
    steady: Instant::now,
};

/// `~/.local/share/verwacht/verwacht.redb`, or the platform's equivalent.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "verwacht").map(|d| d.data_dir().join("verwacht.redb"))
}

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What an existing file turned out to be.
enum Found {
    Missing,
    Empty,
    Redb,
}

fn inspect(path: &Path) -> Result<Found> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Found::Missing),
        Err(e) => return Err(io_err(path)(e)),
    };
    if meta.permissions().mode() & 0o002 != 0 {
        return Err(StoreError::WorldWritable(path.to_path_buf()));
    }
    if !meta.is_file() {
        return Err(StoreError::NotVerwacht(path.to_path_buf()));
    }
    if meta.len() == 0 {
        return Ok(Found::Empty);
    }
    let mut head = [0u8; REDB_MAGIC.len()];
    let mut file = fs::File::open(path).map_err(io_err(path))?;
    match file.read_exact(&mut head) {
        Ok(()) if head == REDB_MAGIC => Ok(Found::Redb),
        _ => Err(StoreError::NotVerwacht(path.to_path_buf())),
    }
}

fn create_file(path: &Path, create: Create) -> Result<()> {
    let mode = match create {
        Create::Never => return Err(StoreError::Missing(path.to_path_buf())),
        Create::Private => 0o600,
        Create::Shared => 0o660,
    };
    create_folders(path, create == Create::Shared)?;
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(path)
        .map_err(io_err(path))?;
    // The umask may have removed bits (group write, typically): set the mode exactly.
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(io_err(path))
}

/// The mode of a folder created for a database: the owner's alone, or the owner's and the
/// group's, set-group-ID so that what is made inside it belongs to the folder's group.
pub fn folder_mode(shared: bool) -> u32 {
    if shared { 0o2770 } else { 0o700 }
}

/// Creates the folders of `path` that do not exist yet, outermost first, each with exactly
/// [`folder_mode`] (a umask such as 077 would otherwise take the group's rights away).
/// Returns the folders it created.
pub fn create_folders(path: &Path, shared: bool) -> Result<Vec<PathBuf>> {
    let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) else {
        return Ok(Vec::new());
    };
    let missing: Vec<&Path> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && fs::symlink_metadata(d).is_err())
        .collect();
    let mode = folder_mode(shared);
    let mut created = Vec::new();
    for folder in missing.into_iter().rev() {
        match fs::DirBuilder::new().mode(mode & 0o777).create(folder) {
            Ok(()) => {
                fs::set_permissions(folder, fs::Permissions::from_mode(mode))
                    .map_err(io_err(folder))?;
                created.push(folder.to_path_buf());
            }
            // Made meanwhile by someone else: theirs, not reported as ours.
            Err(e) if e.kind() == ErrorKind::AlreadyExists && folder.is_dir() => {}
            Err(e) => return Err(io_err(folder)(e)),
        }
    }
    Ok(created)
}

fn can_write(path: &Path) -> bool {
    match OpenOptions::new().read(true).write(true).open(path) {
        Ok(_) => true,
        Err(e) => !matches!(
            e.kind(),
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem
        ),
    }
}

/// Opens the database at `path`, creating it first if it is missing and `create` allows.
/// An older schema is migrated; a newer one, a foreign file and a world-writable file are
/// refused without touching them. A file the user may only read opens read-only.
pub fn open(path: &Path, create: Create) -> Result<Store> {
    open_reporting(path, create, |_| {}, |_| {})
}

/// Like [`open`], calling `on_repair` with the progress (0.0 to 1.0) while redb repairs a
/// file that was not closed cleanly (a process was killed while it had the file open), and
/// `on_upgrade` with the schema of a file from an older version before it is brought up to
/// date. Both take a while on a large file.
pub fn open_reporting(
    path: &Path,
    create: Create,
    on_repair: impl Fn(f64) + 'static,
    on_upgrade: impl FnOnce(u64),
) -> Result<Store> {
    open_inner(path, create, false, on_repair, on_upgrade)
}

/// Like [`open_reporting`] for a command that only reads an existing file once: one of this
/// version's schema opens read-only with a small cache ([`Store::to_read_once`]), so that
/// neither opening nor closing it writes (a writable handle writes and flushes the file's
/// header both times, which costs a busy disk more than a search). A file that must be
/// written first, to be repaired or brought up to date, opens as [`open_reporting`] opens it.
/// Whatever must be written later needs the store opened again.
pub fn open_to_read(
    path: &Path,
    on_repair: impl Fn(f64) + 'static,
    on_upgrade: impl FnOnce(u64),
) -> Result<Store> {
    if let Found::Redb = inspect(path)? {
        match Store::to_read_once(path, SYSTEM_CLOCK) {
            Err(StoreError::ReadOnly(_) | StoreError::NeedsRepair(_)) => {}
            opened => return opened,
        }
    }
    open_reporting(path, Create::Never, on_repair, on_upgrade)
}

/// Creates a new database for `verwacht init`; an existing database is an error.
pub fn create_new(path: &Path, shared: bool) -> Result<Store> {
    if let Found::Redb = inspect(path)? {
        return Err(StoreError::Exists(path.to_path_buf()));
    }
    let create = if shared {
        Create::Shared
    } else {
        Create::Private
    };
    open_inner(path, create, true, |_| {}, |_| {})
}

/// Opens or creates the database; an empty file is taken as new only when `empty_ok`
/// (`verwacht init` on it). Anywhere else an empty file is no database, as any other file
/// that is not one: refused and left as it is.
fn open_inner(
    path: &Path,
    create: Create,
    empty_ok: bool,
    on_repair: impl Fn(f64) + 'static,
    on_upgrade: impl FnOnce(u64),
) -> Result<Store> {
    let found = inspect(path)?;
    match found {
        Found::Missing => create_file(path, create)?,
        Found::Empty if !empty_ok => return Err(StoreError::NotVerwacht(path.to_path_buf())),
        Found::Empty | Found::Redb => {}
    }
    let file = OnFile {
        path,
        writable: can_write(path),
        holds_data: matches!(found, Found::Redb),
        clock: SYSTEM_CLOCK,
    };
    Store::on_file(file, on_repair, on_upgrade)
}
