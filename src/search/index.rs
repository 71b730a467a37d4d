//! The names search looks through, in memory: one item per client, person, expectation and
//! tag, with the client it belongs to and where Enter takes the user, built from the small
//! name entries the store keeps beside each record. Long texts are not here:
//! the store keeps an index of their words (see [`super::words`]).

use super::{EntryRef, NameEntry};
use crate::domain::{
    Characteristic, Client, ClientId, Contact, ContactId, Expectation, ExpectationId, InterviewId,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Client,
    Contact,
    Expectation,
    Tag,
    Answer,
}

impl Kind {
    /// Groups are shown in this order when their best hits score the same; a client's name
    /// outranks an answer that mentions it.
    pub fn bonus(self) -> i64 {
        match self {
            Kind::Client => 400,
            Kind::Contact => 300,
            Kind::Expectation => 200,
            Kind::Tag => 100,
            Kind::Answer => 0,
        }
    }
}

/// Where Enter on a result goes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Client(ClientId),
    Contact(ClientId, ContactId),
    Expectation(ClientId, ExpectationId),
    /// An answer opens its interview at its step.
    Answer(InterviewId, Characteristic),
    /// A tag searches for everything with it.
    Tag(String),
}

/// A piece of the index's text, in bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Span {
    at: usize,
    len: usize,
}

fn piece(text: &str, span: Span) -> &str {
    text.get(span.at..span.at + span.len).unwrap_or_default()
}

fn keep(text: &mut String, piece: &str) -> Span {
    let at = text.len();
    text.push_str(piece);
    Span {
        at,
        len: piece.len(),
    }
}

/// One client, person, expectation or tag, kept small: its texts are spans of the index's
/// texts, so that a hundred thousand names are a few allocations, quick to build and to free.
/// Its kind and lower-case title are in the index's lists beside the items.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Item {
    /// The name or title, as shown.
    title: Span,
    /// A client's sector, a person's role, a tag's count.
    extra: Span,
    /// For a person or an expectation, its client's item.
    client: u32,
    /// Its tags: where they start in the index's list of tags, and how many.
    tags: (u32, u32),
    id: u64,
    client_id: u64,
}

/// Every name and title, built from the name entries and shared read-only.
///
/// The items are kept shortest lower-case title first (then in the order they came: clients,
/// people, expectations, tags), with those titles one after another in one text and the
/// letters of each in one list: search reads them in that order, straight through memory,
/// and can stop once enough titles start with the query, since no later one can rank above
/// them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Index {
    /// The change counter the index was built at.
    pub seq: u64,
    items: Vec<Item>,
    /// The letters of each item's lower-case title (see [`letters`]).
    letters: Vec<u64>,
    /// Every lower-case title, in the items' order.
    folded: String,
    /// Where each item's lower-case title starts in `folded`, and the end of the last: kept
    /// apart from the items, so that a search going through the titles reads a few bytes per
    /// item, not the whole item.
    starts: Vec<usize>,
    /// Each item's kind, for the same reason.
    kinds: Vec<Kind>,
    /// The other texts of the items: titles, extras, tags.
    text: String,
    tags: Vec<Span>,
}

/// The bit of one character in a set of [`letters`]: a letter or digit its own, the rest
/// sharing the remaining bits.
const fn letter_bit(c: char) -> u64 {
    let n = c as u32;
    match c {
        'a'..='z' => 1 << (n - 'a' as u32),
        '0'..='9' => 1 << (26 + n - '0' as u32),
        _ => 1 << (36 + n % 28),
    }
}

/// The bit of each ASCII character, lower-cased first; none for a space (as
/// `char::is_whitespace` has them).
const ASCII_BITS: [u64; 128] = {
    let mut table = [0u64; 128];
    let mut b = 0u8;
    while b < 128 {
        let space = matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
        if !space {
            table[b as usize] = letter_bit(b.to_ascii_lowercase() as char);
        }
        b += 1;
    }
    table
};

/// The characters of `text` but spaces, as a set of bits: a title that lacks a bit of the
/// query's cannot hold the query, not even as scattered letters.
pub(super) fn letters(text: &str) -> u64 {
    if text.is_ascii() {
        return text
            .bytes()
            .fold(0, |set, b| set | ASCII_BITS[usize::from(b & 0x7f)]);
    }
    text.chars()
        .filter(|c| !c.is_whitespace())
        .fold(0, |set, c| set | letter_bit(c))
}

/// Adds `title` in lower case to `text`: byte by byte when it is ASCII, else as
/// `str::to_lowercase` has it (a final sigma, for one).
pub(super) fn push_folded(text: &mut String, title: &str) {
    if title.is_ascii() {
        let at = text.len();
        text.push_str(title);
        text[at..].make_ascii_lowercase();
    } else {
        text.push_str(&title.to_lowercase());
    }
}

/// The [`letters`] of `title` in lower case, without making the lower-case text when it is
/// ASCII.
pub(super) fn title_letters(title: &str) -> u64 {
    if title.is_ascii() {
        letters(title)
    } else {
        letters(&title.to_lowercase())
    }
}

/// What a hit shows of an item: its kind, title, where it belongs and where Enter goes.
pub(super) struct Shown {
    pub kind: Kind,
    pub title: String,
    pub context: String,
    pub target: Target,
}

impl Index {
    /// How many names and titles (and tags) it holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub(super) fn kind(&self, i: u32) -> Kind {
        self.kinds[i as usize]
    }

    /// The letters of every item's lower-case title, in order.
    pub(super) fn letters(&self) -> &[u64] {
        &self.letters
    }

    pub(super) fn title(&self, i: u32) -> &str {
        piece(&self.text, self.items[i as usize].title)
    }

    pub(super) fn folded(&self, i: u32) -> &str {
        let i = i as usize;
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&at), Some(&end)) => self.folded.get(at..end).unwrap_or_default(),
            _ => "",
        }
    }

    /// Every lower-case title, one after the other in the items' order.
    pub(super) fn all_folded(&self) -> &str {
        &self.folded
    }

    /// The item whose lower-case title holds byte `at` of [`Self::all_folded`], looking from
    /// item `from` on (whose title starts at or before `at`): galloping forward, so that
    /// items found one after another cost a few steps each, straight through memory.
    pub(super) fn item_holding(&self, at: usize, from: u32) -> u32 {
        let starts = self.starts.get(..self.items.len()).unwrap_or_default();
        let n = starts.len();
        let mut lo = (from as usize).min(n.saturating_sub(1));
        let mut step = 1;
        let mut hi = lo + 1;
        while hi < n && starts[hi] <= at {
            lo = hi;
            step *= 2;
            hi = lo + step;
        }
        let hi = hi.min(n);
        let first_after = lo + starts[lo..hi].partition_point(|&start| start <= at);
        first_after.saturating_sub(1) as u32
    }

    /// Where item `i`'s lower-case title ends in [`Self::all_folded`].
    pub(super) fn folded_end(&self, i: u32) -> usize {
        self.starts.get(i as usize + 1).copied().unwrap_or_default()
    }

    pub(super) fn tags_of(&self, i: u32) -> impl Iterator<Item = &str> {
        let (at, count) = self.items[i as usize].tags;
        self.tags
            .get(at as usize..(at + count) as usize)
            .unwrap_or_default()
            .iter()
            .map(|span| piece(&self.text, *span))
    }

    /// Where Enter on item `i` goes.
    pub(super) fn target(&self, i: u32) -> Target {
        let it = &self.items[i as usize];
        match self.kind(i) {
            Kind::Client => Target::Client(ClientId(it.id)),
            Kind::Contact => Target::Contact(ClientId(it.client_id), ContactId(it.id)),
            Kind::Expectation | Kind::Answer => {
                Target::Expectation(ClientId(it.client_id), ExpectationId(it.id))
            }
            Kind::Tag => {
                let title = piece(&self.text, it.title);
                Target::Tag(title.strip_prefix('#').unwrap_or(title).to_string())
            }
        }
    }

    /// What a hit on item `i` shows.
    pub(super) fn shown(&self, i: u32) -> Shown {
        let it = &self.items[i as usize];
        let extra = piece(&self.text, it.extra);
        let client = || self.title(it.client);
        let kind = self.kind(i);
        let context = match kind {
            Kind::Client | Kind::Tag => extra.to_string(),
            Kind::Contact if extra.is_empty() => client().to_string(),
            Kind::Contact => format!("{extra} · {}", client()),
            Kind::Expectation | Kind::Answer => client().to_string(),
        };
        Shown {
            kind,
            title: piece(&self.text, it.title).to_string(),
            context,
            target: self.target(i),
        }
    }

    /// Builds the index from the records and the count of each tag (every tag of an
    /// expectation or answer, from the store).
    pub fn build(
        clients: &[Client],
        contacts: &[Contact],
        expectations: &[Expectation],
        tags: &[(String, u64)],
        seq: u64,
    ) -> Index {
        let mut builder = Builder::new(seq);
        let entries = clients
            .iter()
            .map(NameEntry::of_client)
            .chain(contacts.iter().map(NameEntry::of_contact))
            .chain(expectations.iter().map(NameEntry::of_expectation));
        for entry in entries {
            builder.push(&entry.as_ref());
        }
        builder.finish(tags)
    }
}

/// Builds an [`Index`] from name entries one by one, as the store reads them: clients first,
/// then people and expectations (the store keeps them by kind, then id).
///
/// Items go straight into a bucket for the length of their lower-case title, so that putting
/// them in the index's order at the end copies each bucket through, in place of a sort that
/// would jump about the memory of a hundred thousand items.
pub struct Builder {
    seq: u64,
    /// By length of the lower-case title; the last takes every longer one.
    buckets: Vec<Bucket>,
    text: String,
    tags: Vec<Span>,
    /// Where each item went, in the order they came: bucket and place in it.
    placed: Vec<(u32, u32)>,
    /// Each client's item (the order it came in), by its id.
    clients: std::collections::HashMap<u64, u32>,
    /// The title being added, in lower case.
    scratch: String,
}

/// Titles longer than this share the last bucket, sorted at the end.
const LONG_TITLE: usize = 256;

/// Items of one length of lower-case title, with (one for each) their kinds, letters and
/// where their lower-case titles are in this bucket's `folded`.
#[derive(Default)]
struct Bucket {
    /// With `client` the order its client came in.
    items: Vec<Item>,
    kinds: Vec<Kind>,
    letters: Vec<u64>,
    spans: Vec<Span>,
    folded: String,
}

impl Builder {
    pub fn new(seq: u64) -> Builder {
        Builder {
            seq,
            buckets: std::iter::repeat_with(Bucket::default)
                .take(LONG_TITLE + 2)
                .collect(),
            text: String::new(),
            tags: Vec::new(),
            placed: Vec::new(),
            clients: std::collections::HashMap::new(),
            scratch: String::new(),
        }
    }

    /// Adds one entry; an archived one, and a person's or expectation's whose client is not
    /// (yet) in, are left out.
    pub fn push(&mut self, entry: &EntryRef<'_>) {
        if entry.archived {
            return;
        }
        let client = match entry.kind {
            Kind::Client => u32::MAX,
            _ => match self.clients.get(&entry.client) {
                Some(at) => *at,
                None => return,
            },
        };
        if entry.kind == Kind::Client {
            self.clients.insert(entry.id, self.placed.len() as u32);
        }
        let ids = (entry.id, entry.client);
        let texts = (entry.title, entry.extra, entry.letters);
        self.add(entry.kind, texts, &entry.tags, client, ids);
    }

    /// Adds an item; `letters` are the [`title_letters`] of `title`.
    fn add(
        &mut self,
        kind: Kind,
        (title, extra, letters): (&str, &str, u64),
        tags: &[&str],
        client: u32,
        (id, client_id): (u64, u64),
    ) {
        self.scratch.clear();
        push_folded(&mut self.scratch, title);
        let at = self.scratch.len().min(LONG_TITLE + 1);
        let bucket = &mut self.buckets[at];
        let folded = keep(&mut bucket.folded, &self.scratch);
        bucket.spans.push(folded);
        bucket.kinds.push(kind);
        bucket.letters.push(letters);
        let first_tag = self.tags.len() as u32;
        for tag in tags {
            let span = keep(&mut self.text, tag);
            self.tags.push(span);
        }
        bucket.items.push(Item {
            title: keep(&mut self.text, title),
            extra: keep(&mut self.text, extra),
            client,
            tags: (first_tag, tags.len() as u32),
            id,
            client_id,
        });
        self.placed.push((at as u32, bucket.items.len() as u32 - 1));
    }

    /// The index, with the tags (and the count of each) after the names, put in its order:
    /// shortest lower-case title first.
    pub fn finish(mut self, tags: &[(String, u64)]) -> Index {
        for (tag, count) in tags {
            let title = format!("#{tag}");
            let (count, letters) = (count.to_string(), title_letters(&title));
            self.add(Kind::Tag, (&title, &count, letters), &[], u32::MAX, (0, 0));
        }
        let long = self.buckets.len() - 1;
        let moved = self.buckets[long].sort();
        let mut first = Vec::with_capacity(self.buckets.len());
        let mut total = 0u32;
        for bucket in &self.buckets {
            first.push(total);
            total += bucket.items.len() as u32;
        }
        let at = |placed: &[(u32, u32)], came: u32| {
            placed.get(came as usize).map_or(u32::MAX, |&(b, i)| {
                let i = if b as usize == long {
                    moved[i as usize]
                } else {
                    i
                };
                first[b as usize] + i
            })
        };
        let mut index = Index {
            seq: self.seq,
            items: Vec::with_capacity(total as usize),
            letters: Vec::with_capacity(total as usize),
            folded: String::with_capacity(self.buckets.iter().map(|b| b.folded.len()).sum()),
            starts: Vec::with_capacity(total as usize + 1),
            kinds: Vec::with_capacity(total as usize),
            text: self.text,
            tags: self.tags,
        };
        for bucket in self.buckets {
            let offset = index.folded.len();
            index.folded.push_str(&bucket.folded);
            index.letters.extend(bucket.letters);
            index.kinds.extend(bucket.kinds);
            index
                .starts
                .extend(bucket.spans.iter().map(|span| span.at + offset));
            for mut item in bucket.items {
                item.client = at(&self.placed, item.client);
                index.items.push(item);
            }
        }
        index.starts.push(index.folded.len());
        index
    }
}

impl Bucket {
    /// Puts the items in order of their lower-case title's length, in the order they came
    /// among equals (the bucket of long titles); returns where each went.
    fn sort(&mut self) -> Vec<u32> {
        let mut order: Vec<usize> = (0..self.items.len()).collect();
        order.sort_by_key(|i| self.spans[*i].len);
        let mut moved = vec![0u32; order.len()];
        for (new, old) in order.iter().enumerate() {
            moved[*old] = new as u32;
        }
        let mut sorted = Bucket::default();
        for i in order {
            let folded = piece(&self.folded, self.spans[i]);
            sorted.spans.push(keep(&mut sorted.folded, folded));
            sorted.kinds.push(self.kinds[i]);
            sorted.letters.push(self.letters[i]);
            sorted.items.push(self.items[i].clone());
        }
        *self = sorted;
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_letters_of_ascii_are_those_of_its_characters() {
        for b in 0..128u8 {
            let c = char::from(b);
            let slow = [c.to_ascii_lowercase()]
                .into_iter()
                .filter(|c| !c.is_whitespace())
                .fold(0, |set, c| set | letter_bit(c));
            assert_eq!(letters(&c.to_string()), slow, "{b}");
            assert_eq!(title_letters(&c.to_string()), slow, "{b}");
        }
        assert_eq!(title_letters("Één Zorg"), letters("één zorg"));
    }
}
