//! Write transactions. Every change goes through [`Tx`], which stamps the author, keeps the
//! indexes, the expectation history and the timeline, and rebuilds the digests of the clients
//! it touched before committing — so all of that is always consistent with the records.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use redb::{
    MultimapTableDefinition, ReadableMultimapTable, ReadableTable, TableDefinition,
    WriteTransaction,
};
use serde::Serialize;

use super::codec::encode;
use super::error::{Result, StoreError};
use super::read::{Queries, Tables};
use super::record::Record;
use super::tables::*;
use super::text_index::Searchable;
use crate::domain::digest::{self, DigestInput};
use crate::domain::{
    Answer, Change, ChangeAction, Client, ClientDigest, ClientId, Contact, Draft, Expectation,
    ExpectationChange, Experience, FieldChange, Interview, InterviewId, Kind, ListedClient, Stamp,
    TimeEntry,
};

type Bytes = &'static [u8];

pub struct Tx {
    pub(super) txn: WriteTransaction,
    pub(super) author: String,
    pub(super) now: DateTime<Utc>,
    /// The clients whose digests are rebuilt before committing.
    pub(super) touched: BTreeSet<u64>,
}

impl Tables for Tx {
    fn table(
        &self,
        def: TableDefinition<'static, u64, Bytes>,
    ) -> Result<impl ReadableTable<u64, Bytes> + '_> {
        Ok(self.txn.open_table(def)?)
    }
    fn index(
        &self,
        def: MultimapTableDefinition<'static, u64, u64>,
    ) -> Result<impl ReadableMultimapTable<u64, u64> + '_> {
        Ok(self.txn.open_multimap_table(def)?)
    }
    fn meta_table(&self) -> Result<impl ReadableTable<&'static str, u64> + '_> {
        Ok(self.txn.open_table(META)?)
    }
    fn history_table(&self) -> Result<impl ReadableTable<(u64, u64), Bytes> + '_> {
        Ok(self.txn.open_table(HISTORY)?)
    }
}

pub(super) fn seq_key(kind: Kind) -> String {
    format!("next.{}", kind.key())
}

/// The top-level fields whose values differ, by name (the update stamp aside).
fn changed_fields<R: Serialize>(old: &R, new: &R) -> Vec<String> {
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(old), serde_json::to_value(new))
    else {
        return Vec::new();
    };
    b.iter()
        .filter(|(k, v)| k.as_str() != "updated" && a.get(k.as_str()) != Some(v))
        .map(|(k, _)| k.clone())
        .collect()
}

impl Tx {
    pub(super) fn new(txn: WriteTransaction, author: String, now: DateTime<Utc>) -> Self {
        Self {
            txn,
            author,
            now,
            touched: BTreeSet::new(),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    pub fn stamp(&self) -> Stamp {
        Stamp::new(self.author.clone(), self.now)
    }

    /// Stamps the writes that follow with another author and time, like [`super::Store::write_as`]
    /// but within one transaction: the example data reads as months of work by a team and still
    /// lands all at once or not at all. Write in time order, so the timeline stays in order.
    pub fn act_as(&mut self, author: &str, at: DateTime<Utc>) {
        author.clone_into(&mut self.author);
        self.now = at;
    }

    fn set_meta(&mut self, key: &str, value: u64) -> Result<()> {
        self.txn.open_table(META)?.insert(key, value)?;
        Ok(())
    }

    /// Increments a counter in the meta table and returns the new value.
    fn bump(&mut self, key: &str) -> Result<u64> {
        let next = self.meta(key)?.unwrap_or(0) + 1;
        self.set_meta(key, next)?;
        Ok(next)
    }

    /// Raises a counter to at least `value`.
    fn raise(&mut self, key: &str, value: u64) -> Result<()> {
        if self.meta(key)?.unwrap_or(0) < value {
            self.set_meta(key, value)?;
        }
        Ok(())
    }

    /// Writes a record as given: no stamps, history, timeline or digest.
    pub(super) fn put<R: Record>(&mut self, r: &R) -> Result<()> {
        let bytes = encode(R::KIND.key(), r.id(), r)?;
        self.txn
            .open_table(R::TABLE)?
            .insert(r.id(), bytes.as_slice())?;
        self.keep_open(r)
    }

    /// Puts a record just written in its kind's table of open records, or takes it out when
    /// it is no longer open.
    pub(super) fn keep_open<R: Record>(&mut self, r: &R) -> Result<()> {
        if let Some(def) = R::OPEN_TABLE {
            let mut open = self.txn.open_table(def)?;
            match r.open_entry() {
                Some(entry) => open.insert(r.id(), entry.as_slice())?,
                None => open.remove(r.id())?,
            };
        }
        Ok(())
    }

    pub(super) fn index_entries<R: Record>(
        r: &R,
    ) -> Vec<(MultimapTableDefinition<'static, u64, u64>, u64)> {
        R::CLIENT_INDEX
            .map(|def| (def, r.client_id().0))
            .into_iter()
            .chain(r.extra_index())
            .collect()
    }

    fn index_add<R: Record>(&mut self, r: &R) -> Result<()> {
        for (def, owner) in Self::index_entries(r) {
            self.txn.open_multimap_table(def)?.insert(owner, r.id())?;
        }
        Ok(())
    }

    fn index_remove<R: Record>(&mut self, r: &R) -> Result<()> {
        for (def, owner) in Self::index_entries(r) {
            self.txn.open_multimap_table(def)?.remove(owner, r.id())?;
        }
        Ok(())
    }

    /// Keeps the search index of long texts in step with a record's text.
    fn reindex_text(&self, id: u64, old: Searchable, new: Searchable) -> Result<()> {
        super::text_index::reindex(&self.txn, id, old, new)
    }

    /// Builds the search index anew from every record (a migration, or an index
    /// found out of step).
    pub(super) fn rebuild_text_index(&mut self) -> Result<()> {
        super::text_index::clear(&self.txn)?;
        self.index_every::<Client>()?;
        self.index_every::<Contact>()?;
        self.index_every::<Expectation>()?;
        self.index_every::<Answer>()
    }

    /// The name entries made anew from the records, in the form this version writes.
    pub(super) fn rebuild_names(&mut self) -> Result<()> {
        self.txn.delete_table(NAMES)?;
        let mut names = self.txn.open_table(NAMES)?;
        self.name_every::<Client>(&mut names)?;
        self.name_every::<Contact>(&mut names)?;
        self.name_every::<Expectation>(&mut names)
    }

    fn name_every<R: Record>(&self, names: &mut redb::Table<(u8, u64), Bytes>) -> Result<()> {
        let table = self.txn.open_table(R::TABLE)?;
        for entry in table.iter()? {
            let (id, bytes) = entry?;
            let r: R = super::codec::decode(R::KIND.key(), id.value(), bytes.value())?;
            if let Some(name) = r.searchable().name {
                names.insert(name.key(), name.encode().as_slice())?;
            }
        }
        Ok(())
    }

    fn index_every<R: Record>(&self) -> Result<()> {
        let table = self.txn.open_table(R::TABLE)?;
        let mut index = super::text_index::Writer::open_for_many(&self.txn)?;
        for entry in table.iter()? {
            let (id, bytes) = entry?;
            let r: R = super::codec::decode(R::KIND.key(), id.value(), bytes.value())?;
            index.reindex(r.id(), Searchable::default(), r.searchable())?;
        }
        index.finish()
    }

    fn touch<R: Record>(&mut self, r: &R) {
        if R::IN_DIGEST {
            self.touched.insert(r.client_id().0);
        }
    }

    fn require_client<R: Record>(&self, r: &R) -> Result<()> {
        if R::CLIENT_INDEX.is_some() && self.get::<Client>(r.client_id().0)?.is_none() {
            return Err(StoreError::NotFound {
                kind: Kind::Client.key(),
                id: r.client_id().0,
            });
        }
        Ok(())
    }

    fn append_history(&mut self, id: u64, changes: Vec<FieldChange>) -> Result<()> {
        let seq = {
            let table = self.txn.open_table(HISTORY)?;
            let last = table.range((id, 0)..=(id, u64::MAX))?.next_back();
            match last {
                Some(entry) => entry?.0.value().1 + 1,
                None => 0,
            }
        };
        let entry = ExpectationChange {
            expectation_id: crate::domain::ExpectationId(id),
            seq,
            stamp: self.stamp(),
            changes,
        };
        self.put_history(&entry)
    }

    fn put_history(&mut self, entry: &ExpectationChange) -> Result<()> {
        let bytes = encode("history", entry.seq, entry)?;
        self.txn
            .open_table(HISTORY)?
            .insert((entry.expectation_id.0, entry.seq), bytes.as_slice())?;
        Ok(())
    }

    fn log<R: Record>(&mut self, r: &R, action: ChangeAction, fields: Vec<String>) -> Result<()> {
        let change = Change {
            seq: self.bump(CHANGE_SEQ)?,
            stamp: self.stamp(),
            client_id: r.client_id(),
            kind: R::KIND,
            id: r.id(),
            action,
            summary: r.label(),
            fields,
            covers: None,
        };
        self.put_change(&change)
    }

    /// Records in the client's timeline that a report was written from the snapshot with
    /// change counter `covers`. Changes no record, so no digest is rebuilt.
    pub fn log_report(&mut self, client: ClientId, covers: u64) -> Result<Change> {
        let client: Client = self.fetch(client.0)?;
        let change = Change {
            seq: self.bump(CHANGE_SEQ)?,
            stamp: self.stamp(),
            client_id: client.id,
            kind: Kind::Client,
            id: client.id.0,
            action: ChangeAction::Reported,
            summary: client.label(),
            fields: Vec::new(),
            covers: Some(covers),
        };
        self.put_change(&change)?;
        Ok(change)
    }

    fn put_change(&mut self, change: &Change) -> Result<()> {
        let bytes = encode("change", change.seq, change)?;
        self.txn
            .open_table(CHANGES)?
            .insert(change.seq, bytes.as_slice())?;
        self.txn
            .open_multimap_table(CLIENT_CHANGES)?
            .insert(change.client_id.0, change.seq)?;
        Ok(())
    }

    /// Stores a new record under a fresh id, stamped with the author, and returns it.
    pub fn insert<R: Record>(&mut self, mut r: R) -> Result<R> {
        self.require_client(&r)?;
        let id = self.bump(&seq_key(R::KIND))?;
        r.set_id(id);
        r.before_write(None, self.now.date_naive());
        r.stamp(&self.stamp(), true);
        self.put(&r)?;
        self.index_add(&r)?;
        self.reindex_text(id, Searchable::default(), r.searchable())?;
        if let Some(changes) = R::history(None, &r) {
            self.append_history(id, changes)?;
        }
        self.log(&r, ChangeAction::Created, Vec::new())?;
        self.touch(&r);
        Ok(r)
    }

    /// Replaces a stored record. Writes nothing when nothing changed; otherwise stamps it,
    /// logs which fields changed and, for expectations, appends a history entry.
    pub fn update<R: Record>(&mut self, mut r: R) -> Result<R> {
        let old: R = self.fetch(r.id())?;
        self.require_client(&r)?;
        r.before_write(Some(&old), self.now.date_naive());
        let history = R::history(Some(&old), &r);
        let fields = match &history {
            Some(changes) => changes.iter().map(|c| c.field.clone()).collect(),
            None => changed_fields(&old, &r),
        };
        if fields.is_empty() {
            return Ok(old);
        }
        r.stamp(&self.stamp(), false);
        if fields.iter().all(|f| R::QUIET.contains(&f.as_str())) {
            // Stored and stamped, but no news for the timeline.
            self.put(&r)?;
            return Ok(r);
        }
        let action = match (old.archived(), r.archived()) {
            (false, true) => ChangeAction::Archived,
            (true, false) => ChangeAction::Restored,
            _ => ChangeAction::Updated,
        };
        self.index_remove(&old)?;
        self.put(&r)?;
        self.index_add(&r)?;
        self.reindex_text(r.id(), old.searchable(), r.searchable())?;
        if let Some(changes) = history {
            self.append_history(r.id(), changes)?;
        }
        self.log(&r, action, fields)?;
        self.touch(&old);
        self.touch(&r);
        Ok(r)
    }

    /// Removes a record and returns it, so the caller can offer undo with [`Tx::reinsert`].
    pub fn delete<R: Record>(&mut self, id: u64) -> Result<R> {
        let old: R = self.fetch(id)?;
        self.txn.open_table(R::TABLE)?.remove(id)?;
        if let Some(def) = R::OPEN_TABLE {
            self.txn.open_table(def)?.remove(id)?;
        }
        self.index_remove(&old)?;
        self.reindex_text(id, old.searchable(), Searchable::default())?;
        self.log(&old, ChangeAction::Deleted, Vec::new())?;
        self.touch(&old);
        Ok(old)
    }

    /// Puts a deleted record back under its old id (undo of a delete).
    pub fn reinsert<R: Record>(&mut self, r: &R) -> Result<()> {
        if self.get::<R>(r.id())?.is_some() {
            return Ok(());
        }
        self.require_client(r)?;
        self.put(r)?;
        self.index_add(r)?;
        self.reindex_text(r.id(), Searchable::default(), r.searchable())?;
        self.log(r, ChangeAction::Restored, Vec::new())?;
        self.touch(r);
        Ok(())
    }

    /// Writes a record exactly as given (id, stamps and all), for restoring a backup. Logs
    /// nothing: the backup's own timeline is restored with [`Tx::restore_change`].
    pub fn restore<R: Record>(&mut self, r: &R) -> Result<()> {
        self.raise(&seq_key(R::KIND), r.id())?;
        let old: Option<R> = self.get(r.id())?;
        self.put(r)?;
        self.index_add(r)?;
        let old = old.as_ref().map(Record::searchable).unwrap_or_default();
        self.reindex_text(r.id(), old, r.searchable())?;
        self.touched.insert(r.client_id().0);
        Ok(())
    }

    /// Raises the last id handed out for a kind, so that a restored database never reuses the
    /// id of a record that was deleted before the backup.
    pub fn restore_last_id(&mut self, kind: Kind, id: u64) -> Result<()> {
        self.raise(&seq_key(kind), id)
    }

    pub fn restore_history(&mut self, entry: &ExpectationChange) -> Result<()> {
        self.put_history(entry)
    }

    pub fn restore_change(&mut self, change: &Change) -> Result<()> {
        self.raise(CHANGE_SEQ, change.seq)?;
        self.put_change(change)
    }

    /// Stores the editor's draft of an interview. Drafts are private working state: they are
    /// not logged and do not count as a change other processes need to see.
    pub fn put_draft(&mut self, draft: &Draft) -> Result<()> {
        let bytes = encode("draft", draft.interview_id.0, draft)?;
        self.txn
            .open_table(DRAFTS)?
            .insert(draft.interview_id.0, bytes.as_slice())?;
        Ok(())
    }

    pub fn delete_draft(&mut self, interview: InterviewId) -> Result<()> {
        self.txn.open_table(DRAFTS)?.remove(interview.0)?;
        Ok(())
    }

    /// Rebuilds one client's digest from its records, and its row of the home table.
    pub(super) fn rebuild_digest(&mut self, client: ClientId) -> Result<()> {
        let Some(record) = self.get::<Client>(client.0)? else {
            self.txn.open_table(DIGESTS)?.remove(client.0)?;
            self.txn.open_table(HOME)?.remove(client.0)?;
            return Ok(());
        };
        let contacts = self
            .for_client::<Contact>(client)?
            .iter()
            .filter(|c| !c.archived)
            .count();
        let expectations: Vec<Expectation> = self.for_client(client)?;
        let experiences: Vec<Experience> = self.for_client(client)?;
        let interviews: Vec<Interview> = self.for_client(client)?;
        let time: Vec<TimeEntry> = self.for_client(client)?;
        let digest = digest::build(DigestInput {
            client_id: client,
            contacts,
            expectations: &expectations,
            experiences: &experiences,
            interviews: &interviews,
            time: &time,
        });
        self.put_digest(&digest)?;
        self.put_home(&ListedClient::from(&record), &digest)
    }

    /// Stores a client's row of the home table.
    fn put_home(&mut self, client: &ListedClient, digest: &ClientDigest) -> Result<()> {
        let bytes = super::home_codec::encode(client, digest);
        self.txn
            .open_table(HOME)?
            .insert(client.id.0, bytes.as_slice())?;
        Ok(())
    }

    /// Builds the home table anew from every client and its stored digest (a migration, or a
    /// table found out of step); a client without a digest gets one built from its records.
    pub(super) fn rebuild_home(&mut self) -> Result<()> {
        self.txn.delete_table(HOME)?;
        let mut missing = Vec::new();
        {
            let clients = self.txn.open_table(CLIENTS)?;
            let digests = self.txn.open_table(DIGESTS)?;
            let mut home = self.txn.open_table(HOME)?;
            for entry in clients.iter()? {
                let (id, bytes) = entry?;
                let id = id.value();
                let client: Client = super::codec::decode(Kind::Client.key(), id, bytes.value())?;
                let digest = match digests.get(id)? {
                    Some(d) => super::digest_codec::decode(id, d.value())?,
                    None => {
                        missing.push(client.id);
                        continue;
                    }
                };
                let row = super::home_codec::encode(&ListedClient::from(&client), &digest);
                home.insert(id, row.as_slice())?;
            }
        }
        for id in missing {
            self.rebuild_digest(id)?;
        }
        Ok(())
    }

    /// Stores a client's digest, compactly encoded.
    pub(super) fn put_digest(&mut self, digest: &ClientDigest) -> Result<()> {
        let bytes = super::digest_codec::encode(digest);
        self.txn
            .open_table(DIGESTS)?
            .insert(digest.client_id.0, bytes.as_slice())?;
        Ok(())
    }

    pub(super) fn set_schema_version(&mut self, version: u64) -> Result<()> {
        self.set_meta(SCHEMA_VERSION, version)
    }

    pub(super) fn raw(&self) -> &WriteTransaction {
        &self.txn
    }

    /// Rebuilds the digests of the touched clients and commits durably.
    pub(super) fn commit(mut self) -> Result<()> {
        for client in std::mem::take(&mut self.touched) {
            self.rebuild_digest(ClientId(client))?;
        }
        self.txn.commit()?;
        Ok(())
    }
}
