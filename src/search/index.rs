//! The names search looks through, in memory: one item per client, person, expectation and
//! tag, with the client it belongs to and where Enter takes the user. Long texts are not here:
//! the store keeps an index of their words (see [`super::words`]).

use std::collections::BTreeMap;

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

/// Where an item belongs, kept small: an expectation names its client by position in the
/// index's list of client names rather than carrying a copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Context {
    Text(String),
    Client(u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    /// The name or title, as shown.
    pub title: String,
    /// `title`, lower case, for the quick pass.
    pub folded: String,
    pub context: Context,
    pub tags: Vec<String>,
    pub target: Target,
}

/// Every name and title, built from the records and shared read-only.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// Clients, people and expectations, then the tags.
    pub items: Vec<Item>,
    /// The change counter the index was built at.
    pub seq: u64,
    clients: Vec<String>,
}

fn item(kind: Kind, title: String, context: Context, target: Target) -> Item {
    Item {
        kind,
        folded: title.to_lowercase(),
        title,
        context,
        tags: Vec::new(),
        target,
    }
}

impl Index {
    /// Where an item belongs, in words.
    pub fn context(&self, it: &Item) -> String {
        match &it.context {
            Context::Text(t) => t.clone(),
            Context::Client(c) => self.clients.get(*c as usize).cloned().unwrap_or_default(),
        }
    }

    /// The items of the names tier, with their positions.
    pub fn names(&self) -> impl Iterator<Item = (usize, &Item)> {
        self.items.iter().enumerate()
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
        let entries: Vec<NameEntry> = clients
            .iter()
            .map(NameEntry::of_client)
            .chain(contacts.iter().map(NameEntry::of_contact))
            .chain(expectations.iter().map(NameEntry::of_expectation))
            .collect();
        Index::from_entries(&entries, tags, seq)
    }
}

/// What the names index keeps of one client, person or expectation, stored beside the record
/// in the same write so that search reads these small entries instead of every record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameEntry {
    pub kind: Kind,
    pub id: u64,
    /// The client it belongs to (a client's own id for a client).
    pub client: u64,
    pub archived: bool,
    /// The name or title.
    pub title: String,
    /// A client's sector, a person's role; empty for an expectation.
    pub extra: String,
    pub tags: Vec<String>,
}

fn kind_code(kind: Kind) -> u8 {
    match kind {
        Kind::Client => 0,
        Kind::Contact => 1,
        Kind::Expectation => 2,
        Kind::Tag => 3,
        Kind::Answer => 4,
    }
}

impl NameEntry {
    /// The entry as bytes: kind, archived, client, then the texts, each after its length.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.title.len() + self.extra.len());
        out.push(kind_code(self.kind));
        out.push(u8::from(self.archived));
        out.extend_from_slice(&self.client.to_le_bytes());
        let texts = [self.title.as_str(), self.extra.as_str()]
            .into_iter()
            .chain(self.tags.iter().map(String::as_str));
        for text in texts {
            out.extend_from_slice(&(text.len() as u32).to_le_bytes());
            out.extend_from_slice(text.as_bytes());
        }
        out
    }

    /// The entry of record `id` back from [`Self::encode`]'s bytes; `None` for bytes that are
    /// not one.
    pub fn decode(id: u64, bytes: &[u8]) -> Option<NameEntry> {
        let kind = match *bytes.first()? {
            0 => Kind::Client,
            1 => Kind::Contact,
            2 => Kind::Expectation,
            _ => return None,
        };
        let archived = *bytes.get(1)? != 0;
        let client = u64::from_le_bytes(bytes.get(2..10)?.try_into().ok()?);
        let mut rest = bytes.get(10..)?;
        let mut texts = Vec::new();
        while !rest.is_empty() {
            let len = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
            let text = std::str::from_utf8(rest.get(4..4 + len)?).ok()?;
            texts.push(text.to_string());
            rest = rest.get(4 + len..)?;
        }
        let mut texts = texts.into_iter();
        Some(NameEntry {
            kind,
            id,
            client,
            archived,
            title: texts.next()?,
            extra: texts.next()?,
            tags: texts.collect(),
        })
    }

    pub fn key(&self) -> (u8, u64) {
        (kind_code(self.kind), self.id)
    }
}

impl NameEntry {
    pub fn of_client(c: &Client) -> NameEntry {
        NameEntry {
            kind: Kind::Client,
            id: c.id.0,
            client: c.id.0,
            archived: c.archived,
            title: c.name.clone(),
            extra: c.sector.clone(),
            tags: Vec::new(),
        }
    }

    pub fn of_contact(p: &Contact) -> NameEntry {
        NameEntry {
            kind: Kind::Contact,
            id: p.id.0,
            client: p.client_id.0,
            archived: p.archived,
            title: p.name.clone(),
            extra: p.role.clone(),
            tags: Vec::new(),
        }
    }

    pub fn of_expectation(e: &Expectation) -> NameEntry {
        NameEntry {
            kind: Kind::Expectation,
            id: e.id.0,
            client: e.client_id.0,
            archived: e.archived,
            title: e.title.clone(),
            extra: String::new(),
            tags: e.tags.clone(),
        }
    }
}

impl Index {
    /// Builds the index from name entries (clients, people and expectations, in any order)
    /// and the count of each tag.
    pub fn from_entries(entries: &[NameEntry], tags: &[(String, u64)], seq: u64) -> Index {
        let mut index = Index {
            seq,
            ..Index::default()
        };
        let of = |kind: Kind| {
            entries
                .iter()
                .filter(move |e| e.kind == kind && !e.archived)
        };
        let mut client_at: BTreeMap<u64, u32> = BTreeMap::new();
        for c in of(Kind::Client) {
            client_at.insert(c.id, index.clients.len() as u32);
            index.clients.push(c.title.clone());
        }
        for c in of(Kind::Client) {
            index.items.push(item(
                Kind::Client,
                c.title.clone(),
                Context::Text(c.extra.clone()),
                Target::Client(ClientId(c.id)),
            ));
        }
        for p in of(Kind::Contact) {
            let Some(client) = client_at.get(&p.client) else {
                continue;
            };
            let client = &index.clients[*client as usize];
            let context = if p.extra.is_empty() {
                client.clone()
            } else {
                format!("{} · {client}", p.extra)
            };
            index.items.push(item(
                Kind::Contact,
                p.title.clone(),
                Context::Text(context),
                Target::Contact(ClientId(p.client), ContactId(p.id)),
            ));
        }
        for e in of(Kind::Expectation) {
            let Some(client) = client_at.get(&e.client) else {
                continue;
            };
            let mut it = item(
                Kind::Expectation,
                e.title.clone(),
                Context::Client(*client),
                Target::Expectation(ClientId(e.client), ExpectationId(e.id)),
            );
            it.tags = e.tags.clone();
            index.items.push(it);
        }
        for (tag, count) in tags {
            index.items.push(item(
                Kind::Tag,
                format!("#{tag}"),
                Context::Text(count.to_string()),
                Target::Tag(tag.clone()),
            ));
        }
        index.items.shrink_to_fit();
        index
    }
}
