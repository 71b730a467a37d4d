use super::*;
use crate::domain::{
    Answer, Cents, Characteristic, Client, ClientId, Contact, ContactId, Expectation, Interview,
    InterviewId,
};

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
    let mut interview = Interview::new(ClientId(2), ContactId(7), chrono::Utc::now());
    interview.id = InterviewId(3);
    let answers = vec![
        Answer::new(
            &interview,
            Characteristic::Personal,
            "Ze zei dat De Linde vroeger altijd belde. Nu moet ze zelf achter monteurs aan. #klacht",
        ),
        Answer::new(
            &interview,
            Characteristic::Dependent,
            "Stond in de offerte #belofte",
        ),
    ];
    Index::build(&clients, &[els], &[e], answers, 1)
}

fn titles(index: &Index, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| {
            let it = &index.items[h.item];
            if it.title.is_empty() {
                index.context(it)
            } else {
                it.title.clone()
            }
        })
        .collect()
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
fn a_client_name_beats_an_answer_that_mentions_it() {
    let idx = index();
    let q = Query::parse("de linde");
    let names = search_names(&idx, &q, 10);
    let texts = search_texts(&idx, &q, 10, &|| false);
    assert_eq!(idx.items[names[0].item].kind, Kind::Client);
    assert_eq!(texts.len(), 1);
    assert!(names[0].score > texts[0].score);
    let snip = texts[0].snippet.as_ref().unwrap();
    assert!(
        snip.contains("De Linde vroeger"),
        "capitals come back: {snip}"
    );
}

#[test]
fn highlights_and_snippets_point_at_the_match() {
    let idx = index();
    let hits = search_names(&idx, &Query::parse("dam"), 10);
    let it = &idx.items[hits[0].item];
    let marked: String = it
        .title
        .chars()
        .enumerate()
        .filter(|(i, _)| hits[0].indices.contains(i))
        .map(|(_, c)| c)
        .collect();
    assert_eq!(marked.to_lowercase(), "dam");
    let hits = search_texts(&idx, &Query::parse("monteurs"), 10, &|| false);
    let snip = hits[0].snippet.as_ref().unwrap();
    assert!(snip.starts_with('…') && snip.contains("monteurs"), "{snip}");
    let marked: String = snip
        .chars()
        .enumerate()
        .filter(|(i, _)| hits[0].indices.contains(i))
        .map(|(_, c)| c)
        .collect();
    assert_eq!(marked, "monteurs");
}

#[test]
fn prefixes_narrow_the_kinds() {
    let idx = index();
    let kinds = |q: &str| -> Vec<Kind> {
        let q = Query::parse(q);
        let mut k: Vec<Kind> = search_names(&idx, &q, 20)
            .iter()
            .map(|h| idx.items[h.item].kind)
            .collect();
        k.extend(
            search_texts(&idx, &q, 20, &|| false)
                .iter()
                .map(|h| idx.items[h.item].kind),
        );
        k
    };
    assert_eq!(kinds("c:e"), vec![Kind::Client; 3]);
    assert!(kinds("p:els").iter().all(|k| *k == Kind::Contact));
    assert_eq!(kinds("e:brood"), vec![Kind::Expectation]);
    assert_eq!(kinds("a:offerte"), vec![Kind::Answer]);
    let tagged = kinds("#klacht");
    assert!(
        tagged.contains(&Kind::Tag) && tagged.contains(&Kind::Answer),
        "{tagged:?}"
    );
    assert!(!tagged.contains(&Kind::Client));
}

#[test]
fn jump_targets() {
    let idx = index();
    let target = |q: &str| {
        idx.items[search_names(&idx, &Query::parse(q), 1)[0].item]
            .target
            .clone()
    };
    assert_eq!(target("bakkerij"), Target::Client(ClientId(2)));
    assert_eq!(target("els"), Target::Contact(ClientId(1), ContactId(7)));
    let a = search_texts(&idx, &Query::parse("offerte"), 1, &|| false);
    assert_eq!(
        idx.items[a[0].item].target,
        Target::Answer(InterviewId(3), Characteristic::Dependent)
    );
    assert_eq!(target("#bel"), Target::Tag("belofte".into()));
}

#[test]
fn a_newer_query_stops_a_long_search() {
    let idx = index();
    assert!(search_texts(&idx, &Query::parse("de"), 10, &|| true).is_empty());
    // Odd characters never break the byte arithmetic.
    for q in ["ë", "é", "…", "🍰", "x\u{301}"] {
        let _ = search_names(&idx, &Query::parse(q), 5);
        let _ = search_texts(&idx, &Query::parse(q), 5, &|| false);
    }
}

#[test]
fn highlights_stay_on_their_letters_once_the_title_is_cleaned() {
    use crate::sanitize::clean_marked;
    // A zero-width space (left out when shown), an override (shown as �) and an accent.
    let mut clients = vec![Client::new("Bakke\u{200B}rij \u{202E}Véén Dam", Cents(100))];
    clients[0].id = ClientId(1);
    let idx = Index::build(&clients, &[], &[], Vec::new(), 1);
    for (query, wanted) in [("kerij", "kerij"), ("véén d", "Véén D"), ("dam", "Dam")] {
        let hits = search_names(&idx, &Query::parse(query), 10);
        assert_eq!(hits.len(), 1, "{query}");
        let (shown, marks) = clean_marked(&idx.items[hits[0].item].title, &hits[0].indices);
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
    let idx = Index::build(&clients, &[], &[], Vec::new(), 1);
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
