//! What a client's briefing shows, and no more: the view the home screen's pane reads at
//! every move on the list. The client screen reads the whole [`ClientView`].

use crate::domain::{ChangeAction, ClientId, ExpectationId, Kind};
use crate::store::{Queries, Result, Store};

use super::ClientView;
use super::client::answer_counts;

/// The records a briefing is made of, from one consistent snapshot: the client, its people,
/// expectations, interviews (answers counted, not read), experiences, its `recent` latest
/// changes and the history that says what those changed. No time entries: the briefing's
/// time comes from the list's digest. Marked not `whole`.
pub fn briefing_view(store: &Store, id: ClientId, recent: usize) -> Result<ClientView> {
    briefing_view_in(&store.read()?, id, recent)
}

/// [`briefing_view`] read through `r`.
pub fn briefing_view_in(r: &impl Queries, id: ClientId, recent: usize) -> Result<ClientView> {
    let interviews = r.for_client(id)?;
    let answer_counts = answer_counts(r, &interviews)?;
    let changes = r.latest_changes_of(id, recent)?;
    // The timeline says from what to what only for an expectation's update.
    let mut named: Vec<ExpectationId> = Vec::new();
    for ch in &changes {
        let id = ExpectationId(ch.id);
        if ch.kind == Kind::Expectation
            && ch.action == ChangeAction::Updated
            && !named.contains(&id)
        {
            named.push(id);
        }
    }
    let mut history = Vec::new();
    for e in named {
        history.extend(r.history(e)?);
    }
    Ok(ClientView {
        seq: r.change_seq()?,
        client: r.fetch(id.0)?,
        contacts: r.for_client(id)?,
        expectations: r.for_client(id)?,
        history,
        interviews,
        answer_counts,
        experiences: r.for_client(id)?,
        time: Vec::new(),
        changes,
        whole: false,
    })
}
