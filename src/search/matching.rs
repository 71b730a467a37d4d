//! Matching and ranking of names and titles. A quick case-insensitive pass puts every item in
//! a tier (prefix, word start, substring, scattered letters); [`Fuzzy`] then scores the best
//! candidates and gives the matched positions for highlighting. Long texts are found through
//! the store's index of their words (`store::views::search_texts`); the snippet around their
//! match is made here.

use super::{Fuzzy, Index, Kind, Query, Target};

/// One result, with what the screen shows of it: its kind, title and where it belongs, where
/// Enter takes the user, its score (higher is better) and the matched character positions in
/// the title, or for a long text in its snippet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    /// The name or title (empty for an answer).
    pub title: String,
    /// Where it belongs, in words.
    pub context: String,
    pub target: Target,
    pub score: i64,
    pub indices: Vec<usize>,
    /// For a long text: the part around the match.
    pub snippet: Option<String>,
}

/// Candidates scored by [`Fuzzy`] per requested result: enough to rank well, few enough to
/// stay within a frame on a hundred thousand titles.
const CANDIDATES_PER_RESULT: usize = 4;

/// How well `query` matches `folded` without scoring: 0 prefix, 1 start of a word,
/// 2 anywhere, 3 scattered letters in order; `None` if not at all. `finder` looks for `query`.
fn tier(folded: &str, query: &str, finder: &memchr::memmem::Finder) -> Option<u8> {
    if folded.starts_with(query) {
        return Some(0);
    }
    let bytes = folded.as_bytes();
    let mut found = None;
    for at in finder.find_iter(bytes) {
        let before = folded[..at].chars().next_back();
        if before.is_none_or(|c| !c.is_alphanumeric()) {
            return Some(1);
        }
        found = Some(2);
    }
    if found.is_some() {
        return found;
    }
    let mut wanted = query.chars().filter(|c| !c.is_whitespace());
    let mut next = wanted.next();
    for c in folded.chars() {
        match next {
            Some(w) if w == c => next = wanted.next(),
            Some(_) => {}
            None => break,
        }
    }
    next.is_none().then_some(3)
}

/// Names and titles: clients, people, expectation titles and tags. Fast enough to run on every
/// keystroke.
pub fn search_names(index: &Index, query: &Query, limit: usize) -> Vec<Hit> {
    search_names_within(index, query, limit, None).0
}

/// Like [`search_names`], looking only at the items `within` (positions in the index, as this
/// returns them) when given: every item that matches a query also matched the query it grew
/// from, so a keystroke that adds to the query looks again at the last one's matches only, as
/// fzf does. Returns the hits and every item that matched.
pub fn search_names_within(
    index: &Index,
    query: &Query,
    limit: usize,
    within: Option<&[u32]>,
) -> (Vec<Hit>, Vec<u32>) {
    if query.is_empty() || limit == 0 {
        return (Vec::new(), Vec::new());
    }
    let tag_title = query.tag.as_ref().map(|t| format!("#{t}"));
    let finder = memchr::memmem::Finder::new(query.text.as_bytes());
    let items: Box<dyn Iterator<Item = (usize, &crate::search::Item)>> = match within {
        Some(positions) => Box::new(
            positions
                .iter()
                .filter_map(|&i| index.items.get(i as usize).map(|it| (i as usize, it))),
        ),
        None => Box::new(index.names()),
    };
    let mut candidates: Vec<(u8, usize, usize)> = items
        .filter(|(_, it)| it.kind != Kind::Answer && query.admits(it.kind, &it.tags))
        .filter_map(|(i, it)| {
            if let (Kind::Tag, Some(t)) = (it.kind, &tag_title) {
                if !it.folded.starts_with(t.as_str()) {
                    return None;
                }
                return Some((0, it.folded.len(), i));
            }
            let t = if query.text.is_empty() {
                0
            } else {
                tier(&it.folded, &query.text, &finder)?
            };
            Some((t, it.folded.len(), i))
        })
        .collect();
    let matched: Vec<u32> = candidates.iter().map(|(_, _, i)| *i as u32).collect();
    let keep = (limit * CANDIDATES_PER_RESULT).max(50);
    if candidates.len() > keep {
        candidates.select_nth_unstable(keep);
        candidates.truncate(keep);
    }
    let mut fuzzy = Fuzzy::new(&query.text);
    let mut scored: Vec<(i64, Vec<usize>, usize)> = candidates
        .into_iter()
        .map(|(t, _, i)| {
            let it = &index.items[i];
            let (score, indices) = if query.text.is_empty() {
                (0, Vec::new())
            } else {
                fuzzy.indices(&it.title).unwrap_or((0, Vec::new()))
            };
            (
                score + i64::from(3 - t) * 1000 + it.kind.bonus(),
                indices,
                i,
            )
        })
        .collect();
    let title_len = |i: usize| index.items[i].title.len();
    scored.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| title_len(a.2).cmp(&title_len(b.2)))
    });
    scored.truncate(limit);
    // What is shown is copied for the hits kept only.
    let hits = scored
        .into_iter()
        .map(|(score, indices, i)| {
            let it = &index.items[i];
            Hit {
                kind: it.kind,
                title: it.title.clone(),
                context: index.context(it),
                target: it.target.clone(),
                score,
                indices,
                snippet: None,
            }
        })
        .collect();
    (hits, matched)
}

/// Characters of context shown on each side of a match in a long text.
const SNIPPET_SIDE: usize = 30;

/// The part of `text` around the match `at..end` (byte offsets on character boundaries), with
/// `…` where it was cut, on one line; and where the match starts in it, in characters.
fn snippet(text: &str, at: usize, end: usize) -> (String, usize) {
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(SNIPPET_SIDE)
        .map_or(0, |(i, _)| i);
    let end = text[end..]
        .char_indices()
        .nth(SNIPPET_SIDE)
        .map_or(text.len(), |(i, _)| end + i);
    let mut s = String::new();
    if start > 0 {
        s.push('…');
    }
    let offset = s.chars().count() + text[start..at].chars().count();
    s.push_str(&text[start..end].replace(['\n', '\r', '\t'], " "));
    if end < text.len() {
        s.push('…');
    }
    (s, offset)
}

/// The snippet of a long text around a match that starts at byte `at` (as found, perhaps not
/// on a character boundary after lower-casing) and runs `len` bytes, with the characters to
/// highlight: the query's letters where fuzzy matching finds them, else the match itself.
pub fn snippet_of(text: &str, at: usize, len: usize, query: &str) -> (String, Vec<usize>) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut end = (at + len).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let (snip, offset) = snippet(text, at, end);
    let indices = Fuzzy::new(query)
        .indices(&snip)
        .map(|(_, ix)| ix)
        .unwrap_or_else(|| (offset..offset + text[at..end].chars().count()).collect());
    (snip, indices)
}
