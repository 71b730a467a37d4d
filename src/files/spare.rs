//! Drafts the database could not take — its disk full, its file unwritable for a moment — kept
//! in files of their own in the user's state directory (`~/.local/state/verwacht/drafts`), until
//! the database takes them again: at the next successful draft save, or at the next start.

use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::{Draft, InterviewId};
use crate::store::{Queries, Result, Store};

/// One kept draft and the database it belongs to.
#[derive(Serialize, Deserialize)]
struct Spare {
    db: PathBuf,
    draft: Draft,
}

/// Where kept drafts go: `$XDG_STATE_HOME/verwacht/drafts`, else the data directory's.
pub fn dir() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "verwacht")?;
    let base = dirs
        .state_dir()
        .map_or_else(|| dirs.data_local_dir().to_path_buf(), Path::to_path_buf);
    Some(base.join("drafts"))
}

/// The database's path as one name, so that drafts of different files never mix.
fn canonical(db: &Path) -> PathBuf {
    fs::canonicalize(db).unwrap_or_else(|_| db.to_path_buf())
}

/// A short, stable name for a database path (FNV-1a), for file names.
fn key(db: &Path) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in canonical(db).as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn file_for(dir: &Path, db: &Path, interview: InterviewId) -> PathBuf {
    dir.join(format!("{}-{}.json", key(db), interview.0))
}

/// Keeps `draft` in a file of its own (written whole, then renamed into place, readable by
/// the user only). Returns the file.
pub fn keep(db: &Path, draft: &Draft) -> std::io::Result<PathBuf> {
    let dir = dir().ok_or_else(|| std::io::Error::other("no home directory"))?;
    keep_in(&dir, db, draft)
}

fn keep_in(dir: &Path, db: &Path, draft: &Draft) -> std::io::Result<PathBuf> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let path = file_for(dir, db, draft.interview_id);
    let spare = Spare {
        db: canonical(db),
        draft: draft.clone(),
    };
    let bytes = serde_json::to_vec_pretty(&spare).map_err(std::io::Error::other)?;
    let tmp = path.with_extension("json.tmp");
    let mut out = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)?;
    let written = out.write_all(&bytes).and_then(|()| out.sync_all());
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    fs::rename(&tmp, &path)?;
    Ok(path)
}

/// Forgets the kept draft of an interview (the database has a newer one now).
pub fn forget(db: &Path, interview: InterviewId) {
    if let Some(dir) = dir() {
        let _ = fs::remove_file(file_for(&dir, db, interview));
    }
}

/// The drafts kept for this database, with their files.
fn kept_in(dir: &Path, db: &Path) -> Vec<(PathBuf, Draft)> {
    let prefix = format!("{}-", key(db));
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let here = canonical(db);
    let mut found: Vec<(PathBuf, Draft)> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&prefix))
        })
        .filter_map(|p| {
            let spare: Spare = serde_json::from_slice(&fs::read(&p).ok()?).ok()?;
            (spare.db == here).then_some((p, spare.draft))
        })
        .collect();
    found.sort_by_key(|(_, d)| d.interview_id);
    found
}

/// Gives the database back the drafts kept for it, where it holds none newer; each file goes
/// once its draft is in. Returns how many came back, and how many are still kept (the database
/// could not take them yet).
pub fn take_back(store: &Store) -> (usize, usize) {
    match dir() {
        Some(dir) => take_back_from(&dir, store),
        None => (0, 0),
    }
}

fn take_back_from(dir: &Path, store: &Store) -> (usize, usize) {
    let kept = kept_in(dir, store.path());
    let mut back = 0;
    let mut left = 0;
    for (file, draft) in kept {
        let stored = || -> Result<()> {
            let newer = store
                .read()?
                .draft(draft.interview_id)?
                .is_some_and(|d| d.saved.at > draft.saved.at);
            if !newer {
                store.write(|tx| tx.put_draft(&draft))?;
            }
            Ok(())
        };
        match stored() {
            Ok(()) => {
                let _ = fs::remove_file(&file);
                back += 1;
            }
            Err(_) => left += 1,
        }
    }
    (back, left)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Characteristic, Stamp};
    use crate::files::Create;

    fn draft(text: &str) -> Draft {
        Draft {
            interview_id: InterviewId(3),
            step: Characteristic::Personal,
            text: text.into(),
            editing: None,
            duration_secs: 65,
            fields: Default::default(),
            saved: Stamp::new("anna", chrono::Utc::now()),
        }
    }

    #[test]
    fn a_kept_draft_goes_back_into_its_database_only() {
        let dir = tempfile::tempdir().unwrap();
        let spares = dir.path().join("drafts");
        let db = dir.path().join("a.redb");
        let other = dir.path().join("b.redb");
        let store = crate::files::open(&db, Create::Private).unwrap();
        let file = keep_in(&spares, &db, &draft("Typed on a full disk")).unwrap();
        keep_in(&spares, &other, &draft("Another file's")).unwrap();
        assert_eq!(kept_in(&spares, &db).len(), 1);
        assert_eq!(take_back_from(&spares, &store), (1, 0));
        assert!(!file.exists(), "the file goes once the draft is in");
        let back = store
            .read()
            .unwrap()
            .draft(InterviewId(3))
            .unwrap()
            .unwrap();
        assert_eq!(back.text, "Typed on a full disk");
        assert_eq!(back.duration_secs, 65);
        assert_eq!(kept_in(&spares, &other).len(), 1, "the other file's stays");
    }

    #[test]
    fn a_newer_draft_in_the_database_wins() {
        let dir = tempfile::tempdir().unwrap();
        let spares = dir.path().join("drafts");
        let db = dir.path().join("a.redb");
        let store = crate::files::open(&db, Create::Private).unwrap();
        let old = draft("older");
        keep_in(&spares, &db, &old).unwrap();
        let mut newer = draft("newer");
        newer.saved.at = old.saved.at + chrono::Duration::seconds(5);
        store.write(|tx| tx.put_draft(&newer)).unwrap();
        assert_eq!(take_back_from(&spares, &store), (1, 0));
        let back = store
            .read()
            .unwrap()
            .draft(InterviewId(3))
            .unwrap()
            .unwrap();
        assert_eq!(back.text, "newer");
    }
}
