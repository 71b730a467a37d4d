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
/// 2 anywhere, 3 scattered letters in order; `None` if not at all. `finder` looks for `query`;
/// `below` is the tier a match must be under to count (4 for any).
pub(super) fn tier(
    folded: &str,
    query: &str,
    finder: &memchr::memmem::Finder,
    below: u8,
) -> Option<u8> {
    match finder.find(folded.as_bytes()) {
        Some(first) => piece_tier(folded, first, query.len(), finder, below),
        None => (below > 3 && scattered(folded.as_bytes(), query)).then_some(3),
    }
}

/// [`tier`] of `folded`, whose first piece that is the query (`len` bytes, looked for by
/// `finder`) starts at byte `first`: 0 there at the start, 1 if that piece or a later one
/// (not overlapping it) starts a word, else 2.
pub(super) fn piece_tier(
    folded: &str,
    first: usize,
    len: usize,
    finder: &memchr::memmem::Finder,
    below: u8,
) -> Option<u8> {
    if first == 0 {
        return Some(0);
    }
    let mut at = first;
    loop {
        let before = folded[..at].chars().next_back();
        if before.is_none_or(|c| !c.is_alphanumeric()) {
            return (1 < below).then_some(1);
        }
        match finder.find(&folded.as_bytes()[at + len..]) {
            Some(rel) => at += len + rel,
            None => return (2 < below).then_some(2),
        }
    }
}

/// Whether the characters of `query` but spaces are in `folded` in order. Both being UTF-8,
/// looking for a character's bytes finds that character.
pub(super) fn scattered(mut folded: &[u8], query: &str) -> bool {
    let mut buf = [0u8; 4];
    for c in query.chars().filter(|c| !c.is_whitespace()) {
        let found = if c.is_ascii() {
            memchr::memchr(c as u8, folded)
        } else {
            memchr::memmem::find(folded, c.encode_utf8(&mut buf).as_bytes())
        };
        match found {
            Some(at) => folded = &folded[at + c.len_utf8()..],
            None => return false,
        }
    }
    true
}

/// Names and titles: clients, people, expectation titles and tags. Fast enough to run on every
/// keystroke.
pub fn search_names(index: &Index, query: &Query, limit: usize) -> Vec<Hit> {
    search_names_within(index, query, limit, None).0
}

/// How well item `i` matches `query`, as [`tier`] says, with the quick checks first: whether
/// it holds every letter of the query at all, its kind and tags, a tag's `#word`.
fn tier_of(index: &Index, i: u32, query: &Query, wanted: &Wanted, below: u8) -> Option<u8> {
    let letters = index.letters()[i as usize];
    let kind = index.kind(i);
    tier_for(
        kind,
        || index.tags_of(i),
        index.folded(i),
        letters,
        query,
        wanted,
        below,
    )
}

/// How well a name of `kind` with these tags, lower-case title `folded` and its `letters`
/// matches `query`, the quick checks first: whether it holds every letter of the query at
/// all, its kind and tags, a tag's `#word`; then [`tier`].
pub(super) fn tier_for<'a, T: Iterator<Item = &'a str>>(
    kind: Kind,
    tags: impl FnOnce() -> T,
    folded: &str,
    letters: u64,
    query: &Query,
    wanted: &Wanted,
    below: u8,
) -> Option<u8> {
    let holds = letters & wanted.letters == wanted.letters;
    if !holds && wanted.tag_title.is_none() {
        return None;
    }
    // A tag is looked at only when the query names one: reading an item's tags reads the
    // whole item, which a pass over every title cannot afford.
    let admitted = match query.tag {
        None => query.kind.is_none_or(|k| k == kind),
        Some(_) => query.admits_tags(kind, tags()),
    };
    if !admitted {
        return None;
    }
    if let (Kind::Tag, Some(t)) = (kind, &wanted.tag_title) {
        return folded.starts_with(t.as_str()).then_some(0);
    }
    if query.text.is_empty() {
        return Some(0);
    }
    if !holds {
        return None;
    }
    tier(folded, &query.text, &wanted.finder, below)
}

/// What a query looks for, worked out once per search.
pub(super) struct Wanted<'q> {
    tag_title: Option<String>,
    pub(super) letters: u64,
    pub(super) finder: memchr::memmem::Finder<'q>,
}

impl<'q> Wanted<'q> {
    pub(super) fn new(query: &'q Query) -> Wanted<'q> {
        Wanted {
            tag_title: query.tag.as_ref().map(|t| format!("#{t}")),
            letters: super::index::letters(&query.text),
            finder: memchr::memmem::Finder::new(query.text.as_bytes()),
        }
    }
}

impl Wanted<'_> {
    /// Whether a title with these [`super::index::letters`] can match at all.
    pub(super) fn may_match(&self, letters: u64) -> bool {
        letters & self.letters == self.letters || self.tag_title.is_some()
    }
}

/// Candidates scored per result asked for (see [`CANDIDATES_PER_RESULT`]), at least 50.
pub(super) fn candidates_for(limit: usize) -> usize {
    (limit * CANDIDATES_PER_RESULT).max(50)
}

/// The best candidates of a names search as items come in the index's order, shortest
/// lower-case title first: by (tier, length of the lower-case title, position), the smallest
/// `keep` are scored. Once `keep` items are below a tier, no later item of that tier or above
/// can be among them: looking for it is skipped ([`Gather::below`]), and once every item found
/// is a prefix, the search stops.
pub(super) struct Gather {
    keep: usize,
    taken: Vec<(u8, usize, u32)>,
    /// How many taken items are below each tier.
    below_tier: [usize; 4],
    below: u8,
    /// Whether every matching item was taken: nothing was skipped.
    complete: bool,
}

impl Gather {
    pub(super) fn new(keep: usize) -> Gather {
        Gather {
            keep,
            taken: Vec::new(),
            below_tier: [0; 4],
            below: 4,
            complete: true,
        }
    }

    /// The tier an item must be under to be worth looking for (4: any).
    pub(super) fn below(&self) -> u8 {
        self.below
    }

    /// How many items taken so far are of tiers 0 to 2 (found as a piece of the title).
    pub(super) fn pieces(&self) -> usize {
        self.below_tier[3]
    }

    pub(super) fn keep(&self) -> usize {
        self.keep
    }

    /// Says that items were left unlooked at, so the items taken are not all that match.
    pub(super) fn incomplete(&mut self) {
        self.complete = false;
    }

    /// Takes item `i` of tier `t` with a lower-case title of `len` bytes; false once no later
    /// item can be among the best.
    pub(super) fn take(&mut self, t: u8, len: usize, i: u32) -> bool {
        self.taken.push((t, len, i));
        for count in &mut self.below_tier[t as usize + 1..] {
            *count += 1;
        }
        while self.below > 1 && self.below_tier[self.below as usize - 1] >= self.keep {
            self.below -= 1;
            self.complete = false;
        }
        self.below > 1
    }

    /// Every item that matched, in the index's order, when all were taken.
    pub(super) fn matched(&self) -> Option<Vec<u32>> {
        self.complete.then(|| {
            let mut all: Vec<u32> = self.taken.iter().map(|(_, _, i)| *i).collect();
            all.sort_unstable();
            all
        })
    }

    /// The best `keep` of the items taken, in no order.
    fn best(mut self) -> Vec<(u8, usize, u32)> {
        if self.taken.len() > self.keep {
            self.taken.select_nth_unstable(self.keep);
            self.taken.truncate(self.keep);
        }
        self.taken
    }
}

/// The names search's candidates found by looking at each item in turn (all, or those
/// `within`), with what matched when nothing was skipped.
fn looking_at_each(
    index: &Index,
    query: &Query,
    wanted: &Wanted,
    keep: usize,
    within: Option<&[u32]>,
) -> (Gather, Option<Vec<u32>>) {
    let mut some = within.unwrap_or_default().iter().copied();
    let mut all = 0..index.len() as u32;
    let order: &mut dyn Iterator<Item = u32> = match within {
        Some(_) => &mut some,
        None => &mut all,
    };
    let mut gather = Gather::new(keep);
    for i in order {
        if i as usize >= index.len() {
            continue;
        }
        let Some(t) = tier_of(index, i, query, wanted, gather.below()) else {
            continue;
        };
        if !gather.take(t, index.folded(i).len(), i) {
            break;
        }
    }
    let matched = gather.matched();
    (gather, matched)
}

/// Like [`search_names`], looking only at the items `within` (positions in the index, as this
/// returns them) when given: every item that matches a query also matched the query it grew
/// from, so a keystroke that adds to the query looks again at the last one's matches only, as
/// fzf does. Returns the hits and every item that matched, or `None` when the search stopped
/// early: items are looked at shortest title first, so once enough titles start with the query,
/// no later one can rank among the best.
pub fn search_names_within(
    index: &Index,
    query: &Query,
    limit: usize,
    within: Option<&[u32]>,
) -> (Vec<Hit>, Option<Vec<u32>>) {
    if query.is_empty() || limit == 0 {
        return (Vec::new(), Some(Vec::new()));
    }
    let wanted = Wanted::new(query);
    let keep = candidates_for(limit);
    let (candidates, matched) = match within {
        None if super::scan::applies(index, query) => {
            super::scan::candidates(index, query, &wanted, keep)
        }
        _ => looking_at_each(index, query, &wanted, keep, within),
    };
    let candidates = candidates.best();
    let mut fuzzy = Fuzzy::new(&query.text);
    let mut scored: Vec<(i64, Vec<usize>, u32)> = candidates
        .into_iter()
        .map(|(t, _, i)| {
            let (score, indices) = if query.text.is_empty() {
                (0, Vec::new())
            } else {
                fuzzy.indices(index.title(i)).unwrap_or((0, Vec::new()))
            };
            (
                score + i64::from(3 - t) * 1000 + index.kind(i).bonus(),
                indices,
                i,
            )
        })
        .collect();
    let title_len = |i: u32| index.title(i).len();
    scored.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| title_len(a.2).cmp(&title_len(b.2)))
            .then(a.2.cmp(&b.2))
    });
    scored.truncate(limit);
    // What is shown is copied for the hits kept only.
    let hits = scored
        .into_iter()
        .map(|(score, indices, i)| {
            let shown = index.shown(i);
            Hit {
                kind: shown.kind,
                title: shown.title,
                context: shown.context,
                target: shown.target,
                score,
                indices,
                snippet: None,
            }
        })
        .collect();
    (hits, matched)
}

/// Where every name and title that matches `query` goes, however many: for counting the
/// results beyond those shown. Found as the search finds them, keeping everything.
pub fn name_targets(index: &Index, query: &Query) -> Vec<Target> {
    if query.is_empty() {
        return Vec::new();
    }
    let wanted = Wanted::new(query);
    let (_, matched) = if super::scan::applies(index, query) {
        super::scan::candidates(index, query, &wanted, usize::MAX)
    } else {
        looking_at_each(index, query, &wanted, usize::MAX, None)
    };
    matched
        .unwrap_or_default()
        .into_iter()
        .map(|i| index.target(i))
        .collect()
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
