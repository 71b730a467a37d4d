//! Reading clients, contacts and expectations from CSV files, all or nothing: every row is
//! checked first, and any problem (with its line and column) stops the whole import.
//!
//! Pure: the caller reads the file and hands over the records already stored; this module
//! returns the new records to insert, or every problem it found.

mod clients;
mod columns;
mod contacts;
mod expectations;
mod fields;
mod lookup;
mod table;

pub use clients::clients;
pub use columns::{Column, ColumnDef, column_defs, column_names};
pub use contacts::contacts;
pub use expectations::expectations;
pub use table::{Table, decode, read_table};

use crate::domain::{AmountError, DateError};

/// What a CSV file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    Clients,
    Contacts,
    Expectations,
}

/// Where in the file a problem is: the column as the file names it, by position when it has
/// no name, or by its own name when it is missing altogether.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Where {
    Named(String),
    /// 1-based.
    Number(usize),
    Missing(Column),
}

/// One thing wrong with the file. `line` is 1-based; `None` for the file as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: Option<u64>,
    pub column: Option<Where>,
    pub issue: Issue,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    FileEmpty,
    NoRows,
    /// The text is not UTF-8; the line where the first bad byte is.
    NotUtf8,
    Tabs,
    /// The CSV itself could not be read (an unclosed quote, for instance).
    Csv(String),
    UnknownColumn(ImportKind),
    /// Means the same as an earlier column, named here.
    DuplicateColumn(String),
    MissingColumn,
    TooManyValues {
        found: usize,
        expected: usize,
        delimiter: char,
    },
    ValueWithoutColumn,
    Required,
    Amount(String, AmountError),
    Negative,
    Date(DateError),
    BadChoice(Column, String),
    BadGrade(String),
    UnknownClient(String),
    AmbiguousClient(String, usize),
    UnknownContact(String, String),
    AmbiguousContact(String, String, usize),
    ClientExists(String),
    ContactExists(String, String),
    /// The same name also appears on the given line of the file.
    Repeated(String, u64),
}

impl Problem {
    pub fn file(issue: Issue) -> Self {
        Problem {
            line: None,
            column: None,
            issue,
        }
    }

    pub fn at(line: u64, column: Option<Where>, issue: Issue) -> Self {
        Problem {
            line: Some(line),
            column,
            issue,
        }
    }
}

/// Case-insensitive comparison key for names: trimmed and lower case.
pub fn fold_name(name: &str) -> String {
    name.trim().to_lowercase()
}
