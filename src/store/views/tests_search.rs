//! The long-text search through the store's index: what it finds and how it ranks, that it
//! gives the same hits as a plain scan of every text after any sequence of writes (by this
//! user and by a colleague on the same file), and that an index out of step with the texts
//! is built anew rather than trusted.

use std::collections::BTreeMap;

use redb::{ReadableDatabase, ReadableTable, ReadableTableMetadata};

use super::search::{search_index, search_texts};
use crate::demo::prng::Rng;
use crate::domain::*;
use crate::files::Create;
use crate::search::words::{TextKind, TextRank, query_words, rank, words};
use crate::search::{Kind, Query, Target, search_names};
use crate::store::tables::{TEXT_POSTINGS, TEXT_WORDS};
use crate::store::{Queries, Store};

pub(super) fn open(path: &std::path::Path, author: &str) -> Store {
    let mut store = crate::files::open(path, Create::Private).unwrap();
    store.set_author(author);
    store
}

/// The example of the names tests, with two answers.
fn example() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir.path().join("t.redb"), "anna");
    store
        .write(|tx| {
            let linde = tx.insert(Client::new("Woonstichting De Linde", Cents(500)))?;
            let dam = tx.insert(Client::new("Bakkerij Van Dam", Cents(100)))?;
            tx.insert(Client::new("Gemeente Lindenhout", Cents(50)))?;
            let els = tx.insert(Contact::new(linde.id, "Els de Vries", "directeur"))?;
            let mut e = Expectation::new(dam.id, "Brood voor zeven uur geleverd");
            e.description = "Elke ochtend vers, ook op zaterdag".into();
            e.tags = vec!["basis".into()];
            tx.insert(e)?;
            let interview = tx.insert(Interview::new(dam.id, els.id, chrono::Utc::now()))?;
            tx.insert(Answer::new(
                &interview,
                Characteristic::Personal,
                "Ze zei dat De Linde vroeger altijd belde. Nu moet ze zelf achter monteurs aan. #klacht",
            ))?;
            tx.insert(Answer::new(
                &interview,
                Characteristic::Dependent,
                "Stond in de offerte #belofte",
            ))
        })
        .unwrap();
    (dir, store)
}

fn texts(store: &Store, q: &str, limit: usize) -> Vec<crate::search::Hit> {
    search_texts(store, &Query::parse(q), limit, &|| false)
        .unwrap()
        .unwrap()
        .hits
}

#[test]
fn a_client_name_beats_an_answer_that_mentions_it() {
    let (_dir, store) = example();
    let q = Query::parse("de linde");
    let names = search_names(&search_index(&store).unwrap(), &q, 10);
    let found = texts(&store, "de linde", 10);
    assert_eq!(names[0].kind, Kind::Client);
    assert_eq!(found.len(), 1);
    assert!(names[0].score > found[0].score);
    let snip = found[0].snippet.as_ref().unwrap();
    assert!(snip.contains("De Linde vroeger"), "as written: {snip}");
    assert_eq!(found[0].context, "Els de Vries · Bakkerij Van Dam");
}

#[test]
fn highlights_and_snippets_point_at_the_match() {
    let (_dir, store) = example();
    let hits = texts(&store, "monteurs", 10);
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
fn prefixes_tags_and_targets() {
    let (_dir, store) = example();
    let kinds = |q: &str| -> Vec<Kind> { texts(&store, q, 20).iter().map(|h| h.kind).collect() };
    assert_eq!(kinds("a:offerte"), vec![Kind::Answer]);
    assert!(kinds("c:offerte").is_empty());
    assert_eq!(kinds("e:zaterdag"), vec![Kind::Expectation]);
    assert_eq!(kinds("#klacht"), vec![Kind::Answer]);
    assert_eq!(kinds("#klacht monteurs"), vec![Kind::Answer]);
    assert!(kinds("#belofte monteurs").is_empty());
    let a = texts(&store, "offerte", 1);
    assert!(matches!(
        a[0].target,
        Target::Answer(_, Characteristic::Dependent)
    ));
    // Tags of answers and expectations are in the names index, counted.
    let index = search_index(&store).unwrap();
    let tags = search_names(&index, &Query::parse("#"), 10);
    let shown: Vec<(&str, &str)> = tags
        .iter()
        .filter(|h| h.kind == Kind::Tag)
        .map(|h| (h.title.as_str(), h.context.as_str()))
        .collect();
    assert_eq!(
        shown,
        [("#basis", "1"), ("#klacht", "1"), ("#belofte", "1")]
    );
}

#[test]
fn a_newer_query_stops_a_long_search_and_odd_characters_are_fine() {
    let (_dir, store) = example();
    let stopped = search_texts(&store, &Query::parse("e"), 10, &|| true).unwrap();
    assert!(stopped.is_none() || stopped.is_some_and(|f| f.hits.len() <= 10));
    for q in ["ë", "é", "…", "🍰", "x\u{301}", "İ", "ß"] {
        let _ = texts(&store, q, 5);
    }
    assert_eq!(texts(&store, "ELKE", 5).len(), 1, "case does not matter");
}

/// What a plain scan of every text finds: the reference the index must agree with.
pub(super) fn scan(store: &Store, q: &Query, limit: usize) -> Vec<Target> {
    let r = store.read().unwrap();
    let clients: BTreeMap<ClientId, Client> = r
        .all::<Client>()
        .unwrap()
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let live = |id: ClientId| clients.get(&id).is_some_and(|c| !c.archived);
    let wanted = query_words(&q.text);
    let mut found: Vec<(TextRank, Target)> = Vec::new();
    let kinds: Vec<TextKind> = match q.kind {
        None => vec![TextKind::Description, TextKind::Answer],
        Some(Kind::Answer) => vec![TextKind::Answer],
        Some(Kind::Expectation) => vec![TextKind::Description],
        Some(_) => vec![],
    };
    for a in r.all::<Answer>().unwrap() {
        if kinds.contains(&TextKind::Answer)
            && live(a.client_id)
            && q.admits(Kind::Answer, &a.tags)
            && let Some(rank) = rank(&words(&a.text), &wanted, TextKind::Answer, a.id.0)
        {
            found.push((rank, Target::Answer(a.interview_id, a.step)));
        }
    }
    for e in r.all::<Expectation>().unwrap() {
        if kinds.contains(&TextKind::Description)
            && !e.archived
            && live(e.client_id)
            && !e.description.is_empty()
            && e.description != e.title
            && q.admits(Kind::Expectation, &e.tags)
            && let Some(rank) = rank(
                &words(&e.description),
                &wanted,
                TextKind::Description,
                e.id.0,
            )
        {
            found.push((rank, Target::Expectation(e.client_id, e.id)));
        }
    }
    found.sort_by_key(|(rank, _)| *rank);
    found.into_iter().take(limit).map(|(_, t)| t).collect()
}

/// The names index as it is built from every record, tags counted by hand.
fn names_from_records(store: &Store) -> crate::search::Index {
    let r = store.read().unwrap();
    let mut tags: BTreeMap<String, u64> = BTreeMap::new();
    let expectations = r.all::<Expectation>().unwrap();
    let answers = r.all::<Answer>().unwrap();
    for t in expectations
        .iter()
        .flat_map(|e| &e.tags)
        .chain(answers.iter().flat_map(|a| &a.tags))
    {
        *tags.entry(t.clone()).or_default() += 1;
    }
    let tags: Vec<(String, u64)> = tags.into_iter().collect();
    crate::search::Index::build(
        &r.all::<Client>().unwrap(),
        &r.all::<Contact>().unwrap(),
        &expectations,
        &tags,
        0,
    )
}

const WORDS: [&str; 12] = [
    "levertijd",
    "planning",
    "op",
    "tijd",
    "monteur",
    "Offerte",
    "kosten",
    "één",
    "uur",
    "afspraak",
    "Müller",
    "tijdig",
];

fn sentence(rng: &mut Rng) -> String {
    let n = rng.range(1, 9) as usize;
    (0..n)
        .map(|_| WORDS[rng.below(WORDS.len() as u64) as usize])
        .collect::<Vec<_>>()
        .join(if rng.chance(30) { ", " } else { " " })
}

const QUERIES: [&str; 10] = [
    "tijd",
    "t",
    "op tijd",
    "planning op tijd",
    "monteur",
    "ijd",
    "x",
    "a:kosten",
    "e:uur",
    "één",
];

/// Random inserts, edits, archives and deletes, half of them by a colleague with the file open
/// too; after each, the index finds what a plain scan finds, in the same order.
#[test]
fn the_index_finds_what_a_plain_scan_finds_after_any_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.redb");
    let anna = open(&path, "anna");
    let bram = open(&path, "bram");
    let mut rng = Rng::new(7);
    let (client, contact, interview) = anna
        .write(|tx| {
            let c = tx.insert(Client::new("Klant", Cents(100)))?;
            let p = tx.insert(Contact::new(c.id, "Els", ""))?;
            let i = tx.insert(Interview::new(c.id, p.id, chrono::Utc::now()))?;
            Ok::<_, crate::store::StoreError>((c, p, i))
        })
        .unwrap();
    let other = anna
        .write(|tx| tx.insert(Client::new("Ander", Cents(10))))
        .unwrap();
    let _ = contact;
    for step in 0..120 {
        let store = if rng.chance(50) { &anna } else { &bram };
        let r = store.read().unwrap();
        let answers = r.all::<Answer>().unwrap();
        let expectations = r.all::<Expectation>().unwrap();
        drop(r);
        let pick = |rng: &mut Rng, n: usize| rng.below(n as u64) as usize;
        store
            .write(|tx| {
                match rng.below(7) {
                    0 | 1 => {
                        let step = Characteristic::ALL[pick(&mut rng, 7)];
                        tx.insert(Answer::new(&interview, step, sentence(&mut rng)))?;
                    }
                    2 if !answers.is_empty() => {
                        let mut a = answers[pick(&mut rng, answers.len())].clone();
                        a.text = sentence(&mut rng);
                        tx.update(a)?;
                    }
                    3 if !answers.is_empty() => {
                        tx.delete::<Answer>(answers[pick(&mut rng, answers.len())].id.0)?;
                    }
                    4 => {
                        let owner = if rng.chance(80) { client.id } else { other.id };
                        let mut e = Expectation::new(owner, sentence(&mut rng));
                        e.description = sentence(&mut rng);
                        tx.insert(e)?;
                    }
                    5 if !expectations.is_empty() => {
                        let mut e = expectations[pick(&mut rng, expectations.len())].clone();
                        if rng.chance(50) {
                            e.archived = !e.archived;
                        } else {
                            e.description = sentence(&mut rng);
                        }
                        tx.update(e)?;
                    }
                    6 if rng.chance(50) => {
                        let mut c: Client = tx.fetch(other.id.0)?;
                        c.archived = !c.archived;
                        tx.update(c)?;
                    }
                    _ => {
                        let mut c: Client = tx.fetch(client.id.0)?;
                        c.name = sentence(&mut rng);
                        tx.update(c)?;
                        tx.insert(Contact::new(other.id, sentence(&mut rng), "koper"))?;
                    }
                }
                Ok::<_, crate::store::StoreError>(())
            })
            .unwrap();
        if step % 10 == 9 {
            super::tests_text_sets::assert_sets_agree(&anna);
            let mut got = search_index(&anna).unwrap();
            got.seq = 0;
            assert!(got == names_from_records(&bram), "step {step}");
            for q in QUERIES {
                let query = Query::parse(q);
                for limit in [3, 50] {
                    let got: Vec<Target> = search_texts(&anna, &query, limit, &|| false)
                        .unwrap()
                        .unwrap()
                        .hits
                        .into_iter()
                        .map(|h| h.target)
                        .collect();
                    assert_eq!(got, scan(&bram, &query, limit), "step {step}, query {q:?}");
                }
                // Every result counted: each name and each text found, an item found both
                // ways once.
                let mut all: std::collections::HashSet<Target> =
                    scan(&bram, &query, usize::MAX).into_iter().collect();
                let names = names_from_records(&bram);
                all.extend(
                    search_names(&names, &query, 100_000)
                        .into_iter()
                        .map(|h| h.target),
                );
                let count = super::search::count_matches(&anna, &got, &query, &|| false)
                    .unwrap()
                    .unwrap();
                assert_eq!(count.results, all.len(), "step {step}, query {q:?}");
                assert!(!count.more);
            }
        }
    }
}

#[test]
fn an_index_out_of_step_is_built_anew_not_trusted() {
    let (dir, store) = example();
    drop(store);
    let path = dir.path().join("t.redb");
    // Damage it: a word that points at an answer that does not exist, and a real posting gone.
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let mut postings = txn.open_table(TEXT_POSTINGS).unwrap();
            postings.insert(("offerte", 1, 0, 999), ()).unwrap();
            let key = postings
                .iter()
                .unwrap()
                .map(|e| {
                    let (key, _) = e.unwrap();
                    let (w, k, at, id) = key.value();
                    (w.to_string(), k, at, id)
                })
                .find(|(w, ..)| w == "monteurs")
                .unwrap();
            postings
                .remove((key.0.as_str(), key.1, key.2, key.3))
                .unwrap();
        }
        txn.commit().unwrap();
    }
    let store = open(&path, "anna");
    let found = search_texts(&store, &Query::parse("offerte"), 10, &|| false)
        .unwrap()
        .unwrap();
    assert!(found.rebuilt, "the bad posting is noticed");
    assert_eq!(found.hits.len(), 1);
    // The rebuilt index has the lost posting back.
    assert_eq!(texts(&store, "monteurs", 10).len(), 1);
    let again = search_texts(&store, &Query::parse("offerte"), 10, &|| false)
        .unwrap()
        .unwrap();
    assert!(!again.rebuilt);
}

#[test]
fn a_file_from_before_the_index_gets_one_when_opened() {
    let (dir, store) = example();
    drop(store);
    let path = dir.path().join("t.redb");
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        txn.delete_table(TEXT_POSTINGS).unwrap();
        txn.delete_table(TEXT_WORDS).unwrap();
        txn.open_table(crate::store::tables::META)
            .unwrap()
            .insert(crate::store::tables::SCHEMA_VERSION, 3)
            .unwrap();
        txn.commit().unwrap();
    }
    let store = open(&path, "anna");
    assert_eq!(texts(&store, "monteurs", 10).len(), 1);
    drop(store);
    let db = redb::Database::create(&path).unwrap();
    let txn = db.begin_read().unwrap();
    assert!(txn.open_table(TEXT_WORDS).unwrap().len().unwrap() > 10);
}

/// A colleague saving answers while searches run: every search sees one consistent state,
/// never an error, and each hit holds what was asked; once the colleague is done, the last
/// answer is found.
#[test]
fn search_while_a_colleague_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.redb");
    let anna = open(&path, "anna");
    let interview = anna
        .write(|tx| {
            let c = tx.insert(Client::new("Klant", Cents(100)))?;
            let p = tx.insert(Contact::new(c.id, "Els", ""))?;
            tx.insert(Interview::new(c.id, p.id, chrono::Utc::now()))
        })
        .unwrap();
    let writer = {
        let path = path.clone();
        let interview = interview.clone();
        std::thread::spawn(move || {
            let bram = open(&path, "bram");
            let mut rng = Rng::new(11);
            for n in 0..150 {
                let text = format!("{} levering{n}", sentence(&mut rng));
                bram.write(|tx| tx.insert(Answer::new(&interview, Characteristic::Personal, text)))
                    .unwrap();
            }
        })
    };
    let mut searches = 0;
    while !writer.is_finished() {
        let found = search_texts(&anna, &Query::parse("levering"), 20, &|| false)
            .unwrap()
            .unwrap();
        assert!(!found.rebuilt, "the index is never out of step");
        for hit in &found.hits {
            let snippet = hit.snippet.as_deref().unwrap_or_default();
            assert!(snippet.contains("levering"), "{snippet}");
        }
        searches += 1;
    }
    writer.join().unwrap();
    assert!(searches > 0);
    let last = texts(&anna, "levering149", 5);
    assert_eq!(last.len(), 1);
}
