//! `verwacht demo`: fills an empty database with the example.

use chrono::Local;

use super::{CliError, Ctx};
use crate::demo::{self, DemoError};
use crate::i18n::{CliText, DemoText, Lang, Localized, fmt_count};

fn describe(e: DemoError, lang: Lang) -> CliError {
    match e {
        DemoError::NotEmpty => CliError::Message(CliText::DemoNotEmpty.get(lang).to_string()),
        DemoError::Internal(what) => CliError::Message(DemoText::Internal.fill(lang, &[&what])),
        DemoError::Store(e) => CliError::Store(e),
    }
}

pub fn run(ctx: &Ctx) -> Result<(), CliError> {
    let store = ctx.open_or_create()?;
    let today = Local::now().date_naive();
    let summary = demo::load_small(&store, today).map_err(|e| describe(e, ctx.lang))?;
    let count = |n| fmt_count(n, ctx.lang);
    println!(
        "{}",
        CliText::DemoLoaded.fill(
            ctx.lang,
            &[
                &count(summary.clients),
                &count(summary.contacts),
                &count(summary.expectations),
                &count(summary.answers),
            ]
        )
    );
    Ok(())
}
