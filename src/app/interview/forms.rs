//! The forms of the interview: the fields kept with an answer (deadline, measure, grade), and
//! an expectation made from answers; opening them and taking in what was submitted.

use super::summary::Decision;
use super::{Focus, InterviewState, Item, Moment, Undo};
use crate::app::effect::{Effect, Write};
use crate::app::expectation_form::{
    answer_fields_form, expectation_form, read_answer_fields, read_expectation,
};
use crate::app::form::Form;
use crate::app::popup::{FormPurpose, Popup};
use crate::domain::proposal::propose;
use crate::domain::{Answer, Characteristic};
use crate::i18n::{ExpectationText, InterviewText, Localized};

use super::keys::Reply;

impl InterviewState {
    /// The answer the fields form is about: the one in the editor (`None`), or, with the
    /// editor empty, the one selected in the list or else the last one of this step.
    pub fn fields_target(&self) -> Option<Option<&Answer>> {
        if !self.editor_is_blank() || self.editing.is_some() || !self.fields.is_empty() {
            return Some(None);
        }
        let selected = match self.selected() {
            Some(Item::Answer(a)) if self.focus == Focus::List => Some(a),
            _ => None,
        };
        let last = || self.view.answers.iter().rev().find(|a| a.step == self.step);
        selected.or_else(last).map(Some)
    }

    /// Deadline, measure and expected grade: they belong to an answer, so each proposal made
    /// from an answer gets its own.
    pub(super) fn open_fields(&mut self, ctx: &Moment) -> Reply {
        let yardstick = self.step == Characteristic::Yardstick;
        let (fields, purpose) = match self.fields_target() {
            Some(Some(a)) => (a.fields.clone(), FormPurpose::AnswerFields(Some(a.id))),
            Some(None) => (self.fields.clone(), FormPurpose::AnswerFields(None)),
            None => return Reply::error(InterviewText::FieldsNoAnswer.get(ctx.lang)),
        };
        Reply::popup(Popup::Form {
            form: answer_fields_form(&fields, ctx.lang, yardstick),
            purpose,
        })
    }

    /// `Ctrl-E`: the selected answer as a new expectation, prefilled, in a form.
    pub(super) fn make_expectation(&mut self, ctx: &Moment) -> Reply {
        let Some(Item::Answer(a)) = self.selected() else {
            return Reply::error(InterviewText::SelectAnswer.get(ctx.lang));
        };
        let v = &self.view;
        let Some(e) = propose(&v.interview, &v.contact, &v.answers, &[])
            .into_iter()
            .find(|e| e.answers == [a.id])
        else {
            return Reply::default();
        };
        let title = ExpectationText::NewTitle.fill(ctx.lang, &[&v.contact.name]);
        Reply::popup(Popup::Form {
            form: expectation_form(title, &e, &v.contacts, ctx.lang),
            purpose: FormPurpose::NewExpectation(Box::new(e)),
        })
    }

    /// Handles a submitted form; `None` when it has errors (marked on the form).
    pub fn submit_form(
        &mut self,
        form: &mut Form,
        purpose: &FormPurpose,
        ctx: &Moment,
    ) -> Option<Reply> {
        let people = &self.view.contacts;
        match purpose {
            FormPurpose::AnswerFields(target) => {
                let fields = read_answer_fields(form, ctx.lang, ctx.today)?;
                let saved = InterviewText::FieldsSaved.get(ctx.lang);
                let answer = target.and_then(|id| self.view.answers.iter().find(|a| a.id == id));
                Some(match answer {
                    Some(a) => {
                        let answer = Answer {
                            fields,
                            ..a.clone()
                        };
                        Reply::effects(vec![Effect::write(Write::SaveAnswer {
                            interview: self.view.interview.id,
                            base: Some(a.clone()),
                            answer,
                        })])
                        .with_info(saved)
                    }
                    None => {
                        self.fields = fields;
                        self.draft.changed(ctx.now);
                        Reply::info(InterviewText::FieldsPending.get(ctx.lang))
                    }
                })
            }
            FormPurpose::NewExpectation(base) => {
                let e = read_expectation(form, base, people, ctx.lang, ctx.today)?;
                Some(
                    Reply::effects(vec![Effect::write(Write::CreateExpectations(vec![e]))])
                        .with_info(InterviewText::Created.get(ctx.lang)),
                )
            }
            FormPurpose::UpdateExpectation(base) => {
                let e = read_expectation(form, base, people, ctx.lang, ctx.today)?;
                self.undo.push(Undo::Expectation {
                    before: base.clone(),
                    written: Box::new(e.clone()),
                });
                Some(
                    Reply::effects(vec![Effect::write(Write::UpdateExpectation {
                        interview: self.view.interview.id,
                        base: (**base).clone(),
                        edited: e,
                    })])
                    .with_info(ExpectationText::Updated.get(ctx.lang)),
                )
            }
            FormPurpose::Proposal(index) => {
                let summary = self.summary.as_mut()?;
                let base = summary.proposals.get(*index)?.expectation.clone();
                let e = read_expectation(form, &base, people, ctx.lang, ctx.today)?;
                if let Some(p) = summary.proposals.get_mut(*index) {
                    p.expectation = e;
                    p.decision = Decision::Accepted;
                }
                Some(Reply::default())
            }
            FormPurpose::Measurement(_) | FormPurpose::Recover { .. } => Some(Reply::default()),
            FormPurpose::ProposalTitle(index) => {
                form.clear_errors();
                let title = form.text(0).to_string();
                if title.is_empty() {
                    form.set_error(0, ExpectationText::TitleRequired.get(ctx.lang));
                    return None;
                }
                let summary = self.summary.as_mut()?;
                if let Some(p) = summary.proposals.get_mut(*index) {
                    p.expectation.title = title;
                }
                Some(Reply::default())
            }
            // Handled by the client screens, never opened here.
            FormPurpose::Record(_) | FormPurpose::Status(_) => Some(Reply::default()),
        }
    }
}
