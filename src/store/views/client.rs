//! Everything about one client: its briefing and its screen.

use crate::domain::{
    Change, Client, ClientId, Contact, Expectation, ExpectationChange, Experience, Interview,
    InterviewId, TimeEntry,
};
use crate::store::{Queries, Result, Store};

/// Everything about one client, for its briefing and its screen.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientView {
    pub client: Client,
    /// People, archived ones included (expectations may still name them).
    pub contacts: Vec<Contact>,
    pub expectations: Vec<Expectation>,
    pub interviews: Vec<Interview>,
    /// Answers per interview are not loaded here: only their count.
    pub answer_counts: Vec<(InterviewId, usize)>,
    pub experiences: Vec<Experience>,
    pub time: Vec<TimeEntry>,
    /// The timeline, newest first.
    pub changes: Vec<Change>,
    /// The history of every expectation of the client, for the timeline's from → to.
    pub history: Vec<ExpectationChange>,
    /// The change counter of the snapshot it was read from: a change at or before it is in.
    pub seq: u64,
    /// Every record of the client was read (the client screen's view). False for the
    /// briefing's (see [`briefing_view`](super::briefing_view)): no time entries, only the
    /// latest changes and the history of the expectations they name.
    pub whole: bool,
}

impl ClientView {
    /// How many answers an interview of this client holds.
    pub fn answers_in(&self, interview: InterviewId) -> usize {
        self.answer_counts
            .iter()
            .find(|(id, _)| *id == interview)
            .map_or(0, |(_, n)| *n)
    }
}

/// Everything about one client, from one consistent snapshot.
pub fn client_view(store: &Store, id: ClientId) -> Result<ClientView> {
    client_view_in(&store.read()?, id)
}

/// Everything about one client, read through `r` (a snapshot the caller also reads more from).
pub fn client_view_in(r: &impl Queries, id: ClientId) -> Result<ClientView> {
    let interviews: Vec<Interview> = r.for_client(id)?;
    let answer_counts = answer_counts(r, &interviews)?;
    let mut changes = r.changes_of(id)?;
    changes.reverse();
    let expectations: Vec<Expectation> = r.for_client(id)?;
    let mut history = Vec::new();
    for e in &expectations {
        history.extend(r.history(e.id)?);
    }
    Ok(ClientView {
        seq: r.change_seq()?,
        client: r.fetch(id.0)?,
        contacts: r.for_client(id)?,
        expectations,
        history,
        interviews,
        answer_counts,
        experiences: r.for_client(id)?,
        time: r.for_client(id)?,
        changes,
        whole: true,
    })
}

/// How many answers each interview holds, counted in the index without decoding any answer.
pub(super) fn answer_counts(
    r: &impl Queries,
    interviews: &[Interview],
) -> Result<Vec<(InterviewId, usize)>> {
    interviews
        .iter()
        .map(|i| Ok((i.id, r.answer_count(i.id)?)))
        .collect()
}
