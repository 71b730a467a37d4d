//! The clients list's records: every client with its digest, and what changed since. Read
//! from the home table (one compact row per client), which is never trusted when it is out of
//! step with the clients: it is built anew, and a reader that may not write computes the list
//! from the records.

use crate::domain::{Client, ClientDigest, ClientId, ListedClient};
use crate::store::{Queries, Result, Store, StoreError};

/// Raw records for the clients list, as read from the store.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    pub clients: Vec<ListedClient>,
    pub digests: Vec<ClientDigest>,
    /// The change counter at the time of loading.
    pub seq: u64,
    /// The home table was out of step with the clients and has been built anew (this list is
    /// from the new one): worth telling the user.
    pub rebuilt: bool,
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
    pub client: Option<ListedClient>,
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

/// The clients list's records, from one snapshot. A home table found out of step is built
/// anew (when this user may write) and read again.
pub fn snapshot(store: &Store) -> Result<Snapshot> {
    if let Some(snapshot) = from_home(&store.read()?)? {
        return Ok(snapshot);
    }
    if store.is_read_only() {
        return from_records(&store.read()?);
    }
    store.write(|tx| tx.rebuild_home())?;
    match from_home(&store.read()?)? {
        Some(snapshot) => Ok(Snapshot {
            rebuilt: true,
            ..snapshot
        }),
        None => Err(StoreError::Damaged(store.path().to_path_buf())),
    }
}

/// The clients list's records, read through `r`: from the home table, or from the records
/// themselves when the table is out of step.
fn snapshot_in(r: &impl Queries) -> Result<Snapshot> {
    match from_home(r)? {
        Some(snapshot) => Ok(snapshot),
        None => from_records(r),
    }
}

/// Whether an error means the home table is out of step (a row this version cannot read, the
/// table missing) rather than that reading failed.
fn out_of_step(e: &StoreError) -> bool {
    match e {
        StoreError::Corrupt { .. } => true,
        StoreError::Db(e) => matches!(e.as_ref(), redb::Error::TableDoesNotExist(_)),
        _ => false,
    }
}

/// The clients list's records from the home table; `None` when the table is out of step with
/// the clients: another number of rows than of clients, or a row that is not one.
fn from_home(r: &impl Queries) -> Result<Option<Snapshot>> {
    let rows = match r.home_len() {
        Ok(n) if n == r.count::<Client>()? => r.home_rows(),
        Ok(_) => return Ok(None),
        Err(e) => Err(e),
    };
    let rows = match rows {
        Ok(rows) => rows,
        Err(e) if out_of_step(&e) => return Ok(None),
        Err(e) => return Err(e),
    };
    let (clients, digests) = rows;
    Ok(Some(Snapshot {
        clients,
        digests,
        seq: r.change_seq()?,
        rebuilt: false,
    }))
}

/// The clients list's records computed from every client record and digest, for when the
/// home table cannot be trusted and cannot be built anew.
fn from_records(r: &impl Queries) -> Result<Snapshot> {
    let clients: Vec<Client> = r.all()?;
    Ok(Snapshot {
        clients: clients.iter().map(ListedClient::from).collect(),
        digests: r.digests()?,
        seq: r.change_seq()?,
        rebuilt: false,
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

/// What changed on the clients list after change counter `seq`, read through `r`. A changed
/// client whose row of the home table is missing or unreadable while the client exists (or
/// the other way round) means the table is out of step: then the whole list is read from the
/// records.
pub fn home_since_in(r: &crate::store::Reader, seq: u64) -> Result<HomeUpdate> {
    let Some(ids) = r.clients_changed_after(seq, MOST_CHANGES)? else {
        return Ok(HomeUpdate::Whole(snapshot_in(r)?));
    };
    let mut changes = Vec::with_capacity(ids.len());
    for id in ids {
        let row = match r.home_row(id) {
            Ok(row) => row,
            Err(e) if out_of_step(&e) => return Ok(HomeUpdate::Whole(from_records(r)?)),
            Err(e) => return Err(e),
        };
        let exists = r.has::<Client>(id.0)?;
        if row.is_some() != exists {
            return Ok(HomeUpdate::Whole(from_records(r)?));
        }
        let (client, digest) = row.unzip();
        changes.push(ClientChange { id, client, digest });
    }
    Ok(HomeUpdate::Clients {
        seq: r.change_seq()?,
        changes,
    })
}
