//! Many inserts in one transaction, for the large example data: [`Bulk::insert`] does exactly
//! what [`Tx::insert`] does — fresh id, stamp, record, indexes, the table of open records,
//! history, timeline entry, digest marked for rebuilding — but keeps every table it uses open
//! for the whole batch and keeps the id counters in memory until the batch ends, instead of
//! reopening a dozen tables and reading and writing the counters for every record.

use std::collections::{BTreeSet, HashSet};

use chrono::{DateTime, Utc};
use redb::{
    MultimapTable, MultimapTableDefinition, MultimapTableHandle, ReadableTable, Table,
    TableDefinition, TableHandle, WriteTransaction,
};

use super::codec::encode;
use super::error::{Result, StoreError};
use super::record::Record;
use super::tables::*;
use super::tx::{Tx, seq_key};
use crate::domain::{
    Change, ChangeAction, ExpectationChange, ExpectationId, FieldChange, Kind, Stamp,
};

type Bytes = &'static [u8];

/// Inserts within one transaction with the tables held open. Made by [`Tx::bulk`].
pub struct Bulk<'t> {
    txn: &'t WriteTransaction,
    author: &'t mut String,
    now: &'t mut DateTime<Utc>,
    touched: &'t mut BTreeSet<u64>,
    tables: Vec<(String, Table<'t, u64, Bytes>)>,
    indexes: Vec<(String, MultimapTable<'t, u64, u64>)>,
    history: Option<Table<'t, (u64, u64), Bytes>>,
    search: Option<super::text_index::Writer<'t>>,
    /// Counters of the meta table as they will be when the batch ends.
    counters: Vec<(String, u64)>,
    /// Clients known to exist, so each is looked up once.
    clients: HashSet<u64>,
}

impl Tx {
    /// Runs `f` with a [`Bulk`] for many inserts. The id counters are written back when `f`
    /// returns, whether it succeeded or not, so no id is ever handed out twice.
    pub fn bulk<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&mut Bulk<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let mut bulk = Bulk {
            txn: &self.txn,
            author: &mut self.author,
            now: &mut self.now,
            touched: &mut self.touched,
            tables: Vec::new(),
            indexes: Vec::new(),
            history: None,
            search: None,
            counters: Vec::new(),
            clients: HashSet::new(),
        };
        let out = f(&mut bulk);
        let finished = bulk.finish();
        let out = out?;
        finished?;
        Ok(out)
    }
}

impl<'t> Bulk<'t> {
    /// Stamps the inserts that follow with another author and time, like [`Tx::act_as`].
    pub fn act_as(&mut self, author: &str, at: DateTime<Utc>) {
        author.clone_into(self.author);
        *self.now = at;
    }

    fn stamp(&self) -> Stamp {
        Stamp::new(self.author.clone(), *self.now)
    }

    fn table(
        &mut self,
        def: TableDefinition<'static, u64, Bytes>,
    ) -> Result<&mut Table<'t, u64, Bytes>> {
        let i = match self.tables.iter().position(|(n, _)| n == def.name()) {
            Some(i) => i,
            None => {
                self.tables
                    .push((def.name().to_string(), self.txn.open_table(def)?));
                self.tables.len() - 1
            }
        };
        Ok(&mut self.tables[i].1)
    }

    fn index(
        &mut self,
        def: MultimapTableDefinition<'static, u64, u64>,
    ) -> Result<&mut MultimapTable<'t, u64, u64>> {
        let i = match self.indexes.iter().position(|(n, _)| n == def.name()) {
            Some(i) => i,
            None => {
                self.indexes
                    .push((def.name().to_string(), self.txn.open_multimap_table(def)?));
                self.indexes.len() - 1
            }
        };
        Ok(&mut self.indexes[i].1)
    }

    /// The next value of a counter: read from the meta table the first time, then counted here.
    fn next(&mut self, key: &str) -> Result<u64> {
        let i = match self.counters.iter().position(|(k, _)| k == key) {
            Some(i) => i,
            None => {
                let stored = self
                    .txn
                    .open_table(META)?
                    .get(key)?
                    .map_or(0, |v| v.value());
                self.counters.push((key.to_string(), stored));
                self.counters.len() - 1
            }
        };
        self.counters[i].1 += 1;
        Ok(self.counters[i].1)
    }

    fn require_client(&mut self, id: u64) -> Result<()> {
        if self.clients.contains(&id) {
            return Ok(());
        }
        if self.table(CLIENTS)?.get(id)?.is_none() {
            return Err(StoreError::NotFound {
                kind: Kind::Client.key(),
                id,
            });
        }
        self.clients.insert(id);
        Ok(())
    }

    fn append_history(&mut self, id: u64, stamp: Stamp, changes: Vec<FieldChange>) -> Result<()> {
        let table = match &mut self.history {
            Some(table) => table,
            None => self.history.insert(self.txn.open_table(HISTORY)?),
        };
        let seq = match table.range((id, 0)..=(id, u64::MAX))?.next_back() {
            Some(entry) => entry?.0.value().1 + 1,
            None => 0,
        };
        let entry = ExpectationChange {
            expectation_id: ExpectationId(id),
            seq,
            stamp,
            changes,
        };
        let bytes = encode("history", seq, &entry)?;
        table.insert((id, seq), bytes.as_slice())?;
        Ok(())
    }

    /// Stores a new record under a fresh id, stamped with the author; see [`Tx::insert`].
    pub fn insert<R: Record>(&mut self, mut r: R) -> Result<R> {
        if R::CLIENT_INDEX.is_some() {
            self.require_client(r.client_id().0)?;
        }
        let id = self.next(&seq_key(R::KIND))?;
        r.set_id(id);
        let stamp = self.stamp();
        r.before_write(None, stamp.at.date_naive());
        r.stamp(&stamp, true);
        let bytes = encode(R::KIND.key(), id, &r)?;
        self.table(R::TABLE)?.insert(id, bytes.as_slice())?;
        if let Some(def) = R::OPEN_TABLE
            && let Some(entry) = r.open_entry()
        {
            self.table(def)?.insert(id, entry.as_slice())?;
        }
        for (def, owner) in Tx::index_entries(&r) {
            self.index(def)?.insert(owner, id)?;
        }
        let search = match &mut self.search {
            Some(search) => search,
            None => self
                .search
                .insert(super::text_index::Writer::open_for_many(self.txn)?),
        };
        search.reindex(id, Default::default(), r.searchable())?;
        if R::CLIENT_INDEX.is_none() {
            self.clients.insert(id);
        }
        if let Some(changes) = R::history(None, &r) {
            self.append_history(id, stamp.clone(), changes)?;
        }
        let change = Change {
            seq: self.next(CHANGE_SEQ)?,
            stamp,
            client_id: r.client_id(),
            kind: R::KIND,
            id,
            action: ChangeAction::Created,
            summary: r.label(),
            fields: Vec::new(),
            covers: None,
        };
        let bytes = encode("change", change.seq, &change)?;
        self.table(CHANGES)?.insert(change.seq, bytes.as_slice())?;
        self.index(CLIENT_CHANGES)?
            .insert(change.client_id.0, change.seq)?;
        if R::IN_DIGEST {
            self.touched.insert(r.client_id().0);
        }
        Ok(r)
    }

    /// Closes the tables, writes the search index's gathered sets and writes the counters
    /// back (the counters also when the sets fail).
    fn finish(mut self) -> Result<()> {
        self.tables.clear();
        self.indexes.clear();
        self.history = None;
        let search = self
            .search
            .take()
            .map_or(Ok(()), super::text_index::Writer::finish);
        let mut meta = self.txn.open_table(META)?;
        for (key, value) in &self.counters {
            meta.insert(key.as_str(), *value)?;
        }
        search
    }
}
