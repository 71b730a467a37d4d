//! `verwacht export [--format json|csv|md] [--client NAME] [-o PATH]`: a lossless JSON backup
//! of everything (standard output or a file, written whole or not at all, readable by the
//! owner only), the tables as CSV files in a directory, or one client's progress report.

use std::path::Path;

use super::output::{write_file, write_stdout};
use super::{ExportFormat, Session, UserError};
use crate::backup;
use crate::i18n::{BackupText, CommandText, Localized};

pub fn run(
    ctx: &Session,
    format: ExportFormat,
    output: Option<&Path>,
    client: Option<&str>,
    preview: bool,
) -> Result<(), UserError> {
    if preview && format != ExportFormat::Md {
        return Err(UserError::Message(
            CommandText::PreviewOnlyMd.get(ctx.lang).to_string(),
        ));
    }
    match format {
        ExportFormat::Json => json(ctx, output, client),
        ExportFormat::Csv => super::export_csv::run(ctx, output, client),
        ExportFormat::Md => super::report::run(ctx, output, client, preview),
    }
}

fn json(ctx: &Session, output: Option<&Path>, client: Option<&str>) -> Result<(), UserError> {
    let message = |text: BackupText, args: &[&dyn std::fmt::Display]| {
        UserError::Message(text.fill(ctx.lang, args))
    };
    if client.is_some() {
        return Err(message(BackupText::ClientWithJson, &[]));
    }
    let store = ctx.open_existing()?;
    let text = backup::to_json(&backup::collect(&store.read()?)?)?;
    match output {
        None => write_stdout(&text).map_err(|e| message(BackupText::CannotWrite, &[&"stdout", &e])),
        Some(path) => {
            write_file(path, text.as_bytes())
                .map_err(|e| message(BackupText::CannotWrite, &[&path.display(), &e]))?;
            super::output::say(&BackupText::Exported.fill(ctx.lang, &[&path.display()]));
            Ok(())
        }
    }
}
