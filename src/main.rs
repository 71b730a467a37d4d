#![forbid(unsafe_code)]

use std::process::ExitCode;

use verwacht::cli;
use verwacht::i18n::{CliText, Localized};

fn main() -> ExitCode {
    // Usage errors exit with code 2 inside `parse`.
    let cli = cli::parse();
    let lang = cli::lang_of(&cli);
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A closed or full stderr must not turn the error into a panic (exit 101).
            cli::warn(&format!(
                "verwacht: {}: {}",
                CliText::Error.get(lang),
                e.message(lang)
            ));
            ExitCode::from(1)
        }
    }
}
