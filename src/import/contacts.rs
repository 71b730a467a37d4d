//! `verwacht import contacts`: client (by name), name, and optionally role and how to reach
//! them.

use super::columns::{Bound, Column};
use super::fields::Fields;
use super::lookup::{Clients, Contacts, FirstSeen};
use super::table::Table;
use super::{ImportKind, Issue, Problem, fold_name};
use crate::domain::{Client, Contact};

/// The new contacts of the file, or every problem with it. Each names a stored client; a
/// client may not get two contacts with the same name.
pub fn contacts(
    table: &Table,
    clients: &[Client],
    existing: &[Contact],
) -> Result<Vec<Contact>, Vec<Problem>> {
    let bound = Bound::new(table, ImportKind::Contacts)?;
    let clients = Clients::new(clients);
    let stored = Contacts::new(existing);
    let mut seen = FirstSeen::default();
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for row in &table.rows {
        let mut f = Fields::new(&bound, row);
        let client = f
            .required(Column::Client)
            .and_then(|name| match clients.find(name) {
                Ok(client) => Some(client),
                Err(issue) => {
                    f.report(Column::Client, issue);
                    None
                }
            });
        let name = f.required(Column::Name);
        if let (Some(client), Some(name)) = (client, name) {
            if stored.contains(client.id, name) {
                let issue = Issue::ContactExists(client.name.clone(), name.to_string());
                f.report(Column::Name, issue);
            } else if let Some(first) = seen.note((client.id, fold_name(name)), row.line) {
                f.report(Column::Name, Issue::Repeated(name.to_string(), first));
            }
            if f.problems.is_empty() {
                let mut contact = Contact::new(client.id, name, f.text(Column::Role));
                contact.reach = f.text(Column::Reach).to_string();
                out.push(contact);
            }
        }
        problems.append(&mut f.problems);
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Cents, ClientId, ContactId};
    use crate::import::read_table;

    fn stored() -> (Vec<Client>, Vec<Contact>) {
        let mut acme = Client::new("Acme", Cents(0));
        acme.id = ClientId(1);
        let mut beta = Client::new("Beta BV", Cents(0));
        beta.id = ClientId(2);
        let mut piet = Contact::new(ClientId(1), "Piet", "");
        piet.id = ContactId(1);
        (vec![acme, beta], vec![piet])
    }

    fn import(text: &str) -> Result<Vec<Contact>, Vec<Problem>> {
        let (clients, contacts) = stored();
        contacts_of(text, &clients, &contacts)
    }

    fn contacts_of(
        text: &str,
        clients: &[Client],
        existing: &[Contact],
    ) -> Result<Vec<Contact>, Vec<Problem>> {
        contacts(&read_table(text).unwrap(), clients, existing)
    }

    #[test]
    fn contacts_find_their_client_by_name() {
        let got = import(
            "klant;naam;functie;e-mail\nacme;Anna de Vries;financieel directeur;anna@acme.nl\nBETA BV;Jan;;\n",
        )
        .unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].client_id, ClientId(1));
        assert_eq!(got[0].role, "financieel directeur");
        assert_eq!(got[0].reach, "anna@acme.nl");
        assert_eq!(got[1].client_id, ClientId(2));
    }

    #[test]
    fn unknown_clients_and_repeated_contacts() {
        let problems =
            import("client,name\nGamma,Anna\nAcme,piet\nAcme,Kees\nAcme,kees\nBeta BV,Kees\n")
                .unwrap_err();
        let issues: Vec<(Option<u64>, Issue)> =
            problems.into_iter().map(|p| (p.line, p.issue)).collect();
        assert_eq!(
            issues,
            [
                (Some(2), Issue::UnknownClient("Gamma".into())),
                (Some(3), Issue::ContactExists("Acme".into(), "piet".into())),
                (Some(5), Issue::Repeated("kees".into(), 4)),
            ]
        );
    }
}
