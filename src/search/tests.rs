use super::*;
use crate::domain::{Cents, Client, ClientId, Contact, ContactId, Expectation};

fn index() -> Index {
    let mut clients = vec![
        Client::new("Woonstichting De Linde", Cents(500)),
        Client::new("Bakkerij Van Dam", Cents(100)),
        Client::new("Gemeente Lindenhout", Cents(50)),
    ];
    for (i, c) in clients.iter_mut().enumerate() {
        c.id = ClientId(i as u64 + 1);
    }
    let mut els = Contact::new(ClientId(1), "Els de Vries", "directeur");
    els.id = ContactId(7);
    let mut e = Expectation::new(ClientId(2), "Brood voor zeven uur geleverd");
    e.tags = vec!["basis".into()];
    let tags = [
        ("basis".to_string(), 1),
        ("belofte".to_string(), 1),
        ("klacht".to_string(), 1),
    ];
    Index::build(&clients, &[els], &[e], &tags, 1)
}

fn titles(_index: &Index, hits: &[Hit]) -> Vec<String> {
    hits.iter().map(|h| h.title.clone()).collect()
}

#[test]
fn an_exact_prefix_beats_a_scattered_match() {
    let idx = index();
    let hits = search_names(&idx, &Query::parse("lind"), 10);
    let names = titles(&idx, &hits);
    // "Lindenhout" starts a word with it, as does "Linde"; both beat letters scattered.
    assert!(
        names[..2].contains(&"Woonstichting De Linde".to_string()),
        "{names:?}"
    );
    let hits = search_names(&idx, &Query::parse("bak"), 10);
    assert_eq!(titles(&idx, &hits)[0], "Bakkerij Van Dam");
    let hits = search_names(&idx, &Query::parse("wdl"), 10);
    assert_eq!(
        titles(&idx, &hits),
        ["Woonstichting De Linde"],
        "scattered letters still match"
    );
    let prefix = search_names(&idx, &Query::parse("gem"), 10)[0].score;
    let scattered = search_names(&idx, &Query::parse("gml"), 10)[0].score;
    assert!(prefix > scattered);
}

#[test]
fn highlights_and_snippets_point_at_the_match() {
    let idx = index();
    let hits = search_names(&idx, &Query::parse("dam"), 10);
    let marked: String = hits[0]
        .title
        .chars()
        .enumerate()
        .filter(|(i, _)| hits[0].indices.contains(i))
        .map(|(_, c)| c)
        .collect();
    assert_eq!(marked.to_lowercase(), "dam");
}

#[test]
fn prefixes_narrow_the_kinds() {
    let idx = index();
    let kinds = |q: &str| -> Vec<Kind> {
        let q = Query::parse(q);
        search_names(&idx, &q, 20)
            .iter()
            .map(|h| h.kind)
            .collect::<Vec<Kind>>()
    };
    assert_eq!(kinds("c:e"), vec![Kind::Client; 3]);
    assert!(kinds("p:els").iter().all(|k| *k == Kind::Contact));
    assert_eq!(kinds("e:brood"), vec![Kind::Expectation]);
    assert!(kinds("a:offerte").is_empty(), "answers are long texts");
    let tagged = kinds("#klacht");
    assert!(tagged.contains(&Kind::Tag), "{tagged:?}");
    assert!(!tagged.contains(&Kind::Client));
}

#[test]
fn jump_targets() {
    let idx = index();
    let target = |q: &str| search_names(&idx, &Query::parse(q), 1)[0].target.clone();
    assert_eq!(target("bakkerij"), Target::Client(ClientId(2)));
    assert_eq!(target("els"), Target::Contact(ClientId(1), ContactId(7)));
    assert_eq!(target("#bel"), Target::Tag("belofte".into()));
}

#[test]
fn odd_characters_never_break_the_byte_arithmetic() {
    let idx = index();
    for q in ["ë", "é", "…", "🍰", "x\u{301}"] {
        let _ = search_names(&idx, &Query::parse(q), 5);
    }
}

#[test]
fn highlights_stay_on_their_letters_once_the_title_is_cleaned() {
    use crate::sanitize::clean_marked;
    // A zero-width space (left out when shown), an override (shown as �) and an accent.
    let mut clients = vec![Client::new("Bakke\u{200B}rij \u{202E}Véén Dam", Cents(100))];
    clients[0].id = ClientId(1);
    let idx = Index::build(&clients, &[], &[], &[], 1);
    for (query, wanted) in [("kerij", "kerij"), ("véén d", "Véén D"), ("dam", "Dam")] {
        let hits = search_names(&idx, &Query::parse(query), 10);
        assert_eq!(hits.len(), 1, "{query}");
        let (shown, marks) = clean_marked(&hits[0].title, &hits[0].indices);
        assert_eq!(shown, "Bakkerij �Véén Dam");
        let marked: String = shown
            .chars()
            .enumerate()
            .filter(|(i, _)| marks.contains(i))
            .map(|(_, c)| c)
            .collect();
        assert_eq!(marked, wanted, "{query}");
    }
}

#[test]
fn case_does_not_matter_accents_do() {
    let mut clients = vec![
        Client::new("Bakkerij Müller", Cents(100)),
        Client::new("ÉÉN Zorg", Cents(100)),
    ];
    for (i, c) in clients.iter_mut().enumerate() {
        c.id = ClientId(i as u64 + 1);
    }
    let idx = Index::build(&clients, &[], &[], &[], 1);
    let found = |q: &str| titles(&idx, &search_names(&idx, &Query::parse(q), 10));
    assert_eq!(found("MÜLLER"), ["Bakkerij Müller"]);
    assert_eq!(found("één"), ["ÉÉN Zorg"]);
    assert!(found("muller").is_empty());
    assert!(found("een").is_empty());
    let hits = search_names(&idx, &Query::parse("één"), 10);
    assert_eq!(
        hits[0].indices,
        vec![0, 1, 2],
        "capitals beyond ASCII are highlighted too"
    );
}

#[test]
fn a_growing_query_looks_again_at_the_last_matches_only_and_finds_the_same() {
    let idx = index();
    let typed = [
        "woonstichting de linde",
        "bakkerij",
        "#belofte",
        "e:brood voor",
        "p:els d",
        "gml",
    ];
    let many = many();
    for (idx, typed) in [(&idx, typed.as_slice()), (&many, GROWING.as_slice())]
        .into_iter()
        .flat_map(|(idx, all)| all.iter().map(move |t| (idx, *t)))
    {
        let mut last: Option<(Query, Option<Vec<u32>>)> = None;
        for end in 1..=typed.len() {
            let Some(prefix) = typed.get(..end) else {
                continue;
            };
            let query = Query::parse(prefix);
            let within = last
                .as_ref()
                .filter(|(earlier, _)| query.extends(earlier))
                .and_then(|(_, m)| m.as_deref());
            let (narrowed, matched) = crate::search::search_names_within(idx, &query, 10, within);
            assert_eq!(narrowed, search_names(idx, &query, 10), "{prefix:?}");
            assert_eq!(narrowed, everywhere(idx, &query, 10), "{prefix:?}");
            last = Some((query, matched));
        }
    }
}

/// Queries typed a letter at a time over [`many`].
const GROWING: [&str; 4] = ["de linde", "bakkerij van", "#kl", "p:jan"];

const PARTS: [&str; 12] = [
    "de", "linde", "bak", "kerij", "van", "dam", "jan", "sen", "woon", "zorg", "lin", "den",
];

/// Twelve hundred names made of a few parts, so that many start alike and a search stops
/// early; clients with a person and an expectation each, and tags.
pub(super) fn many() -> Index {
    let (entries, tags) = many_entries();
    let mut builder = crate::search::Builder::new(1);
    for e in &entries {
        builder.push(&e.as_ref());
    }
    builder.finish(&tags)
}

/// [`many`]'s name entries as the store keeps them (clients, people, expectations; some
/// archived), and its tags.
fn many_entries() -> (Vec<crate::search::NameEntry>, Vec<(String, u64)>) {
    let mut rng = crate::demo::prng::Rng::new(15);
    let name = |rng: &mut crate::demo::prng::Rng| {
        let words = 1 + rng.below(3);
        let name = (0..words)
            .map(|_| {
                let mut w = rng.word(&PARTS).to_string();
                if rng.chance(30) {
                    w = w.to_uppercase();
                }
                w
            })
            .collect::<Vec<_>>()
            .join(" ");
        // Now and then one longer than the buckets by length go.
        if rng.chance(3) { name.repeat(60) } else { name }
    };
    let mut clients = Vec::new();
    let mut contacts = Vec::new();
    let mut expectations = Vec::new();
    for i in 0..400u64 {
        let mut c = Client::new(name(&mut rng), Cents(100));
        c.id = ClientId(i + 1);
        let mut p = Contact::new(c.id, name(&mut rng), "koper");
        p.id = ContactId(i + 1);
        let mut e = Expectation::new(c.id, name(&mut rng));
        e.id = crate::domain::ExpectationId(i + 1);
        if rng.chance(40) {
            e.tags = vec![rng.word(&["klacht", "klant", "basis"]).to_string()];
        }
        clients.push(c);
        contacts.push(p);
        expectations.push(e);
    }
    for c in clients.iter_mut().step_by(17) {
        c.archived = true;
    }
    for e in expectations.iter_mut().step_by(13) {
        e.archived = true;
    }
    let tags = vec![
        ("basis".to_string(), 3),
        ("klacht".to_string(), 9),
        ("klant".to_string(), 1),
    ];
    let entries = clients
        .iter()
        .map(crate::search::NameEntry::of_client)
        .chain(contacts.iter().map(crate::search::NameEntry::of_contact))
        .chain(
            expectations
                .iter()
                .map(crate::search::NameEntry::of_expectation),
        )
        .collect();
    (entries, tags)
}

/// The names search as a plain look at every item: each put in a tier by its own rules, the
/// `keep` best by (tier, length, position) scored; what the quick search must give.
pub(super) fn everywhere(index: &Index, query: &Query, limit: usize) -> Vec<Hit> {
    if query.is_empty() || limit == 0 {
        return Vec::new();
    }
    let keep = (limit * 4).max(50);
    let scattered = |folded: &str| {
        let mut wanted = query.text.chars().filter(|c| !c.is_whitespace()).peekable();
        for c in folded.chars() {
            if wanted.peek() == Some(&c) {
                wanted.next();
            }
        }
        wanted.peek().is_none()
    };
    let mut candidates: Vec<(u8, usize, u32)> = (0..index.len() as u32)
        .filter(|&i| query.admits_tags(index.kind(i), index.tags_of(i)))
        .filter_map(|i| {
            let folded = index.folded(i);
            let tier = match &query.tag {
                Some(tag) if index.kind(i) == Kind::Tag => {
                    folded.starts_with(&format!("#{tag}")).then_some(0)?
                }
                _ if query.text.is_empty() => 0,
                _ if folded.starts_with(&query.text) => 0,
                _ => {
                    let starts_word = folded.match_indices(query.text.as_str()).any(|(at, _)| {
                        folded[..at]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                    });
                    if starts_word {
                        1
                    } else if folded.contains(query.text.as_str()) {
                        2
                    } else if scattered(folded) {
                        3
                    } else {
                        return None;
                    }
                }
            };
            Some((tier, folded.len(), i))
        })
        .collect();
    candidates.sort();
    candidates.truncate(keep);
    let mut fuzzy = crate::search::Fuzzy::new(&query.text);
    let mut scored: Vec<(i64, usize, u32, Vec<usize>)> = candidates
        .into_iter()
        .map(|(tier, _, i)| {
            let (score, indices) = if query.text.is_empty() {
                (0, Vec::new())
            } else {
                fuzzy.indices(index.title(i)).unwrap_or((0, Vec::new()))
            };
            let score = score + i64::from(3 - tier) * 1000 + index.kind(i).bonus();
            (-score, index.title(i).len(), i, indices)
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(limit)
        .map(|(score, _, i, indices)| {
            let shown = index.shown(i);
            Hit {
                kind: shown.kind,
                title: shown.title,
                context: shown.context,
                target: shown.target,
                score: -score,
                indices,
                snippet: None,
            }
        })
        .collect()
}

/// Queries over [`many`]: one and two letters (which stop early), words, scattered letters,
/// capitals, prefixes, tags, letters in no name, and nothing.
pub(super) const QUERIES: [&str; 25] = [
    "d",
    "l",
    "b",
    "j",
    "z",
    "de",
    "li",
    "lin",
    "van d",
    "jansen",
    "dl",
    "zrg",
    "LINDE",
    "de linde van",
    "dede",
    "jandamjan",
    "#kl",
    "#klacht de",
    "c:d",
    "p:j",
    "e:lin",
    "x",
    "q",
    "",
    "#",
];

#[test]
fn stopping_once_the_best_are_found_gives_what_a_look_at_everything_gives() {
    let idx = many();
    let (entries, _) = many_entries();
    let name_of = |client: ClientId| {
        entries
            .iter()
            .find(|e| e.kind == Kind::Client && e.id == client.0)
            .map(|e| e.title.clone())
            .unwrap_or_default()
    };
    let mut stopped = 0;
    for q in QUERIES {
        let query = Query::parse(q);
        for limit in [1, 5, 30] {
            let (hits, matched) = crate::search::search_names_within(&idx, &query, limit, None);
            assert_eq!(
                hits,
                everywhere(&idx, &query, limit),
                "{q:?}, limit {limit}"
            );
            stopped += usize::from(matched.is_none());
            for hit in hits {
                if let Target::Expectation(client, _) = hit.target {
                    assert_eq!(hit.context, name_of(client), "{q:?}: where {hit:?} belongs");
                }
            }
        }
    }
    assert!(
        stopped >= 10,
        "one- and two-letter queries stop early: {stopped}"
    );
}

#[test]
fn one_pass_over_the_entries_finds_what_the_index_finds() {
    let idx = many();
    let (entries, tags) = many_entries();
    for q in QUERIES {
        let query = Query::parse(q);
        for limit in [0, 1, 5, 30] {
            let mut stream = crate::search::NamesStream::new(&query, limit);
            for e in &entries {
                assert!(stream.push(e.key(), &e.encode()));
            }
            assert_eq!(
                stream.finish(&tags),
                search_names(&idx, &query, limit),
                "{q:?}, limit {limit}"
            );
        }
    }
}

/// As above, with clients out of id order and some ids too high to be looked up by place.
#[test]
fn one_pass_finds_what_the_index_finds_whatever_the_clients_ids_and_order() {
    let (mut entries, tags) = many_entries();
    let high = |id: u64| {
        if id.is_multiple_of(3) {
            id + (1 << 40)
        } else {
            id
        }
    };
    for e in &mut entries {
        if e.kind == Kind::Client {
            e.id = high(e.id);
        }
        e.client = high(e.client);
    }
    let clients = entries.iter().filter(|e| e.kind == Kind::Client).count();
    entries[..clients].reverse();
    entries[..clients / 2].rotate_left(7);
    let mut builder = crate::search::Builder::new(0);
    for e in &entries {
        builder.push(&e.as_ref());
    }
    let idx = builder.finish(&tags);
    for q in QUERIES {
        let query = Query::parse(q);
        for limit in [1, 30] {
            let mut stream = crate::search::NamesStream::new(&query, limit);
            for e in &entries {
                assert!(stream.push(e.key(), &e.encode()));
            }
            assert_eq!(
                stream.finish(&tags),
                search_names(&idx, &query, limit),
                "{q:?}, limit {limit}"
            );
        }
    }
}
