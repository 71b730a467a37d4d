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
    for typed in typed {
        let mut last: Option<(Query, Vec<u32>)> = None;
        for end in 1..=typed.len() {
            let Some(prefix) = typed.get(..end) else {
                continue;
            };
            let query = Query::parse(prefix);
            let within = last
                .as_ref()
                .filter(|(earlier, _)| query.extends(earlier))
                .map(|(_, m)| m.as_slice());
            let (narrowed, matched) = crate::search::search_names_within(&idx, &query, 10, within);
            assert_eq!(narrowed, search_names(&idx, &query, 10), "{prefix:?}");
            last = Some((query, matched));
        }
    }
}
