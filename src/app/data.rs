//! What the screens show, derived in `update` from what the store returned.

use std::collections::HashMap;

use crate::domain::ranking::rank_by_revenue;
use crate::domain::{Cents, Client, ClientDigest, ClientId, RankedClient};

/// Raw records as loaded from the store by the terminal loop.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    pub clients: Vec<Client>,
    pub digests: Vec<ClientDigest>,
    /// The change counter at the time of loading.
    pub seq: u64,
}

/// One row of the client list.
#[derive(Clone, Debug)]
pub struct ClientRow {
    pub client: Client,
    pub rank: RankedClient,
    pub digest: ClientDigest,
}

#[derive(Clone, Debug, Default)]
pub struct Data {
    /// Active (not archived) clients, highest revenue first.
    pub rows: Vec<ClientRow>,
    pub total_revenue: Cents,
    pub seq: u64,
}

impl Data {
    pub fn from_snapshot(snapshot: Snapshot) -> Data {
        let mut clients: Vec<Client> = snapshot
            .clients
            .into_iter()
            .filter(|c| !c.archived)
            .collect();
        // Name order first, so that equal revenues rank alphabetically.
        clients.sort_by_key(|c| c.name.to_lowercase());
        let ranked = rank_by_revenue(
            &clients
                .iter()
                .map(|c| (c.id, c.revenue))
                .collect::<Vec<_>>(),
        );
        let mut by_id: HashMap<ClientId, Client> = clients.into_iter().map(|c| (c.id, c)).collect();
        let mut digests: HashMap<ClientId, ClientDigest> = snapshot
            .digests
            .into_iter()
            .map(|d| (d.client_id, d))
            .collect();
        let total_revenue = Cents(ranked.iter().map(|r| r.revenue.0).sum());
        let rows = ranked
            .into_iter()
            .filter_map(|rank| {
                let client = by_id.remove(&rank.id)?;
                let digest = digests.remove(&rank.id).unwrap_or_default();
                Some(ClientRow {
                    client,
                    rank,
                    digest,
                })
            })
            .collect();
        Data {
            rows,
            total_revenue,
            seq: snapshot.seq,
        }
    }

    pub fn position_of(&self, id: ClientId) -> Option<usize> {
        self.rows.iter().position(|r| r.client.id == id)
    }
}
