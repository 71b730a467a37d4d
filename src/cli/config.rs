//! `verwacht config --print-default`: the default config file, every key documented.

use super::{CliError, Ctx};
use crate::i18n::{CliText, Localized};

pub fn run(ctx: &Ctx, print_default: bool) -> Result<(), CliError> {
    if print_default {
        print!("{}", crate::config::DEFAULT);
        return Ok(());
    }
    let path = crate::config::path().map_or_else(|| "-".to_string(), |p| p.display().to_string());
    println!("{}", CliText::ConfigAt.fill(ctx.lang, &[&path]));
    Ok(())
}
