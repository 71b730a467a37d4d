//! The command line: argument parsing and the plain-text commands. The full-screen program is
//! started from here when no command is given.

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
mod repair;
mod report;
mod restore;
mod search;

mod today;
pub use today::today;
mod usage_nl;

use std::path::PathBuf;

pub use args::{Cli, Command, DemoSize, ExportFormat, ImportWhat, RankFormat};
pub use help_nl::parse;
pub use output::warn;

use crate::i18n::{CliText, Lang, Localized, describe_store_error};
use crate::store::{Create, Store, StoreError};

/// What every command needs: where the database is and how to talk to the user.
pub struct Ctx {
    pub lang: Lang,
    pub db: PathBuf,
    pub theme: Option<String>,
    pub config: crate::config::Config,
    /// Why the config file was not used, if it was not (the defaults are used instead).
    pub config_problem: Option<String>,
    /// The day `VERWACHT_TODAY` fixes, if set: honoured by every command and the program.
    pub fixed_today: Option<chrono::NaiveDate>,
}

impl Ctx {
    pub fn from_cli(cli: &Cli) -> Result<Ctx, CliError> {
        let (config, config_problem) = load_config();
        let lang = choose_lang(cli.lang, &config);
        if let Some(problem) = &config_problem {
            warn(&format!(
                "verwacht: {}",
                CliText::ConfigIgnored.fill(lang, &[problem])
            ));
        }
        let fixed_today = today::fixed(lang)?;
        let db = match &cli.db {
            Some(p) => p.clone(),
            None => crate::store::default_path()
                .ok_or_else(|| CliError::Message(CliText::NoDefaultPath.get(lang).to_string()))?,
        };
        Ok(Ctx {
            lang,
            db,
            theme: cli
                .theme
                .clone()
                .or_else(|| (!config.theme.is_empty()).then(|| config.theme.clone())),
            config,
            config_problem,
            fixed_today,
        })
    }

    /// Which day it is (see `today`).
    pub fn today(&self) -> chrono::NaiveDate {
        today::today(self.fixed_today)
    }

    /// Opens the database, which must exist.
    pub fn open_existing(&self) -> Result<Store, CliError> {
        Ok(repair::open(&self.db, Create::Never, self.lang)?)
    }

    /// Opens the database, creating a private one if there is none yet.
    pub fn open_or_create(&self) -> Result<Store, CliError> {
        Ok(repair::open(&self.db, Create::Private, self.lang)?)
    }
}

/// The config file, or the defaults and why the file was not used.
fn load_config() -> (crate::config::Config, Option<String>) {
    match crate::config::load(crate::config::path().as_deref()) {
        Ok(config) => (config, None),
        Err(e) => (crate::config::Config::default(), Some(e.to_string())),
    }
}

/// The language: `--lang`, then the config file's `lang`, then the locale.
fn choose_lang(flag: Option<Lang>, config: &crate::config::Config) -> Lang {
    flag.or_else(|| Lang::parse(&config.lang))
        .unwrap_or_else(|| Lang::from_locale_vars(|k| std::env::var(k).ok()))
}

/// The language the command line asks for, as the commands decide it (for the one line of
/// an error that ends the program).
pub fn lang_of(cli: &Cli) -> Lang {
    choose_lang(cli.lang, &load_config().0)
}

/// A failure the user caused or can fix: reported in one line, exit code 1.
#[derive(Debug)]
pub enum CliError {
    Store(StoreError),
    /// Already in the user's language.
    Message(String),
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        CliError::Store(e)
    }
}

impl CliError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CliError::Store(e) => describe_store_error(e, lang),
            CliError::Message(m) => m.clone(),
        }
    }
}

/// Runs the command line. The caller turns an error into exit code 1.
pub fn run(cli: Cli) -> Result<(), CliError> {
    // A file size limit (`ulimit -f`) would kill the process on the write that crosses it,
    // losing the draft; noted instead, that write fails as on a full disk and is handled so.
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
    let ctx = Ctx::from_cli(&cli)?;
    let Some(command) = cli.command else {
        return crate::tui::run(&ctx);
    };
    // A damaged file can make redb panic while reading it: reported as damage in one line.
    crate::store::guard::guarded(&ctx.db, || run_command(&ctx, command))
}

fn run_command(ctx: &Ctx, command: Command) -> Result<(), CliError> {
    match command {
        Command::Init { shared } => init::run(ctx, shared),
        Command::Import { what } => import::run(ctx, what),
        Command::Export {
            format,
            output,
            client,
            preview,
        } => export::run(ctx, format, output.as_deref(), client.as_deref(), preview),
        Command::Demo { size } => demo::run(ctx, size),
        Command::Config { print_default } => config::run(ctx, print_default),
        Command::Search { query } => search::run(ctx, &query),
        Command::Rank { format, by_class } => rank::run(ctx, format, by_class),
        Command::Brief { name } => brief::run(ctx, &name.join(" ")),
    }
}
