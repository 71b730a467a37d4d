//! The effect runner: performs the effects `update` asks for against the store and turns the
//! results into messages. The terminal loop runs it beside itself (searches on a worker
//! thread); tests that drive the program without a terminal run the same code. What each
//! screen reads is built in [`crate::store::views`].

use crate::app::effect::{Load, Who, Write};
use crate::app::record::{EditConflict, Record};
use crate::app::{Effect, Msg};
use crate::domain::{
    Answer, ClientId, Contact, Expectation, Interview, InterviewId, InterviewStatus, TimeEntry,
};
use crate::store::views;
use crate::store::{Deleted, Edited, Queries, Result, Store, StoreError, Tx};

/// Performs effects in order, feeding the messages they produce back to the app (which may
/// ask for more). Returns whether the program should stop; effects before a `Quit` are
/// performed first, so a draft is stored before the program ends.
pub fn drive(app: &mut crate::app::App, store: &Store, effects: Vec<Effect>) -> bool {
    drive_watched(app, store, effects, &mut |_| {})
}

/// Like [`drive`], showing `watch` each effect before it is performed (a test counts them).
pub fn drive_watched(
    app: &mut crate::app::App,
    store: &Store,
    effects: Vec<Effect>,
    watch: &mut dyn FnMut(&Effect),
) -> bool {
    let mut queue: std::collections::VecDeque<Effect> = effects.into();
    while let Some(effect) = queue.pop_front() {
        watch(&effect);
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
        Effect::Write(write, shown) => {
            let msgs = self::write(store, *write)?;
            answered(store, msgs, &shown)
        }
        Effect::SearchTexts(job) => Ok(search_texts(store, &job, &|| false)
            .into_iter()
            .chain(count_results(store, &job, &|| false))
            .collect()),
    });
    result.unwrap_or_else(|e| vec![Msg::Failed(e)])
}

/// A write's messages, with the views on screen as they are after it (when the screen said
/// what it shows): the fresh views first, so the write's own messages meet them in place; the
/// list's change last, so the list does not ask for views it already has.
fn answered(store: &Store, msgs: Vec<Msg>, shown: &views::Shown) -> Result<Vec<Msg>> {
    if shown.is_empty() {
        return Ok(msgs);
    }
    let written = msgs.iter().find_map(|m| match m {
        Msg::Saved { after, .. } => Some(after.client_id()),
        Msg::Removed(r) | Msg::ChangedSince(r) => Some(r.client_id()),
        _ => None,
    });
    // The write stands even if reading the views after it fails (see `write`'s `reload`).
    let fresh = match views::fresh(store, shown, written) {
        Ok(fresh) => fresh,
        Err(e) => {
            let mut out = msgs;
            out.push(Msg::ReadFailed(e));
            return Ok(out);
        }
    };
    let mut out: Vec<Msg> = fresh
        .clients
        .into_iter()
        .map(|v| Msg::Client(Box::new(v)))
        .collect();
    out.extend(fresh.expectation.map(|v| Msg::Expectation(Box::new(v))));
    out.extend(fresh.interview.map(|v| Msg::Interview(Box::new(v))));
    out.extend(msgs);
    out.extend(fresh.home.map(Msg::HomeChanged));
    Ok(out)
}

fn load(store: &Store, load: Load) -> Result<Msg> {
    Ok(match load {
        Load::Home => Msg::Loaded(views::snapshot(store)?),
        Load::HomeSince(seq) => Msg::HomeChanged(views::home_since(store, seq)?),
        Load::Contacts(client) => Msg::Contacts(views::contacts_view(store, client)?),
        Load::Interview(id) => Msg::Interview(Box::new(views::interview_view(store, id)?)),
        Load::Resumable => Msg::Resumable(views::resumable(store)?),
        Load::Client(id) => Msg::Client(Box::new(views::client_view(store, id)?)),
        Load::Briefing(id) => Msg::Client(Box::new(views::briefing_view(
            store,
            id,
            crate::app::briefing::RECENT_CHANGES,
        )?)),
        Load::Expectation(id) => Msg::Expectation(Box::new(views::expectation_view(store, id)?)),
        Load::SearchIndex => match views::search_index(store) {
            Ok(index) => Msg::SearchIndex(std::sync::Arc::new(index)),
            Err(e) => Msg::SearchIndexFailed(e),
        },
    })
}

/// Matches long texts for a search; `stop` says when a newer query makes it pointless (then
/// there is nothing to say).
pub fn search_texts(
    store: &Store,
    job: &crate::app::search::TextSearch,
    stop: &dyn Fn() -> bool,
) -> Option<Msg> {
    match views::search_texts(store, &job.query, crate::app::search::LIMIT, stop) {
        Ok(Some(found)) => Some(Msg::SearchTexts {
            generation: job.generation,
            found,
        }),
        Ok(None) => None,
        Err(e) => Some(Msg::SearchIndexFailed(e)),
    }
}

/// Counts every result of a search's query, after its first results went out; `None` when
/// `stop` said to give up or the count failed (the results shown stand; the count is only
/// left unsaid).
pub fn count_results(
    store: &Store,
    job: &crate::app::search::TextSearch,
    stop: &dyn Fn() -> bool,
) -> Option<Msg> {
    match views::count_matches(store, &job.names, &job.query, stop) {
        Ok(Some(count)) => Some(Msg::SearchCounted {
            generation: job.generation,
            count,
        }),
        Ok(None) | Err(_) => None,
    }
}

fn write(store: &Store, write: Write) -> Result<Vec<Msg>> {
    // What the write did stands even if reading the view after it fails: that is said as a
    // failed read (tried again at the next poll), never as a failed write, which would put
    // the text back to be saved twice.
    let reload = |id: InterviewId| -> Result<Vec<Msg>> {
        Ok(vec![match views::interview_view(store, id) {
            Ok(view) => Msg::Interview(Box::new(view)),
            Err(e) => Msg::ReadFailed(e),
        }])
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
            // An edit merges into the answer as stored; where a colleague changed what this
            // edit changes too, nothing is written: the text goes back into the editor (the
            // draft stays), their version shows, and saving again puts this one over it.
            let conflict = store.write(|tx| {
                match base {
                    Some(base) if answer.id.0 != 0 => {
                        if let Edited::Conflict {
                            current, conflicts, ..
                        } = tx.edit(&base, answer)?
                        {
                            let fields = conflicts.into_iter().map(|c| c.field).collect();
                            return Ok(Some(answer_conflict(&current, fields)));
                        }
                    }
                    _ if answer.id.0 != 0 => {
                        tx.update(answer)?;
                    }
                    _ => {
                        tx.insert(answer)?;
                    }
                }
                tx.delete_draft(interview)?;
                Ok::<_, StoreError>(None)
            })?;
            let mut msgs: Vec<Msg> = conflict.map(Msg::Failed).into_iter().collect();
            msgs.extend(reload(interview)?);
            Ok(msgs)
        }
        Write::DeleteAnswer(seen) => {
            let interview = seen.interview_id;
            let mut msgs = match store.write(|tx| tx.delete_seen(&seen))? {
                Deleted::Done(removed) => vec![Msg::AnswerDeleted(removed)],
                // A colleague's change is never deleted unseen: the screen shows it instead.
                Deleted::Changed(now) => vec![Msg::Failed(answer_changed(&seen, &now))],
            };
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
            // The list's change comes with the views on screen (see `answered`).
            store.write(|tx| finish_interview(tx, &base, interview, expectations))?;
            Ok(Vec::new())
        }
    }
}

/// Stores a draft; when the database cannot take it (a full disk), keeps it in a file of its
/// own instead, to be given back later. Says which happened — never that it is saved when it
/// is not.
fn save_draft(store: &Store, draft: &crate::domain::Draft) -> Msg {
    match store.write(|tx| tx.put_draft(draft)) {
        Ok(()) => {
            crate::files::spare::forget(store.path(), draft.interview_id);
            Msg::DraftSaved(draft.saved.at)
        }
        Err(error) => match crate::files::spare::keep(store.path(), draft) {
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

/// An answer changed by someone since the screen showed it, with what they changed.
fn answer_changed(seen: &Answer, now: &Answer) -> StoreError {
    let mut fields = Vec::new();
    if seen.text != now.text {
        fields.push("text".to_string());
    }
    if seen.tags != now.tags {
        fields.push("tags".to_string());
    }
    if seen.fields != now.fields {
        fields.push("fields".to_string());
    }
    answer_conflict(now, fields)
}

/// The answer `now` as a colleague left it, who changed `fields` of it.
fn answer_conflict(now: &Answer, fields: Vec<String>) -> StoreError {
    StoreError::ChangedMeanwhile {
        kind: crate::domain::Kind::Answer,
        what: crate::store::excerpt(&now.text, 40),
        by: now.updated.by.clone(),
        fields,
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
    let minutes = crate::domain::interview::call_minutes(interview.duration_secs);
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
