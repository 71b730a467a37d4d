//! Restoring a backup into an empty database, and the checks that come first.

use std::collections::BTreeSet;

use super::{Backup, BackupError};
use crate::domain::{Client, Contact, Expectation, Experience, Interview, Kind, TimeEntry};
use crate::store::{Queries, Record, StoreError, Tx};

/// Whether the database holds nothing at all: no records, no timeline, no drafts.
pub fn is_empty(q: &impl Queries) -> Result<bool, StoreError> {
    Ok(q.change_seq()? == 0
        && q.count::<Client>()? == 0
        && q.count::<Contact>()? == 0
        && q.count::<Interview>()? == 0
        && q.count::<crate::domain::Answer>()? == 0
        && q.count::<Expectation>()? == 0
        && q.count::<Experience>()? == 0
        && q.count::<TimeEntry>()? == 0
        && q.drafts()?.is_empty())
}

/// Every id of a kind once, and every record's client in the backup.
fn check_kind<R: Record>(records: &[R], clients: &BTreeSet<u64>) -> Result<(), BackupError> {
    let kind = R::KIND.key();
    let mut seen = BTreeSet::new();
    for r in records {
        if !seen.insert(r.id()) {
            return Err(BackupError::DuplicateId { kind, id: r.id() });
        }
        if R::KIND != Kind::Client && !clients.contains(&r.client_id().0) {
            return Err(BackupError::MissingClient {
                kind,
                id: r.id(),
                client: r.client_id().0,
            });
        }
    }
    Ok(())
}

/// The checks a hand-edited or damaged backup may fail.
pub(super) fn check(b: &Backup) -> Result<(), BackupError> {
    let clients: BTreeSet<u64> = b.clients.iter().map(|c| c.id.0).collect();
    check_kind(&b.clients, &clients)?;
    check_kind(&b.contacts, &clients)?;
    check_kind(&b.interviews, &clients)?;
    check_kind(&b.answers, &clients)?;
    check_kind(&b.expectations, &clients)?;
    check_kind(&b.experiences, &clients)?;
    check_kind(&b.time, &clients)
}

fn restore_all<R: Record>(tx: &mut Tx, records: &[R]) -> Result<(), StoreError> {
    records.iter().try_for_each(|r| tx.restore(r))
}

/// Writes the whole backup with its own ids, stamps and authors. The caller checks that the
/// database is empty, inside the same transaction.
pub fn restore(tx: &mut Tx, b: &Backup) -> Result<(), StoreError> {
    restore_all(tx, &b.clients)?;
    restore_all(tx, &b.contacts)?;
    restore_all(tx, &b.interviews)?;
    restore_all(tx, &b.answers)?;
    restore_all(tx, &b.expectations)?;
    restore_all(tx, &b.experiences)?;
    restore_all(tx, &b.time)?;
    for entry in &b.history {
        tx.restore_history(entry)?;
    }
    for change in &b.changes {
        tx.restore_change(change)?;
    }
    for draft in &b.drafts {
        tx.put_draft(draft)?;
    }
    for (kind, id) in &b.last_ids {
        tx.restore_last_id(*kind, *id)?;
    }
    Ok(())
}
