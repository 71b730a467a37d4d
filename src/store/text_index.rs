//! The search index, kept inside every write: the name entry of every client, person and
//! expectation, the count of every tag, and for long texts: each word of a text (see
//! [`crate::search::words`]) points at the text, ordered per word as results are shown. A
//! query reads the words that hold its leading word, walks their texts best first and stops
//! once a screen is full, so a query costs what it shows, not what the database holds.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, HashSet};

use redb::{ReadableTable, Table, WriteTransaction};

use super::error::Result;
use super::tables::{NAMES, TAGS, TEXT_POSTINGS, TEXT_SETS, TEXT_WORDS};
pub use super::text_sets::TextSet;
use super::text_sets::{Pending, Postings, SetsTable};
use crate::search::NameEntry;
use crate::search::words::{TextKind, TextRank, found_in_word, words};

/// What the index keeps of a record: its long text, if it has one, its tags, and its name
/// entry (clients, people, expectations).
#[derive(Clone, Debug, Default)]
pub struct Searchable<'a> {
    pub text: Option<(TextKind, &'a str)>,
    pub tags: &'a [String],
    pub name: Option<NameEntry>,
}

/// Counts one more (`up`) or one fewer of `key`; a count that reaches nought goes.
fn count(table: &mut Table<&'static str, u64>, key: &str, up: bool) -> Result<()> {
    let before = table.get(key)?.map_or(0, |v| v.value());
    match (up, before) {
        (true, n) => table.insert(key, n + 1)?,
        (false, 0 | 1) => table.remove(key)?,
        (false, n) => table.insert(key, n - 1)?,
    };
    Ok(())
}

/// The index's tables, open for writing: opened once for many records (a migration, a bulk
/// load), or once per write.
pub struct Writer<'t> {
    names: Table<'t, (u8, u64), &'static [u8]>,
    tags: Table<'t, &'static str, u64>,
    counts: Table<'t, &'static str, u64>,
    postings: Postings<'t>,
    sets: SetsTable<'t>,
    /// For many records at once: the sets' additions, written by [`Writer::finish`].
    pending: Option<Pending>,
}

impl<'t> Writer<'t> {
    /// For one record, or a few.
    pub fn open(txn: &'t WriteTransaction) -> Result<Writer<'t>> {
        Ok(Writer {
            names: txn.open_table(NAMES)?,
            tags: txn.open_table(TAGS)?,
            counts: txn.open_table(TEXT_WORDS)?,
            postings: txn.open_table(TEXT_POSTINGS)?,
            sets: txn.open_table(TEXT_SETS)?,
            pending: None,
        })
    }

    /// For many new records (a bulk load, the index built anew): the sets are gathered in
    /// memory and written by [`Writer::finish`], each row once.
    pub fn open_for_many(txn: &'t WriteTransaction) -> Result<Writer<'t>> {
        let mut writer = Writer::open(txn)?;
        writer.pending = Some(Pending::default());
        Ok(writer)
    }

    /// Writes what was gathered (nothing for a writer from [`Writer::open`]).
    pub fn finish(mut self) -> Result<()> {
        match self.pending.take() {
            Some(pending) => pending.write(&mut self.sets, &self.postings),
            None => Ok(()),
        }
    }

    /// Puts text `id` in `word`'s set or takes it out; a removal first writes what was
    /// gathered, so it takes out what was added before it.
    fn set(&mut self, word: &str, kind: u8, id: u64, held: bool) -> Result<()> {
        match (&mut self.pending, held) {
            (Some(pending), true) => {
                pending.add(word, kind, id);
                Ok(())
            }
            (Some(_), false) => {
                if let Some(pending) = self.pending.replace(Pending::default()) {
                    pending.write(&mut self.sets, &self.postings)?;
                }
                super::text_sets::set(&mut self.sets, &self.postings, word, kind, id, false)
            }
            (None, _) => {
                super::text_sets::set(&mut self.sets, &self.postings, word, kind, id, held)
            }
        }
    }

    /// Brings the index from what a record was (nothing, for a new one) to what it is
    /// (nothing, once deleted). Only the words and tags that changed are written.
    pub fn reindex(&mut self, id: u64, old: Searchable, new: Searchable) -> Result<()> {
        if old.name != new.name {
            match (&old.name, &new.name) {
                (_, Some(entry)) => {
                    self.names.insert(entry.key(), entry.encode().as_slice())?;
                }
                (Some(entry), None) => {
                    self.names.remove(entry.key())?;
                }
                (None, None) => {}
            }
        }
        let tags = |s: &Searchable| -> BTreeSet<String> { s.tags.iter().cloned().collect() };
        let (old_tags, new_tags) = (tags(&old), tags(&new));
        for t in old_tags.difference(&new_tags) {
            count(&mut self.tags, t, false)?;
        }
        for t in new_tags.difference(&old_tags) {
            count(&mut self.tags, t, true)?;
        }
        let keys = |text: Option<(TextKind, &str)>| -> BTreeSet<(String, u8, u32)> {
            text.map(|(kind, text)| {
                words(text)
                    .into_iter()
                    .map(|(w, at)| (w, kind.code(), at))
                    .collect()
            })
            .unwrap_or_default()
        };
        let (old, new) = (keys(old.text), keys(new.text));
        for (word, kind, at) in old.difference(&new) {
            if self
                .postings
                .remove((word.as_str(), *kind, *at, id))?
                .is_some()
            {
                count(&mut self.counts, word, false)?;
            }
        }
        for (word, kind, at) in new.difference(&old) {
            if self
                .postings
                .insert((word.as_str(), *kind, *at, id), ())?
                .is_none()
            {
                count(&mut self.counts, word, true)?;
            }
        }
        // The sets after the postings: a row that does not decode is mended from them.
        let held = |keys: &BTreeSet<(String, u8, u32)>| -> BTreeSet<(String, u8)> {
            keys.iter().map(|(w, kind, _)| (w.clone(), *kind)).collect()
        };
        let (old_held, new_held) = (held(&old), held(&new));
        for (word, kind) in old_held.difference(&new_held) {
            self.set(word, *kind, id, false)?;
        }
        for (word, kind) in new_held.difference(&old_held) {
            self.set(word, *kind, id, true)?;
        }
        Ok(())
    }
}

/// [`Writer::reindex`] for one record.
pub fn reindex(txn: &WriteTransaction, id: u64, old: Searchable, new: Searchable) -> Result<()> {
    let unchanged = old.name == new.name && old.tags == new.tags && old.text == new.text;
    if unchanged {
        return Ok(());
    }
    Writer::open(txn)?.reindex(id, old, new)
}

/// Builds the sets of texts from the postings (the index's words as they are), for a file
/// whose index has none yet.
pub fn build_sets(txn: &WriteTransaction) -> Result<()> {
    let postings = txn.open_table(TEXT_POSTINGS)?;
    let mut sets = txn.open_table(TEXT_SETS)?;
    let mut pending = Pending::default();
    let mut word = String::new();
    for entry in postings.iter()? {
        let (key, _) = entry?;
        let (w, kind, _, id) = key.value();
        // One word's rows at a time, so the memory stays that of the commonest word.
        if w != word {
            std::mem::take(&mut pending).write(&mut sets, &postings)?;
            w.clone_into(&mut word);
        }
        pending.add(w, kind, id);
    }
    pending.write(&mut sets, &postings)
}

/// Empties the index (before it is built again from the texts).
pub fn clear(txn: &WriteTransaction) -> Result<()> {
    txn.delete_table(TEXT_WORDS)?;
    txn.delete_table(TEXT_POSTINGS)?;
    txn.delete_table(TEXT_SETS)?;
    txn.delete_table(TAGS)?;
    txn.delete_table(NAMES)?;
    create(txn)
}

/// Creates the index's tables, so readers never meet a missing one.
pub fn create(txn: &WriteTransaction) -> Result<()> {
    txn.open_table(TEXT_WORDS)?;
    txn.open_table(TEXT_POSTINGS)?;
    txn.open_table(TEXT_SETS)?;
    txn.open_table(TAGS)?;
    txn.open_table(NAMES)?;
    Ok(())
}

/// A word of the index that holds a query word: how many texts it is in, and where in it the
/// query word is found (at its start, or `offset` bytes inside).
pub struct Holding {
    word: String,
    texts: u64,
    inside: bool,
    offset: u32,
}

impl Holding {
    /// How many texts hold this word.
    pub fn texts(&self) -> u64 {
        self.texts
    }
}

/// The words of the index that hold `query_word`, read once per query word.
pub fn holding(
    vocabulary: &impl ReadableTable<&'static str, u64>,
    query_word: &str,
) -> Result<Vec<Holding>> {
    let mut found = Vec::new();
    for entry in vocabulary.iter()? {
        let (word, texts) = entry?;
        let word = word.value();
        if let Some((inside, offset)) = found_in_word(word, 0, query_word) {
            found.push(Holding {
                word: word.to_string(),
                texts: texts.value(),
                inside,
                offset,
            });
        }
    }
    Ok(found)
}

/// How many rows reading the texts of the words `holding` costs at most, for texts with ids up
/// to `last_ids` (one per kind looked at): a word's rows are no more than its texts.
pub fn set_rows(holding: &[Holding], last_ids: &[u64]) -> u64 {
    let most = super::text_sets::rows_at_most(last_ids);
    holding.iter().map(|h| h.texts.min(most)).sum()
}

/// The texts of `kinds` that hold one of the words `holding`; `None` when a row of the sets
/// does not decode (the index is out of step) or once `stop` says so.
pub fn texts_with(
    sets: &impl ReadableTable<(&'static str, u8, u64), &'static [u8]>,
    holding: &[Holding],
    kinds: &[TextKind],
    stop: &dyn Fn() -> bool,
) -> Result<Option<TextSet>> {
    let mut found = TextSet::default();
    for h in holding {
        for kind in kinds {
            if !found.add_word(sets, &h.word, kind.code(), stop)? {
                return Ok(None);
            }
        }
    }
    Ok(Some(found))
}

/// Walks the texts that hold one of the words `lead` (those holding the leading query word)
/// in the order results are shown, handing each once, ranked, to `take`, which says whether
/// to go on. `kinds` limits the texts to some kinds.
pub fn walk(
    postings: &impl ReadableTable<(&'static str, u8, u32, u64), ()>,
    lead: &[Holding],
    kinds: &[TextKind],
    mut take: impl FnMut(TextRank) -> Result<bool>,
) -> Result<()> {
    let mut seen: HashSet<(TextKind, u64)> = HashSet::new();
    // A word at the start of a word ranks every text before any inside a word: those first.
    for inside in [false, true] {
        let mut heads = BinaryHeap::new();
        let mut ranges = Vec::new();
        for h in lead.iter().filter(|h| h.inside == inside) {
            for kind in kinds {
                let from = (h.word.as_str(), kind.code(), 0u32, 0u64);
                let to = (h.word.as_str(), kind.code(), u32::MAX, u64::MAX);
                let mut range = postings.range(from..=to)?;
                if let Some(first) = next(&mut range, inside, h.offset)? {
                    heads.push(Reverse((first, ranges.len())));
                }
                ranges.push((range, h.offset));
            }
        }
        while let Some(Reverse((rank, from))) = heads.pop() {
            if let Some((range, offset)) = ranges.get_mut(from)
                && let Some(following) = next(range, inside, *offset)?
            {
                heads.push(Reverse((following, from)));
            }
            if seen.insert((rank.kind, rank.id)) && !take(rank)? {
                return Ok(());
            }
        }
    }
    Ok(())
}

/// The next text of one word's range, ranked for a leading word found `offset` bytes into it.
fn next(
    range: &mut redb::Range<'_, (&'static str, u8, u32, u64), ()>,
    inside_word: bool,
    offset: u32,
) -> Result<Option<TextRank>> {
    for entry in range.by_ref() {
        let (key, _) = entry?;
        let (_, kind, at, id) = key.value();
        // A kind this version does not know is skipped, not guessed.
        if let Some(kind) = TextKind::from_code(kind) {
            return Ok(Some(TextRank {
                inside_word,
                kind,
                at: at + offset,
                id,
            }));
        }
    }
    Ok(None)
}
