//! Choosing whom to interview at a client: one of the client's people (numbered 1–9, always in
//! the same order), a new person created on the spot (name and role), or an interrupted
//! interview to continue (listed last, resumed with its own key, so the numbers never shift).

use super::effect::Who;
use super::form::{Field, Form, FormEvent};
use super::{Action, KeyChord, ScrollList};
use crate::domain::{ContactId, InterviewId};
use crate::i18n::{InterviewText, Lang, Localized};
use crate::store::views::ContactsView;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickItem {
    Resume(InterviewId),
    Contact(ContactId),
    New,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Picker {
    pub view: ContactsView,
    pub items: Vec<PickItem>,
    pub list: ScrollList,
    /// The new-person form, when open.
    pub new_contact: Option<Form>,
}

/// What the picker decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    Nothing,
    Cancel,
    Start(Who),
    Resume(InterviewId),
}

impl Picker {
    pub fn new(view: ContactsView) -> Picker {
        let items = view
            .contacts
            .iter()
            .map(|c| PickItem::Contact(c.id))
            .chain([PickItem::New])
            .chain(view.in_progress.iter().map(|i| PickItem::Resume(i.id)))
            .collect();
        Picker {
            view,
            items,
            list: ScrollList::default(),
            new_contact: None,
        }
    }

    fn new_contact_form(&self, lang: Lang) -> Form {
        Form::new(
            InterviewText::NewContactTitle.fill(lang, &[&self.view.client.name]),
            vec![
                Field::text(InterviewText::ContactName.get(lang), ""),
                Field::text(InterviewText::ContactRole.get(lang), ""),
            ],
        )
    }

    fn choose(&mut self, index: usize, lang: Lang) -> Picked {
        match self.items.get(index) {
            Some(PickItem::Resume(id)) => Picked::Resume(*id),
            Some(PickItem::Contact(id)) => Picked::Start(Who::Existing(*id)),
            Some(PickItem::New) => {
                self.new_contact = Some(self.new_contact_form(lang));
                Picked::Nothing
            }
            None => Picked::Nothing,
        }
    }

    /// Handles a key in the list (`action` from the picker keymap) or in the new-person form
    /// (`form_action` from the form keymap).
    pub fn handle(
        &mut self,
        action: Option<Action>,
        form_action: Option<Action>,
        chord: &KeyChord,
        lang: Lang,
    ) -> Picked {
        if let Some(form) = &mut self.new_contact {
            match form.handle(form_action, chord) {
                FormEvent::Cancel => self.new_contact = None,
                FormEvent::Submit if form.text(0).is_empty() => {
                    form.set_error(0, InterviewText::NameRequired.get(lang));
                    form.focus = 0;
                }
                FormEvent::Submit => {
                    return Picked::Start(Who::New {
                        name: form.text(0).to_string(),
                        role: form.text(1).to_string(),
                    });
                }
                FormEvent::Nothing => {}
            }
            return Picked::Nothing;
        }
        let len = self.items.len();
        match action {
            Some(Action::Up) => self.list.move_by(-1, len, len),
            Some(Action::Down) => self.list.move_by(1, len, len),
            Some(Action::Select) => return self.choose(self.list.selected, lang),
            Some(Action::NewContact) => self.new_contact = Some(self.new_contact_form(lang)),
            // The selected interrupted interview, else the most recent one.
            Some(Action::Resume) => {
                let selected = match self.items.get(self.list.selected) {
                    Some(PickItem::Resume(id)) => Some(*id),
                    _ => None,
                };
                let newest = self
                    .view
                    .in_progress
                    .iter()
                    .max_by_key(|i| i.updated.at)
                    .map(|i| i.id);
                if let Some(id) = selected.or(newest) {
                    return Picked::Resume(id);
                }
            }
            Some(Action::Back) => return Picked::Cancel,
            // A number picks that person directly: `i 2` starts with the second person.
            Some(a) => {
                if let Some(index) = a.pick_number().map(|n| n - 1)
                    && index < self.view.contacts.len()
                {
                    self.list.select(index, len, len);
                    return self.choose(index, lang);
                }
            }
            None => {}
        }
        Picked::Nothing
    }
}
