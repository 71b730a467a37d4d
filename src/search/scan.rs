//! The names search without a previous keystroke's matches to narrow on, in one pass over all
//! lower-case titles at once instead of title by title: the query is looked for through the
//! whole text (memchr's `memmem`, many bytes at a time), and only the titles it is found in
//! are put in their tier. Scattered letters (tier 3) are looked for afterwards, shortest title
//! first, and only while fewer titles than the search keeps hold the query as a piece.
//!
//! Gives the same candidates as looking at each item in turn ([`super::matching`]): the
//! tiers are worked out by the same rules (`piece_tier`, `scattered`), and items are taken
//! in the index's order.

use super::matching::{Gather, Wanted, piece_tier, scattered};
use super::{Index, Query};

/// Whether the pass applies: a query with text and no tag (a tag's items are few and matched
/// by their tags).
pub(super) fn applies(index: &Index, query: &Query) -> bool {
    query.tag.is_none() && !query.text.is_empty() && !index.is_empty()
}

/// The candidates for `query`, with every item that matched when none was skipped.
pub(super) fn candidates(
    index: &Index,
    query: &Query,
    wanted: &Wanted,
    keep: usize,
) -> (Gather, Option<Vec<u32>>) {
    let mut gather = Gather::new(keep);
    let Some(pieces) = pieces(index, query, wanted, &mut gather) else {
        return (gather, None);
    };
    if gather.below() > 3 {
        scattered_letters(index, query, wanted, &pieces, &mut gather);
    }
    let matched = gather.matched();
    (gather, matched)
}

/// Takes each item whose title holds the query as a piece, in order; returns them all, or
/// `None` once the search stopped (enough prefixes found).
fn pieces(index: &Index, query: &Query, wanted: &Wanted, gather: &mut Gather) -> Option<Vec<u32>> {
    let bytes = index.all_folded().as_bytes();
    let len = query.text.len();
    let mut found = Vec::new();
    let mut pos = 0;
    let mut item = 0u32;
    while let Some(rel) = wanted.finder.find(&bytes[pos..]) {
        let at = pos + rel;
        item = index.item_holding(at, item);
        let end = index.folded_end(item);
        // Past this item's title the piece found runs into the next one's: this item holds
        // no piece (a later one would run over too), the next is looked at from its start.
        pos = end.max(at + 1);
        if at + len > end || query.kind.is_some_and(|k| k != index.kind(item)) {
            continue;
        }
        let title = index.folded(item);
        let Some(first) = at.checked_sub(end - title.len()) else {
            continue;
        };
        found.push(item);
        let Some(t) = piece_tier(title, first, len, &wanted.finder, gather.below()) else {
            continue;
        };
        if !gather.take(t, title.len(), item) {
            return None;
        }
    }
    Some(found)
}

/// Takes the items whose title holds the query's letters in order but not as a piece, as
/// many as the search still keeps, shortest first: the first ones met are the best, since
/// items come shortest title first. `pieces` are the items found holding it as a piece.
fn scattered_letters(
    index: &Index,
    query: &Query,
    wanted: &Wanted,
    pieces: &[u32],
    gather: &mut Gather,
) {
    let wanted_now = gather.keep().saturating_sub(gather.pieces());
    // An ASCII letter's byte is no part of any other character in UTF-8, so for an ASCII
    // query the letters in order are its bytes in order.
    let ascii = query.text.is_ascii().then(|| {
        let mut letters = query.text.clone().into_bytes();
        letters.retain(|b| !b.is_ascii_whitespace() && *b != 0x0b);
        letters
    });
    let mut taken = 0;
    let mut pieces = pieces.iter().peekable();
    for (i, &letters) in index.letters().iter().enumerate() {
        if letters & wanted.letters != wanted.letters {
            continue;
        }
        let i = i as u32;
        while pieces.next_if(|&&p| p < i).is_some() {}
        if pieces.peek() == Some(&&i) {
            continue;
        }
        if query.kind.is_some_and(|k| k != index.kind(i)) {
            continue;
        }
        let folded = index.folded(i);
        let holds = match &ascii {
            Some(letters) => in_order(folded.as_bytes(), letters),
            None => scattered(folded.as_bytes(), &query.text),
        };
        if !holds {
            continue;
        }
        if taken == wanted_now {
            // One more than the search keeps: it is not complete.
            gather.incomplete();
            return;
        }
        gather.take(3, folded.len(), i);
        taken += 1;
    }
}

/// Whether the bytes of `letters` are in `folded` in order.
fn in_order(folded: &[u8], letters: &[u8]) -> bool {
    let mut wanted = letters.iter();
    let Some(mut next) = wanted.next() else {
        return true;
    };
    for b in folded {
        if b == next {
            match wanted.next() {
                Some(after) => next = after,
                None => return true,
            }
        }
    }
    false
}
