//! The names search in one pass over the name entries as they are read, for a search made
//! once (`verwacht search`): building the whole index first would cost more than the search.
//!
//! Each entry is put in its tier as it comes; only the best candidates are kept (with the
//! clients, for where people and expectations belong), made into a small [`Index`] and
//! searched as the search window searches: the same hits in the same order, since the
//! candidates are chosen by the same (tier, length, order) the index searches by.

use std::collections::{BTreeMap, BinaryHeap, HashMap};

use super::index::{push_folded, title_letters};
use super::matching::{Wanted, candidates_for, tier_for};
use super::{Builder, EntryRef, Hit, Index, Kind, NameEntry, Query, search_names};

/// A search that takes the name entries one by one, clients first (as the store keeps them).
pub struct NamesStream<'q> {
    query: &'q Query,
    wanted: Wanted<'q>,
    limit: usize,
    keep: usize,
    /// The best candidates so far by (tier, length of the lower-case title, order it came),
    /// the worst on top.
    best: BinaryHeap<(u8, usize, u32, Owned)>,
    /// Every client taken in, by id: the order it came and its entry.
    clients: HashMap<u64, (u32, NameEntry)>,
    came: u32,
    folded: String,
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

impl<'q> NamesStream<'q> {
    pub fn new(query: &'q Query, limit: usize) -> NamesStream<'q> {
        NamesStream {
            query,
            wanted: Wanted::new(query),
            limit,
            keep: candidates_for(limit),
            best: BinaryHeap::new(),
            clients: HashMap::new(),
            came: 0,
            folded: String::new(),
        }
    }

    /// Takes one entry in; left out, as the index leaves them out: an archived one, and a
    /// person's or expectation's whose client has not come.
    pub fn push(&mut self, entry: &EntryRef<'_>) {
        if entry.archived {
            return;
        }
        if entry.kind == Kind::Client {
            self.clients.insert(entry.id, (self.came, owned(entry)));
        } else if !self.clients.contains_key(&entry.client) {
            return;
        }
        let came = self.came;
        self.came += 1;
        if self.query.is_empty() || self.limit == 0 {
            return;
        }
        let letters = title_letters(entry.title);
        if !self.wanted.may_match(letters) {
            return;
        }
        self.folded.clear();
        push_folded(&mut self.folded, entry.title);
        let Some(tier) = tier_for(
            entry.kind,
            || entry.tags.iter().copied(),
            &self.folded,
            letters,
            self.query,
            &self.wanted,
            4,
        ) else {
            return;
        };
        let key = (tier, self.folded.len(), came);
        let full = self.best.len() >= self.keep;
        if full
            && self
                .best
                .peek()
                .is_some_and(|top| (top.0, top.1, top.2) < key)
        {
            return;
        }
        self.best.push((key.0, key.1, key.2, Owned(owned(entry))));
        if full {
            self.best.pop();
        }
    }

    /// The hits, best first, at most the limit, with the tags (and the count of each).
    pub fn finish(self, tags: &[(String, u64)]) -> Vec<Hit> {
        let mut kept: BTreeMap<u32, NameEntry> = BTreeMap::new();
        for (_, _, came, Owned(entry)) in self.best {
            if entry.kind != Kind::Client
                && let Some((at, client)) = self.clients.get(&entry.client)
            {
                kept.insert(*at, client.clone());
            }
            kept.insert(came, entry);
        }
        let mut builder = Builder::new(0);
        for entry in kept.values() {
            builder.push(&entry.as_ref());
        }
        let index: Index = builder.finish(tags);
        search_names(&index, self.query, self.limit)
    }
}
