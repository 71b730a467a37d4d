//! Keys on the list under the guide: editing, deleting and undoing answers, and at step 6
//! reviewing the open expectations and delighters due for review.

use super::{Focus, InterviewState, Item, Moment, Undo, editor_with};
use crate::app::effect::{Effect, Write};
use crate::app::expectation_form::expectation_form;
use crate::app::popup::{FormPurpose, Popup};
use crate::domain::{Expectation, Status};
use crate::i18n::{ExpectationText, InterviewText, Localized, label};

use super::keys::Reply;

impl InterviewState {
    pub(super) fn selected(&self) -> Option<Item<'_>> {
        self.items().get(self.list.selected).copied()
    }

    pub(super) fn edit_selected(&mut self, ctx: &Moment) -> Reply {
        match self.selected() {
            Some(Item::Answer(a)) => {
                if !self.editor_is_blank() {
                    return Reply::error(InterviewText::EditorNotEmpty.get(ctx.lang));
                }
                let (id, text, fields) = (a.id, a.text.clone(), a.fields.clone());
                self.editor = editor_with(&text);
                self.editing = Some(id);
                self.fields = fields;
                self.focus = Focus::Editor;
                self.draft.changed(ctx.now);
                Reply::default()
            }
            Some(Item::Existing(e) | Item::Review(e)) => {
                let form = expectation_form(
                    ExpectationText::EditTitle.get(ctx.lang).to_string(),
                    e,
                    &self.view.contacts,
                    ctx.lang,
                );
                Reply::popup(Popup::Form {
                    form,
                    purpose: FormPurpose::UpdateExpectation(Box::new(e.clone())),
                })
            }
            None => Reply::default(),
        }
    }

    /// Deletes the selected answer and says so, with the key that takes it back.
    pub(super) fn delete_selected(&mut self, ctx: &Moment) -> Reply {
        match self.selected() {
            Some(Item::Answer(a)) => {
                Reply::effects(vec![Effect::write(Write::DeleteAnswer((*a).clone()))])
                    .with_info(InterviewText::Deleted.get(ctx.lang))
            }
            _ => Reply::default(),
        }
    }

    /// Step 6: confirms the selected expectation still holds (`None`), or gives it a new
    /// status. Either is recorded in its history and can be undone.
    pub(super) fn review_selected(&mut self, ctx: &Moment, status: Option<Status>) -> Reply {
        let (Some(Item::Existing(e)) | Some(Item::Review(e))) = self.selected() else {
            return Reply::default();
        };
        let old = e.clone();
        let mut new = old.clone();
        let text = match status {
            Some(s) => {
                new.status = s;
                InterviewText::DroppedMsg
            }
            None => {
                new.reviewed = Some(ctx.today);
                InterviewText::Confirmed
            }
        };
        self.undo.push(Undo::Expectation {
            before: Box::new(old.clone()),
            written: Box::new(new.clone()),
        });
        Reply::effects(vec![Effect::write(Write::UpdateExpectation {
            interview: self.view.interview.id,
            base: old,
            edited: new,
        })])
        .with_info(text.get(ctx.lang))
    }

    /// A delighter reviewed at step 6 (reclassified, or confirmed still to delight): stored,
    /// and undoable.
    pub fn reviewed(&mut self, e: Expectation, ctx: &Moment) -> Reply {
        let old = self
            .view
            .existing
            .iter()
            .chain(&self.review)
            .find(|x| x.id == e.id)
            .cloned();
        let Some(old) = old else {
            return Reply::default();
        };
        self.undo.push(Undo::Expectation {
            before: Box::new(old.clone()),
            written: Box::new(e.clone()),
        });
        let text = InterviewText::ReviewedAs.fill(ctx.lang, &[&e.title, &label(e.level, ctx.lang)]);
        Reply::effects(vec![Effect::write(Write::UpdateExpectation {
            interview: self.view.interview.id,
            base: old,
            edited: e,
        })])
        .with_info(text)
    }

    pub(super) fn undo(&mut self, ctx: &Moment) -> Reply {
        // The cursor goes back to what undo restores, so a second `d` cannot hit another row.
        let write = match self.undo.pop() {
            Some(Undo::Answer(a)) => {
                self.reselect = Some(Item::Answer(&a).key());
                Write::RestoreAnswer(*a)
            }
            Some(Undo::Expectation { before, written }) => {
                self.reselect = Some(Item::Existing(&before).key());
                Write::UpdateExpectation {
                    interview: self.view.interview.id,
                    base: *written,
                    edited: *before,
                }
            }
            None => return Reply::info(InterviewText::NothingToUndo.get(ctx.lang)),
        };
        Reply::effects(vec![Effect::write(write)]).with_info(InterviewText::Restored.get(ctx.lang))
    }
}
