//! The stored schema version, the creation of a new database and the migration of older ones.

use super::error::Result;
use super::read::Queries;
use super::tables::*;
use super::tx::Tx;
use crate::domain::{Client, ClientId};

/// The schema this version of verwacht writes.
///
/// History: 1 — the first schema. 2 — per-client digests (the `digests` table), so the client
/// list opens without reading every record.
pub const CURRENT: u64 = 2;

/// Creates every table, so readers never meet a missing one.
fn create_tables(tx: &Tx) -> Result<()> {
    let txn = tx.raw();
    for def in [
        CLIENTS,
        CONTACTS,
        INTERVIEWS,
        ANSWERS,
        EXPECTATIONS,
        EXPERIENCES,
        TIME,
        DRAFTS,
        DIGESTS,
        CHANGES,
    ] {
        txn.open_table(def)?;
    }
    for def in [
        CLIENT_CONTACTS,
        CLIENT_INTERVIEWS,
        CLIENT_ANSWERS,
        CLIENT_EXPECTATIONS,
        CLIENT_EXPERIENCES,
        CLIENT_TIME,
        CLIENT_CHANGES,
        INTERVIEW_ANSWERS,
    ] {
        txn.open_multimap_table(def)?;
    }
    txn.open_table(HISTORY)?;
    txn.open_table(META)?;
    Ok(())
}

/// Sets up a new, empty database.
pub fn init(tx: &mut Tx) -> Result<()> {
    create_tables(tx)?;
    tx.set_schema_version(CURRENT)
}

/// Brings a database written with schema `from` up to [`CURRENT`], step by step, inside the
/// caller's single transaction: either the whole migration lands or none of it.
pub fn migrate(tx: &mut Tx, from: u64) -> Result<()> {
    for version in from..CURRENT {
        if version == 1 {
            add_digests(tx)?;
        }
    }
    tx.set_schema_version(CURRENT)
}

/// 1 → 2: build every client's digest.
fn add_digests(tx: &mut Tx) -> Result<()> {
    create_tables(tx)?;
    let ids: Vec<ClientId> = tx.all::<Client>()?.into_iter().map(|c| c.id).collect();
    for id in ids {
        tx.rebuild_digest(id)?;
    }
    Ok(())
}
