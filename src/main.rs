#![forbid(unsafe_code)]

use std::process::ExitCode;

use verwacht::i18n::{CliText, Localized};
use verwacht::session::{self, Session};
use verwacht::{cli, tui};

/// Parses the command line, starts the session, and hands it to a command or, without one, to
/// the full-screen program.
fn main() -> ExitCode {
    // Usage errors exit with code 2 inside `parse`.
    let args = cli::parse();
    // A file size limit (`ulimit -f`) would kill the process on the write that crosses it,
    // losing the draft; noted instead, that write fails as on a full disk and is handled so.
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
    let lang = session::lang_of(args.lang);
    let result = Session::start(cli::asked(&args)).and_then(|session| match args.command {
        Some(command) => cli::run(&session, command),
        None => tui::run(&session),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A closed or full stderr must not turn the error into a panic (exit 101).
            session::warn(&format!(
                "verwacht: {}: {}",
                CliText::Error.get(lang),
                e.message(lang)
            ));
            ExitCode::from(1)
        }
    }
}
