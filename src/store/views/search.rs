//! Search, for the search window and `verwacht search`: the names and titles (read into
//! memory, matched on every keystroke) and the long texts (found through the store's index of
//! their words, best first, as many as asked for).

use std::collections::HashMap;

use redb::ReadableTable;

use crate::domain::{Answer, Client, ClientId, Contact, ContactId, Expectation};
use crate::search::words::{TextKind, TextRank, best_place, lead, query_words, rank, words};
use crate::search::{
    Builder, EntryRef, Hit, Kind, NameEntry, NamesStream, Query, Target, snippet_of,
};
use crate::store::tables::{
    ANSWERS, EXPECTATIONS, NAMES, TAGS, TEXT_POSTINGS, TEXT_SETS, TEXT_WORDS,
};
use crate::store::text_index::{Holding, holding, set_rows, texts_with, walk};
use crate::store::{Queries, Reader, Result, Store, StoreError};

/// Every name and title, from one consistent snapshot. A damaged file is said as such.
pub fn search_index(store: &Store) -> Result<crate::search::Index> {
    crate::store::guard::guarded(store.path(), || {
        let r = store.read()?;
        let mut index = Builder::new(r.change_seq()?);
        each_name(&r, |entry| index.push(entry))?;
        Ok(index.finish(&tags(&r)?))
    })
}

/// The names and titles that match `query`, best first, at most `limit`: what
/// [`search_index`] and `search::search_names` give, in one pass over the name entries
/// without building the whole index, for a search made once. Only the kinds of entries the
/// query can need are read.
pub fn search_names_once(store: &Store, query: &Query, limit: usize) -> Result<Vec<Hit>> {
    crate::store::guard::guarded(store.path(), || {
        let r = store.read()?;
        let mut stream = NamesStream::new(query, limit);
        let names = r.txn.open_table(NAMES)?;
        for kind in [Kind::Client, Kind::Contact, Kind::Expectation] {
            if !stream.reads(kind) {
                continue;
            }
            let code = NameEntry::key_code(kind);
            for entry in names.range((code, 0)..=(code, u64::MAX))? {
                let (key, bytes) = entry?;
                if !stream.push(key.value(), bytes.value()) {
                    return Err(not_an_entry(key.value().1));
                }
            }
        }
        Ok(stream.finish(&tags(&r)?))
    })
}

fn not_an_entry(id: u64) -> StoreError {
    StoreError::Corrupt {
        kind: "name",
        id,
        reason: "not a name entry".into(),
    }
}

/// Hands every name entry to `take`, as the store keeps them: clients, then people, then
/// expectations, each by id. Bytes that are not an entry are a damaged file.
fn each_name(r: &Reader, mut take: impl FnMut(&EntryRef<'_>)) -> Result<()> {
    for entry in r.txn.open_table(NAMES)?.iter()? {
        let (key, bytes) = entry?;
        let Some(entry) = EntryRef::decode(key.value(), bytes.value()) else {
            return Err(not_an_entry(key.value().1));
        };
        take(&entry);
    }
    Ok(())
}

/// Every tag and how many records carry it.
fn tags(r: &Reader) -> Result<Vec<(String, u64)>> {
    let mut tags = Vec::new();
    for entry in r.txn.open_table(TAGS)?.iter()? {
        let (tag, count) = entry?;
        tags.push((tag.value().to_string(), count.value()));
    }
    Ok(tags)
}

/// What a search of the long texts found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextsFound {
    pub hits: Vec<Hit>,
    /// The index was out of step with the texts and has been built anew (the hits are from
    /// the new one): worth telling the user.
    pub rebuilt: bool,
}

/// The long texts (answers, expectations' descriptions) that hold every word of `query`, best
/// first, at most `limit`. `stop` is asked now and then; when it says yes (a newer query
/// came), the search gives up with `Ok(None)`. An index found out of step with the texts is
/// never trusted: it is built anew (when this user may write) and asked again.
pub fn search_texts(
    store: &Store,
    query: &Query,
    limit: usize,
    stop: &dyn Fn() -> bool,
) -> Result<Option<TextsFound>> {
    let mut hits = Vec::new();
    let rebuilt = asking_again(store, &mut |r| {
        hits.clear();
        find(r, query, limit, stop, &mut |names, text, rank, mark| {
            let found = hit(r, names, text, rank, mark)?;
            let kept = found.is_some();
            hits.extend(found);
            Ok(kept)
        })
    })?;
    Ok(rebuilt.map(|rebuilt| TextsFound { hits, rebuilt }))
}

/// How many results a search lists with no limit to the screen: every name and title that
/// matches, and every long text up to [`COUNT_MOST`], an item found both ways once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    pub results: usize,
    /// There are more long texts than were counted.
    pub more: bool,
}

/// Long texts counted at most, so that counting a query found in nearly every text stays
/// short.
pub const COUNT_MOST: usize = 10_000;

/// Counts what `query` finds (see [`Count`]), for the search window to say how many results
/// there are beyond those shown; `None` when `stop` said to give up.
pub fn count_matches(
    store: &Store,
    names: &crate::search::Index,
    query: &Query,
    stop: &dyn Fn() -> bool,
) -> Result<Option<Count>> {
    let mut targets = Vec::new();
    let done = asking_again(store, &mut |r| {
        targets.clear();
        find(r, query, COUNT_MOST, stop, &mut |names, text, _, _| {
            let alive = names.client(r, text.client)?.is_some();
            if alive {
                targets.push(text.target);
            }
            Ok(alive)
        })
    })?;
    if done.is_none() {
        return Ok(None);
    }
    // A newer query came while the texts were counted: the names' count is not wanted.
    if stop() {
        return Ok(None);
    }
    let more = targets.len() >= COUNT_MOST;
    let mut all: std::collections::HashSet<Target> = targets.into_iter().collect();
    all.extend(crate::search::name_targets(names, query));
    Ok(Some(Count {
        results: all.len(),
        more,
    }))
}

/// Runs `look` on a fresh read; an index found out of step is built anew and `look` asked
/// once more. Whether it was rebuilt, or `None` when `look` was stopped.
fn asking_again(
    store: &Store,
    look: &mut dyn FnMut(&Reader) -> Result<Found>,
) -> Result<Option<bool>> {
    crate::store::guard::guarded(store.path(), || match look(&store.read()?)? {
        Found::Done => Ok(Some(false)),
        Found::Stopped => Ok(None),
        Found::OutOfStep => {
            store.write(|tx| tx.rebuild_text_index())?;
            match look(&store.read()?)? {
                Found::Done => Ok(Some(true)),
                Found::Stopped => Ok(None),
                Found::OutOfStep => Err(StoreError::Damaged(store.path().to_path_buf())),
            }
        }
    })
}

enum Found {
    Done,
    Stopped,
    /// A text the index points at does not say what the index says it does.
    OutOfStep,
}

/// What a text found is marked by in its snippet: the length of the query word it was found
/// by, and the query (nothing for a text found by its tag only).
type Mark<'a> = (usize, &'a str);

/// Takes a text found, in the order of the results; says whether it counts towards the
/// limit.
type Take<'a> = dyn FnMut(&mut Names, Text, TextRank, Mark) -> Result<bool> + 'a;

/// Which kinds of long text a query looks at.
fn kinds(query: &Query) -> &'static [TextKind] {
    match query.kind {
        None => &[TextKind::Description, TextKind::Answer],
        Some(Kind::Expectation) => &[TextKind::Description],
        Some(Kind::Answer) => &[TextKind::Answer],
        Some(_) => &[],
    }
}

/// One long text as the index names it, read back from its record.
struct Text {
    kind: Kind,
    title: String,
    text: String,
    tags: Vec<String>,
    client: ClientId,
    contact: Option<ContactId>,
    target: Target,
}

/// A text the index names, as its record has it now.
enum Stored {
    Text(Text),
    /// An archived expectation: not searched, though the index keeps its words.
    Archived,
    /// No such record: the index is out of step.
    Missing,
}

fn read_text(r: &Reader, kind: TextKind, id: u64) -> Result<Stored> {
    let text = match kind {
        TextKind::Answer => r.get::<Answer>(id)?.map(|a| Text {
            kind: Kind::Answer,
            title: String::new(),
            text: a.text,
            tags: a.tags,
            client: a.client_id,
            contact: Some(a.contact_id),
            target: Target::Answer(a.interview_id, a.step),
        }),
        TextKind::Description => match r.get::<Expectation>(id)? {
            Some(e) if e.archived => return Ok(Stored::Archived),
            e => e.map(|e| Text {
                kind: Kind::Expectation,
                target: Target::Expectation(e.client_id, e.id),
                title: e.title,
                text: e.description,
                tags: e.tags,
                client: e.client_id,
                contact: None,
            }),
        },
    };
    Ok(text.map_or(Stored::Missing, Stored::Text))
}

/// Names of clients and people, each read once per search.
#[derive(Default)]
struct Names {
    clients: HashMap<ClientId, Option<Client>>,
    people: HashMap<ContactId, Option<String>>,
}

impl Names {
    /// The client, unless it is gone or archived (its texts are not searched then).
    fn client(&mut self, r: &Reader, id: ClientId) -> Result<Option<&Client>> {
        if let std::collections::hash_map::Entry::Vacant(slot) = self.clients.entry(id) {
            slot.insert(r.get::<Client>(id.0)?.filter(|c| !c.archived));
        }
        Ok(self.clients.get(&id).and_then(Option::as_ref))
    }

    fn person(&mut self, r: &Reader, id: ContactId) -> Result<String> {
        if let std::collections::hash_map::Entry::Vacant(slot) = self.people.entry(id) {
            slot.insert(r.get::<Contact>(id.0)?.map(|c| c.name));
        }
        Ok(self.people.get(&id).cloned().flatten().unwrap_or_default())
    }
}

/// How many rows of sets (see `store::text_sets`, each about a microsecond to read) the other
/// words of a query may cost to be read at once, before any text is read. (Small in the
/// crate's tests, so that their few texts go through the sets read later as well.)
const SET_ROWS_AT_ONCE: u64 = if cfg!(test) { 3 } else { 4_096 };

/// About how many rows of sets can be read in the time one text is read and split into words:
/// a word's set is read later only when that costs less than the texts still to be read by
/// the looks of it.
const ROWS_PER_TEXT: u64 = 16;

/// Texts read and found to lack another word of the query, before the next word's set is
/// read (a few milliseconds of reading).
const MISSES_BEFORE_SETS: usize = if cfg!(test) { 2 } else { 64 };

fn find(
    r: &Reader,
    query: &Query,
    limit: usize,
    stop: &dyn Fn() -> bool,
    take: &mut Take,
) -> Result<Found> {
    let kinds = kinds(query);
    if query.is_empty() || limit == 0 || kinds.is_empty() {
        return Ok(Found::Done);
    }
    let wanted = query_words(&query.text);
    let Some(lead) = lead(&wanted) else {
        return by_tag(r, query, kinds, limit, stop, take);
    };
    let vocabulary = r.txn.open_table(TEXT_WORDS)?;
    let postings = r.txn.open_table(TEXT_POSTINGS)?;
    let sets = r.txn.open_table(TEXT_SETS)?;
    let last_ids = last_ids(r, kinds)?;
    // The other words' texts as sets: a text without one of them is passed over without
    // reading it. Those cheap to read are read at once; the others, cheapest first, only
    // when texts read turn out to lack a word.
    let mut others = Vec::new();
    let mut later = Vec::new();
    for word in wanted.iter().filter(|w| w.as_str() != lead) {
        let words = holding(&vocabulary, word)?;
        // A word in no text: no text holds them all, and the leading word's texts need no
        // walk.
        if words.is_empty() {
            return Ok(Found::Done);
        }
        if set_rows(&words, &last_ids) > SET_ROWS_AT_ONCE {
            later.push(words);
            continue;
        }
        match texts_with(&sets, &words, kinds, stop)? {
            Some(set) => others.push(set),
            None => return Ok(stopped_or_out_of_step(stop)),
        }
    }
    let rows_of = |words: &[Holding]| set_rows(words, &last_ids);
    later.sort_by_key(|words| std::cmp::Reverse(rows_of(words)));
    let mut misses = 0usize;
    let leading = holding(&vocabulary, lead)?;
    let leading_texts = leading.iter().map(Holding::texts).sum::<u64>();
    let mut names = Names::default();
    let mut kept = 0usize;
    let mut outcome = None;
    let mut looked = 0usize;
    walk(&postings, &leading, kinds, |proposed| {
        looked += 1;
        if looked.is_multiple_of(64) && stop() {
            outcome = Some(Found::Stopped);
            return Ok(false);
        }
        let key = (proposed.kind.code(), proposed.id);
        if others.iter().any(|set| !set.contains(&key)) {
            return Ok(true);
        }
        let text = match read_text(r, proposed.kind, proposed.id)? {
            Stored::Text(text) => text,
            // An archived expectation keeps its words.
            Stored::Archived => return Ok(true),
            Stored::Missing => {
                outcome = Some(Found::OutOfStep);
                return Ok(false);
            }
        };
        let found = words(&text.text);
        if best_place(&found, lead) != Some((proposed.inside_word, proposed.at)) {
            outcome = Some(Found::OutOfStep);
            return Ok(false);
        }
        if rank(&found, &wanted, proposed.kind, proposed.id).is_none() {
            // Every other word's set says the text holds it, yet it does not.
            if later.is_empty() {
                outcome = Some(Found::OutOfStep);
                return Ok(false);
            }
            misses += 1;
            if misses >= MISSES_BEFORE_SETS {
                misses = 0;
                // Texts still to read: at the rate texts were taken so far, for the rest of
                // the limit, but no more than hold the leading word.
                let rate = looked as u64 / (kept as u64).max(1);
                let to_read = (leading_texts.saturating_sub(looked as u64))
                    .min(((limit - kept) as u64).saturating_mul(rate));
                let cheaper =
                    |words: &Vec<Holding>| rows_of(words) <= to_read.saturating_mul(ROWS_PER_TEXT);
                if later.last().is_some_and(cheaper)
                    && let Some(words) = later.pop()
                {
                    match texts_with(&sets, &words, kinds, stop)? {
                        Some(set) => others.push(set),
                        None => {
                            outcome = Some(stopped_or_out_of_step(stop));
                            return Ok(false);
                        }
                    }
                }
            }
            return Ok(true);
        }
        if !query.admits(text.kind, &text.tags) {
            return Ok(true);
        }
        if take(&mut names, text, proposed, (lead.len(), &query.text))? {
            kept += 1;
        }
        Ok(kept < limit)
    })?;
    Ok(outcome.unwrap_or(Found::Done))
}

/// Why a set of texts was not read: a newer query, or a row that does not decode.
fn stopped_or_out_of_step(stop: &dyn Fn() -> bool) -> Found {
    if stop() {
        Found::Stopped
    } else {
        Found::OutOfStep
    }
}

/// The highest id of each kind of long text looked at (what bounds the rows of a word's set).
fn last_ids(r: &Reader, kinds: &[TextKind]) -> Result<Vec<u64>> {
    kinds
        .iter()
        .map(|kind| {
            let table = r.txn.open_table(match kind {
                TextKind::Answer => ANSWERS,
                TextKind::Description => EXPECTATIONS,
            })?;
            Ok(table.last()?.map_or(0, |(id, _)| id.value()))
        })
        .collect()
}

/// The hit for a text, unless its client is archived or gone.
fn hit(
    r: &Reader,
    names: &mut Names,
    text: Text,
    rank: TextRank,
    (len, query): Mark,
) -> Result<Option<Hit>> {
    let Some(client) = names.client(r, text.client)?.map(|c| c.name.clone()) else {
        return Ok(None);
    };
    let context = match text.contact {
        Some(person) => format!("{} · {client}", names.person(r, person)?),
        None => client,
    };
    let (snippet, indices) = snippet_of(&text.text, rank.at as usize, len, query);
    Ok(Some(Hit {
        kind: text.kind,
        title: text.title,
        context,
        target: text.target,
        score: rank.score(),
        indices,
        snippet: Some(snippet),
    }))
}

/// A query of only a tag (`#klacht`) or a kind (`a:`): the texts with that tag, in the order
/// they were written.
fn by_tag(
    r: &Reader,
    query: &Query,
    kinds: &[TextKind],
    limit: usize,
    stop: &dyn Fn() -> bool,
    take: &mut Take,
) -> Result<Found> {
    let mut names = Names::default();
    let mut kept = 0usize;
    for kind in kinds {
        let table = r.txn.open_table(match kind {
            TextKind::Answer => ANSWERS,
            TextKind::Description => EXPECTATIONS,
        })?;
        for (n, entry) in table.iter()?.enumerate() {
            if n % 256 == 255 && stop() {
                return Ok(Found::Stopped);
            }
            let (id, _) = entry?;
            let Stored::Text(text) = read_text(r, *kind, id.value())? else {
                continue;
            };
            if text.text.is_empty() || !query.admits(text.kind, &text.tags) {
                continue;
            }
            let rank = TextRank {
                inside_word: false,
                kind: *kind,
                at: 0,
                id: id.value(),
            };
            if take(&mut names, text, rank, (0, ""))? {
                kept += 1;
                if kept >= limit {
                    return Ok(Found::Done);
                }
            }
        }
    }
    Ok(Found::Done)
}
