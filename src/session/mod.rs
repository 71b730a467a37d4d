//! The top floor's one session, shared by the commands and the full-screen program: it reads
//! the config, the language and the day once, knows who is working, opens the store, and holds
//! the error the user is told about. `main` builds it and hands it to a command or to the
//! program; those two never import each other.

mod open;
mod today;
mod user;

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::config::Config;
use crate::files::Create;
use crate::i18n::{CliText, Lang, Localized, describe_store_error};
use crate::sanitize::clean_lines;
use crate::store::{Store, StoreError};

pub use today::VAR as TODAY_VAR;

/// What the command line asked for that the session depends on.
#[derive(Clone, Debug, Default)]
pub struct Asked {
    pub lang: Option<Lang>,
    pub db: Option<PathBuf>,
    pub theme: Option<String>,
}

/// What every command and the program need: where the database is, who is working, which day
/// it is and how to talk to the user.
pub struct Session {
    pub lang: Lang,
    pub db: PathBuf,
    pub theme: Option<String>,
    pub config: Config,
    /// Why the config file was not used, if it was not (the defaults are used instead).
    pub config_problem: Option<String>,
    /// The day `VERWACHT_TODAY` fixes, if set: honoured by every command and the program.
    pub fixed_today: Option<NaiveDate>,
    /// The author of every write (see [`user::current_user`]).
    pub author: String,
}

impl Session {
    /// Reads the config, the language, the day and the user; says on stderr when the config
    /// file could not be used.
    pub fn start(asked: Asked) -> Result<Session, UserError> {
        let (config, config_problem) = load_config();
        let lang = choose_lang(asked.lang, &config);
        if let Some(problem) = &config_problem {
            warn(&format!(
                "verwacht: {}",
                CliText::ConfigIgnored.fill(lang, &[problem])
            ));
        }
        let fixed_today = today::fixed(lang)?;
        let db = match asked.db {
            Some(p) => p,
            None => crate::files::default_path()
                .ok_or_else(|| UserError::Message(CliText::NoDefaultPath.get(lang).to_string()))?,
        };
        Ok(Session {
            lang,
            db,
            theme: asked
                .theme
                .or_else(|| (!config.theme.is_empty()).then(|| config.theme.clone())),
            config,
            config_problem,
            fixed_today,
            author: user::current_user(),
        })
    }

    /// Which day it is: the fixed day, else the local date.
    pub fn today(&self) -> NaiveDate {
        today::today(self.fixed_today)
    }

    /// Opens the database, which must exist.
    pub fn open_existing(&self) -> Result<Store, UserError> {
        self.open(Create::Never)
    }

    /// Opens the database, which must exist, for a command that only reads it: read-only
    /// when it needs no writing (see [`crate::files::open_to_read`]).
    pub fn open_to_read(&self) -> Result<Store, UserError> {
        let mut store = open::open_to_read(&self.db, self.lang)?;
        store.set_author(self.author.clone());
        Ok(store)
    }

    /// Opens the database, creating a private one if there is none yet.
    pub fn open_or_create(&self) -> Result<Store, UserError> {
        self.open(Create::Private)
    }

    fn open(&self, create: Create) -> Result<Store, UserError> {
        let mut store = open::open(&self.db, create, self.lang)?;
        store.set_author(self.author.clone());
        Ok(store)
    }

    /// Creates a new database (`verwacht init`); an existing one is an error.
    pub fn create_new(&self, shared: bool) -> Result<Store, UserError> {
        let mut store = crate::files::create_new(&self.db, shared)?;
        store.set_author(self.author.clone());
        Ok(store)
    }
}

/// Which day it is, for code that holds only the fixed day.
pub fn today(fixed: Option<NaiveDate>) -> NaiveDate {
    today::today(fixed)
}

/// The config file, or the defaults and why the file was not used.
fn load_config() -> (Config, Option<String>) {
    match crate::config::load(crate::config::path().as_deref()) {
        Ok(config) => (config, None),
        Err(e) => (Config::default(), Some(e.to_string())),
    }
}

/// The language: `--lang`, then the config file's `lang`, then the locale.
fn choose_lang(flag: Option<Lang>, config: &Config) -> Lang {
    flag.or_else(|| Lang::parse(&config.lang))
        .unwrap_or_else(|| Lang::from_locale_vars(|k| std::env::var(k).ok()))
}

/// The language the session would speak, for the one line of an error that ends the program
/// before (or while) the session starts.
pub fn lang_of(flag: Option<Lang>) -> Lang {
    choose_lang(flag, &load_config().0)
}

/// A failure the user caused or can fix: reported in one line, exit code 1.
#[derive(Debug)]
pub enum UserError {
    Store(StoreError),
    /// Already in the user's language.
    Message(String),
}

impl From<StoreError> for UserError {
    fn from(e: StoreError) -> Self {
        UserError::Store(e)
    }
}

impl UserError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            UserError::Store(e) => describe_store_error(e, lang),
            UserError::Message(m) => m.clone(),
        }
    }
}

/// One line on standard error: a warning, a note, the error line (sanitised: it may quote
/// text from the database or from a file). When even that cannot be written (a closed pipe, a
/// full disk) there is nowhere left to report it, so the failure is ignored and the exit code
/// stays what it was.
pub fn warn(line: &str) {
    let line = clean_lines(line);
    let _ = std::io::stderr()
        .lock()
        .write_all(format!("{line}\n").as_bytes());
}
