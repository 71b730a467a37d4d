//! `verwacht export --format csv -o DIR [--client NAME]`: every table as a CSV file in DIR
//! (see `csv_tables` for the columns). DIR is required, so that seven files never land in the
//! current directory by accident; it is created (readable by the owner only) when missing, and
//! each file in it is replaced whole or not at all.

use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

use super::csv_tables::{Records, Table, tables};
use super::output::write_file;
use super::{Session, UserError};
use crate::domain::Client;
use crate::i18n::{BackupText, CommandText, Localized};
use crate::sanitize::clean_lines;

pub fn run(ctx: &Session, dir: Option<&Path>, client: Option<&str>) -> Result<(), UserError> {
    let message = |text: CommandText, args: &[&dyn std::fmt::Display]| {
        UserError::Message(text.fill(ctx.lang, args))
    };
    let dir = dir.ok_or_else(|| message(CommandText::CsvNeedsDir, &[]))?;
    let store = ctx.open_existing()?;
    let records = Records::read(&store.read()?)?;
    let only = match client {
        None => None,
        Some(query) => {
            let active: Vec<&Client> = records.clients.iter().filter(|c| !c.archived).collect();
            let names: Vec<&str> = active.iter().map(|c| c.name.as_str()).collect();
            Some(
                active[super::pick::pick(&names, query, super::pick::Certainty::Sure, ctx.lang)?]
                    .id,
            )
        }
    };
    let tables = tables(&records, only);
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| message(CommandText::CannotCreateDir, &[&dir.display(), &e]))?;
    for table in &tables {
        let path = dir.join(table.file);
        let cannot = |e: &dyn std::fmt::Display| {
            UserError::Message(BackupText::CannotWrite.fill(ctx.lang, &[&path.display(), e]))
        };
        let bytes = to_csv(table).map_err(|e| cannot(&e))?;
        write_file(&path, &bytes).map_err(|e| cannot(&e))?;
    }
    super::output::say(&CommandText::CsvExported.fill(ctx.lang, &[&tables.len(), &dir.display()]));
    Ok(())
}

fn to_csv(table: &Table) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(table.header)?;
    for row in &table.rows {
        // Text from the database, harmless where the file is shown; a cell keeps its lines.
        w.write_record(row.iter().map(|cell| clean_lines(cell).into_owned()))?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}
