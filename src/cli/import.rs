//! `verwacht import clients|contacts|expectations FILE.csv`: every row is checked inside one
//! write transaction; a single problem aborts it, so nothing is written.

use std::path::Path;

use super::{ImportWhat, Session, UserError};
use crate::domain::{Client, Contact};
use crate::i18n::{ImportText, Localized, describe_problem, imported_summary};
use crate::import::{self, ImportKind, Problem, Table};
use crate::store::{Queries, Record, Store, StoreError, Tx};

/// At most this many problem lines are printed; the rest are counted.
const MAX_SHOWN: usize = 100;

pub fn run(ctx: &Session, what: ImportWhat) -> Result<(), UserError> {
    match what {
        ImportWhat::Clients { file } => csv(ctx, ImportKind::Clients, &file),
        ImportWhat::Contacts { file } => csv(ctx, ImportKind::Contacts, &file),
        ImportWhat::Expectations { file } => csv(ctx, ImportKind::Expectations, &file),
        ImportWhat::Json { file } => super::restore::run(ctx, &file),
    }
}

/// Why an import wrote nothing.
enum Failed {
    Store(StoreError),
    Problems(Vec<Problem>),
}

impl From<StoreError> for Failed {
    fn from(e: StoreError) -> Self {
        Failed::Store(e)
    }
}

/// The file's bytes, or a one-line message.
pub(super) fn read_file(ctx: &Session, path: &Path) -> Result<Vec<u8>, UserError> {
    std::fs::read(path).map_err(|e| {
        UserError::Message(ImportText::CannotRead.fill(ctx.lang, &[&path.display(), &e]))
    })
}

fn csv(ctx: &Session, kind: ImportKind, path: &Path) -> Result<(), UserError> {
    let shown = path.display().to_string();
    let bytes = read_file(ctx, path)?;
    // The file is checked as a table before the database is opened or created.
    let table = import::decode(&bytes)
        .map_err(|p| vec![p])
        .and_then(import::read_table)
        .map_err(|problems| report(ctx, &shown, &problems))?;
    let store = match kind {
        ImportKind::Clients => ctx.open_or_create()?,
        // Contacts and expectations need clients, so an empty new database is no use.
        ImportKind::Contacts | ImportKind::Expectations => ctx.open_existing()?,
    };
    let today = ctx.today();
    let count = import_table(&store, kind, &table, today).map_err(|f| match f {
        Failed::Store(e) => UserError::Store(e),
        Failed::Problems(problems) => report(ctx, &shown, &problems),
    })?;
    super::output::say(&imported_summary(kind, count, ctx.lang));
    Ok(())
}

/// Checks every row against the database as it is inside the transaction, then inserts them
/// all; any problem aborts the transaction.
fn import_table(
    store: &Store,
    kind: ImportKind,
    table: &Table,
    today: chrono::NaiveDate,
) -> Result<usize, Failed> {
    store.write(|tx| {
        let clients: Vec<Client> = tx.all()?;
        match kind {
            ImportKind::Clients => {
                let new = import::clients(table, &clients).map_err(Failed::Problems)?;
                insert_all(tx, new)
            }
            ImportKind::Contacts => {
                let contacts: Vec<Contact> = tx.all()?;
                let new = import::contacts(table, &clients, &contacts).map_err(Failed::Problems)?;
                insert_all(tx, new)
            }
            ImportKind::Expectations => {
                let contacts: Vec<Contact> = tx.all()?;
                let new = import::expectations(table, &clients, &contacts, today)
                    .map_err(Failed::Problems)?;
                insert_all(tx, new)
            }
        }
    })
}

fn insert_all<R: Record>(tx: &mut Tx, records: Vec<R>) -> Result<usize, Failed> {
    let count = records.len();
    for r in records {
        tx.insert(r)?;
    }
    Ok(count)
}

/// Prints one line per problem on stderr and returns the one-line failure.
fn report(ctx: &Session, file: &str, problems: &[Problem]) -> UserError {
    for p in problems.iter().take(MAX_SHOWN) {
        super::output::warn(&describe_problem(p, file, ctx.lang));
    }
    if problems.len() > MAX_SHOWN {
        let more = problems.len() - MAX_SHOWN;
        let more = crate::i18n::count(more as u64, crate::i18n::Noun::Problem, ctx.lang);
        super::output::warn(&ImportText::MoreProblems.fill(ctx.lang, &[&more]));
    }
    let message = match problems.len() {
        1 => ImportText::NothingImportedOne.fill(ctx.lang, &[&file]),
        n => ImportText::NothingImportedMany.fill(ctx.lang, &[&n, &file]),
    };
    UserError::Message(message)
}
