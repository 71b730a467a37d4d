//! Everything searchable, for the search window and `verwacht search`.

use crate::domain::{Answer, Client, Contact, Expectation};
use crate::store::{Queries, Result, Store};

/// Everything searchable, from one consistent snapshot. A damaged file is said as such.
pub fn search_index(store: &Store) -> Result<crate::search::Index> {
    crate::store::guard::guarded(store.path(), || {
        let r = store.read()?;
        let clients: Vec<Client> = r.all()?;
        let contacts: Vec<Contact> = r.all()?;
        let expectations: Vec<Expectation> = r.all()?;
        let mut builder =
            crate::search::Builder::new(&clients, &contacts, &expectations, r.change_seq()?);
        // The answers are the bulk: one at a time.
        r.each::<Answer>(|a| builder.answer(a))?;
        Ok(builder.finish())
    })
}
