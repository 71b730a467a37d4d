//! `verwacht init [--shared]`

use super::{CliError, Ctx};
use crate::i18n::{CliText, Localized};
use crate::store::Store;

pub fn run(ctx: &Ctx, shared: bool) -> Result<(), CliError> {
    Store::create_new(&ctx.db, shared)?;
    let text = if shared {
        CliText::CreatedShared
    } else {
        CliText::Created
    };
    super::output::say(&text.fill(ctx.lang, &[&ctx.db.display()]));
    Ok(())
}
