//! A progress line on stderr while redb repairs a file that was not closed cleanly (a process
//! was killed with it open). On a large file this takes a few seconds; without the line the
//! program would seem to hang before it starts.

use std::cell::Cell;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::rc::Rc;

use crate::files::Create;
use crate::i18n::{CliText, Lang, Localized};
use crate::store::{Result, Store};

/// Opens the store, telling the user on stderr when a repair runs and when it is done.
pub fn open(path: &Path, create: Create, lang: Lang) -> Result<Store> {
    reporting(lang, |repairing, upgrading| {
        crate::files::open_reporting(path, create, repairing, upgrading)
    })
}

/// Like [`open`] for a command that only reads an existing file (see
/// [`crate::files::open_to_read`]).
pub fn open_to_read(path: &Path, lang: Lang) -> Result<Store> {
    reporting(lang, |repairing, upgrading| {
        crate::files::open_to_read(path, repairing, upgrading)
    })
}

/// Runs `open` with what tells the user of a repair and of an upgrade.
fn reporting(
    lang: Lang,
    open: impl FnOnce(Box<dyn Fn(f64)>, &dyn Fn(u64)) -> Result<Store>,
) -> Result<Store> {
    let shown = Rc::new(Cell::new(false));
    let seen = Rc::clone(&shown);
    let terminal = std::io::stderr().is_terminal();
    let repairing = move |progress| {
        let first = !seen.replace(true);
        let text = CliText::Repairing.fill(lang, &[&percent(progress)]);
        // A terminal gets one line that counts up; a log gets the first line only.
        let mut err = std::io::stderr();
        if terminal {
            let _ = write!(err, "\rverwacht: {text}");
        } else if first {
            let _ = writeln!(err, "verwacht: {text}");
        }
        let _ = err.flush();
    };
    // Bringing a large file up to date (the search index is built then) takes a while: said
    // before it starts, so the wait is not taken for a hang.
    let upgrading = |_from| {
        let _ = writeln!(
            std::io::stderr(),
            "verwacht: {}",
            CliText::Upgrading.get(lang)
        );
    };
    let result = open(Box::new(repairing), &upgrading);
    if shown.get() {
        let done = CliText::Repaired.get(lang);
        let mut err = std::io::stderr();
        let _ = if terminal {
            writeln!(err, "\rverwacht: {done}\x1b[K")
        } else {
            writeln!(err, "verwacht: {done}")
        };
    }
    result
}

fn percent(progress: f64) -> String {
    format!("{:.0}%", (progress * 100.0).clamp(0.0, 100.0))
}
