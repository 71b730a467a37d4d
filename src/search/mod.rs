//! Search across everything: clients, people, expectations, interview answers and tags.
//!
//! Two tiers, so typing never waits: names and titles (short) are matched at once, in the
//! keystroke's own frame; long texts (answers, descriptions) are matched separately and may
//! arrive a moment later. Both use a cheap case-insensitive pass over everything first, then
//! fuzzy-matcher's scoring (and its matched positions, for highlighting) on the best few.

mod index;
mod matching;
mod query;

pub use index::{Builder, Context, Index, Item, Kind, Target};
pub use matching::{Hit, search_names, search_texts};
pub use query::Query;

#[cfg(test)]
mod tests;
