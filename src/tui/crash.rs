//! When the program breaks: the panic hook writes the details to a file, the terminal is
//! restored, the last draft is stored, and the user reads one line saying so.
//!
//! The draft is kept in a [`DraftSlot`] that the loop refreshes after every key, so that it
//! can be saved after a panic (the program state may be half-changed then, the slot holds the
//! last whole draft) and from the watchdog thread when the loop hangs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use crate::app::DraftOutcome;
use crate::domain::Draft;
use crate::files::Create;
use crate::store::StoreError;

/// Where crash reports go instead of the default (for tests and locked-down servers).
pub const CRASH_DIR_VAR: &str = "VERWACHT_CRASH_DIR";

/// The open interview's draft as it stood after the last key, shared with the panic path and
/// the watchdog.
#[derive(Clone, Default)]
pub struct DraftSlot(Arc<Mutex<Option<Draft>>>);

impl DraftSlot {
    pub fn set(&self, draft: Option<Draft>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = draft;
    }

    /// Replaces the draft kept with what `f` makes of it.
    pub fn update(&self, f: impl FnOnce(Draft) -> Option<Draft>) {
        let mut slot = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(draft) = slot.take() {
            *slot = f(draft);
        }
    }

    pub fn get(&self) -> Option<Draft> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// Stores a draft through a handle of its own, so that it works whatever state the program's
/// handle was left in. Empty drafts are stored too: they carry the call timer. When the
/// database cannot take it (a full disk), the draft is kept in a file of its own.
pub fn save_draft(path: &Path, author: &str, draft: &Draft) -> DraftOutcome {
    let stored = crate::store::guard::guarded(path, || {
        let mut store = crate::files::open(path, Create::Never)?;
        store.set_author(author);
        store.write(|tx| tx.put_draft(draft))
    });
    outcome(path, draft, stored)
}

/// Where a draft went after an attempt to store it: the database, else a file of its own.
pub fn outcome(path: &Path, draft: &Draft, stored: Result<(), StoreError>) -> DraftOutcome {
    match stored {
        Ok(()) => {
            crate::files::spare::forget(path, draft.interview_id);
            DraftOutcome::Stored
        }
        Err(e) => match crate::files::spare::keep(path, draft) {
            Ok(file) => DraftOutcome::Aside(file),
            Err(_) => DraftOutcome::Lost(e.to_string()),
        },
    }
}

/// What the last line says of the draft.
pub fn draft_words(outcome: &DraftOutcome, lang: crate::i18n::Lang) -> String {
    use crate::i18n::{Localized, TeamText};
    match outcome {
        DraftOutcome::Stored => TeamText::DraftKept.get(lang).to_string(),
        DraftOutcome::Aside(file) => TeamText::DraftAside.fill(lang, &[&file.display()]),
        DraftOutcome::Lost(why) => TeamText::DraftLost.fill(lang, &[why]),
    }
}

/// What the panic hook learnt, for the one line printed afterwards.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The panic message's first line, shortened.
    pub what: String,
    /// The file the details went to, if it could be written.
    pub file: Option<PathBuf>,
}

static LAST: Mutex<Option<Report>> = Mutex::new(None);

/// The report of the last panic, if there was one.
pub fn last_report() -> Option<Report> {
    LAST.lock().unwrap_or_else(PoisonError::into_inner).clone()
}

/// The directory for crash reports: `$VERWACHT_CRASH_DIR`, else the XDG state directory
/// (`~/.local/state/verwacht`), else the cache directory, else the temporary directory.
pub fn crash_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(CRASH_DIR_VAR).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("", "", "verwacht")
        .map(|d| {
            d.state_dir()
                .map_or_else(|| d.cache_dir().to_path_buf(), Path::to_path_buf)
        })
        .unwrap_or_else(|| std::env::temp_dir().join("verwacht"))
}

/// The panic's message, whatever type it was raised with.
fn message(info: &std::panic::PanicHookInfo) -> String {
    let payload = info.payload();
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

/// Writes the details of a panic to a new file, readable by the user only (the message may
/// quote what was on screen). Returns the file.
fn write_report(info: &std::panic::PanicHookInfo) -> std::io::Result<PathBuf> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    let dir = crash_dir();
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&dir)?;
    let now = chrono::Local::now();
    let file = dir.join(format!(
        "crash-{}-{}.log",
        now.format("%Y%m%d-%H%M%S"),
        std::process::id()
    ));
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&file)?;
    let location = info.location().map_or_else(String::new, |l| {
        format!("{}:{}:{}", l.file(), l.line(), l.column())
    });
    writeln!(out, "verwacht {} crashed", env!("CARGO_PKG_VERSION"))?;
    writeln!(out, "time: {}", now.to_rfc3339())?;
    writeln!(
        out,
        "thread: {}",
        std::thread::current().name().unwrap_or("?")
    )?;
    writeln!(out, "at: {location}")?;
    writeln!(out, "message: {}", message(info))?;
    writeln!(out)?;
    writeln!(out, "{}", std::backtrace::Backtrace::force_capture())?;
    Ok(file)
}

/// Installs the hook that records a panic. It runs before `restore` and `previous` (ratatui's
/// hook, which restores the terminal too); `previous` is skipped when `terminal_gone` says
/// there is no terminal left, since it reports its own failures on stderr, and a failing write
/// there would turn the panic into an abort that loses the draft.
pub fn install_hook(
    restore: fn(),
    terminal_gone: impl Fn() -> bool + Send + Sync + 'static,
    previous: Box<dyn Fn(&std::panic::PanicHookInfo) + Send + Sync>,
) {
    std::panic::set_hook(Box::new(move |info| {
        // A damaged file found by guarded store work is reported as such, not as a crash.
        if crate::store::guard::swallow(info) {
            return;
        }
        let what: String = message(info)
            .lines()
            .next()
            .unwrap_or_default()
            .chars()
            .take(100)
            .collect();
        let file = write_report(info).ok();
        *LAST.lock().unwrap_or_else(PoisonError::into_inner) = Some(Report { what, file });
        restore();
        if !terminal_gone() {
            previous(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Characteristic, InterviewId, Stamp};
    use crate::store::Queries;

    #[test]
    fn the_slot_keeps_the_last_draft_and_it_can_be_saved_afresh() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("crash.redb");
        drop(crate::files::create_new(&path, false).unwrap());
        let slot = DraftSlot::default();
        assert!(slot.get().is_none());
        let draft = Draft {
            interview_id: InterviewId(7),
            step: Characteristic::TheyChange,
            text: "half a sentence".into(),
            editing: None,
            duration_secs: 42,
            fields: Default::default(),
            saved: Stamp::new("anna", chrono::Utc::now()),
        };
        slot.set(Some(draft.clone()));
        let kept = slot.get().unwrap();
        assert_eq!(save_draft(&path, "anna", &kept), DraftOutcome::Stored);
        let store = crate::files::open(&path, Create::Never).unwrap();
        let stored = store
            .read()
            .unwrap()
            .draft(InterviewId(7))
            .unwrap()
            .unwrap();
        assert_eq!(stored.text, "half a sentence");
        assert_eq!(stored.duration_secs, 42);
    }
}
