//! Clients (organisations) and the contact persons at them.

use serde::{Deserialize, Serialize};

use super::{Cents, ClientId, ContactId, Stamp};

/// An organisation the user works for. Revenue is annual, in euro cents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Client {
    pub id: ClientId,
    pub name: String,
    pub revenue: Cents,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub archived: bool,
    pub created: Stamp,
    pub updated: Stamp,
}

/// A person at a client. Expectations belong to a person: "the" client does not exist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: ContactId,
    pub client_id: ClientId,
    pub name: String,
    /// e.g. "finance director", "end user"
    #[serde(default)]
    pub role: String,
    /// How to reach them: e-mail, phone, whatever the user writes.
    #[serde(default)]
    pub reach: String,
    #[serde(default)]
    pub archived: bool,
    pub created: Stamp,
    pub updated: Stamp,
}

impl Client {
    /// A new client; the store assigns the id and the stamps.
    pub fn new(name: impl Into<String>, revenue: Cents) -> Self {
        Self {
            id: ClientId(0),
            name: name.into(),
            revenue,
            sector: String::new(),
            notes: String::new(),
            archived: false,
            created: Stamp::pending(),
            updated: Stamp::pending(),
        }
    }
}

impl Contact {
    /// A new contact at a client; the store assigns the id and the stamps.
    pub fn new(client_id: ClientId, name: impl Into<String>, role: impl Into<String>) -> Self {
        Self {
            id: ContactId(0),
            client_id,
            name: name.into(),
            role: role.into(),
            reach: String::new(),
            archived: false,
            created: Stamp::pending(),
            updated: Stamp::pending(),
        }
    }
}

/// A client as the client list shows and ranks it: what the store's home table keeps of it
/// beside its digest, so that the list opens without reading whole client records. The
/// whole [`Client`] is read when one is opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedClient {
    pub id: ClientId,
    pub name: String,
    pub sector: String,
    pub revenue: Cents,
    pub archived: bool,
}

impl From<&Client> for ListedClient {
    fn from(c: &Client) -> ListedClient {
        ListedClient {
            id: c.id,
            name: c.name.clone(),
            sector: c.sector.clone(),
            revenue: c.revenue,
            archived: c.archived,
        }
    }
}
