//! `verwacht export --format md --client NAME [-o FILE] [--preview]`: the progress report for
//! one client (see `app::report`). Only once the report has been written in full — to FILE,
//! or to standard output — is a marker added to the client's timeline, so that the next report
//! lists what changed since this one; `--preview` never adds one.

use std::path::Path;

use super::output::{write_all_stdout, write_file};
use super::{Session, UserError};
use crate::domain::Client;
use crate::i18n::{BackupText, CommandText, Localized};
use crate::store::Queries;

pub fn run(
    ctx: &Session,
    output: Option<&Path>,
    client: Option<&str>,
    preview: bool,
) -> Result<(), UserError> {
    let lang = ctx.lang;
    let query =
        client.ok_or_else(|| UserError::Message(CommandText::MdNeedsClient.get(lang).into()))?;
    let store = ctx.open_existing()?;
    let today = ctx.today();
    let (view, seq) = {
        let r = store.read()?;
        let active: Vec<Client> = r
            .all::<Client>()?
            .into_iter()
            .filter(|c| !c.archived)
            .collect();
        let names: Vec<&str> = active.iter().map(|c| c.name.as_str()).collect();
        // A report that is recorded must be the client meant; a preview may take a guess.
        let certainty = if preview {
            super::pick::Certainty::Guess
        } else {
            super::pick::Certainty::Sure
        };
        let id = active[super::pick::pick(&names, query, certainty, lang)?].id;
        (
            crate::store::views::client_view_in(&r, id)?,
            r.change_seq()?,
        )
    };
    let text = crate::app::report::build(&view, today, lang);
    let cannot = |place: &dyn std::fmt::Display, e: std::io::Error| {
        UserError::Message(BackupText::CannotWrite.fill(lang, &[place, &e]))
    };
    match output {
        None => match write_all_stdout(&text) {
            // The reader went away: the report did not arrive, so it is not recorded.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(()),
            Err(e) => return Err(cannot(&"stdout", e)),
            Ok(()) => {}
        },
        Some(path) => write_file(path, text.as_bytes()).map_err(|e| cannot(&path.display(), e))?,
    }
    if !preview {
        store
            .write(|tx| tx.log_report(view.client.id, seq))
            .map_err(|e| {
                UserError::Message(
                    CommandText::ReportNotRecorded
                        .fill(lang, &[&UserError::Store(e).message(lang)]),
                )
            })?;
    }
    if let Some(path) = output {
        super::output::say(&CommandText::ReportWritten.fill(
            lang,
            &[&crate::sanitize::clean(&view.client.name), &path.display()],
        ));
    }
    Ok(())
}
