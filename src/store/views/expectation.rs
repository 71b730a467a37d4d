//! One expectation with everything its screen shows.

use crate::domain::{Client, Contact, Expectation, ExpectationChange, ExpectationId, Experience};
use crate::store::{Queries, Result, Store};

/// Everything the expectation screen shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ExpectationView {
    pub expectation: Expectation,
    pub client: Client,
    /// Everyone at the client, archived ones included (history may name them).
    pub contacts: Vec<Contact>,
    /// Every change, oldest first.
    pub history: Vec<ExpectationChange>,
    /// The experiences (complaints among them) linked to it, oldest first.
    pub experiences: Vec<Experience>,
    /// The change counter of the snapshot it was read from: a change at or before it is in.
    pub seq: u64,
}

/// One expectation with everything its screen shows, from one consistent snapshot.
pub fn expectation_view(store: &Store, id: ExpectationId) -> Result<ExpectationView> {
    expectation_view_in(&store.read()?, id)
}

/// One expectation with everything its screen shows, read through `r`.
pub fn expectation_view_in(r: &impl Queries, id: ExpectationId) -> Result<ExpectationView> {
    let expectation: Expectation = r.fetch(id.0)?;
    let mut experiences: Vec<Experience> = r.for_client(expectation.client_id)?;
    experiences.retain(|x| x.expectation_id == Some(id));
    experiences.sort_by_key(|x| (x.at, x.id));
    Ok(ExpectationView {
        seq: r.change_seq()?,
        client: r.fetch(expectation.client_id.0)?,
        contacts: r.for_client(expectation.client_id)?,
        history: r.history(id)?,
        experiences,
        expectation,
    })
}
