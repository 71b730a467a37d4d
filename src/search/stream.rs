//! The names search in one pass over the name entries as they are read, for a search made
//! once (`verwacht search`): building the whole index first would cost more than the search.
//!
//! Each entry is put in its tier as it comes; only the best candidates are kept (with the
//! clients, for where people and expectations belong), made into a small [`Index`] and
//! searched as the search window searches: the same hits in the same order, since the
//! candidates are chosen by the same (tier, length, order) the index searches by. An entry
//! whose stored letters lack one of the query's is passed over on its first few bytes.

use std::collections::{BTreeMap, BinaryHeap};
use std::ops::Range;

use super::entry::kind_of;
use super::index::push_folded;
use super::matching::{Wanted, candidates_for, tier_for};
use super::{Builder, EntryHead, EntryRef, Hit, Index, Kind, NameEntry, Query, search_names};

/// A search that takes the name entries one by one, clients first (as the store keeps them).
pub struct NamesStream<'q> {
    query: &'q Query,
    wanted: Wanted<'q>,
    limit: usize,
    keep: usize,
    /// The best candidates so far by (tier, length of the lower-case title, order it came),
    /// the worst on top.
    best: BinaryHeap<(u8, usize, u32, Owned)>,
    /// Every client taken in, by id (the order the store keeps them in).
    clients: Vec<Seen>,
    /// For each id below [`DENSE`], one more than the place of its client in `clients`
    /// (none: 0): ids are handed out one after the other, so looking a client up for each
    /// entry is one read, not a search.
    dense: Vec<u32>,
    /// The clients' entries as stored, one after the other.
    client_bytes: Vec<u8>,
    came: u32,
    folded: String,
}

/// Client ids looked up in `NamesStream::dense` (higher ones are searched for): a few MB at
/// most.
const DENSE: u64 = 1 << 20;

/// A client taken in: the order it came and where its entry is in `client_bytes`.
struct Seen {
    id: u64,
    came: u32,
    bytes: Range<usize>,
}

/// An entry kept, ordered by nothing but its place in the heap's key.
#[derive(Debug)]
struct Owned(NameEntry);

impl PartialEq for Owned {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl Eq for Owned {}
impl PartialOrd for Owned {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Owned {
    fn cmp(&self, _: &Self) -> std::cmp::Ordering {
        std::cmp::Ordering::Equal
    }
}

fn owned(entry: &EntryRef<'_>) -> NameEntry {
    NameEntry {
        kind: entry.kind,
        id: entry.id,
        client: entry.client,
        archived: entry.archived,
        title: entry.title.to_string(),
        extra: entry.extra.to_string(),
        tags: entry.tags.iter().map(|t| t.to_string()).collect(),
    }
}

/// The code of a client's key (see [`NameEntry::key`]).
const CLIENT: u8 = 0;

impl<'q> NamesStream<'q> {
    pub fn new(query: &'q Query, limit: usize) -> NamesStream<'q> {
        NamesStream {
            query,
            wanted: Wanted::new(query),
            limit,
            keep: candidates_for(limit),
            best: BinaryHeap::new(),
            clients: Vec::new(),
            dense: Vec::new(),
            client_bytes: Vec::new(),
            came: 0,
            folded: String::new(),
        }
    }

    /// Whether the search needs the entries of `kind` at all: none for an empty query, the
    /// clients (where the others belong) and the kinds a prefix such as `p:` leaves.
    pub fn reads(&self, kind: Kind) -> bool {
        if self.query.is_empty() || self.limit == 0 {
            return false;
        }
        match (kind, self.query.kind) {
            (Kind::Client, None | Some(Kind::Client | Kind::Contact | Kind::Expectation)) => true,
            (Kind::Contact | Kind::Expectation, wanted) => wanted.is_none_or(|k| k == kind),
            _ => false,
        }
    }

    fn client(&self, id: u64) -> Option<&Seen> {
        let at = if id < DENSE {
            let place = *self.dense.get(id as usize)?;
            place.checked_sub(1)? as usize
        } else {
            self.clients.binary_search_by_key(&id, |c| c.id).ok()?
        };
        self.clients.get(at)
    }

    /// Takes one entry in as the store keeps it: `key` (kind, id) and its bytes
    /// ([`NameEntry::encode`]); `false` for bytes that are not an entry. Left out, as the
    /// index leaves them out: an archived one, and a person's or expectation's whose client
    /// has not come. Only an entry that may match (and a client) has its texts decoded; of
    /// the others only the form is looked at ([`EntryHead::decode`]).
    pub fn push(&mut self, key: (u8, u64), bytes: &[u8]) -> bool {
        let Some((head, _)) = EntryHead::decode(bytes) else {
            return false;
        };
        if kind_of(key.0).is_none() {
            return false;
        }
        if head.archived {
            return true;
        }
        let mut decoded = None;
        if key.0 == CLIENT {
            let Some(entry) = EntryRef::decode(key, bytes) else {
                return false;
            };
            decoded = Some(entry);
            self.take_client(key.1, bytes);
        } else if self.client(head.client).is_none() {
            return true;
        }
        let came = self.came;
        self.came += 1;
        if self.query.is_empty() || self.limit == 0 || !self.wanted.may_match(head.letters) {
            return true;
        }
        let Some(entry) = decoded.or_else(|| EntryRef::decode(key, bytes)) else {
            return false;
        };
        self.folded.clear();
        push_folded(&mut self.folded, entry.title);
        let Some(tier) = tier_for(
            entry.kind,
            || entry.tags.iter().copied(),
            &self.folded,
            entry.letters,
            self.query,
            &self.wanted,
            4,
        ) else {
            return true;
        };
        let key = (tier, self.folded.len(), came);
        let full = self.best.len() >= self.keep;
        if full
            && self
                .best
                .peek()
                .is_some_and(|top| (top.0, top.1, top.2) < key)
        {
            return true;
        }
        self.best.push((key.0, key.1, key.2, Owned(owned(&entry))));
        if full {
            self.best.pop();
        }
        true
    }

    /// Keeps client `id`'s entry, as the order it came; one of an id already taken replaces
    /// it.
    fn take_client(&mut self, id: u64, bytes: &[u8]) {
        let at = self.client_bytes.len();
        self.client_bytes.extend_from_slice(bytes);
        let seen = Seen {
            id,
            came: self.came,
            bytes: at..self.client_bytes.len(),
        };
        match self.clients.last() {
            Some(last) if last.id >= id => {
                match self.clients.binary_search_by_key(&id, |c| c.id) {
                    Ok(i) => self.clients[i] = seen,
                    Err(i) => self.clients.insert(i, seen),
                }
                // Out of order (never as the store keeps them): the places after it moved.
                self.dense.clear();
                for i in 0..self.clients.len() {
                    self.place(self.clients[i].id, i);
                }
            }
            _ => {
                self.clients.push(seen);
                self.place(id, self.clients.len() - 1);
            }
        }
    }

    /// Notes client `id` at place `i` of `clients` in `dense`, when it goes there.
    fn place(&mut self, id: u64, i: usize) {
        if id < DENSE {
            let id = id as usize;
            if self.dense.len() <= id {
                self.dense.resize(id + 1, 0);
            }
            self.dense[id] = i as u32 + 1;
        }
    }

    /// The hits, best first, at most the limit, with the tags (and the count of each).
    pub fn finish(self, tags: &[(String, u64)]) -> Vec<Hit> {
        let NamesStream {
            query,
            limit,
            best,
            clients,
            client_bytes,
            ..
        } = self;
        // A client taken in: the order it came and its entry.
        let client = |id: u64| -> Option<(u32, NameEntry)> {
            let seen = clients.get(clients.binary_search_by_key(&id, |c| c.id).ok()?)?;
            let bytes = client_bytes.get(seen.bytes.clone())?;
            let entry = EntryRef::decode((CLIENT, id), bytes)?;
            Some((seen.came, owned(&entry)))
        };
        let mut kept: BTreeMap<u32, NameEntry> = BTreeMap::new();
        for (_, _, came, Owned(entry)) in best {
            if entry.kind != Kind::Client
                && let Some((at, client)) = client(entry.client)
            {
                kept.insert(at, client);
            }
            kept.insert(came, entry);
        }
        let mut builder = Builder::new(0);
        for entry in kept.values() {
            builder.push(&entry.as_ref());
        }
        let index: Index = builder.finish(tags);
        search_names(&index, query, limit)
    }
}
