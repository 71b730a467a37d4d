//! `verwacht config --print-default`: the default config file, every key documented.

use super::{Session, UserError};
use crate::i18n::{CliText, Localized};

pub fn run(ctx: &Session, print_default: bool) -> Result<(), UserError> {
    if print_default {
        return super::output::stdout(crate::config::DEFAULT, ctx.lang);
    }
    let path = crate::config::path().map_or_else(|| "-".to_string(), |p| p.display().to_string());
    super::output::stdout(
        &format!("{}\n", CliText::ConfigAt.fill(ctx.lang, &[&path])),
        ctx.lang,
    )
}
