//! Long texts (answers, expectations' descriptions) as the search index sees them: their
//! words, lower-cased, each with where it first starts; and the rule that says whether a text
//! matches a query and how high it ranks. The store keeps an index of these words, updated in
//! the same transaction as the text; the rule here is the one both the index and a plain scan
//! of the texts answer to.

use std::collections::BTreeMap;

/// The words of `text`: runs of letters and digits, lower-cased, each once, with the byte
/// position where it first starts.
pub fn words(text: &str) -> BTreeMap<String, u32> {
    let mut found = BTreeMap::new();
    let mut start = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                let word = text[from..at].to_lowercase();
                found.entry(word).or_insert(from as u32);
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// The words of a query, as [`words`] cuts a text (lower-cased, in the order typed).
pub fn query_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The query word that leads: the longest (the first of equals). A text's rank is where this
/// one is found; the other words must only be there.
pub fn lead(words: &[String]) -> Option<&str> {
    let mut best: Option<&String> = None;
    for w in words {
        if best.is_none_or(|b| w.chars().count() > b.chars().count()) {
            best = Some(w);
        }
    }
    best.map(String::as_str)
}

/// Which long text: an expectation's description ranks before an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextKind {
    Description = 0,
    Answer = 1,
}

impl TextKind {
    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<TextKind> {
        match code {
            0 => Some(TextKind::Description),
            1 => Some(TextKind::Answer),
            _ => None,
        }
    }
}

/// Where a query is found in one text, in the order results are shown: a match at the start
/// of a word before one inside a word, descriptions before answers, earlier in the text
/// first; the record's id settles the rest. Smaller is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextRank {
    pub inside_word: bool,
    pub kind: TextKind,
    /// The byte position of the match.
    pub at: u32,
    pub id: u64,
}

impl TextRank {
    /// A score on the same scale as the names' (see `Kind::bonus`): higher is better.
    pub fn score(&self) -> i64 {
        let bonus = match self.kind {
            TextKind::Description => 200,
            TextKind::Answer => 0,
        };
        bonus + 500 + if self.inside_word { 0 } else { 200 } - i64::from(self.at / 20).min(100)
    }
}

/// How `lead` is found in the word `word` that starts at `at`: `None` if not at all; else
/// whether inside the word, and where.
pub fn found_in_word(word: &str, at: u32, lead: &str) -> Option<(bool, u32)> {
    if word.starts_with(lead) {
        return Some((false, at));
    }
    let offset = word.find(lead)?;
    Some((true, at + offset as u32))
}

/// The rank of a text for a query, or `None` when some word of the query is in no word of the
/// text. `words` are the text's words ([`words`]).
pub fn rank(
    words: &BTreeMap<String, u32>,
    query: &[String],
    kind: TextKind,
    id: u64,
) -> Option<TextRank> {
    let lead = lead(query)?;
    let (inside_word, at) = best_place(words, lead)?;
    let all = query
        .iter()
        .all(|q| words.keys().any(|w| w.contains(q.as_str())));
    all.then_some(TextRank {
        inside_word,
        kind,
        at,
        id,
    })
}

/// The best place of `lead` among a text's words: at a word's start before inside one, then
/// the earliest.
pub fn best_place(words: &BTreeMap<String, u32>, lead: &str) -> Option<(bool, u32)> {
    words
        .iter()
        .filter_map(|(w, at)| found_in_word(w, *at, lead))
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lower_cased_once_with_their_first_place() {
        let w = words("Planning op tijd, planning! Één-op-één");
        assert_eq!(w.get("planning"), Some(&0));
        assert_eq!(w.get("op"), Some(&9));
        assert_eq!(w.get("één"), Some(&28));
        assert_eq!(w.len(), 4);
    }

    #[test]
    fn the_longest_word_leads() {
        let q = query_words("op tijd leveren");
        assert_eq!(lead(&q), Some("leveren"));
        assert_eq!(query_words("  e-mail "), vec!["e", "mail"]);
    }

    #[test]
    fn a_word_start_beats_inside_a_word_and_every_word_must_be_there() {
        let text = words("De levertijd is kort; tijd genoeg");
        let q = query_words("tijd");
        let r = rank(&text, &q, TextKind::Answer, 7).unwrap();
        assert!(!r.inside_word, "'tijd' stands alone later on");
        assert_eq!(r.at, 22);
        let q = query_words("tijd lang");
        assert_eq!(rank(&text, &q, TextKind::Answer, 7), None);
        let q = query_words("ertij");
        let r = rank(&text, &q, TextKind::Answer, 7).unwrap();
        assert!(r.inside_word);
        assert_eq!(r.at, 6);
    }

    #[test]
    fn the_order_is_word_start_kind_place_id() {
        let a = TextRank {
            inside_word: false,
            kind: TextKind::Answer,
            at: 90,
            id: 1,
        };
        let b = TextRank {
            inside_word: true,
            kind: TextKind::Description,
            at: 0,
            id: 1,
        };
        assert!(a < b);
    }
}
