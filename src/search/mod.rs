//! Search across everything: clients, people, expectations, interview answers and tags.
//!
//! Two tiers, so typing never waits: names and titles (short) are matched at once, in the
//! keystroke's own frame; long texts (answers, descriptions) are matched separately and may
//! arrive a moment later. Both use a cheap case-insensitive pass over everything first (memchr),
//! then fuzzy scoring ([`Fuzzy`], nucleo's matcher) and its matched positions, for
//! highlighting, on the best few.
//!
//! Also here: finding one client by a few letters of its name ([`names`]), for the command
//! line, and the fuzzy matching the command palette and help use.

mod entry;
mod fuzzy;
mod index;
mod matching;
pub mod names;
mod query;
mod scan;
mod stream;
pub mod words;

pub use entry::{EntryHead, EntryRef, NameEntry};
pub use fuzzy::Fuzzy;
pub use index::{Builder, Index, Kind, Target};
pub use matching::{Hit, name_targets, search_names, search_names_within, snippet_of};
pub use query::Query;
pub use stream::NamesStream;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_scan;
