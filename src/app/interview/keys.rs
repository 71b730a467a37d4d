//! Keys on the interview screen: in the editor, in the list of answers (and at step 6 the
//! open expectations), and in the summary. Each returns a [`Reply`] for the app to act on.

use chrono::{DateTime, Utc};
use ratatui::crossterm::event::KeyEvent;

use super::summary::{Decision, Summary};
use super::{Ctx, Focus, InterviewState, Item, Undo, editor_with};
use crate::app::effect::{Effect, Load, Write};
use crate::app::expectation_form::{
    answer_fields_form, expectation_form, read_answer_fields, read_expectation,
};
use crate::app::form::Form;
use crate::app::popup::{FormPurpose, OnYes, Popup};
use crate::app::tags::TagPicker;
use crate::app::{Action, StatusLine};
use crate::domain::proposal::propose;
use crate::domain::tags::inline_tags;
use crate::domain::{Answer, Characteristic, Expectation, Interview, Status};
use crate::i18n::{ExpectationText, InterviewText, Localized, label};

/// What the app must do after a key on the interview screen.
#[derive(Default)]
pub struct Reply {
    pub effects: Vec<Effect>,
    pub status: Option<StatusLine>,
    pub popup: Option<Popup>,
    /// Back to the client list.
    pub leave: bool,
    /// Complete the interview now.
    pub finish: bool,
}

impl Reply {
    fn effects(effects: Vec<Effect>) -> Reply {
        Reply {
            effects,
            ..Reply::default()
        }
    }

    fn info(text: impl Into<String>) -> Reply {
        Reply {
            status: Some(StatusLine::info(text)),
            ..Reply::default()
        }
    }

    fn error(text: impl Into<String>) -> Reply {
        Reply {
            status: Some(StatusLine::error(text)),
            ..Reply::default()
        }
    }

    fn popup(popup: Popup) -> Reply {
        Reply {
            popup: Some(popup),
            ..Reply::default()
        }
    }

    fn with_info(mut self, text: impl Into<String>) -> Reply {
        self.status = Some(StatusLine::info(text));
        self
    }
}

impl InterviewState {
    fn reload(&self) -> Effect {
        Effect::Load(Load::Interview(self.view.interview.id))
    }

    /// A key while typing. Unbound keys are text.
    pub fn on_editor(&mut self, action: Option<Action>, key: &KeyEvent, ctx: &Ctx) -> Reply {
        match action {
            Some(Action::SaveAnswer) => self.save_answer(ctx),
            Some(Action::NewLine) => {
                self.editor.insert_newline();
                self.draft.changed(ctx.now);
                Reply::default()
            }
            Some(Action::LeaveEditor) => {
                self.focus = Focus::List;
                Reply::default()
            }
            Some(Action::Tags) => Reply::popup(Popup::Tags(TagPicker::new(
                self.step,
                ctx.lang,
                &self.view.recent_tags,
            ))),
            Some(Action::MakeExpectation) if !self.editor_is_blank() => {
                Reply::error(InterviewText::SaveFirst.get(ctx.lang))
            }
            Some(a) => self.on_common(a, ctx),
            None => {
                if self.editor.input(*key) {
                    self.draft.changed(ctx.now);
                }
                Reply::default()
            }
        }
    }

    /// A key in the list under the guide.
    pub fn on_list(&mut self, action: Option<Action>, ctx: &Ctx) -> Reply {
        let len = self.items().len();
        match action {
            Some(Action::Up) => self.list.move_by(-1, len, len),
            Some(Action::Down) => self.list.move_by(1, len, len),
            Some(Action::Type) => self.focus = Focus::Editor,
            Some(Action::Edit) => return self.edit_selected(ctx),
            Some(Action::Delete) => return self.delete_selected(ctx),
            Some(Action::Undo) => return self.undo(ctx),
            Some(Action::Confirm) => return self.review_selected(ctx, None),
            Some(Action::Review) => {
                return match self.selected() {
                    Some(Item::Existing(e) | Item::Review(e))
                        if e.level == crate::domain::Level::Delighter =>
                    {
                        Reply::popup(Popup::Reclassify(Box::new(e.clone())))
                    }
                    _ => Reply::error(InterviewText::SelectDelighter.get(ctx.lang)),
                };
            }
            Some(Action::Drop) => return self.review_selected(ctx, Some(Status::Dropped)),
            Some(Action::Finish) => return self.open_summary(ctx),
            Some(Action::Abandon) if !self.is_completed() => {
                let answers = self.view.answers.len();
                let who = &self.view.contact.name;
                let question = match answers {
                    0 => InterviewText::AskAbandonEmpty.fill(ctx.lang, &[who]),
                    1 => InterviewText::AskAbandonOne.fill(ctx.lang, &[who]),
                    n => InterviewText::AskAbandon.fill(ctx.lang, &[who, &n]),
                };
                return Reply::popup(Popup::Confirm {
                    question,
                    on_yes: OnYes::AbandonInterview,
                });
            }
            Some(Action::Back) => {
                let mut effects = self.on_leave(ctx);
                effects.push(Effect::Load(Load::Home));
                return Reply {
                    effects,
                    leave: true,
                    ..Reply::default()
                };
            }
            Some(a) => return self.on_common(a, ctx),
            None => {}
        }
        Reply::default()
    }

    /// Keys that work the same in the editor and the list.
    fn on_common(&mut self, action: Action, ctx: &Ctx) -> Reply {
        match action {
            Action::NextStep => match self.step.next() {
                Some(step) => self.go_to(step, ctx),
                None => self.open_summary(ctx),
            },
            Action::PreviousStep => match self.step.previous() {
                Some(step) => self.go_to(step, ctx),
                None => Reply::default(),
            },
            Action::PauseTimer if self.is_completed() => Reply::default(),
            Action::PauseTimer => {
                self.timer.toggle(ctx.now);
                Reply::effects(self.save_interview(ctx).into_iter().collect())
            }
            Action::Fields => self.open_fields(ctx),
            Action::MakeExpectation => self.make_expectation(ctx),
            a => match a.step().and_then(Characteristic::from_number) {
                Some(step) => self.go_to(step, ctx),
                None => Reply::default(),
            },
        }
    }

    /// Moves to another step. Text in the editor is saved as an answer of the step it was
    /// typed in first, so moving on never loses it.
    fn go_to(&mut self, step: Characteristic, ctx: &Ctx) -> Reply {
        let mut reply = if self.editor_is_blank() {
            Reply::default()
        } else {
            self.save_answer(ctx)
        };
        self.step = step;
        self.list = Default::default();
        reply.effects.extend(self.save_interview(ctx));
        reply
    }

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
    fn open_fields(&mut self, ctx: &Ctx) -> Reply {
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

    fn save_answer(&mut self, ctx: &Ctx) -> Reply {
        let text = self.text().trim_end().to_string();
        if text.trim().is_empty() {
            return Reply::error(InterviewText::EmptyAnswer.get(ctx.lang));
        }
        let base = self
            .editing
            .and_then(|id| self.view.answers.iter().find(|a| a.id == id))
            .cloned();
        let mut answer = match &base {
            Some(old) => Answer {
                tags: inline_tags(&text),
                text,
                ..old.clone()
            },
            None => Answer::new(&self.view.interview, self.step, text),
        };
        answer.fields = std::mem::take(&mut self.fields);
        self.unsaved = Some(super::Unsaved {
            text: answer.text.clone(),
            editing: self.editing,
            fields: answer.fields.clone(),
            step: self.step,
        });
        self.editor = editor_with("");
        self.editing = None;
        self.draft.saved();
        Reply::effects(vec![
            Effect::write(Write::SaveAnswer {
                interview: self.view.interview.id,
                base,
                answer,
            }),
            self.reload(),
        ])
        .with_info(InterviewText::Saved.get(ctx.lang))
    }

    fn selected(&self) -> Option<Item<'_>> {
        self.items().get(self.list.selected).copied()
    }

    fn edit_selected(&mut self, ctx: &Ctx) -> Reply {
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
    fn delete_selected(&mut self, ctx: &Ctx) -> Reply {
        match self.selected() {
            Some(Item::Answer(a)) => Reply::effects(vec![Effect::write(Write::DeleteAnswer(a.id))])
                .with_info(InterviewText::Deleted.get(ctx.lang)),
            _ => Reply::default(),
        }
    }

    /// Step 6: confirms the selected expectation still holds (`None`), or gives it a new
    /// status. Either is recorded in its history and can be undone.
    fn review_selected(&mut self, ctx: &Ctx, status: Option<Status>) -> Reply {
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
        Reply::effects(vec![
            Effect::write(Write::UpdateExpectation {
                base: old,
                edited: new,
            }),
            self.reload(),
        ])
        .with_info(text.get(ctx.lang))
    }

    /// A delighter reviewed at step 6 (reclassified, or confirmed still to delight): stored,
    /// and undoable.
    pub fn reviewed(&mut self, e: Expectation, ctx: &Ctx) -> Reply {
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
        Reply::effects(vec![
            Effect::write(Write::UpdateExpectation {
                base: old,
                edited: e,
            }),
            self.reload(),
        ])
        .with_info(text)
    }

    fn undo(&mut self, ctx: &Ctx) -> Reply {
        // The cursor goes back to what undo restores, so a second `d` cannot hit another row.
        let write = match self.undo.pop() {
            Some(Undo::Answer(a)) => {
                self.reselect = Some(Item::Answer(&a).key());
                Write::RestoreAnswer(*a)
            }
            Some(Undo::Expectation { before, written }) => {
                self.reselect = Some(Item::Existing(&before).key());
                Write::UpdateExpectation {
                    base: *written,
                    edited: *before,
                }
            }
            None => return Reply::info(InterviewText::NothingToUndo.get(ctx.lang)),
        };
        Reply::effects(vec![Effect::write(write), self.reload()])
            .with_info(InterviewText::Restored.get(ctx.lang))
    }

    /// `Ctrl-E`: the selected answer as a new expectation, prefilled, in a form.
    fn make_expectation(&mut self, ctx: &Ctx) -> Reply {
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

    fn open_summary(&mut self, ctx: &Ctx) -> Reply {
        if !self.editor_is_blank() {
            return Reply::error(InterviewText::EditorNotEmpty.get(ctx.lang));
        }
        self.summary = Some(Summary::new(&self.view));
        Reply::default()
    }

    /// A key in the summary.
    pub fn on_summary(&mut self, action: Option<Action>, ctx: &Ctx) -> Reply {
        let Some(summary) = &mut self.summary else {
            return Reply::default();
        };
        let len = summary.proposals.len();
        match action {
            Some(Action::Up) => summary.list.move_by(-1, len, len),
            Some(Action::Down) => summary.list.move_by(1, len, len),
            Some(Action::Top) => summary.list.select(0, len, len),
            Some(Action::Bottom) => summary.list.select(len.saturating_sub(1), len, len),
            Some(Action::Accept) => summary.decide(Decision::Accepted),
            Some(Action::Discard) => summary.decide(Decision::Discarded),
            Some(Action::AcceptAll) => summary.accept_all(),
            Some(Action::EditTitle) => {
                let index = summary.list.selected;
                if let Some(p) = summary.proposals.get(index) {
                    let form = Form::new(
                        ExpectationText::ProposalTitle.fill(ctx.lang, &[&(index + 1), &len]),
                        vec![crate::app::form::Field::text(
                            ExpectationText::Title.get(ctx.lang),
                            p.expectation.title.clone(),
                        )],
                    );
                    return Reply::popup(Popup::Form {
                        form,
                        purpose: FormPurpose::ProposalTitle(index),
                    });
                }
            }
            Some(Action::Edit) => {
                let index = summary.list.selected;
                if let Some(p) = summary.proposals.get(index) {
                    let title =
                        ExpectationText::ProposalTitle.fill(ctx.lang, &[&(index + 1), &len]);
                    let form =
                        expectation_form(title, &p.expectation, &self.view.contacts, ctx.lang);
                    return Reply::popup(Popup::Form {
                        form,
                        purpose: FormPurpose::Proposal(index),
                    });
                }
            }
            Some(Action::Finish) => {
                let undecided = summary.count(Decision::Undecided);
                if undecided > 0 {
                    return Reply::popup(Popup::Confirm {
                        question: match undecided {
                            1 => InterviewText::FinishUndecidedOne,
                            _ => InterviewText::FinishUndecided,
                        }
                        .fill(ctx.lang, &[&undecided]),
                        on_yes: OnYes::FinishInterview,
                    });
                }
                return Reply {
                    finish: true,
                    ..Reply::default()
                };
            }
            Some(Action::Back) => self.summary = None,
            _ => {}
        }
        Reply::default()
    }

    /// The interview as completed now, and the expectations accepted in the summary.
    pub fn finish(&mut self, now: DateTime<Utc>) -> (Interview, Vec<Expectation>) {
        let accepted = self
            .summary
            .as_ref()
            .map(Summary::accepted)
            .unwrap_or_default();
        (self.interview_now(now), accepted)
    }

    /// Handles a submitted form; `None` when it has errors (marked on the form).
    pub fn submit_form(
        &mut self,
        form: &mut Form,
        purpose: &FormPurpose,
        ctx: &Ctx,
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
                        Reply::effects(vec![
                            Effect::write(Write::SaveAnswer {
                                interview: self.view.interview.id,
                                base: Some(a.clone()),
                                answer,
                            }),
                            self.reload(),
                        ])
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
                    Reply::effects(vec![
                        Effect::write(Write::CreateExpectations(vec![e])),
                        self.reload(),
                    ])
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
                    Reply::effects(vec![
                        Effect::write(Write::UpdateExpectation {
                            base: (**base).clone(),
                            edited: e,
                        }),
                        self.reload(),
                    ])
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

    /// Inserts `#word ` at the cursor, with a space before it when needed.
    pub fn insert_tag(&mut self, word: &str, ctx: &Ctx) {
        let before = self.editor.char_before_cursor();
        let space = if before.is_some_and(|c| !c.is_whitespace()) {
            " "
        } else {
            ""
        };
        self.editor.insert_str(&format!("{space}#{word} "));
        self.focus = Focus::Editor;
        self.draft.changed(ctx.now);
    }

    /// Pasted text goes into the editor, as typed (sanitised, its lines kept).
    pub fn paste(&mut self, text: &str, ctx: &Ctx) {
        let clean = crate::i18n::sanitize::clean_lines(text).into_owned();
        self.focus = Focus::Editor;
        self.editor.insert_str(&clean);
        self.draft.changed(ctx.now);
    }
}
