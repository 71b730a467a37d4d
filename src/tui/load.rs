//! Reading what the screens need from the store.

use crate::app::Snapshot;
use crate::store::{Queries, Result, Store};

/// Clients and their digests, from one consistent snapshot.
pub fn snapshot(store: &Store) -> Result<Snapshot> {
    let r = store.read()?;
    Ok(Snapshot {
        clients: r.all()?,
        digests: r.digests()?,
        seq: r.change_seq()?,
    })
}
