//! The command-line contract (DESIGN.md): scripts and tests rely on it, so change it with care.

use std::path::PathBuf;

use clap::builder::ArgPredicate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "verwacht",
    version,
    about = "Find out what each client expects, make it measurable, track it, and spend your time on the clients that matter.",
    long_about = None
)]
pub struct Cli {
    /// The database file [default: ~/.local/share/verwacht/verwacht.redb]
    #[arg(long, global = true, env = "VERWACHT_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Language of all output: nl or en [default: from LANG]
    #[arg(long, global = true, value_name = "nl|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    /// Colour theme: dark, light, high-contrast, monochrome, or one of your own
    #[arg(long, global = true, value_name = "NAME")]
    pub theme: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| format!("unknown language '{text}': use nl or en"))
}

/// The largest `demo --scale`: 1,000,000 clients and 20,000,000 answers, about 57 GB.
pub const MAX_SCALE: u64 = 100;

/// A scale from 1 to [`MAX_SCALE`], if `text` is one.
pub(crate) fn scale_of(text: &str) -> Option<u64> {
    text.trim()
        .parse()
        .ok()
        .filter(|n| (1..=MAX_SCALE).contains(n))
}

fn parse_scale(text: &str) -> Result<u64, String> {
    scale_of(text).ok_or_else(|| {
        format!(
            "the scale is a whole number from 1 to {MAX_SCALE} (4: four times the team example)"
        )
    })
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database file
    Init {
        /// Create a team file: readable and writable by your group, never by others
        #[arg(long)]
        shared: bool,
    },
    /// Import clients, contacts or expectations from a CSV file (all or nothing), or restore a
    /// JSON backup
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Export everything as a JSON backup (restore it with `import json`) or as CSV files, or
    /// write one client's progress report (Markdown)
    Export {
        /// json: a backup of everything; csv: every table as a CSV file in the directory -o
        /// DIR; md: the progress report for --client NAME
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// json, md: write to FILE instead of standard output; csv: the directory to write
        /// the files in (required; created if needed)
        #[arg(short, long, value_name = "FILE|DIR")]
        output: Option<PathBuf>,
        /// The client (a few letters of its name): required for md; csv: only its records
        #[arg(long, value_name = "NAME")]
        client: Option<String>,
        /// md: print or write the report without recording it as sent, so the next report
        /// still lists everything since the last one that was
        #[arg(long)]
        preview: bool,
    },
    /// Search clients, people, expectations, answers and tags; prints one result per line
    /// (kind, title, where, text around the match), tab-separated
    Search {
        /// What to find; `c:` clients, `p:` people, `e:` expectations, `a:` answers, `#tag`
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
    },
    /// Where the config file is; with --print-default, the default config with every key
    Config {
        /// Print the default config file, every key documented
        #[arg(long)]
        print_default: bool,
    },
    /// Fill an empty database with a realistic example (Dutch names)
    Demo {
        /// small: 25 clients to look around in; team: the large fixture for benchmarks
        #[arg(
            long,
            value_enum,
            default_value_t = DemoSize::Small,
            default_value_if("scale", ArgPredicate::IsPresent, "team")
        )]
        size: DemoSize,
        /// team only: N times the team example, 1 to 100 (4: 40,000 clients, 800,000
        /// answers); implies --size team
        #[arg(long, value_name = "N", value_parser = parse_scale)]
        scale: Option<u64>,
    },
    /// The clients in priority order, as on the home screen; with --by-class the 80/20
    /// answer: per class the share of clients, revenue and time
    Rank {
        /// text: aligned columns in your language; csv, json: stable English keys
        #[arg(long, value_enum, default_value_t = RankFormat::Text)]
        format: RankFormat,
        /// Per class A, B and C: clients, share of clients, of revenue and of the time spent
        /// (last 90 days), open and overdue expectations
        #[arg(long)]
        by_class: bool,
    },
    /// The briefing of one client as plain text: NAME is a few letters of its name
    Brief {
        #[arg(value_name = "NAME", required = true, num_args = 1..)]
        name: Vec<String>,
    },
}

/// What `verwacht rank` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum RankFormat {
    /// Aligned columns with a header, in your language
    Text,
    /// A header row of English keys; revenue in euros with a `.` and two decimals
    Csv,
    /// An array of objects with English keys and the priority breakdown; revenue in cents
    Json,
}

/// What `verwacht export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Everything, losslessly: a backup
    Json,
    /// Every table as a CSV file
    Csv,
    /// A client's progress report as Markdown
    Md,
}

impl ExportFormat {
    pub fn key(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Md => "md",
        }
    }
}

/// What `verwacht import` reads. CSV files have a header row; column names may be Dutch or
/// English (see README.md, "Importing your data").
#[derive(Debug, Subcommand)]
pub enum ImportWhat {
    /// Clients: name, revenue [, sector, notes]
    Clients {
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
    },
    /// Contacts: client, name [, role, contact details]
    Contacts {
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
    },
    /// Expectations: client, title [, contact, description, nature, source, level, metric,
    /// baseline, target, unit, current, deadline, status, expected grade, tags]
    Expectations {
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
    },
    /// A backup made with `verwacht export --format json`, into an empty database
    Json {
        #[arg(value_name = "FILE.json")]
        file: PathBuf,
    },
}

/// Which example `verwacht demo` loads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DemoSize {
    /// 25 clients with people, interviews, expectations, experiences and time
    Small,
    /// 10,000 clients, 50,000 contacts, 100,000 expectations, 200,000 answers (times
    /// --scale)
    Team,
}
