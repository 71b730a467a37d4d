//! Read models: what each screen and command reads, each built from one consistent snapshot
//! through the store's [`Queries`](super::Queries). The program's effect runner and the command
//! line both build them here; neither goes through the other.

mod briefing;
mod client;
mod expectation;
mod fresh;
mod home;
mod interview;
mod search;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_search;
#[cfg(test)]
mod tests_text_sets;

pub use briefing::{briefing_view, briefing_view_in};
pub use client::{ClientView, client_view, client_view_in};
pub use expectation::{ExpectationView, expectation_view};
pub use fresh::{Fresh, Shown, fresh};
pub use home::{ClientChange, HomeUpdate, Snapshot, home_since, snapshot};
pub use interview::{
    ContactsView, InterviewView, ResumeItem, contacts_view, interview_view, resumable,
};
pub use search::{
    COUNT_MOST, Count, TextsFound, count_matches, search_index, search_names_once, search_texts,
};
