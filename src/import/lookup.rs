//! Finding clients and contacts by name, ignoring case, and noticing names used twice.

use std::collections::HashMap;

use super::{Issue, fold_name};
use crate::domain::{Client, ClientId, Contact, ContactId};

/// Clients by folded name. Two clients may share a name; a lookup then fails as ambiguous.
pub struct Clients<'a> {
    by_name: HashMap<String, Vec<&'a Client>>,
}

impl<'a> Clients<'a> {
    pub fn new(clients: &'a [Client]) -> Self {
        let mut by_name: HashMap<String, Vec<&Client>> = HashMap::new();
        for c in clients {
            by_name.entry(fold_name(&c.name)).or_default().push(c);
        }
        Self { by_name }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.by_name.contains_key(&fold_name(name))
    }

    /// The one client with this name.
    pub fn find(&self, name: &str) -> Result<&'a Client, Issue> {
        match self.by_name.get(&fold_name(name)).map(Vec::as_slice) {
            Some([one]) => Ok(one),
            Some(many) if !many.is_empty() => {
                Err(Issue::AmbiguousClient(name.to_string(), many.len()))
            }
            _ => Err(Issue::UnknownClient(name.to_string())),
        }
    }
}

/// Contacts by client and folded name.
pub struct Contacts {
    by_name: HashMap<(ClientId, String), Vec<ContactId>>,
}

impl Contacts {
    pub fn new(contacts: &[Contact]) -> Self {
        let mut by_name: HashMap<(ClientId, String), Vec<ContactId>> = HashMap::new();
        for c in contacts {
            by_name
                .entry((c.client_id, fold_name(&c.name)))
                .or_default()
                .push(c.id);
        }
        Self { by_name }
    }

    pub fn contains(&self, client: ClientId, name: &str) -> bool {
        self.by_name.contains_key(&(client, fold_name(name)))
    }

    /// The one contact with this name at this client.
    pub fn find(&self, client: &Client, name: &str) -> Result<ContactId, Issue> {
        match self
            .by_name
            .get(&(client.id, fold_name(name)))
            .map(Vec::as_slice)
        {
            Some([one]) => Ok(*one),
            Some(many) if !many.is_empty() => Err(Issue::AmbiguousContact(
                client.name.clone(),
                name.to_string(),
                many.len(),
            )),
            _ => Err(Issue::UnknownContact(client.name.clone(), name.to_string())),
        }
    }
}

/// The lines on which names were first seen in the file, to report a repeat.
#[derive(Default)]
pub struct FirstSeen<K> {
    lines: HashMap<K, u64>,
}

impl<K: std::hash::Hash + Eq> FirstSeen<K> {
    /// `None` the first time; afterwards the line of the first time.
    pub fn note(&mut self, key: K, line: u64) -> Option<u64> {
        match self.lines.get(&key) {
            Some(first) => Some(*first),
            None => {
                self.lines.insert(key, line);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Cents;

    fn client(id: u64, name: &str) -> Client {
        Client {
            id: ClientId(id),
            ..Client::new(name, Cents(0))
        }
    }

    #[test]
    fn clients_match_ignoring_case_and_outer_spaces() {
        let list = [client(1, "Bakkerij Van Dam"), client(2, "ACME")];
        let clients = Clients::new(&list);
        assert_eq!(
            clients.find(" bakkerij van dam ").map(|c| c.id),
            Ok(ClientId(1))
        );
        assert_eq!(clients.find("acme").map(|c| c.id), Ok(ClientId(2)));
        assert_eq!(
            clients.find("Bakkerij").map(|c| c.id),
            Err(Issue::UnknownClient("Bakkerij".into()))
        );
    }

    #[test]
    fn a_shared_name_is_ambiguous() {
        let list = [client(1, "Acme"), client(2, "acme")];
        assert_eq!(
            Clients::new(&list).find("ACME").map(|c| c.id),
            Err(Issue::AmbiguousClient("ACME".into(), 2))
        );
    }

    #[test]
    fn contacts_belong_to_their_client() {
        let list = [client(1, "Acme"), client(2, "Beta")];
        let mut anna = Contact::new(ClientId(1), "Anna de Vries", "");
        anna.id = ContactId(7);
        let contacts = Contacts::new(&[anna]);
        assert_eq!(contacts.find(&list[0], "anna de vries"), Ok(ContactId(7)));
        assert_eq!(
            contacts.find(&list[1], "Anna de Vries"),
            Err(Issue::UnknownContact("Beta".into(), "Anna de Vries".into()))
        );
    }

    #[test]
    fn first_seen_reports_the_first_line() {
        let mut seen = FirstSeen::default();
        assert_eq!(seen.note("a", 2), None);
        assert_eq!(seen.note("b", 3), None);
        assert_eq!(seen.note("a", 4), Some(2));
    }
}
