//! `verwacht import json FILE`: restores a backup into an empty database, in one transaction,
//! keeping every id, stamp and author.

use std::path::Path;

use super::{Session, UserError};
use crate::backup;
use crate::i18n::{BackupText, Localized, describe_backup_error};

pub fn run(ctx: &Session, path: &Path) -> Result<(), UserError> {
    let shown = path.display().to_string();
    let bytes = super::import::read_file(ctx, path)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let parsed = std::str::from_utf8(bytes)
        .map_err(|e| backup::BackupError::NotBackup(e.to_string()))
        .and_then(backup::parse);
    let backup =
        parsed.map_err(|e| UserError::Message(describe_backup_error(&e, &shown, ctx.lang)))?;
    let store = ctx.open_or_create()?;
    store.write(|tx| {
        if !backup::is_empty(tx)? {
            let db = ctx.db.display();
            return Err(UserError::Message(
                BackupText::NotEmpty.fill(ctx.lang, &[&db]),
            ));
        }
        backup::restore(tx, &backup)?;
        Ok(())
    })?;
    let counts: [&dyn std::fmt::Display; 4] = [
        &backup.clients.len(),
        &backup.contacts.len(),
        &backup.expectations.len(),
        &backup.answers.len(),
    ];
    super::output::say(&BackupText::Restored.fill(ctx.lang, &counts));
    Ok(())
}
