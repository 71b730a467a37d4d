//! The end of an interview: the summary of proposed expectations, deciding on each, and
//! finishing with what was kept.

use chrono::{DateTime, Utc};

use super::summary::{Decision, Summary};
use super::{InterviewState, Moment};
use crate::app::Action;
use crate::app::expectation_form::expectation_form;
use crate::app::form::Form;
use crate::app::popup::{FormPurpose, OnYes, Popup};
use crate::domain::{Expectation, Interview};
use crate::i18n::{ExpectationText, InterviewText, Localized};

use super::keys::Reply;

impl InterviewState {
    pub(super) fn open_summary(&mut self, ctx: &Moment) -> Reply {
        if !self.editor_is_blank() {
            return Reply::error(InterviewText::EditorNotEmpty.get(ctx.lang));
        }
        self.summary = Some(Summary::new(&self.view));
        Reply::default()
    }

    /// A key in the summary.
    pub fn on_summary(&mut self, action: Option<Action>, ctx: &Moment) -> Reply {
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
}
