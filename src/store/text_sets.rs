//! Per word of the long texts, the texts that hold it as sets by id, kept beside the postings
//! (`TEXT_SETS`): a query's other words are checked against these, so that a text lacking one
//! is passed over without reading it, and the sets cost a read per 4,096 ids rather than one
//! per text. Each row is one word's texts of one kind among 4,096 ids in a row: a sorted list
//! of the ids' low bits while few, a bitmap once many.

use std::collections::HashMap;

use redb::{ReadableTable, Table};

use super::error::Result;

/// (word, text kind, chunk of ids) → the chunk's ids that hold the word.
pub type SetsTable<'t> = Table<'t, (&'static str, u8, u64), &'static [u8]>;

/// Ids per row (4,096; 64 in the crate's tests, so that their few texts fill many rows, and
/// rows past a list): a row is at most [`BITMAP_BYTES`] long.
const CHUNK_BITS: u32 = if cfg!(test) { 6 } else { 12 };
const CHUNK_IDS: usize = 1 << CHUNK_BITS;
pub const BITMAP_BYTES: usize = CHUNK_IDS / 8;
/// A row of at most this many ids is a list (two bytes an id); beyond, a bitmap.
const LIST_MOST: usize = BITMAP_BYTES / 2 - 1;

const LIST: u8 = 0;
const BITMAP: u8 = 1;

/// The row an id is in, and where in it.
pub fn chunk_of(id: u64) -> (u64, u16) {
    (id >> CHUNK_BITS, (id & (CHUNK_IDS as u64 - 1)) as u16)
}

/// The ids of a row's low bits, sorted.
fn decode(bytes: &[u8]) -> Option<Vec<u16>> {
    let (&tag, body) = bytes.split_first()?;
    match tag {
        LIST if body.len().is_multiple_of(2) => Some(
            body.chunks_exact(2)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
                .collect(),
        ),
        BITMAP if body.len() == BITMAP_BYTES => Some(
            (0..CHUNK_IDS)
                .filter(|&i| body[i / 8] & (1 << (i % 8)) != 0)
                .map(|i| i as u16)
                .collect(),
        ),
        _ => None,
    }
}

/// A row holding `lows` (sorted, without repeats).
fn encode(lows: &[u16]) -> Vec<u8> {
    if lows.len() <= LIST_MOST {
        let mut out = Vec::with_capacity(1 + 2 * lows.len());
        out.push(LIST);
        for low in lows {
            out.extend_from_slice(&low.to_le_bytes());
        }
        out
    } else {
        let mut out = vec![0u8; 1 + BITMAP_BYTES];
        out[0] = BITMAP;
        for &low in lows {
            out[1 + usize::from(low) / 8] |= 1 << (low % 8);
        }
        out
    }
}

/// A word's postings, read to mend a row of its set that does not decode.
pub type Postings<'t> = Table<'t, (&'static str, u8, u32, u64), ()>;

/// The ids of chunk `chunk` holding `word`, from the word's postings: what a row that does
/// not decode is written anew from (after the postings took in the write).
fn from_postings(postings: &Postings<'_>, word: &str, kind: u8, chunk: u64) -> Result<Vec<u16>> {
    let mut lows = Vec::new();
    for entry in postings.range((word, kind, 0u32, 0u64)..=(word, kind, u32::MAX, u64::MAX))? {
        let (key, _) = entry?;
        let (c, low) = chunk_of(key.value().3);
        if c == chunk {
            lows.push(low);
        }
    }
    lows.sort_unstable();
    lows.dedup();
    Ok(lows)
}

/// Writes a row, or takes it away when empty.
fn put(table: &mut SetsTable, word: &str, kind: u8, chunk: u64, lows: &[u16]) -> Result<()> {
    if lows.is_empty() {
        table.remove((word, kind, chunk))?;
    } else {
        table.insert((word, kind, chunk), encode(lows).as_slice())?;
    }
    Ok(())
}

/// The ids row `chunk` of `word`'s set holds, and whether they were mended: a row that does
/// not decode is read anew from `postings`, which then already say what the write says.
fn stored(
    table: &SetsTable,
    postings: &Postings<'_>,
    word: &str,
    kind: u8,
    chunk: u64,
) -> Result<(Vec<u16>, bool)> {
    let row = table.get((word, kind, chunk))?.map(|b| decode(b.value()));
    Ok(match row {
        None => (Vec::new(), false),
        Some(Some(lows)) => (lows, false),
        Some(None) => (from_postings(postings, word, kind, chunk)?, true),
    })
}

/// Puts text `id` of kind `kind` in the set of `word` (`held`), or takes it out. A row that
/// does not decode is written anew from `postings`, which must already say what the write
/// says.
pub fn set(
    table: &mut SetsTable,
    postings: &Postings<'_>,
    word: &str,
    kind: u8,
    id: u64,
    held: bool,
) -> Result<()> {
    let (chunk, low) = chunk_of(id);
    let (mut lows, mended) = stored(table, postings, word, kind, chunk)?;
    if !mended {
        match (lows.binary_search(&low), held) {
            (Err(at), true) => lows.insert(at, low),
            (Ok(at), false) => {
                lows.remove(at);
            }
            _ => return Ok(()),
        }
    }
    put(table, word, kind, chunk, &lows)
}

/// Additions gathered in memory and written once, for many records in one transaction (a
/// bulk load, building the index anew): each row is then read and written once, not once per
/// text.
#[derive(Default)]
pub struct Pending(HashMap<(String, u8, u64), Vec<u16>>);

impl Pending {
    pub fn add(&mut self, word: &str, kind: u8, id: u64) {
        let (chunk, low) = chunk_of(id);
        self.0
            .entry((word.to_string(), kind, chunk))
            .or_default()
            .push(low);
    }

    /// Writes every addition into `table`, merged with the rows already there (a row that
    /// does not decode is written anew from `postings`).
    pub fn write(self, table: &mut SetsTable, postings: &Postings<'_>) -> Result<()> {
        for ((word, kind, chunk), mut lows) in self.0 {
            let (before, mended) = stored(table, postings, &word, kind, chunk)?;
            if mended {
                lows = before;
            } else {
                lows.extend(before);
            }
            lows.sort_unstable();
            lows.dedup();
            put(table, &word, kind, chunk, &lows)?;
        }
        Ok(())
    }
}

/// Texts by kind code and id, as bitmaps: filled from the rows of some words, asked once per
/// text a walk meets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextSet {
    /// Per kind code, one bit per id.
    bits: Vec<Vec<u64>>,
}

impl TextSet {
    pub fn contains(&self, &(kind, id): &(u8, u64)) -> bool {
        let Some(bits) = self.bits.get(usize::from(kind)) else {
            return false;
        };
        let Ok(at) = usize::try_from(id) else {
            return false;
        };
        bits.get(at / 64).is_some_and(|w| w & (1 << (at % 64)) != 0)
    }

    fn insert(&mut self, kind: u8, id: u64) {
        let Ok(at) = usize::try_from(id) else {
            return;
        };
        self.words(kind, at / 64 + 1)[at / 64] |= 1 << (at % 64);
    }

    /// The bits of kind `kind`, at least `len` words of them.
    fn words(&mut self, kind: u8, len: usize) -> &mut Vec<u64> {
        let kind = usize::from(kind);
        if self.bits.len() <= kind {
            self.bits.resize(kind + 1, Vec::new());
        }
        let bits = &mut self.bits[kind];
        if bits.len() < len {
            bits.resize(len, 0);
        }
        bits
    }

    /// Adds the texts of kind `kind` holding `word`: `Ok(false)` when a row does not decode
    /// (the index is out of step) or `stop` said to give up (a newer query makes the set
    /// pointless).
    pub fn add_word(
        &mut self,
        table: &impl ReadableTable<(&'static str, u8, u64), &'static [u8]>,
        word: &str,
        kind: u8,
        stop: &dyn Fn() -> bool,
    ) -> Result<bool> {
        for (n, row) in table
            .range((word, kind, 0u64)..=(word, kind, u64::MAX))?
            .enumerate()
        {
            if n % 256 == 255 && stop() {
                return Ok(false);
            }
            let (key, bytes) = row?;
            let (_, _, chunk) = key.value();
            if !self.add_row(kind, chunk, bytes.value()) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Adds the ids of one row (a bitmap's words at once); false when it does not decode.
    fn add_row(&mut self, kind: u8, chunk: u64, bytes: &[u8]) -> bool {
        let Some((&tag, body)) = bytes.split_first() else {
            return false;
        };
        if tag != BITMAP || body.len() != BITMAP_BYTES {
            let Some(lows) = decode(bytes) else {
                return false;
            };
            for low in lows {
                self.insert(kind, (chunk << CHUNK_BITS) | u64::from(low));
            }
            return true;
        }
        let Ok(first) = usize::try_from(chunk << CHUNK_BITS) else {
            return false;
        };
        let bits = self.words(kind, (first + CHUNK_IDS) / 64);
        for (word, eight) in bits[first / 64..].iter_mut().zip(body.chunks_exact(8)) {
            let mut le = [0u8; 8];
            le.copy_from_slice(eight);
            // Bit `i` of byte `b` is id `8 b + i` of the row, as `u64::from_le_bytes` has it.
            *word |= u64::from_le_bytes(le);
        }
        true
    }
}

/// Every (word, kind, id) the sets hold, for tests to hold them to the postings; `None` for a
/// row that does not decode.
#[cfg(test)]
pub fn everything(
    table: &impl ReadableTable<(&'static str, u8, u64), &'static [u8]>,
) -> Result<Option<std::collections::BTreeSet<(String, u8, u64)>>> {
    let mut all = std::collections::BTreeSet::new();
    for row in table.iter()? {
        let (key, bytes) = row?;
        let (word, kind, chunk) = key.value();
        let Some(lows) = decode(bytes.value()) else {
            return Ok(None);
        };
        for low in lows {
            all.insert((
                word.to_string(),
                kind,
                (chunk << CHUNK_BITS) | u64::from(low),
            ));
        }
    }
    Ok(Some(all))
}

/// How many rows a set of texts of some `kinds` can have at most for one word, with ids up to
/// `last_ids` (per kind): what reading a word's set costs at worst.
pub fn rows_at_most(last_ids: &[u64]) -> u64 {
    last_ids.iter().map(|&id| chunk_of(id).0 + 1).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_is_a_list_while_small_and_a_bitmap_beyond() {
        let few: Vec<u16> = (0..LIST_MOST as u16).map(|i| i * 7).collect();
        assert_eq!(encode(&few)[0], LIST);
        assert_eq!(decode(&encode(&few)), Some(few));
        let many: Vec<u16> = (0..=LIST_MOST as u16).map(|i| i * 3 + 1).collect();
        let bytes = encode(&many);
        assert_eq!((bytes[0], bytes.len()), (BITMAP, 1 + BITMAP_BYTES));
        assert_eq!(decode(&bytes), Some(many));
        assert_eq!(decode(&[]), None);
        assert_eq!(decode(&[LIST, 1]), None);
        assert_eq!(decode(&[BITMAP, 0, 0]), None);
        assert_eq!(decode(&[9]), None);
    }

    #[test]
    fn ids_split_into_rows_and_back() {
        for id in [0, 1, 4095, 4096, 4097, 1 << 40, u64::MAX >> 1] {
            let (chunk, low) = chunk_of(id);
            assert_eq!((chunk << CHUNK_BITS) | u64::from(low), id);
        }
        assert_eq!(rows_at_most(&[0, CHUNK_IDS as u64]), 3);
    }

    #[test]
    fn a_bitmap_row_adds_the_same_ids_as_one_by_one() {
        let lows: Vec<u16> = (0..CHUNK_IDS as u16).filter(|l| l % 3 != 1).collect();
        let row = encode(&lows);
        assert_eq!(row[0], BITMAP);
        let (mut fast, mut slow) = (TextSet::default(), TextSet::default());
        slow.insert(1, 2);
        fast.insert(1, 2);
        assert!(fast.add_row(1, 5, &row) && fast.add_row(0, 1, &encode(&lows[..3])));
        for &low in &lows {
            slow.insert(1, (5 << CHUNK_BITS) | u64::from(low));
        }
        for &low in &lows[..3] {
            slow.insert(0, (1 << CHUNK_BITS) | u64::from(low));
        }
        assert_eq!(fast, slow);
        assert!(!fast.add_row(1, 6, &[BITMAP, 1, 2]) && !fast.add_row(1, 6, &[]));
    }

    #[test]
    fn a_set_holds_what_was_put_in_and_nothing_else() {
        let mut set = TextSet::default();
        set.insert(1, 5);
        set.insert(0, 70_000);
        assert!(set.contains(&(1, 5)) && set.contains(&(0, 70_000)));
        assert!(!set.contains(&(0, 5)) && !set.contains(&(1, 6)));
        assert!(!set.contains(&(3, 5)) && !set.contains(&(1, u64::MAX)));
    }
}
