//! Adding, editing, archiving and deleting records from the client screens, with a question
//! before anything is archived or deleted and undo for the last actions.

use super::client::Tab;
use super::expectation_form::{measurement_form, read_measurement};
use super::popup::{FormPurpose, OnYes};
use super::record::Record;
use super::record_forms::{
    FormScope, form_for, read_form, read_recover, read_status, recover_form, status_form,
};
use super::{Action, App, Effect, Popup, Screen, StatusLine, Write};
use crate::domain::{Client, Contact, Expectation, Experience, Level, Status, TimeEntry};
use crate::i18n::{Localized, RecordText as T};
use crate::store::views::ClientView;

/// How many actions `u` can take back.
const UNDO_DEPTH: usize = 50;

impl App {
    fn form_scope(&self) -> FormScope {
        if let Some(v) = self.expectation_view() {
            return FormScope {
                client_name: v.client.name.clone(),
                people: v.contacts.iter().filter(|c| !c.archived).cloned().collect(),
                expectations: vec![v.expectation.clone()],
                today: self.today,
                now: self.now,
            };
        }
        let view = self.open_view();
        FormScope {
            client_name: view.map(|v| v.client.name.clone()).unwrap_or_default(),
            people: view
                .map(|v| v.contacts.iter().filter(|c| !c.archived).cloned().collect())
                .unwrap_or_default(),
            expectations: view
                .map(|v| {
                    v.expectations
                        .iter()
                        .filter(|e| !e.archived)
                        .cloned()
                        .collect()
                })
                .unwrap_or_default(),
            today: self.today,
            now: self.now,
        }
    }

    fn open_view(&self) -> Option<&ClientView> {
        self.client().and_then(|c| c.view())
    }

    /// Opens the form for a record.
    fn edit_record(&mut self, record: Record) -> Vec<Effect> {
        let ctx = self.form_scope();
        let form = form_for(&record, &ctx, self.lang);
        self.popup = Some(Popup::Form {
            form,
            purpose: FormPurpose::Record(Box::new(record)),
        });
        Vec::new()
    }

    /// The record selected on the current tab of the client screen, or the expectation the
    /// expectation screen shows.
    fn selected_record(&self) -> Option<Record> {
        if let Some(v) = self.expectation_view() {
            return Some(Record::Expectation(v.expectation.clone()));
        }
        let state = self.client()?;
        let view = state.view()?;
        let i = state.selected_index()?;
        match state.tab {
            Tab::People => view.contacts.get(i).cloned().map(Record::Contact),
            Tab::Expectations => view.expectations.get(i).cloned().map(Record::Expectation),
            Tab::Experiences => view.experiences.get(i).cloned().map(Record::Experience),
            _ => None,
        }
    }

    fn refuse(&mut self, text: T) -> Vec<Effect> {
        self.status = Some(StatusLine::error(text.get(self.lang)));
        Vec::new()
    }

    /// Editing keys of the client screen; `None` when the action is not one of them.
    pub(super) fn edit_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        let editing = matches!(
            action,
            Action::Add
                | Action::Edit
                | Action::Archive
                | Action::SetStatus
                | Action::AddExperience
                | Action::AddTime
                | Action::EditClient
                | Action::NewClient
                | Action::Undo
                | Action::Measure
                | Action::Recover
                | Action::Review
        );
        if editing && self.read_only {
            return Some(self.refuse(T::ReadOnly));
        }
        if action == Action::Undo {
            return Some(self.undo_last());
        }
        if action == Action::NewClient {
            return Some(self.edit_record(Record::Client(Client::new("", Default::default()))));
        }
        if !editing {
            return None;
        }
        let (id, tab) = match &self.screen {
            Screen::Client(state) => (state.id, state.tab),
            Screen::Expectation(state) => (state.client, Tab::Expectations),
            _ => return None,
        };
        let now = self.now;
        let effects = match action {
            Action::Add => match tab {
                Tab::People => self.edit_record(Record::Contact(Contact::new(id, "", ""))),
                Tab::Expectations => {
                    self.edit_record(Record::Expectation(Expectation::new(id, "")))
                }
                Tab::Experiences => {
                    self.edit_record(Record::Experience(Experience::new(id, 7, "", now)))
                }
                _ => self.refuse(T::NotHere),
            },
            Action::Edit => match self.selected_record() {
                Some(r) => self.edit_record(r),
                None if tab == Tab::Briefing || tab == Tab::Interviews || tab == Tab::Timeline => {
                    self.refuse(T::NotHere)
                }
                None => self.refuse(T::NothingSelected),
            },
            Action::Archive if tab == Tab::Briefing => match self.open_view() {
                Some(v) => {
                    let r = Record::Client(v.client.clone());
                    self.popup = Some(Popup::Confirm {
                        question: T::AskArchive.fill(self.lang, &[&r.label()]),
                        on_yes: OnYes::Remove(Box::new(r)),
                    });
                    Vec::new()
                }
                None => Vec::new(),
            },
            Action::Archive => match self.selected_record() {
                // An archived row (shown with A) comes back out of the archive.
                Some(r) if r.is_archived() => {
                    self.popup = Some(Popup::Confirm {
                        question: T::AskRestore.fill(self.lang, &[&r.label()]),
                        on_yes: OnYes::Restore(Box::new(r)),
                    });
                    Vec::new()
                }
                Some(r) => {
                    let text = if r.archives() {
                        T::AskArchive
                    } else {
                        T::AskDelete
                    };
                    self.popup = Some(Popup::Confirm {
                        question: text.fill(self.lang, &[&r.label()]),
                        on_yes: OnYes::Remove(Box::new(r)),
                    });
                    Vec::new()
                }
                None => self.refuse(T::NothingSelected),
            },
            Action::SetStatus => match self.selected_record() {
                Some(Record::Expectation(e)) => {
                    self.popup = Some(Popup::Form {
                        form: status_form(&e, self.lang),
                        purpose: FormPurpose::Status(Box::new(e)),
                    });
                    Vec::new()
                }
                _ => self.refuse(T::NothingSelected),
            },
            Action::AddExperience => {
                let mut x = Experience::new(id, 7, "", now);
                if let Some(Record::Expectation(e)) = self.selected_record() {
                    x.expectation_id = Some(e.id);
                    x.contact_id = e.contact_id;
                }
                self.edit_record(Record::Experience(x))
            }
            Action::AddTime => self.edit_record(Record::Time(TimeEntry::new(id, 30, now))),
            Action::Measure => match self.selected_record() {
                Some(Record::Expectation(e)) => {
                    self.popup = Some(Popup::Form {
                        form: measurement_form(&e, self.lang, self.today),
                        purpose: FormPurpose::Measurement(Box::new(e)),
                    });
                    Vec::new()
                }
                _ => self.refuse(T::NothingSelected),
            },
            Action::Recover => self.recover_selected(),
            Action::Review => match self.selected_record() {
                Some(Record::Expectation(e)) if e.level == Level::Delighter => {
                    self.popup = Some(Popup::Reclassify(Box::new(e)));
                    Vec::new()
                }
                Some(Record::Expectation(_)) => self.refuse(T::NotADelighter),
                _ => self.refuse(T::NothingSelected),
            },
            Action::EditClient => match self.open_view() {
                Some(v) => self.edit_record(Record::Client(v.client.clone())),
                None => Vec::new(),
            },
            _ => Vec::new(),
        };
        Some(effects)
    }

    /// A submitted record or status form: saved when valid, else kept open with the errors.
    pub(super) fn submit_record_form(
        &mut self,
        mut form: super::form::Form,
        purpose: FormPurpose,
    ) -> Vec<Effect> {
        if let FormPurpose::Recover {
            expectation,
            complaints,
        } = &purpose
        {
            return match read_recover(&mut form, expectation, complaints, self.lang, self.today) {
                Some((reopened, resolve)) => vec![Effect::write(Write::Recover {
                    base: (**expectation).clone(),
                    expectation: reopened,
                    resolve,
                })],
                None => {
                    form.focus_first_error();
                    self.popup = Some(Popup::Form { form, purpose });
                    Vec::new()
                }
            };
        }
        let record = match &purpose {
            FormPurpose::Status(e) => Some(Record::Expectation(read_status(&form, e))),
            FormPurpose::Measurement(e) => {
                read_measurement(&mut form, e, self.lang, self.today).map(Record::Expectation)
            }
            FormPurpose::Record(base) => {
                let ctx = self.form_scope();
                read_form(&mut form, base, &ctx, self.lang)
            }
            _ => None,
        };
        let base = match &purpose {
            FormPurpose::Status(e) | FormPurpose::Measurement(e) => {
                Some(Record::Expectation((**e).clone()))
            }
            FormPurpose::Record(base) => Some((**base).clone()),
            _ => None,
        };
        // Saved as an edit of the record the form opened on: merged inside the write, so a
        // colleague's change meanwhile to a field this form did not change stays.
        match (record, base) {
            (Some(r), Some(base)) if !r.is_new() => {
                vec![Effect::write(Write::Edit { base, edited: r })]
            }
            (Some(r), _) => vec![Effect::write(Write::Save(r))],
            (None, _) => {
                form.focus_first_error();
                self.popup = Some(Popup::Form { form, purpose });
                Vec::new()
            }
        }
    }

    /// Archives (a client, person or expectation) or deletes (an experience or time).
    pub(super) fn remove(&mut self, record: Record) -> Vec<Effect> {
        if record.archives() {
            vec![Effect::write(Write::Edit {
                edited: record.archived(),
                base: record,
            })]
        } else {
            vec![Effect::write(Write::Remove(record))]
        }
    }

    fn remember(&mut self, undo: Write) {
        if self.undoing {
            self.undoing = false;
            return;
        }
        self.undo.push(undo);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
    }

    /// A record was stored: remember how to take it back, say so, and reload.
    pub(super) fn saved(&mut self, before: Option<Record>, after: Record) -> Vec<Effect> {
        let undoing = self.undoing;
        let text = match &before {
            _ if undoing => T::Undone,
            Some(b) if after.archives() && !b.is_archived() && after.is_archived() => T::Archived,
            Some(b) if b.is_archived() && !after.is_archived() => T::Unarchived,
            _ => T::Saved,
        };
        self.status = Some(StatusLine::info(text.fill(self.lang, &[&after.label()])));
        // Undo takes back only the fields this change changed, merged like any edit: a
        // colleague's later change to one of them is a conflict to decide, not lost.
        let undo = match before {
            Some(b) => Write::Edit {
                base: after.clone(),
                edited: b,
            },
            None => Write::Remove(after.clone()),
        };
        self.remember(undo);
        self.after_change(&after)
    }

    pub(super) fn removed(&mut self, record: Record) -> Vec<Effect> {
        let text = if self.undoing { T::Undone } else { T::Deleted };
        self.status = Some(StatusLine::info(text.fill(self.lang, &[&record.label()])));
        self.remember(Write::Reinsert(record.clone()));
        // The write answered with the list and the views on screen: nothing to load.
        if let (Record::Client(c), Screen::Client(state)) = (&record, &self.screen)
            && state.id == c.id
        {
            self.screen = Screen::Home;
            return Vec::new();
        }
        self.after_change(&record)
    }

    /// Where the screen goes after a change. The write answered with the list and the views
    /// on screen (see [`crate::store::views::fresh`]), so nothing needs loading here.
    fn after_change(&mut self, record: &Record) -> Vec<Effect> {
        // An archived client leaves its screen: back to the list, where `u` brings it back.
        if let (Record::Client(c), Screen::Client(state)) = (record, &self.screen)
            && c.archived
            && state.id == c.id
        {
            self.screen = Screen::Home;
            return Vec::new();
        }
        // A new client opens its own screen, ready for people and expectations.
        if let Record::Client(c) = record
            && matches!(self.screen, Screen::Home)
            && !c.archived
            && !self.data.rows.iter().any(|r| r.client.id == c.id)
        {
            return self.open_client(c.id);
        }
        Vec::new()
    }

    /// Reopens the expectation a complaint points at (the selected complaint, or the open
    /// expectation screen's) with a recovery deadline, after asking for it.
    fn recover_selected(&mut self) -> Vec<Effect> {
        let linked = |v: &ClientView, e: &Expectation| -> Vec<Experience> {
            v.experiences
                .iter()
                .filter(|y| y.expectation_id == Some(e.id))
                .cloned()
                .collect()
        };
        let found = match (self.expectation_view(), self.selected_record()) {
            (Some(v), _) => Some((v.expectation.clone(), v.experiences.clone())),
            (None, Some(Record::Experience(x))) => self.open_view().and_then(|v| {
                let e = v
                    .expectations
                    .iter()
                    .find(|e| Some(e.id) == x.expectation_id)?;
                Some((e.clone(), linked(v, e)))
            }),
            (None, Some(Record::Expectation(e))) => {
                self.open_view().map(|v| (e.clone(), linked(v, &e)))
            }
            _ => None,
        };
        let Some((e, experiences)) = found else {
            return self.refuse(T::NoComplaintExpectation);
        };
        let complaints: Vec<Experience> = experiences
            .into_iter()
            .filter(Experience::is_open_complaint)
            .collect();
        if complaints.is_empty()
            && !matches!(e.status, Status::Missed | Status::Met | Status::Exceeded)
        {
            return self.refuse(T::NothingToRecover);
        }
        self.popup = Some(Popup::Form {
            form: recover_form(&e, complaints.len(), self.lang, self.today),
            purpose: FormPurpose::Recover {
                expectation: Box::new(e),
                complaints,
            },
        });
        Vec::new()
    }

    fn undo_last(&mut self) -> Vec<Effect> {
        match self.undo.pop() {
            Some(write) => {
                self.undoing = true;
                vec![Effect::write(write)]
            }
            None => self.refuse(T::NothingToUndo),
        }
    }
}
