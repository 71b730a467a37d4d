//! Queries, written once for both read and write transactions.

use redb::{
    MultimapTableDefinition, ReadTransaction, ReadableMultimapTable, ReadableTable,
    ReadableTableMetadata, TableDefinition,
};

use super::codec::{all_in, decode, each_in, get_in, ids_in};
use super::digest_codec;
use super::error::{Result, StoreError};
use super::home_codec;
use super::open_interviews::{self, OpenInterview};
use super::record::Record;
use super::tables::*;
use crate::domain::{
    Answer, Change, ClientDigest, ClientId, Draft, ExpectationChange, ExpectationId, InterviewId,
    Kind, ListedClient,
};

type Bytes = &'static [u8];

/// Opening tables: the one thing read and write transactions do differently.
pub trait Tables {
    fn table(
        &self,
        def: TableDefinition<'static, u64, Bytes>,
    ) -> Result<impl ReadableTable<u64, Bytes> + '_>;
    fn index(
        &self,
        def: MultimapTableDefinition<'static, u64, u64>,
    ) -> Result<impl ReadableMultimapTable<u64, u64> + '_>;
    fn meta_table(&self) -> Result<impl ReadableTable<&'static str, u64> + '_>;
    fn history_table(&self) -> Result<impl ReadableTable<(u64, u64), Bytes> + '_>;
}

/// Every query the program makes. Provided on top of [`Tables`].
pub trait Queries: Tables {
    fn get<R: Record>(&self, id: u64) -> Result<Option<R>> {
        get_in(&self.table(R::TABLE)?, R::KIND.key(), id)
    }

    /// Like `get`, but a missing record is an error.
    fn fetch<R: Record>(&self, id: u64) -> Result<R> {
        self.get(id)?.ok_or(StoreError::NotFound {
            kind: R::KIND.key(),
            id,
        })
    }

    fn all<R: Record>(&self) -> Result<Vec<R>> {
        all_in(&self.table(R::TABLE)?, R::KIND.key())
    }

    /// Every record of a kind, one at a time (for building something from many of them
    /// without holding them all).
    fn each<R: Record>(&self, f: impl FnMut(R)) -> Result<()> {
        each_in(&self.table(R::TABLE)?, R::KIND.key(), f)
    }

    /// The interviews in progress, in id order, as the index holds them: read without
    /// decoding any interview.
    fn open_interviews(&self) -> Result<Vec<OpenInterview>> {
        let table = self.table(OPEN_INTERVIEWS)?;
        let mut out = Vec::with_capacity(table.len()? as usize);
        for entry in table.iter()? {
            let (k, v) = entry?;
            out.push(open_interviews::decode(k.value(), v.value())?);
        }
        Ok(out)
    }

    /// Whether a record is stored under `id` (without decoding it).
    fn has<R: Record>(&self, id: u64) -> Result<bool> {
        Ok(self.table(R::TABLE)?.get(id)?.is_some())
    }

    fn count<R: Record>(&self) -> Result<u64> {
        Ok(self.table(R::TABLE)?.len()?)
    }

    /// The records of one kind that belong to a client (for clients: the client itself).
    fn for_client<R: Record>(&self, client: ClientId) -> Result<Vec<R>> {
        match R::CLIENT_INDEX {
            None => Ok(self.get::<R>(client.0)?.into_iter().collect()),
            Some(def) => {
                let ids = ids_in(&self.index(def)?, client.0)?;
                self.by_ids(&ids)
            }
        }
    }

    fn by_ids<R: Record>(&self, ids: &[u64]) -> Result<Vec<R>> {
        let table = self.table(R::TABLE)?;
        ids.iter()
            .map(|id| {
                get_in(&table, R::KIND.key(), *id)?.ok_or(StoreError::NotFound {
                    kind: R::KIND.key(),
                    id: *id,
                })
            })
            .collect()
    }

    fn answers_of(&self, interview: InterviewId) -> Result<Vec<Answer>> {
        let ids = ids_in(&self.index(INTERVIEW_ANSWERS)?, interview.0)?;
        self.by_ids(&ids)
    }

    /// How many answers an interview holds, counted in the index: no answer is decoded.
    fn answer_count(&self, interview: InterviewId) -> Result<usize> {
        Ok(self.index(INTERVIEW_ANSWERS)?.get(interview.0)?.len() as usize)
    }

    fn history(&self, expectation: ExpectationId) -> Result<Vec<ExpectationChange>> {
        let table = self.history_table()?;
        let mut out = Vec::new();
        for entry in table.range((expectation.0, 0)..=(expectation.0, u64::MAX))? {
            let (k, v) = entry?;
            out.push(decode("history", k.value().1, v.value())?);
        }
        Ok(out)
    }

    /// Every history entry of every expectation, in key order.
    fn all_history(&self) -> Result<Vec<ExpectationChange>> {
        let table = self.history_table()?;
        let mut out = Vec::new();
        for entry in table.iter()? {
            let (k, v) = entry?;
            out.push(decode("history", k.value().1, v.value())?);
        }
        Ok(out)
    }

    fn draft(&self, interview: InterviewId) -> Result<Option<Draft>> {
        get_in(&self.table(DRAFTS)?, "draft", interview.0)
    }

    fn drafts(&self) -> Result<Vec<Draft>> {
        all_in(&self.table(DRAFTS)?, "draft")
    }

    fn digest(&self, client: ClientId) -> Result<Option<ClientDigest>> {
        match self.table(DIGESTS)?.get(client.0)? {
            Some(guard) => digest_codec::decode(client.0, guard.value()).map(Some),
            None => Ok(None),
        }
    }

    /// Every client's digest, in client id order.
    fn digests(&self) -> Result<Vec<ClientDigest>> {
        let table = self.table(DIGESTS)?;
        let mut out = Vec::with_capacity(table.len()? as usize);
        let mut days = digest_codec::Days::default();
        for entry in table.iter()? {
            let (k, v) = entry?;
            out.push(digest_codec::decode_with(k.value(), v.value(), &mut days)?);
        }
        Ok(out)
    }

    /// A client's row of the home table: the client as the list shows it, with its digest.
    fn home_row(&self, client: ClientId) -> Result<Option<(ListedClient, ClientDigest)>> {
        match self.table(HOME)?.get(client.0)? {
            Some(guard) => home_codec::decode(client.0, guard.value()).map(Some),
            None => Ok(None),
        }
    }

    /// Every row of the home table, in client id order: the clients and their digests, as
    /// two lists (what the list is made of), each record written once where it stays.
    fn home_rows(&self) -> Result<(Vec<ListedClient>, Vec<ClientDigest>)> {
        let table = self.table(HOME)?;
        let n = table.len()? as usize;
        let (mut clients, mut digests) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let mut days = digest_codec::Days::default();
        for entry in table.iter()? {
            let (k, v) = entry?;
            let (client, digest) = home_codec::decode_with(k.value(), v.value(), &mut days)?;
            clients.push(client);
            digests.push(digest);
        }
        Ok((clients, digests))
    }

    /// How many rows the home table holds.
    fn home_len(&self) -> Result<u64> {
        Ok(self.table(HOME)?.len()?)
    }

    /// A client's timeline, oldest first.
    fn changes_of(&self, client: ClientId) -> Result<Vec<Change>> {
        let seqs = ids_in(&self.index(CLIENT_CHANGES)?, client.0)?;
        let table = self.table(CHANGES)?;
        seqs.iter()
            .filter_map(|s| get_in(&table, "change", *s).transpose())
            .collect()
    }

    /// A client's `most` latest changes, newest first: read from the end of its timeline,
    /// so a long history costs no more than a short one.
    fn latest_changes_of(&self, client: ClientId, most: usize) -> Result<Vec<Change>> {
        let index = self.index(CLIENT_CHANGES)?;
        let table = self.table(CHANGES)?;
        let mut out = Vec::with_capacity(most);
        for seq in index.get(client.0)?.rev() {
            if out.len() >= most {
                break;
            }
            out.extend(get_in(&table, "change", seq?.value())?);
        }
        Ok(out)
    }

    /// The clients changed after change counter `seq`, each once; `None` when more than `most`
    /// changes were made since (an import, a long time away): then everything is read anew.
    fn clients_changed_after(&self, seq: u64, most: usize) -> Result<Option<Vec<ClientId>>> {
        let table = self.table(CHANGES)?;
        let mut clients = Vec::new();
        for (n, entry) in table.range(seq.saturating_add(1)..)?.enumerate() {
            if n >= most {
                return Ok(None);
            }
            let (k, v) = entry?;
            let change: Change = super::codec::decode("change", k.value(), v.value())?;
            if !clients.contains(&change.client_id) {
                clients.push(change.client_id);
            }
        }
        Ok(Some(clients))
    }

    fn all_changes(&self) -> Result<Vec<Change>> {
        all_in(&self.table(CHANGES)?, "change")
    }

    fn meta(&self, key: &str) -> Result<Option<u64>> {
        Ok(self.meta_table()?.get(key)?.map(|v| v.value()))
    }

    /// The number of changes ever committed; other processes poll it to notice writes.
    fn change_seq(&self) -> Result<u64> {
        Ok(self.meta(CHANGE_SEQ)?.unwrap_or(0))
    }

    /// The last id handed out for a kind of record; 0 when none was.
    fn last_id(&self, kind: Kind) -> Result<u64> {
        Ok(self.meta(&super::tx::seq_key(kind))?.unwrap_or(0))
    }
}

impl<T: Tables> Queries for T {}

/// A consistent snapshot of the database for reading.
pub struct Reader {
    pub(super) txn: ReadTransaction,
}

impl Tables for Reader {
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
