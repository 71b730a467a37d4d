//! The stored schema version, the creation of a new database and the migration of older ones.

use super::error::Result;
use super::read::Queries;
use super::record::Record;
use super::tables::*;
use super::tx::Tx;
use crate::domain::expectation::Point;
use crate::domain::{Client, ClientId, Expectation, ExpectationChange, Interview};

/// The schema this version of verwacht writes.
///
/// History: 1 — the first schema. 2 — per-client digests (the `digests` table), so the client
/// list opens without reading every record. 3 — priority as value × urgency: digests hold every
/// expectation that still weighs and the experiences since the first bad one; expectations
/// know the day their status changed and keep each measurement as a dated point. 4 — the
/// search index: the words of every long text and the count of every tag, kept in each write.
/// 5 — interviews in progress in a table of their own (`open_interviews`), so the resume offer
/// at start reads those instead of every interview; digests encoded compactly instead of as
/// JSON. 6 — the search index keeps, per word, its texts as sets by id (`text_sets`), so a
/// query of several words passes over a text lacking one without reading it. 7 — the client
/// list's own table (`home`): per client what the list shows and ranks, with its digest, so
/// start reads that instead of every client record and digest. 8 — name entries keep the
/// letters of their title first (`search::NameEntry::encode`), so a search passes over one that
/// cannot match without decoding it; their numbers as varints.
pub const CURRENT: u64 = 8;

/// Creates every table, so readers never meet a missing one.
fn create_tables(tx: &Tx) -> Result<()> {
    let txn = tx.raw();
    for def in [
        CLIENTS,
        CONTACTS,
        INTERVIEWS,
        ANSWERS,
        EXPECTATIONS,
        EXPERIENCES,
        TIME,
        DRAFTS,
        DIGESTS,
        HOME,
        OPEN_INTERVIEWS,
        CHANGES,
    ] {
        txn.open_table(def)?;
    }
    for def in [
        CLIENT_CONTACTS,
        CLIENT_INTERVIEWS,
        CLIENT_ANSWERS,
        CLIENT_EXPECTATIONS,
        CLIENT_EXPERIENCES,
        CLIENT_TIME,
        CLIENT_CHANGES,
        INTERVIEW_ANSWERS,
    ] {
        txn.open_multimap_table(def)?;
    }
    txn.open_table(HISTORY)?;
    txn.open_table(META)?;
    super::text_index::create(txn)
}

/// Sets up a new, empty database.
pub fn init(tx: &mut Tx) -> Result<()> {
    create_tables(tx)?;
    tx.set_schema_version(CURRENT)
}

/// Brings a database written with schema `from` up to [`CURRENT`], step by step, inside the
/// caller's single transaction: either the whole migration lands or none of it.
pub fn migrate(tx: &mut Tx, from: u64) -> Result<()> {
    for version in from..CURRENT {
        match version {
            1 => add_digests(tx)?,
            2 => {
                expectation_dates(tx)?;
                add_digests(tx)?;
            }
            3 => {
                create_tables(tx)?;
                tx.rebuild_text_index()?;
            }
            4 => {
                add_open_interviews(tx)?;
                compact_digests(tx)?;
            }
            5 => {
                create_tables(tx)?;
                super::text_index::build_sets(tx.raw())?;
            }
            6 => {
                create_tables(tx)?;
                tx.rebuild_home()?;
            }
            7 => tx.rebuild_names()?,
            _ => {}
        }
    }
    tx.set_schema_version(CURRENT)
}

/// 1 → 2: build every client's digest.
fn add_digests(tx: &mut Tx) -> Result<()> {
    create_tables(tx)?;
    let ids: Vec<ClientId> = tx.all::<Client>()?.into_iter().map(|c| c.id).collect();
    for id in ids {
        tx.rebuild_digest(id)?;
    }
    Ok(())
}

/// 3 → 4: the table of interviews in progress.
fn add_open_interviews(tx: &mut Tx) -> Result<()> {
    create_tables(tx)?;
    let mut open = Vec::new();
    tx.each::<Interview>(|i| {
        if i.open_entry().is_some() {
            open.push(i);
        }
    })?;
    for i in open {
        tx.keep_open(&i)?;
    }
    Ok(())
}

/// 3 → 4: every digest encoded compactly (a digest of any older encoding is read too).
fn compact_digests(tx: &mut Tx) -> Result<()> {
    for digest in tx.digests()? {
        tx.put_digest(&digest)?;
    }
    Ok(())
}

/// 2 → 3: the day each expectation's status last changed and the dated points of its current
/// level, recovered from its history.
fn expectation_dates(tx: &mut Tx) -> Result<()> {
    let mut history: std::collections::HashMap<u64, Vec<ExpectationChange>> = Default::default();
    for entry in tx.all_history()? {
        history
            .entry(entry.expectation_id.0)
            .or_default()
            .push(entry);
    }
    for mut e in tx.all::<Expectation>()? {
        let entries = history.remove(&e.id.0).unwrap_or_default();
        recover_dates(&mut e, &entries);
        tx.put(&e)?;
    }
    Ok(())
}

/// Fills in `status_since` and the measure's points from an expectation's history (oldest
/// first), where they are missing.
pub(super) fn recover_dates(e: &mut Expectation, entries: &[ExpectationChange]) {
    let changed = |field: &'static str| {
        entries.iter().filter(move |h| {
            h.changes
                .iter()
                .any(|c| c.field == field && (field != "current" || !c.to.trim().is_empty()))
        })
    };
    if e.status_since.is_none() {
        let last = changed("status").next_back().map(|h| h.stamp.at);
        e.status_since = Some(last.unwrap_or(e.created.at).date_naive());
    }
    if e.measure.points.is_empty() && !e.measure.current.trim().is_empty() {
        for h in changed("current") {
            if let Some(c) = h.changes.iter().find(|c| c.field == "current") {
                e.measure.points.push(Point {
                    on: h.stamp.at.date_naive(),
                    value: c.to.clone(),
                });
            }
        }
        if e.measure.points.last().map(|p| &p.value) != Some(&e.measure.current) {
            e.measure.points.push(Point {
                on: e.updated.at.date_naive(),
                value: e.measure.current.clone(),
            });
        }
    }
}
