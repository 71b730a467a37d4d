//! The names search in one pass over all titles ([`super::scan`]) against a look at every
//! item by its own rules (`tests::everywhere`) and against the search item by item: where a
//! piece of the query runs from one title into the next, where pieces overlap, where the
//! first piece is inside a word and a later one starts one, before letters beyond ASCII, and
//! what it says matched.

use super::tests::{QUERIES as MANY_QUERIES, everywhere, many};
use super::*;
use crate::domain::{Cents, Client, ClientId, Contact, ContactId, Expectation, ExpectationId};

/// Titles of one length lie side by side in the index's text, so "xa" and "ab" make "…xaab…",
/// where "aa" runs over the boundary.
const NAMES: [&str; 24] = [
    "xa",
    "ab",
    "aab",
    "kaa",
    "aaa",
    "b aa",
    "éaa",
    "a-aa",
    "zaza",
    "Ébène",
    "ebben",
    "lin xlin",
    "xlin lin",
    "linlin",
    "ALIN",
    "lin",
    "xx",
    "linde",
    "de linde",
    "dé linde",
    "l",
    "aa",
    "ba",
    "a a",
];

const QUERIES: [&str; 18] = [
    "aa", "a", "ab", "lin", "eb", "éb", "b", "ben", "xl", "zz", "aaa", "ba", "c:lin", "p:a",
    "e:aa", "a a", "li n", "é",
];

/// Every name as a client, a person and an expectation, so that kinds and order mix.
fn index() -> Index {
    let mut clients = Vec::new();
    let mut contacts = Vec::new();
    let mut expectations = Vec::new();
    for (i, name) in NAMES.iter().enumerate() {
        let id = i as u64 + 1;
        let mut c = Client::new(*name, Cents(100));
        c.id = ClientId(id);
        let mut p = Contact::new(c.id, NAMES[(i + 5) % NAMES.len()], "");
        p.id = ContactId(id);
        let mut e = Expectation::new(c.id, NAMES[(i + 11) % NAMES.len()]);
        e.id = ExpectationId(id);
        clients.push(c);
        contacts.push(p);
        expectations.push(e);
    }
    Index::build(&clients, &contacts, &expectations, &[], 1)
}

/// Every item that matches at all, in the index's order: the search item by item, keeping
/// everything, so that nothing is skipped.
fn all_matching(index: &Index, query: &Query) -> Vec<u32> {
    let all: Vec<u32> = (0..index.len() as u32).collect();
    let (_, matched) = search_names_within(index, query, index.len(), Some(&all));
    matched.unwrap_or_default()
}

#[test]
fn one_pass_over_all_titles_gives_what_a_look_at_every_item_gives() {
    let idx = index();
    let mut complete = 0;
    for q in QUERIES {
        let query = Query::parse(q);
        for limit in [1, 2, 5, 13, 30, 100] {
            let (hits, matched) = search_names_within(&idx, &query, limit, None);
            assert_eq!(
                hits,
                everywhere(&idx, &query, limit),
                "{q:?}, limit {limit}"
            );
            let all: Vec<u32> = (0..idx.len() as u32).collect();
            let (one_by_one, _) = search_names_within(&idx, &query, limit, Some(&all));
            assert_eq!(hits, one_by_one, "{q:?}, limit {limit}");
            if let Some(matched) = matched {
                assert_eq!(matched, all_matching(&idx, &query), "{q:?}, limit {limit}");
                complete += 1;
            }
        }
    }
    assert!(
        complete > 20,
        "most searches here see everything: {complete}"
    );
}

#[test]
fn a_piece_running_into_the_next_title_is_no_match() {
    let mut a = Client::new("xa", Cents(1));
    a.id = ClientId(1);
    let mut b = Client::new("ab", Cents(1));
    b.id = ClientId(2);
    let idx = Index::build(&[a, b], &[], &[], &[], 1);
    assert_eq!(idx.all_folded(), "xaab");
    let (hits, matched) = search_names_within(&idx, &Query::parse("aa"), 10, None);
    assert_eq!(hits, Vec::new());
    assert_eq!(matched, Some(Vec::new()));
    let (hits, _) = search_names_within(&idx, &Query::parse("ab"), 10, None);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].title, "ab");
}

#[test]
fn a_later_piece_that_starts_a_word_counts_as_a_word_start() {
    let idx = index();
    let hits = search_names(&idx, &Query::parse("lin"), 100);
    let tier_of = |title: &str| {
        hits.iter()
            .find(|h| h.title == title)
            .map(|h| h.score.div_euclid(1000))
    };
    // "xlin lin": the first "lin" is inside a word, the second starts one.
    assert_eq!(tier_of("xlin lin"), tier_of("de linde"));
    assert!(tier_of("xlin lin") < tier_of("linlin"));
    assert!(tier_of("linlin") > tier_of("ALIN"));
}

#[test]
fn typing_on_from_a_pass_that_saw_everything_looks_at_its_matches_only() {
    let idx = index();
    for typed in ["linde", "aaa", "ében", "li n"] {
        let mut last: Option<(Query, Option<Vec<u32>>)> = None;
        for end in 1..=typed.chars().count() {
            let prefix: String = typed.chars().take(end).collect();
            let query = Query::parse(&prefix);
            let within = last
                .as_ref()
                .filter(|(earlier, _)| query.extends(earlier))
                .and_then(|(_, m)| m.as_deref());
            let (hits, matched) = search_names_within(&idx, &query, 2, within);
            assert_eq!(hits, everywhere(&idx, &query, 2), "{prefix:?}");
            last = Some((query, matched));
        }
    }
}

#[test]
fn what_one_pass_says_matched_is_every_match() {
    let idx = many();
    let mut complete = 0;
    for q in MANY_QUERIES.iter().chain(&QUERIES) {
        let query = Query::parse(q);
        for limit in [1, 5, 30] {
            if let (_, Some(matched)) = search_names_within(&idx, &query, limit, None) {
                assert_eq!(matched, all_matching(&idx, &query), "{q:?}, limit {limit}");
                complete += 1;
            }
        }
    }
    assert!(complete > 10, "searches that saw everything: {complete}");
}

#[test]
fn counting_finds_every_match_in_the_index_order() {
    for idx in [index(), many()] {
        for q in MANY_QUERIES.iter().chain(&QUERIES) {
            let query = Query::parse(q);
            let every: Vec<Target> = all_matching(&idx, &query)
                .into_iter()
                .map(|i| idx.target(i))
                .collect();
            assert_eq!(name_targets(&idx, &query), every, "{q:?}");
        }
    }
}
