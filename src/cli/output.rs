//! Writing what a command produced: to standard output (a closed pipe is not an error) or to
//! a file that holds either its old content or the whole new one; and lines that only report
//! (a confirmation, a warning, the error line), which must never stop the program: `println!`
//! and `eprintln!` panic when the stream is closed or full, these helpers do not.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use super::UserError;
use crate::i18n::{BackupText, Lang, Localized};
use crate::sanitize::clean_lines;
pub use crate::session::warn;

/// One line on standard output saying what a command did, once it is done. The work stands
/// whether or not the line arrives, so a failure to write it is ignored.
pub fn say(line: &str) {
    let _ = write_stdout(&format!("{}\n", clean_lines(line)));
}

/// Prints `text`; a failure other than a closed pipe is a one-line error.
pub fn stdout(text: &str, lang: Lang) -> Result<(), UserError> {
    write_stdout(text)
        .map_err(|e| UserError::Message(BackupText::CannotWrite.fill(lang, &[&"stdout", &e])))
}

/// A closed pipe (`verwacht export | head`) is the reader's choice, not an error.
pub fn write_stdout(text: &str) -> std::io::Result<()> {
    match write_all_stdout(text) {
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Like [`write_stdout`], but reports a closed pipe: for output that must be known to have
/// arrived.
pub fn write_all_stdout(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush())
}

/// Writes a temporary file beside `path` and renames it into place, so that `path` holds
/// either the old content or the whole new text. New files are readable by the owner only.
pub fn write_file(path: &Path, text: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(ErrorKind::InvalidInput, "not a file name"))?;
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(name);
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp: PathBuf = path.with_file_name(temp_name);
    let written = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&temp)?;
        file.write_all(text)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}
