//! Matching and ranking. A quick case-insensitive pass puts every item in a tier (prefix, word
//! start, substring, scattered letters); [`Fuzzy`] then scores the best candidates and gives
//! the matched positions for highlighting.

use super::{Fuzzy, Index, Kind, Query};

/// One result: the item, its score (higher is better) and the matched character positions in
/// the title, or for a long text in its snippet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub item: usize,
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
    if query.is_empty() || limit == 0 {
        return Vec::new();
    }
    let tag_title = query.tag.as_ref().map(|t| format!("#{t}"));
    let finder = memchr::memmem::Finder::new(query.text.as_bytes());
    let mut candidates: Vec<(u8, usize, usize)> = index
        .names()
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
    let keep = (limit * CANDIDATES_PER_RESULT).max(50);
    if candidates.len() > keep {
        candidates.select_nth_unstable(keep);
        candidates.truncate(keep);
    }
    let mut fuzzy = Fuzzy::new(&query.text);
    let mut hits: Vec<Hit> = candidates
        .into_iter()
        .map(|(t, _, i)| {
            let it = &index.items[i];
            let (score, indices) = if query.text.is_empty() {
                (0, Vec::new())
            } else {
                fuzzy.indices(&it.title).unwrap_or((0, Vec::new()))
            };
            Hit {
                item: i,
                score: score + i64::from(3 - t) * 1000 + it.kind.bonus(),
                indices,
                snippet: None,
            }
        })
        .collect();
    hits.sort_by(|a, b| {
        b.score.cmp(&a.score).then_with(|| {
            index.items[a.item]
                .title
                .len()
                .cmp(&index.items[b.item].title.len())
        })
    });
    hits.truncate(limit);
    hits
}

/// Where `needle` (lower case) is in `hay`, ignoring case: the byte range in `hay`.
fn find_ignore_case(hay: &str, needle: &str) -> Option<(usize, usize)> {
    if needle.is_ascii() {
        let n = needle.as_bytes();
        let h = hay.as_bytes();
        let first = *n.first()?;
        if h.len() < n.len() {
            return None;
        }
        // ASCII bytes never occur inside a multi-byte character, so the range is on
        // character boundaries.
        return (0..=h.len() - n.len())
            .find(|&i| {
                h[i].to_ascii_lowercase() == first && h[i..i + n.len()].eq_ignore_ascii_case(n)
            })
            .map(|i| (i, i + n.len()));
    }
    // Rare: a non-ASCII query. Match character by character, lower-casing as we go.
    let wanted: Vec<char> = needle.chars().collect();
    let chars: Vec<(usize, char)> = hay.char_indices().collect();
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    (0..chars.len()).find_map(|s| {
        let all = wanted
            .iter()
            .enumerate()
            .all(|(k, w)| chars.get(s + k).is_some_and(|(_, c)| lower(*c) == *w));
        all.then(|| {
            let end = chars.get(s + wanted.len()).map_or(hay.len(), |(i, _)| *i);
            (chars[s].0, end)
        })
    })
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

/// Every item whose text holds `needle`, with the byte range (within that text) of its first
/// occurrence. One scan of the whole text buffer; `None` when `stop` said to give up.
fn occurrences(
    index: &Index,
    needle: &str,
    stop: &dyn Fn() -> bool,
) -> Option<std::collections::HashMap<usize, (usize, usize)>> {
    let mut found = std::collections::HashMap::new();
    if needle.is_ascii() {
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        for (n, at) in finder.find_iter(index.text_buffer()).enumerate() {
            if n % 8192 == 8191 && stop() {
                return None;
            }
            let Some(item) = index.item_at(at) else {
                continue;
            };
            let start = index.items[item].text.map_or(0, |(s, _)| s as usize);
            found
                .entry(item)
                .or_insert((at - start, at - start + needle.len()));
        }
        return Some(found);
    }
    // Rare: a query with letters beyond ASCII, matched text by text.
    for (i, it) in index.items.iter().enumerate() {
        if i % 4096 == 0 && stop() {
            return None;
        }
        if let Some(text) = index.folded_text(it)
            && let Some(range) = find_ignore_case(text, needle)
        {
            found.insert(i, range);
        }
    }
    Some(found)
}

/// Long texts: answers and descriptions. `stop` is asked now and then; when it says yes (a
/// newer query came), the search gives up and returns nothing.
pub fn search_texts(
    index: &Index,
    query: &Query,
    limit: usize,
    stop: &dyn Fn() -> bool,
) -> Vec<Hit> {
    if query.is_empty() || limit == 0 {
        return Vec::new();
    }
    let words: Vec<&str> = query.text.split_whitespace().collect();
    // (item, start, end, the whole query)
    let mut matched: Vec<(usize, usize, usize, bool)> = Vec::new();
    if words.is_empty() {
        matched.extend(
            index
                .items
                .iter()
                .enumerate()
                .filter(|(_, it)| it.text.is_some())
                .map(|(i, _)| (i, 0, 0, false)),
        );
    } else {
        let Some(whole) = occurrences(index, &query.text, stop) else {
            return Vec::new();
        };
        matched.extend(whole.iter().map(|(i, (s, e))| (*i, *s, *e, true)));
        if words.len() > 1 {
            // Else every word somewhere in the text: scan for the longest (likely the rarest),
            // then look for the others in those texts only.
            let longest = words.iter().copied().max_by_key(|w| w.len()).unwrap_or("");
            let Some(first) = occurrences(index, longest, stop) else {
                return Vec::new();
            };
            for (i, (s, e)) in first {
                if whole.contains_key(&i) {
                    continue;
                }
                let Some(text) = index.folded_text(&index.items[i]) else {
                    continue;
                };
                if words.iter().all(|w| find_ignore_case(text, w).is_some()) {
                    matched.push((i, s, e, false));
                }
            }
        }
    }
    if stop() {
        return Vec::new();
    }
    let mut found: Vec<(i64, usize, usize, usize)> = matched
        .into_iter()
        .filter_map(|(i, at, end, whole)| {
            let it = &index.items[i];
            if !query.admits(it.kind, &it.tags) {
                return None;
            }
            let text = index.folded_text(it)?;
            let word_start = text
                .get(..at)
                .and_then(|t| t.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric());
            let score = it.kind.bonus()
                + if whole { 500 } else { 0 }
                + if word_start && !words.is_empty() {
                    200
                } else {
                    0
                }
                - (at as i64 / 20).min(100);
            Some((score, i, at, end))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.truncate(limit);
    let mut fuzzy = Fuzzy::new(&query.text);
    found
        .into_iter()
        .map(|(score, i, at, end)| {
            let text = index.text(&index.items[i]).unwrap_or_default();
            let (at, end) = (at.min(text.len()), end.min(text.len()));
            let (snip, offset) = snippet(&text, at, end);
            let indices = if query.text.is_empty() {
                Vec::new()
            } else {
                fuzzy
                    .indices(&snip)
                    .map(|(_, ix)| ix)
                    .unwrap_or_else(|| (offset..offset + text[at..end].chars().count()).collect())
            };
            Hit {
                item: i,
                score,
                indices,
                snippet: Some(snip),
            }
        })
        .collect()
}
