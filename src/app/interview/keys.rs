//! Keys on the interview screen: typing in the editor, moving between steps, and what every
//! part shares; each returns a [`Reply`] for the app to act on. The list's keys are in
//! `list_keys`, the forms in `forms`, the summary and finishing in `closing`.

use ratatui::crossterm::event::KeyEvent;

use super::{Focus, InterviewState, Item, Moment, editor_with};
use crate::app::effect::{Effect, Write};
use crate::app::popup::{OnYes, Popup};
use crate::app::tags::TagPicker;
use crate::app::{Action, StatusLine};
use crate::domain::tags::inline_tags;
use crate::domain::{Answer, Characteristic, Status};
use crate::i18n::{InterviewText, Localized};

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
    pub(super) fn effects(effects: Vec<Effect>) -> Reply {
        Reply {
            effects,
            ..Reply::default()
        }
    }

    pub(super) fn info(text: impl Into<String>) -> Reply {
        Reply {
            status: Some(StatusLine::info(text)),
            ..Reply::default()
        }
    }

    pub(super) fn error(text: impl Into<String>) -> Reply {
        Reply {
            status: Some(StatusLine::error(text)),
            ..Reply::default()
        }
    }

    pub(super) fn popup(popup: Popup) -> Reply {
        Reply {
            popup: Some(popup),
            ..Reply::default()
        }
    }

    pub(super) fn with_info(mut self, text: impl Into<String>) -> Reply {
        self.status = Some(StatusLine::info(text));
        self
    }
}

impl InterviewState {
    /// A key while typing. Unbound keys are text.
    pub fn on_editor(&mut self, action: Option<Action>, key: &KeyEvent, ctx: &Moment) -> Reply {
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
            Some(a) => match self.editor.edit(a) {
                Some(changed) => {
                    if changed {
                        self.draft.changed(ctx.now);
                    }
                    Reply::default()
                }
                None => self.on_common(a, ctx),
            },
            None => {
                if self.editor.input(*key) {
                    self.draft.changed(ctx.now);
                }
                Reply::default()
            }
        }
    }

    /// A key in the list under the guide.
    pub fn on_list(&mut self, action: Option<Action>, ctx: &Moment) -> Reply {
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
            // The list is current: the writes of leaving answer with its change.
            Some(Action::Back) => {
                let effects = self.on_leave(ctx);
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
    pub(super) fn on_common(&mut self, action: Action, ctx: &Moment) -> Reply {
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
            a => match a.step_number().and_then(Characteristic::from_number) {
                Some(step) => self.go_to(step, ctx),
                None => Reply::default(),
            },
        }
    }

    /// Moves to another step. Text in the editor is saved as an answer of the step it was
    /// typed in first, so moving on never loses it.
    pub(super) fn go_to(&mut self, step: Characteristic, ctx: &Moment) -> Reply {
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

    pub(super) fn save_answer(&mut self, ctx: &Moment) -> Reply {
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
        Reply::effects(vec![Effect::write(Write::SaveAnswer {
            interview: self.view.interview.id,
            base,
            answer,
        })])
        .with_info(InterviewText::Saved.get(ctx.lang))
    }

    /// Inserts `#word ` at the cursor, with a space before it when needed.
    pub fn insert_tag(&mut self, word: &str, ctx: &Moment) {
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
    pub fn paste(&mut self, text: &str, ctx: &Moment) {
        let clean = crate::sanitize::clean_lines(text).into_owned();
        self.focus = Focus::Editor;
        self.editor.insert_str(&clean);
        self.draft.changed(ctx.now);
    }
}
