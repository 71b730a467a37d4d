//! What search looks through: one item per client, person, expectation, answer and tag, with
//! the client it belongs to and where Enter takes the user.

use std::collections::BTreeMap;

use crate::domain::{
    Answer, Characteristic, Client, ClientId, Contact, ContactId, Expectation, ExpectationId,
    InterviewId,
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Client(ClientId),
    Contact(ClientId, ContactId),
    Expectation(ClientId, ExpectationId),
    /// An answer opens its interview at its step.
    Answer(InterviewId, Characteristic),
    /// A tag searches for everything with it.
    Tag(String),
}

/// Where an item belongs, kept small: most items name a client (and a person) by position in
/// the index's name lists rather than carrying a copy of the names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Context {
    Text(String),
    Client(u32),
    Person { contact: u32, client: u32 },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    /// The name or title, as shown.
    pub title: String,
    /// `title`, lower case, for the quick pass.
    pub folded: String,
    pub context: Context,
    /// A long text matched in the second tier (an answer, a description): its place in the
    /// index's text buffer.
    pub text: Option<(u32, u32)>,
    pub tags: Vec<String>,
    pub target: Target,
}

/// Everything searchable, built once from the records and shared read-only.
///
/// Long texts live in one buffer, lower-cased (ASCII letters only, so every byte stays where it
/// was) with a bit per byte to restore the capitals for display: one fast scan finds a word in
/// all of them, and no text is stored twice.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// Clients, people and expectations, then the answers (`answers`), then the tags.
    pub items: Vec<Item>,
    pub answers: std::ops::Range<usize>,
    /// The change counter the index was built at.
    pub seq: u64,
    clients: Vec<String>,
    people: Vec<String>,
    texts: Vec<u8>,
    capitals: Vec<u64>,
    /// Where each text starts in `texts`, and its item; sorted by start.
    starts: Vec<(u32, u32)>,
}

fn item(kind: Kind, title: String, context: Context, target: Target) -> Item {
    Item {
        kind,
        folded: title.to_lowercase(),
        title,
        context,
        text: None,
        tags: Vec::new(),
        target,
    }
}

impl Index {
    /// Adds a long text for the item about to be pushed.
    fn add_text(&mut self, text: &str) -> (u32, u32) {
        let start = self.texts.len();
        for (i, b) in text.bytes().enumerate() {
            if b.is_ascii_uppercase() {
                let at = start + i;
                if self.capitals.len() <= at / 64 {
                    self.capitals.resize(at / 64 + 1, 0);
                }
                self.capitals[at / 64] |= 1 << (at % 64);
            }
            self.texts.push(b.to_ascii_lowercase());
        }
        // A separator, so no match runs from one text into the next.
        self.texts.push(0);
        self.starts.push((start as u32, self.items.len() as u32));
        (start as u32, (start + text.len()) as u32)
    }

    /// The lower-cased text of an item.
    pub fn folded_text(&self, it: &Item) -> Option<&str> {
        let (start, end) = it.text?;
        std::str::from_utf8(self.texts.get(start as usize..end as usize)?).ok()
    }

    /// The text of an item as written.
    pub fn text(&self, it: &Item) -> Option<String> {
        let (start, end) = it.text?;
        let mut bytes = self.texts.get(start as usize..end as usize)?.to_vec();
        for (i, b) in bytes.iter_mut().enumerate() {
            let at = start as usize + i;
            if self
                .capitals
                .get(at / 64)
                .is_some_and(|w| w & (1 << (at % 64)) != 0)
            {
                b.make_ascii_uppercase();
            }
        }
        String::from_utf8(bytes).ok()
    }

    /// The buffer all long texts are in (lower case), for scanning.
    pub fn text_buffer(&self) -> &[u8] {
        &self.texts
    }

    /// The item whose text holds byte `at` of the buffer.
    pub fn item_at(&self, at: usize) -> Option<usize> {
        let i = self
            .starts
            .partition_point(|(start, _)| *start as usize <= at);
        self.starts
            .get(i.checked_sub(1)?)
            .map(|(_, item)| *item as usize)
    }

    /// Where an item belongs, in words.
    pub fn context(&self, it: &Item) -> String {
        let name = |list: &Vec<String>, i: u32| list.get(i as usize).cloned().unwrap_or_default();
        match &it.context {
            Context::Text(t) => t.clone(),
            Context::Client(c) => name(&self.clients, *c),
            Context::Person { contact, client } => {
                format!(
                    "{} · {}",
                    name(&self.people, *contact),
                    name(&self.clients, *client)
                )
            }
        }
    }

    /// The items of the names tier (everything but the answers), with their positions.
    pub fn names(&self) -> impl Iterator<Item = (usize, &Item)> {
        let (a, b) = (self.answers.start, self.answers.end);
        self.items[..a].iter().enumerate().chain(
            self.items[b..]
                .iter()
                .enumerate()
                .map(move |(i, it)| (b + i, it)),
        )
    }

    /// Builds an index from whole lists (tests and small databases).
    pub fn build(
        clients: &[Client],
        contacts: &[Contact],
        expectations: &[Expectation],
        answers: Vec<Answer>,
        seq: u64,
    ) -> Index {
        let mut b = Builder::new(clients, contacts, expectations, seq);
        for a in answers {
            b.answer(a);
        }
        b.finish()
    }
}

/// Builds an index with the answers handed in one at a time, so they never all sit in memory.
pub struct Builder {
    index: Index,
    client_at: BTreeMap<ClientId, u32>,
    person_at: BTreeMap<ContactId, u32>,
    tags: BTreeMap<String, usize>,
}

impl Builder {
    pub fn new(
        clients: &[Client],
        contacts: &[Contact],
        expectations: &[Expectation],
        seq: u64,
    ) -> Builder {
        let mut index = Index {
            seq,
            ..Index::default()
        };
        let mut client_at: BTreeMap<ClientId, u32> = BTreeMap::new();
        for c in clients.iter().filter(|c| !c.archived) {
            client_at.insert(c.id, index.clients.len() as u32);
            index.clients.push(c.name.clone());
        }
        let mut person_at: BTreeMap<ContactId, u32> = BTreeMap::new();
        for p in contacts {
            person_at.insert(p.id, index.people.len() as u32);
            index.people.push(p.name.clone());
        }
        let mut tags: BTreeMap<String, usize> = BTreeMap::new();
        for c in clients.iter().filter(|c| !c.archived) {
            index.items.push(item(
                Kind::Client,
                c.name.clone(),
                Context::Text(c.sector.clone()),
                Target::Client(c.id),
            ));
        }
        for p in contacts.iter().filter(|p| !p.archived) {
            let Some(client) = client_at.get(&p.client_id) else {
                continue;
            };
            let client = &index.clients[*client as usize];
            let context = if p.role.is_empty() {
                client.clone()
            } else {
                format!("{} · {client}", p.role)
            };
            index.items.push(item(
                Kind::Contact,
                p.name.clone(),
                Context::Text(context),
                Target::Contact(p.client_id, p.id),
            ));
        }
        for e in expectations.iter().filter(|e| !e.archived) {
            let Some(client) = client_at.get(&e.client_id) else {
                continue;
            };
            let mut it = item(
                Kind::Expectation,
                e.title.clone(),
                Context::Client(*client),
                Target::Expectation(e.client_id, e.id),
            );
            if !e.description.is_empty() && e.description != e.title {
                it.text = Some(index.add_text(&e.description));
            }
            it.tags = e.tags.clone();
            for t in &e.tags {
                *tags.entry(t.clone()).or_default() += 1;
            }
            index.items.push(it);
        }
        index.answers = index.items.len()..index.items.len();
        Builder {
            index,
            client_at,
            person_at,
            tags,
        }
    }

    pub fn answer(&mut self, a: Answer) {
        let Some(client) = self.client_at.get(&a.client_id).copied() else {
            return;
        };
        for t in &a.tags {
            *self.tags.entry(t.clone()).or_default() += 1;
        }
        let contact = self
            .person_at
            .get(&a.contact_id)
            .copied()
            .unwrap_or(u32::MAX);
        let index = &mut self.index;
        let text = index.add_text(&a.text);
        index.items.push(Item {
            kind: Kind::Answer,
            title: String::new(),
            folded: String::new(),
            context: Context::Person { contact, client },
            tags: a.tags,
            text: Some(text),
            target: Target::Answer(a.interview_id, a.step),
        });
        index.answers.end = index.items.len();
    }

    pub fn finish(self) -> Index {
        let mut index = self.index;
        for (tag, count) in self.tags {
            index.items.push(item(
                Kind::Tag,
                format!("#{tag}"),
                Context::Text(count.to_string()),
                Target::Tag(tag),
            ));
        }
        index.items.shrink_to_fit();
        index.texts.shrink_to_fit();
        index.capitals.shrink_to_fit();
        index
    }
}
