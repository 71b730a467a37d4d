//! Encoding of stored values (JSON through serde), and the table reads both transaction kinds
//! share.

use redb::{ReadableMultimapTable, ReadableTable};
use serde::{Serialize, de::DeserializeOwned};

use super::error::{Result, StoreError};

pub fn encode<T: Serialize>(kind: &'static str, id: u64, value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|e| StoreError::Corrupt {
        kind,
        id,
        reason: e.to_string(),
    })
}

pub fn decode<T: DeserializeOwned>(kind: &'static str, id: u64, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt {
        kind,
        id,
        reason: e.to_string(),
    })
}

/// Reads and decodes one value.
pub fn get_in<T: DeserializeOwned>(
    table: &impl ReadableTable<u64, &'static [u8]>,
    kind: &'static str,
    id: u64,
) -> Result<Option<T>> {
    match table.get(id)? {
        Some(guard) => decode(kind, id, guard.value()).map(Some),
        None => Ok(None),
    }
}

/// Decodes every value of a table, in id order.
pub fn all_in<T: DeserializeOwned>(
    table: &impl ReadableTable<u64, &'static [u8]>,
    kind: &'static str,
) -> Result<Vec<T>> {
    let mut out = Vec::with_capacity(table.len()? as usize);
    for entry in table.iter()? {
        let (k, v) = entry?;
        out.push(decode(kind, k.value(), v.value())?);
    }
    Ok(out)
}

/// Decodes every value of a table in id order, handing each to `f` without keeping them.
pub fn each_in<T: DeserializeOwned>(
    table: &impl ReadableTable<u64, &'static [u8]>,
    kind: &'static str,
    mut f: impl FnMut(T),
) -> Result<()> {
    for entry in table.iter()? {
        let (k, v) = entry?;
        f(decode(kind, k.value(), v.value())?);
    }
    Ok(())
}

/// The ids an index holds for one owner, ascending.
pub fn ids_in(index: &impl ReadableMultimapTable<u64, u64>, owner: u64) -> Result<Vec<u64>> {
    let mut ids = Vec::new();
    for id in index.get(owner)? {
        ids.push(id?.value());
    }
    Ok(ids)
}
