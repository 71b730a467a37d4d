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
        let mut index = Index {
            seq,
            ..Index::default()
        };
        let mut client_at: BTreeMap<ClientId, u32> = BTreeMap::new();
        for c in clients.iter().filter(|c| !c.archived) {
            client_at.insert(c.id, index.clients.len() as u32);
            index.clients.push(c.name.clone());
        }
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
