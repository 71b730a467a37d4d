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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    /// The name or title, as shown.
    pub title: String,
    /// `title`, lower case, for the quick pass.
    pub folded: String,
    /// Where it belongs: the client's name (and for people and answers, whose).
    pub context: String,
    /// A long text matched in the second tier (an answer, a description), if any.
    pub text: Option<String>,
    pub tags: Vec<String>,
    pub target: Target,
}

/// Everything searchable, built once from the records and shared read-only.
#[derive(Clone, Debug, Default)]
pub struct Index {
    pub items: Vec<Item>,
    /// The change counter the index was built at.
    pub seq: u64,
}

fn item(kind: Kind, title: String, context: String, target: Target) -> Item {
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
    pub fn build(
        clients: &[Client],
        contacts: &[Contact],
        expectations: &[Expectation],
        answers: Vec<Answer>,
        seq: u64,
    ) -> Index {
        let names: BTreeMap<ClientId, &str> = clients
            .iter()
            .filter(|c| !c.archived)
            .map(|c| (c.id, c.name.as_str()))
            .collect();
        let people: BTreeMap<ContactId, &str> =
            contacts.iter().map(|c| (c.id, c.name.as_str())).collect();
        let mut items =
            Vec::with_capacity(clients.len() + contacts.len() + expectations.len() + answers.len());
        let mut tags: BTreeMap<String, usize> = BTreeMap::new();
        for c in clients.iter().filter(|c| !c.archived) {
            items.push(item(
                Kind::Client,
                c.name.clone(),
                c.sector.clone(),
                Target::Client(c.id),
            ));
        }
        for p in contacts.iter().filter(|p| !p.archived) {
            let Some(client) = names.get(&p.client_id) else {
                continue;
            };
            let context = if p.role.is_empty() {
                client.to_string()
            } else {
                format!("{} · {client}", p.role)
            };
            items.push(item(
                Kind::Contact,
                p.name.clone(),
                context,
                Target::Contact(p.client_id, p.id),
            ));
        }
        for e in expectations.iter().filter(|e| !e.archived) {
            let Some(client) = names.get(&e.client_id) else {
                continue;
            };
            let mut it = item(
                Kind::Expectation,
                e.title.clone(),
                client.to_string(),
                Target::Expectation(e.client_id, e.id),
            );
            if !e.description.is_empty() && e.description != e.title {
                it.text = Some(e.description.clone());
            }
            it.tags = e.tags.clone();
            for t in &e.tags {
                *tags.entry(t.clone()).or_default() += 1;
            }
            items.push(it);
        }
        for a in answers {
            let Some(client) = names.get(&a.client_id) else {
                continue;
            };
            let whose = people.get(&a.contact_id).copied().unwrap_or("");
            for t in &a.tags {
                *tags.entry(t.clone()).or_default() += 1;
            }
            items.push(Item {
                kind: Kind::Answer,
                title: String::new(),
                folded: String::new(),
                context: format!("{whose} · {client}"),
                tags: a.tags,
                text: Some(a.text),
                target: Target::Answer(a.interview_id, a.step),
            });
        }
        for (tag, count) in tags {
            items.push(item(
                Kind::Tag,
                format!("#{tag}"),
                count.to_string(),
                Target::Tag(tag),
            ));
        }
        Index { items, seq }
    }
}
