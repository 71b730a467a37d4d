//! What an interview's screen, the contact picker and the start's resume offer read.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};

use crate::domain::interview::{offered, offered_in_progress, resume_step};
use crate::domain::{
    Answer, AnswerId, Characteristic, Client, ClientId, Contact, Draft, Expectation, Interview,
    InterviewId, InterviewStatus, Level,
};
use crate::store::{Queries, Result, Store, StoreError};

/// What a screen needs to show an interview.
#[derive(Clone, Debug, PartialEq)]
pub struct InterviewView {
    pub interview: Interview,
    pub client: Client,
    pub contact: Contact,
    /// This interview's answers, oldest first.
    pub answers: Vec<Answer>,
    pub draft: Option<Draft>,
    /// The client's open expectations, this contact's first.
    pub existing: Vec<Expectation>,
    /// The client's delivered delighters (met or exceeded), for review at step 6.
    pub delivered: Vec<Expectation>,
    /// Everyone at the client, to name whose an expectation is.
    pub contacts: Vec<Contact>,
    /// Tags used at this client, most used first.
    pub recent_tags: Vec<String>,
    /// Answers of this interview that an expectation already came from.
    pub linked_answers: Vec<AnswerId>,
    /// The change counter of the snapshot it was read from: a change at or before it is in.
    pub seq: u64,
}

/// A client's people, for picking whom to interview.
#[derive(Clone, Debug, PartialEq)]
pub struct ContactsView {
    pub client: Client,
    pub contacts: Vec<Contact>,
    /// Interviews still in progress at this client.
    pub in_progress: Vec<Interview>,
}

/// An interrupted interview, offered for resuming.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResumeItem {
    pub interview: InterviewId,
    pub client: String,
    pub contact: String,
    pub step: Characteristic,
    pub started: DateTime<Utc>,
    /// The start of the unsaved text in the editor, if any.
    pub draft: Option<String>,
}

/// Everything the interview screen shows, from one consistent snapshot.
pub fn interview_view(store: &Store, id: InterviewId) -> Result<InterviewView> {
    interview_view_in(&store.read()?, id)
}

/// Everything the interview screen shows, read through `r`.
pub fn interview_view_in(r: &impl Queries, id: InterviewId) -> Result<InterviewView> {
    let interview: Interview = r.fetch(id.0)?;
    let client: Client = r.fetch(interview.client_id.0)?;
    let contacts: Vec<Contact> = r.for_client(client.id)?;
    let contact = contacts
        .iter()
        .find(|c| c.id == interview.contact_id)
        .cloned()
        .ok_or(StoreError::NotFound {
            kind: "contact",
            id: interview.contact_id.0,
        })?;
    let all: Vec<Expectation> = r.for_client(client.id)?;
    let mut existing: Vec<Expectation> = all
        .iter()
        .filter(|e| !e.archived && e.status.is_open())
        .cloned()
        .collect();
    // This contact's expectations first, then the rest; each group oldest first.
    existing.sort_by_key(|e| (e.contact_id != Some(contact.id), e.id));
    let delivered = all
        .iter()
        .filter(|e| !e.archived && e.level == Level::Delighter && e.status.is_delivered())
        .cloned()
        .collect();
    let client_answers: Vec<Answer> = r.for_client(client.id)?;
    let linked_answers = all
        .iter()
        .filter(|e| e.interview_id == Some(id))
        .flat_map(|e| e.answers.iter().copied())
        .collect();
    Ok(InterviewView {
        seq: r.change_seq()?,
        linked_answers,
        answers: r.answers_of(id)?,
        draft: r.draft(id)?,
        recent_tags: crate::domain::tags::most_used(&client_answers),
        interview,
        client,
        contact,
        existing,
        delivered,
        contacts,
    })
}

/// A client's people still working there and its interviews in progress, for the picker.
pub fn contacts_view(store: &Store, client: ClientId) -> Result<ContactsView> {
    let r = store.read()?;
    let mut contacts: Vec<Contact> = r.for_client(client)?;
    contacts.retain(|c| !c.archived);
    let mut in_progress: Vec<Interview> = r.for_client(client)?;
    in_progress.retain(|i| i.status == InterviewStatus::InProgress);
    Ok(ContactsView {
        client: r.fetch(client.0)?,
        contacts,
        in_progress,
    })
}

/// The interviews offered to the store's author at start (the policy is
/// [`crate::domain::interview::offered`]), with the start of their drafts.
pub fn resumable(store: &Store) -> Result<Vec<ResumeItem>> {
    let r = store.read()?;
    let drafts: HashMap<InterviewId, Draft> = r
        .drafts()?
        .into_iter()
        .map(|d| (d.interview_id, d))
        .collect();
    // Only an interview with a draft, or one in progress offered for its own sake, can be
    // offered: those are read, not every interview.
    let (author, now) = (store.author(), store.now());
    let mut ids: BTreeSet<InterviewId> = drafts.keys().copied().collect();
    for open in r.open_interviews()? {
        if offered_in_progress(
            &open.interviewer,
            open.updated,
            open.not_offered,
            author,
            now,
        ) {
            ids.insert(open.id);
        }
    }
    let mut candidates = Vec::with_capacity(ids.len());
    for id in ids {
        candidates.extend(r.get::<Interview>(id.0)?);
    }
    let interviews = offered(candidates, |id| drafts.get(&id), author, now);
    let mut items = Vec::new();
    for i in interviews {
        let (Some(client), Some(contact)) = (
            r.get::<Client>(i.client_id.0)?,
            r.get::<Contact>(i.contact_id.0)?,
        ) else {
            continue;
        };
        let draft = drafts.get(&i.id);
        items.push(ResumeItem {
            interview: i.id,
            client: client.name,
            contact: contact.name,
            step: resume_step(&i, draft),
            started: i.started,
            draft: draft
                .map(|d| d.text.clone())
                .filter(|t| !t.trim().is_empty()),
        });
    }
    Ok(items)
}
