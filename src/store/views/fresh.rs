//! What a screen shows, read again right after a write, so that the write answers with it and
//! the screen needs no load of its own afterwards.

use crate::domain::{Client, ClientId, Expectation, ExpectationId, Interview, InterviewId};
use crate::store::{Queries, Result, Store};

use super::{ClientView, ExpectationView, HomeUpdate, InterviewView};

/// What is on screen when a write is asked for: the clients list as of its change counter,
/// the client whose records show (its screen or the briefing pane), an expectation's screen,
/// an interview's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shown {
    pub home: Option<u64>,
    pub client: Option<ClientId>,
    pub expectation: Option<ExpectationId>,
    pub interview: Option<InterviewId>,
}

impl Shown {
    pub fn is_empty(&self) -> bool {
        *self == Shown::default()
    }
}

/// The shown views as they are after a write, from one snapshot. A record the write removed
/// (an undone creation) is left out; its screen learns that from the list.
#[derive(Clone, Debug, Default)]
pub struct Fresh {
    pub home: Option<HomeUpdate>,
    pub clients: Vec<ClientView>,
    pub expectation: Option<ExpectationView>,
    pub interview: Option<InterviewView>,
}

/// Reads `shown` again, and the client `written` (the one the write changed, when no screen
/// shows it: a client just created opens next).
pub fn fresh(store: &Store, shown: &Shown, written: Option<ClientId>) -> Result<Fresh> {
    let r = store.read()?;
    let mut clients = Vec::new();
    let mut ids: Vec<ClientId> = shown.client.into_iter().collect();
    ids.extend(written.filter(|w| shown.client != Some(*w)));
    for id in ids {
        if r.get::<Client>(id.0)?.is_some() {
            clients.push(super::client_view_in(&r, id)?);
        }
    }
    let expectation = match shown.expectation {
        Some(id) if r.get::<Expectation>(id.0)?.is_some() => {
            Some(super::expectation::expectation_view_in(&r, id)?)
        }
        _ => None,
    };
    let interview = match shown.interview {
        Some(id) if r.get::<Interview>(id.0)?.is_some() => {
            Some(super::interview::interview_view_in(&r, id)?)
        }
        _ => None,
    };
    let home = match shown.home {
        Some(seq) => Some(super::home::home_since_in(&r, seq)?),
        None => None,
    };
    Ok(Fresh {
        home,
        clients,
        expectation,
        interview,
    })
}
