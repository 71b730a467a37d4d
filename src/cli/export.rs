//! `verwacht export [--format json] [-o FILE]`: a lossless backup of everything, on standard
//! output or in a file (written whole or not at all, readable by the owner only).

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use super::{CliError, Ctx, ExportFormat};
use crate::backup;
use crate::i18n::{BackupText, Localized};

pub fn run(
    ctx: &Ctx,
    format: ExportFormat,
    output: Option<&Path>,
    client: Option<&str>,
) -> Result<(), CliError> {
    let message = |text: BackupText, args: &[&dyn std::fmt::Display]| {
        CliError::Message(text.fill(ctx.lang, args))
    };
    if format != ExportFormat::Json {
        return Err(message(BackupText::FormatNotYet, &[&format.key()]));
    }
    if client.is_some() {
        return Err(message(BackupText::ClientWithJson, &[]));
    }
    let store = ctx.open_existing()?;
    let text = backup::to_json(&backup::collect(&store.read()?)?)?;
    match output {
        None => write_stdout(&text).map_err(|e| message(BackupText::CannotWrite, &[&"stdout", &e])),
        Some(path) => {
            write_file(path, &text)
                .map_err(|e| message(BackupText::CannotWrite, &[&path.display(), &e]))?;
            println!(
                "{}",
                BackupText::Exported.fill(ctx.lang, &[&path.display()])
            );
            Ok(())
        }
    }
}

/// A closed pipe (`verwacht export | head`) is the reader's choice, not an error.
fn write_stdout(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Writes a temporary file beside `path` and renames it into place, so that `path` holds
/// either the old content or the whole new backup.
fn write_file(path: &Path, text: &str) -> std::io::Result<()> {
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
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}
