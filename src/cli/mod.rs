//! The command line: argument parsing and the plain-text commands. `main` starts the
//! full-screen program instead when no command is given.

mod args;
mod brief;
mod by_class;
mod config;
mod csv_tables;
mod demo;
mod export;
mod export_csv;
mod help_nl;
mod import;
mod init;
mod output;
mod pick;
mod rank;
mod report;
mod restore;
mod search;

mod usage_nl;

pub use args::{Cli, Command, DemoSize, ExportFormat, ImportWhat, RankFormat};
pub use help_nl::parse;
pub use output::warn;

pub use crate::session::{Session, UserError};

/// What the command line asked of the session.
pub fn asked(cli: &Cli) -> crate::session::Asked {
    crate::session::Asked {
        lang: cli.lang,
        db: cli.db.clone(),
        theme: cli.theme.clone(),
    }
}

/// Runs one command. The caller turns an error into exit code 1.
pub fn run(ctx: &Session, command: Command) -> Result<(), UserError> {
    // A damaged file can make redb panic while reading it: reported as damage in one line.
    crate::store::guard::guarded(&ctx.db, || run_command(ctx, command))
}

fn run_command(ctx: &Session, command: Command) -> Result<(), UserError> {
    match command {
        Command::Init { shared } => init::run(ctx, shared),
        Command::Import { what } => import::run(ctx, what),
        Command::Export {
            format,
            output,
            client,
            preview,
        } => export::run(ctx, format, output.as_deref(), client.as_deref(), preview),
        Command::Demo { size, scale } => demo::run(ctx, size, scale.unwrap_or(1)),
        Command::Config { print_default } => config::run(ctx, print_default),
        Command::Search { query } => search::run(ctx, &query),
        Command::Rank { format, by_class } => rank::run(ctx, format, by_class),
        Command::Brief { name } => brief::run(ctx, &name.join(" ")),
    }
}
