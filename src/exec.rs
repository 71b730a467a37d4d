//! Performs the effects `update` asks for against the store, and turns the results into
//! messages. The terminal loop calls this; so do tests that drive the program without a
//! terminal.

use std::collections::HashMap;

use crate::app::effect::{
    ClientView, ContactsView, ExpectationView, InterviewView, Load, ResumeItem, Who, Write,
};
use crate::app::record::{EditConflict, Record};
use crate::app::{ClientChange, Effect, HomeUpdate, Msg, Snapshot};
use crate::domain::{
    Answer, Client, ClientId, Contact, Expectation, ExpectationId, Experience, Interview,
    InterviewId, InterviewStatus, Level, TimeEntry,
};
use crate::store::{Deleted, Edited, Queries, Result, Store, StoreError, Tx};

/// Performs effects in order, feeding the messages they produce back to the app (which may
/// ask for more). Returns whether the program should stop; effects before a `Quit` are
/// performed first, so a draft is stored before the program ends.
pub fn drive(app: &mut crate::app::App, store: &Store, effects: Vec<Effect>) -> bool {
    let mut queue: std::collections::VecDeque<Effect> = effects.into();
    while let Some(effect) = queue.pop_front() {
        if effect == Effect::Quit {
            return true;
        }
        for msg in perform(store, effect) {
            queue.extend(app.update(msg));
        }
    }
    false
}

/// Performs one effect. `Quit` is the loop's business and yields nothing here.
pub fn perform(store: &Store, effect: Effect) -> Vec<Msg> {
    // A damaged file can make redb panic while reading it: that is the file's damage, said in
    // the status line, and the program goes on.
    let result = crate::store::guard::guarded(store.path(), || match effect {
        Effect::Quit => Ok(Vec::new()),
        Effect::Load(load) => self::load(store, load).map(|m| vec![m]),
        Effect::Write(write) => self::write(store, *write),
        Effect::SearchTexts(job) => Ok(vec![search_texts(&job, &|| false)]),
    });
    result.unwrap_or_else(|e| vec![Msg::Failed(e)])
}

pub fn snapshot(store: &Store) -> Result<Snapshot> {
    snapshot_in(&store.read()?)
}

/// The clients list's records, read through `r`.
fn snapshot_in(r: &impl Queries) -> Result<Snapshot> {
    Ok(Snapshot {
        clients: r.all()?,
        digests: r.digests()?,
        seq: r.change_seq()?,
    })
}

/// More changes than this since the list was read, and it is read whole again.
const MOST_CHANGES: usize = 200;

/// What changed on the clients list after change counter `seq`, from one snapshot: the
/// changed clients with their digests (a colleague's write costs reading those), or the whole
/// list when much changed.
pub fn home_since(store: &Store, seq: u64) -> Result<HomeUpdate> {
    let r = store.read()?;
    let Some(ids) = r.clients_changed_after(seq, MOST_CHANGES)? else {
        return Ok(HomeUpdate::Whole(snapshot_in(&r)?));
    };
    let changes = ids
        .into_iter()
        .map(|id| {
            Ok(ClientChange {
                id,
                client: r.get(id.0)?,
                digest: r.digest(id)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(HomeUpdate::Clients {
        seq: r.change_seq()?,
        changes,
    })
}

fn load(store: &Store, load: Load) -> Result<Msg> {
    Ok(match load {
        Load::Home => Msg::Loaded(snapshot(store)?),
        Load::HomeSince(seq) => Msg::HomeChanged(home_since(store, seq)?),
        Load::Contacts(client) => Msg::Contacts(contacts_view(store, client)?),
        Load::Interview(id) => Msg::Interview(Box::new(interview_view(store, id)?)),
        Load::Resumable => Msg::Resumable(resumable(store)?),
        Load::Client(id) => Msg::Client(Box::new(client_view(store, id)?)),
        Load::Expectation(id) => Msg::Expectation(Box::new(expectation_view(store, id)?)),
        Load::SearchIndex => match search_index(store) {
            Ok(index) => Msg::SearchIndex(std::sync::Arc::new(index)),
            Err(e) => Msg::SearchIndexFailed(e),
        },
    })
}

/// Everything searchable, from one consistent snapshot.
pub fn search_index(store: &Store) -> Result<crate::search::Index> {
    crate::store::guard::guarded(store.path(), || index_all(store))
}

fn index_all(store: &Store) -> Result<crate::search::Index> {
    let r = store.read()?;
    let clients: Vec<Client> = r.all()?;
    let contacts: Vec<Contact> = r.all()?;
    let expectations: Vec<Expectation> = r.all()?;
    let mut builder =
        crate::search::Builder::new(&clients, &contacts, &expectations, r.change_seq()?);
    // The answers are the bulk: one at a time.
    r.each::<Answer>(|a| builder.answer(a))?;
    Ok(builder.finish())
}

/// Matches long texts for a search; `stop` says when a newer query makes it pointless.
pub fn search_texts(job: &crate::app::search::TextSearch, stop: &dyn Fn() -> bool) -> Msg {
    Msg::SearchTexts {
        generation: job.generation,
        hits: crate::search::search_texts(&job.index, &job.query, crate::app::search::LIMIT, stop),
    }
}

/// Everything about one client, from one consistent snapshot.
pub fn client_view(store: &Store, id: ClientId) -> Result<ClientView> {
    client_view_in(&store.read()?, id)
}

/// Everything about one client, read through `r` (a snapshot the caller also reads more from).
pub fn client_view_in(r: &impl Queries, id: ClientId) -> Result<ClientView> {
    let interviews: Vec<Interview> = r.for_client(id)?;
    let answers: Vec<Answer> = r.for_client(id)?;
    let answer_counts = interviews
        .iter()
        .map(|i| {
            (
                i.id,
                answers.iter().filter(|a| a.interview_id == i.id).count(),
            )
        })
        .collect();
    let mut changes = r.changes_of(id)?;
    changes.reverse();
    let expectations: Vec<Expectation> = r.for_client(id)?;
    let mut history = Vec::new();
    for e in &expectations {
        history.extend(r.history(e.id)?);
    }
    Ok(ClientView {
        client: r.fetch(id.0)?,
        contacts: r.for_client(id)?,
        expectations,
        history,
        interviews,
        answer_counts,
        experiences: r.for_client(id)?,
        time: r.for_client(id)?,
        changes,
    })
}

/// One expectation with everything its screen shows, from one consistent snapshot.
pub fn expectation_view(store: &Store, id: ExpectationId) -> Result<ExpectationView> {
    let r = store.read()?;
    let expectation: Expectation = r.fetch(id.0)?;
    let mut experiences: Vec<Experience> = r.for_client(expectation.client_id)?;
    experiences.retain(|x| x.expectation_id == Some(id));
    experiences.sort_by_key(|x| (x.at, x.id));
    Ok(ExpectationView {
        client: r.fetch(expectation.client_id.0)?,
        contacts: r.for_client(expectation.client_id)?,
        history: r.history(id)?,
        experiences,
        expectation,
    })
}

/// The interviews offered at start (see [`crate::domain::interview::offered_at_start`]),
/// newest first, with their drafts.
pub fn resumable(store: &Store) -> Result<Vec<ResumeItem>> {
    let r = store.read()?;
    let drafts: HashMap<InterviewId, crate::domain::Draft> = r
        .drafts()?
        .into_iter()
        .map(|d| (d.interview_id, d))
        .collect();
    let mut interviews: Vec<Interview> = r.all()?;
    interviews.retain(|i| {
        crate::domain::interview::offered_at_start(
            i,
            drafts.get(&i.id),
            store.author(),
            store.now(),
        )
    });
    interviews.sort_by_key(|i| std::cmp::Reverse(i.updated.at));
    let mut items = Vec::new();
    for i in interviews {
        let (Some(client), Some(contact)) = (
            r.get::<Client>(i.client_id.0)?,
            r.get::<Contact>(i.contact_id.0)?,
        ) else {
            continue;
        };
        let draft = r
            .draft(i.id)?
            .map(|d| d.text)
            .filter(|t| !t.trim().is_empty());
        items.push(ResumeItem {
            interview: i.id,
            client: client.name,
            contact: contact.name,
            step: draft_step(&r, &i)?,
            started: i.started,
            draft,
        });
    }
    Ok(items)
}

/// The step an interview resumes at: its draft's, else the one it reached.
fn draft_step(r: &crate::store::Reader, i: &Interview) -> Result<crate::domain::Characteristic> {
    Ok(r.draft(i.id)?.map_or(i.step, |d| d.step))
}

fn contacts_view(store: &Store, client: ClientId) -> Result<ContactsView> {
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

pub fn interview_view(store: &Store, id: InterviewId) -> Result<InterviewView> {
    let r = store.read()?;
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
        recent_tags: most_used_tags(&client_answers),
        interview,
        client,
        contact,
        existing,
        delivered,
        contacts,
    })
}

/// Tags by how often they were used, most first (ties alphabetically).
fn most_used_tags(answers: &[Answer]) -> Vec<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for tag in answers.iter().flat_map(|a| &a.tags) {
        *counts.entry(tag.as_str()).or_default() += 1;
    }
    let mut tags: Vec<(&str, usize)> = counts.into_iter().collect();
    tags.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    tags.into_iter().map(|(t, _)| t.to_string()).collect()
}

fn write(store: &Store, write: Write) -> Result<Vec<Msg>> {
    let reload = |id: InterviewId| -> Result<Vec<Msg>> {
        Ok(vec![Msg::Interview(Box::new(interview_view(store, id)?))])
    };
    match write {
        Write::StartInterview { client, who } => {
            let id = store.write(|tx| start_interview(tx, client, who))?;
            reload(id)
        }
        Write::SaveAnswer {
            interview,
            base,
            answer,
        } => {
            store.write(|tx| {
                match base {
                    Some(base) if answer.id.0 != 0 => {
                        edit_mine_wins(tx, &base, answer)?;
                    }
                    _ if answer.id.0 != 0 => {
                        tx.update(answer)?;
                    }
                    _ => {
                        tx.insert(answer)?;
                    }
                }
                tx.delete_draft(interview)
            })?;
            reload(interview)
        }
        Write::DeleteAnswer(id) => {
            let removed: Answer = store.write(|tx| tx.delete(id.0))?;
            let interview = removed.interview_id;
            let mut msgs = vec![Msg::AnswerDeleted(removed)];
            msgs.extend(reload(interview)?);
            Ok(msgs)
        }
        Write::RestoreAnswer(answer) => {
            store.write(|tx| tx.reinsert(&answer))?;
            reload(answer.interview_id)
        }
        Write::SaveDraft(draft) => Ok(vec![save_draft(store, &draft)]),
        Write::ClearDraft(id) => {
            store.write(|tx| tx.delete_draft(id))?;
            Ok(Vec::new())
        }
        Write::NotOffered(id) => {
            store.write(|tx| {
                let mut interview: Interview = tx.fetch(id.0)?;
                interview.not_offered = true;
                tx.update(interview)
            })?;
            Ok(Vec::new())
        }
        Write::SaveInterview { base, edited } => {
            let id = edited.id;
            store.write(|tx| edit_mine_wins(tx, &base, edited))?;
            reload(id)
        }
        Write::CreateExpectations(list) => {
            let interview = list.first().and_then(|e| e.interview_id);
            store.write(|tx| {
                for e in list {
                    tx.insert(e)?;
                }
                Ok::<_, StoreError>(())
            })?;
            interview.map_or(Ok(Vec::new()), reload)
        }
        Write::UpdateExpectation {
            interview,
            base,
            edited,
        } => {
            let edited = store.write(|tx| tx.edit(&base, edited))?;
            let mut msgs = reload(interview)?;
            msgs.extend(
                EditConflict::new(edited, Record::Expectation).map(|c| Msg::Conflict(Box::new(c))),
            );
            Ok(msgs)
        }
        Write::Save(record) => {
            let (before, after) = store.write(|tx| save_record(tx, record))?;
            Ok(vec![Msg::Saved {
                before: before.map(Box::new),
                after: Box::new(after),
            }])
        }
        Write::Edit { base, edited } => store.write(|tx| edit_record(tx, &base, edited)),
        Write::Remove(record) => store.write(|tx| remove_record(tx, &record)),
        Write::Reinsert(record) => {
            store.write(|tx| reinsert_record(tx, &record))?;
            Ok(vec![Msg::Saved {
                before: None,
                after: Box::new(record),
            }])
        }
        Write::Recover {
            base,
            expectation,
            resolve,
        } => {
            let changed = store.write(|tx| {
                let mut changed =
                    vec![edit_or_refuse(tx, &base, expectation, Record::Expectation)?];
                for (base, x) in resolve {
                    changed.push(edit_or_refuse(tx, &base, x, Record::Experience)?);
                }
                Ok::<_, StoreError>(changed)
            })?;
            Ok(changed
                .into_iter()
                .rev()
                .map(|(before, after)| Msg::Saved {
                    before: Some(Box::new(before)),
                    after: Box::new(after),
                })
                .collect())
        }
        Write::FinishInterview {
            base,
            interview,
            expectations,
        } => {
            store.write(|tx| finish_interview(tx, &base, interview, expectations))?;
            Ok(vec![Msg::Loaded(snapshot(store)?)])
        }
    }
}

/// Stores a draft; when the database cannot take it (a full disk), keeps it in a file of its
/// own instead, to be given back later. Says which happened — never that it is saved when it
/// is not.
fn save_draft(store: &Store, draft: &crate::domain::Draft) -> Msg {
    match store.write(|tx| tx.put_draft(draft)) {
        Ok(()) => {
            crate::store::spare::forget(store.path(), draft.interview_id);
            Msg::DraftSaved(draft.saved.at)
        }
        Err(error) => match crate::store::spare::keep(store.path(), draft) {
            Ok(file) => Msg::DraftAside { file, error },
            Err(_) => Msg::DraftLost(error),
        },
    }
}

/// Inserts or updates one record; returns it as it was before (for undo) and as stored.
fn save_record(tx: &mut Tx, record: Record) -> Result<(Option<Record>, Record)> {
    fn save<R: crate::store::Record>(tx: &mut Tx, r: R) -> Result<(Option<R>, R)> {
        if r.id() == 0 {
            Ok((None, tx.insert(r)?))
        } else {
            let before: R = tx.fetch(r.id())?;
            Ok((Some(before), tx.update(r)?))
        }
    }
    Ok(match record {
        Record::Client(r) => {
            let (b, a) = save(tx, r)?;
            (b.map(Record::Client), Record::Client(a))
        }
        Record::Contact(r) => {
            let (b, a) = save(tx, r)?;
            (b.map(Record::Contact), Record::Contact(a))
        }
        Record::Expectation(r) => {
            let (b, a) = save(tx, r)?;
            (b.map(Record::Expectation), Record::Expectation(a))
        }
        Record::Experience(r) => {
            let (b, a) = save(tx, r)?;
            (b.map(Record::Experience), Record::Experience(a))
        }
        Record::Time(r) => {
            let (b, a) = save(tx, r)?;
            (b.map(Record::Time), Record::Time(a))
        }
    })
}

/// Deletes the record the user saw, or says it changed since.
fn remove_record(tx: &mut Tx, record: &Record) -> Result<Vec<Msg>> {
    fn remove<R: crate::store::Record>(
        tx: &mut Tx,
        seen: &R,
        wrap: fn(R) -> Record,
    ) -> Result<Vec<Msg>> {
        Ok(vec![match tx.delete_seen(seen)? {
            Deleted::Done(r) => Msg::Removed(Box::new(wrap(r))),
            Deleted::Changed(now) => Msg::ChangedSince(Box::new(wrap(now))),
        }])
    }
    match record {
        Record::Client(r) => remove(tx, r, Record::Client),
        Record::Contact(r) => remove(tx, r, Record::Contact),
        Record::Expectation(r) => remove(tx, r, Record::Expectation),
        Record::Experience(r) => remove(tx, r, Record::Experience),
        Record::Time(r) => remove(tx, r, Record::Time),
    }
}

/// An edit of a stored record, merged inside the transaction: saved, or the conflict.
fn edit_record(tx: &mut Tx, base: &Record, edited: Record) -> Result<Vec<Msg>> {
    fn edit<R: crate::store::Record>(
        tx: &mut Tx,
        base: &R,
        edited: R,
        wrap: fn(R) -> Record,
    ) -> Result<Vec<Msg>> {
        Ok(vec![match tx.edit(base, edited)? {
            Edited::Saved { before, after } => Msg::Saved {
                before: Some(Box::new(wrap(before))),
                after: Box::new(wrap(after)),
            },
            conflict => match EditConflict::new(conflict, wrap) {
                Some(c) => Msg::Conflict(Box::new(c)),
                None => return Ok(Vec::new()),
            },
        }])
    }
    match (base, edited) {
        (Record::Client(b), Record::Client(e)) => edit(tx, b, e, Record::Client),
        (Record::Contact(b), Record::Contact(e)) => edit(tx, b, e, Record::Contact),
        (Record::Expectation(b), Record::Expectation(e)) => edit(tx, b, e, Record::Expectation),
        (Record::Experience(b), Record::Experience(e)) => edit(tx, b, e, Record::Experience),
        (Record::Time(b), Record::Time(e)) => edit(tx, b, e, Record::Time),
        (base, _) => Err(StoreError::NotFound {
            kind: "record of that kind",
            id: base_id(base),
        }),
    }
}

fn base_id(r: &Record) -> u64 {
    match r {
        Record::Client(c) => c.id.0,
        Record::Contact(c) => c.id.0,
        Record::Expectation(e) => e.id.0,
        Record::Experience(x) => x.id.0,
        Record::Time(t) => t.id.0,
    }
}

/// One edit of several in a transaction that must all hold: a conflict aborts the whole
/// transaction with who changed what meanwhile.
fn edit_or_refuse<R: crate::store::Record>(
    tx: &mut Tx,
    base: &R,
    edited: R,
    wrap: fn(R) -> Record,
) -> Result<(Record, Record)> {
    match tx.edit(base, edited)? {
        Edited::Saved { before, after } => Ok((wrap(before), wrap(after))),
        Edited::Conflict {
            current, conflicts, ..
        } => {
            let current = wrap(current);
            Err(StoreError::ChangedMeanwhile {
                kind: R::KIND,
                what: current.label(),
                by: current.changed_by().to_string(),
                fields: conflicts.into_iter().map(|c| c.field).collect(),
            })
        }
    }
}

/// The open session's own record (an interview's step and clock): merged, and where a
/// colleague changed the same field, the session's value is kept.
fn edit_mine_wins<R: crate::store::Record>(tx: &mut Tx, base: &R, edited: R) -> Result<R> {
    match tx.edit(base, edited)? {
        Edited::Saved { after, .. } => Ok(after),
        Edited::Conflict { mine, .. } => tx.update(mine),
    }
}

fn reinsert_record(tx: &mut Tx, record: &Record) -> Result<()> {
    match record {
        Record::Client(r) => tx.reinsert(r),
        Record::Contact(r) => tx.reinsert(r),
        Record::Expectation(r) => tx.reinsert(r),
        Record::Experience(r) => tx.reinsert(r),
        Record::Time(r) => tx.reinsert(r),
    }
}

fn start_interview(tx: &mut Tx, client: ClientId, who: Who) -> Result<InterviewId> {
    let contact = match who {
        Who::Existing(id) => id,
        Who::New { name, role } => tx.insert(Contact::new(client, name, role))?.id,
    };
    Ok(tx.insert(Interview::new(client, contact, tx.now()))?.id)
}

/// Marks the interview completed, logs the call time against the client (once per
/// interview: a finished interview's time entry is updated, never doubled), and creates the
/// accepted expectations.
fn finish_interview(
    tx: &mut Tx,
    base: &Interview,
    mut interview: Interview,
    expectations: Vec<Expectation>,
) -> Result<()> {
    interview.status = InterviewStatus::Completed;
    interview.ended = Some(tx.now());
    let minutes = interview.duration_secs.div_ceil(60) as u32;
    let logged: Vec<TimeEntry> = tx.for_client(interview.client_id)?;
    match logged
        .into_iter()
        .find(|t| t.interview_id == Some(interview.id))
    {
        Some(mut entry) => {
            entry.minutes = minutes;
            tx.update(entry)?;
        }
        None if minutes > 0 => {
            let mut entry = TimeEntry::new(interview.client_id, minutes, interview.started);
            entry.contact_id = Some(interview.contact_id);
            entry.interview_id = Some(interview.id);
            tx.insert(entry)?;
        }
        None => {}
    }
    for e in expectations {
        tx.insert(e)?;
    }
    tx.delete_draft(interview.id)?;
    edit_mine_wins(tx, base, interview)?;
    Ok(())
}
