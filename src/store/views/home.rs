//! The clients list's records: every client with its digest, and what changed since.

use crate::domain::{Client, ClientDigest, ClientId};
use crate::store::{Queries, Result, Store};

/// Raw records for the clients list, as read from the store.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    pub clients: Vec<Client>,
    pub digests: Vec<ClientDigest>,
    /// The change counter at the time of loading.
    pub seq: u64,
}

/// Fresh records for the clients list after another process (or this one) wrote.
#[derive(Clone, Debug)]
pub enum HomeUpdate {
    /// Everything, read anew.
    Whole(Snapshot),
    /// Only the clients changed since the list was read, as of change counter `seq`.
    Clients {
        seq: u64,
        changes: Vec<ClientChange>,
    },
}

/// What changed for one client since the list was loaded: its record and digest as stored
/// now, `None` when gone.
#[derive(Clone, Debug)]
pub struct ClientChange {
    pub id: ClientId,
    pub client: Option<Client>,
    pub digest: Option<ClientDigest>,
}

impl Snapshot {
    /// Takes in the changed clients' records and digests (both kept in id order).
    pub fn patch(&mut self, changes: &[ClientChange], seq: u64) {
        for change in changes {
            put(&mut self.clients, change.id, &change.client, |c| c.id);
            put(&mut self.digests, change.id, &change.digest, |d| {
                d.client_id
            });
        }
        self.seq = seq;
    }
}

/// Puts `new` in the place of client `id` in `items` (kept in id order), or removes what
/// stands there when `new` is `None`.
fn put<T: Clone>(items: &mut Vec<T>, id: ClientId, new: &Option<T>, key: impl Fn(&T) -> ClientId) {
    match (items.binary_search_by_key(&id, key), new) {
        (Ok(i), Some(x)) => items[i] = x.clone(),
        (Ok(i), None) => {
            items.remove(i);
        }
        (Err(i), Some(x)) => items.insert(i, x.clone()),
        (Err(_), None) => {}
    }
}

/// The clients list's records, from one snapshot.
pub fn snapshot(store: &Store) -> Result<Snapshot> {
    snapshot_in(&store.read()?)
}

/// The clients list's records, read through `r`.
fn snapshot_in(r: &impl Queries) -> Result<Snapshot> {
    Ok(Snapshot {
        clients: r.all()?,
        digests: r.digests()?,
        seq: r.change_seq()?,
    })
}

/// More changes than this since the list was read, and it is read whole again.
const MOST_CHANGES: usize = 200;

/// What changed on the clients list after change counter `seq`, from one snapshot: the
/// changed clients with their digests (a colleague's write costs reading those), or the whole
/// list when much changed.
pub fn home_since(store: &Store, seq: u64) -> Result<HomeUpdate> {
    home_since_in(&store.read()?, seq)
}

/// What changed on the clients list after change counter `seq`, read through `r`.
pub fn home_since_in(r: &crate::store::Reader, seq: u64) -> Result<HomeUpdate> {
    let Some(ids) = r.clients_changed_after(seq, MOST_CHANGES)? else {
        return Ok(HomeUpdate::Whole(snapshot_in(r)?));
    };
    let changes = ids
        .into_iter()
        .map(|id| {
            Ok(ClientChange {
                id,
                client: r.get(id.0)?,
                digest: r.digest(id)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(HomeUpdate::Clients {
        seq: r.change_seq()?,
        changes,
    })
}
