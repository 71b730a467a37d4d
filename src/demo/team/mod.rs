//! The "team" fixture for the benchmarks: 10,000 clients, 50,000 contacts, 100,000
//! expectations and 200,000 answers (with the interviews they were given in, and the time
//! those took), or a multiple of it ([`TeamSize::times`]), the same for the same date. Written in transactions of a hundred clients,
//! through the store's bulk path.

mod client;
mod plan;
mod text;
mod words;

use chrono::NaiveDate;

use self::client::{ClientRecords, Item};
use self::plan::ClientPlan;
use super::{DemoError, Summary, ensure_empty};
use crate::domain::{Answer, Cents, Client, ContactId, Interview, TimeEntry};
use crate::store::{Bulk, Store};

/// How many records the fixture holds. Tests use a fraction of [`TeamSize::FULL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TeamSize {
    pub clients: u64,
    pub contacts: u64,
    pub expectations: u64,
    pub answers: u64,
}

impl TeamSize {
    /// The size the budgets in DESIGN.md are measured on.
    pub const FULL: TeamSize = TeamSize {
        clients: 10_000,
        contacts: 50_000,
        expectations: 100_000,
        answers: 200_000,
    };

    /// Every count divided by `n` (at least 1).
    pub fn divided_by(self, n: u64) -> TeamSize {
        let n = n.max(1);
        TeamSize {
            clients: self.clients / n,
            contacts: self.contacts / n,
            expectations: self.expectations / n,
            answers: self.answers / n,
        }
    }

    /// Every count times `n` (at least 1): `FULL.times(4)` is the 4× fixture of issue 15,
    /// 40,000 clients and 800,000 answers. Counts too large for a `u64` stop at its maximum.
    pub fn times(self, n: u64) -> TeamSize {
        let n = n.max(1);
        TeamSize {
            clients: self.clients.saturating_mul(n),
            contacts: self.contacts.saturating_mul(n),
            expectations: self.expectations.saturating_mul(n),
            answers: self.answers.saturating_mul(n),
        }
    }
}

/// Clients per write transaction: about 4,000 records, one durable commit each.
const BATCH: usize = 100;

const SEED: u64 = 0x7665_7277_6163_6874; // "verwacht"

/// Writes one client and its records, in their time order.
fn write_client(b: &mut Bulk, plan: &ClientPlan, records: ClientRecords) -> Result<(), DemoError> {
    b.act_as(records.owner, records.created);
    let mut client = Client::new(plan.name.clone(), Cents::from_euros(plan.revenue_euros));
    client.sector = plan.sector.to_string();
    let client = b.insert(client)?;
    let mut contacts: Vec<ContactId> = Vec::with_capacity(plan.contacts as usize);
    let mut interview: Option<Interview> = None;
    for timed in records.items {
        b.act_as(timed.by, timed.at);
        match timed.item {
            Item::Contact(mut contact) => {
                contact.client_id = client.id;
                contacts.push(b.insert(contact)?.id);
            }
            Item::Interview {
                contact,
                minutes,
                step,
                status,
            } => {
                let contact = contact_at(&contacts, contact)?;
                let mut new = Interview::new(client.id, contact, timed.at);
                new.step = step;
                new.status = status;
                new.duration_secs = u64::from(minutes) * 60;
                if status == crate::domain::InterviewStatus::Completed {
                    new.ended = Some(timed.at + chrono::Duration::minutes(i64::from(minutes)));
                }
                interview = Some(b.insert(new)?);
            }
            Item::Answer { step, text } => {
                let of = interview
                    .as_ref()
                    .ok_or(DemoError::Internal("answer before its interview"))?;
                b.insert(Answer::new(of, step, text))?;
            }
            Item::InterviewTime { minutes } => {
                let of = interview
                    .as_ref()
                    .ok_or(DemoError::Internal("time before its interview"))?;
                let mut entry = TimeEntry::new(client.id, minutes, timed.at);
                entry.contact_id = Some(of.contact_id);
                entry.interview_id = Some(of.id);
                entry.note = "Interview".to_string();
                b.insert(entry)?;
            }
            Item::Expectation {
                contact,
                mut expectation,
            } => {
                expectation.client_id = client.id;
                expectation.contact_id = match contact {
                    Some(c) => Some(contact_at(&contacts, c)?),
                    None => None,
                };
                b.insert(*expectation)?;
            }
        }
    }
    Ok(())
}

fn contact_at(contacts: &[ContactId], index: usize) -> Result<ContactId, DemoError> {
    contacts
        .get(index)
        .copied()
        .ok_or(DemoError::Internal("no such contact"))
}

/// How far the loading has come, for a progress line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub clients_done: u64,
    pub clients: u64,
}

/// Loads the team fixture of `size` into an empty database, reporting progress after every
/// transaction. A failure part-way leaves the transactions before it in place.
pub fn load(
    store: &Store,
    size: TeamSize,
    today: NaiveDate,
    progress: &mut dyn FnMut(Progress),
) -> Result<Summary, DemoError> {
    if !store.is_empty()? {
        return Err(DemoError::NotEmpty);
    }
    let plans = plan::clients(&size, SEED)?;
    let mut done = 0;
    for (batch, chunk) in plans.chunks(BATCH).enumerate() {
        store.write(|tx| {
            if batch == 0 {
                ensure_empty(tx)?;
            }
            tx.bulk(|b| {
                for (i, plan) in chunk.iter().enumerate() {
                    let index = (batch * BATCH + i) as u64;
                    let seed = SEED ^ (index + 1).wrapping_mul(0x9E37_79B9);
                    write_client(b, plan, client::records(plan, seed, today))?;
                }
                Ok::<_, DemoError>(())
            })
        })?;
        done += chunk.len() as u64;
        progress(Progress {
            clients_done: done,
            clients: size.clients,
        });
    }
    Ok(Summary::count(&store.read()?)?)
}

#[cfg(test)]
mod tests;
