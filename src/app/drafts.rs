//! The open interview seen from the app: working on it with what it needs to know, its draft
//! as the terminal loop keeps it for a crash, the writes on leaving it, and what the program
//! says when the draft could be stored nowhere.

use super::interview::{InterviewState, Moment};
use super::{App, DraftOutcome, Effect, Screen, StatusLine};
use crate::i18n::{InterviewText, Localized};
use crate::store::StoreError;

impl App {
    /// The draft could not go into the database: said so (with where it went instead), and
    /// tried again shortly.
    pub(super) fn draft_not_stored(
        &mut self,
        file: Option<std::path::PathBuf>,
        error: &StoreError,
    ) {
        let cause = crate::i18n::describe_store_error_here(error, self.lang);
        let (text, outcome) = match file {
            Some(file) => (
                InterviewText::DraftAside.fill(self.lang, &[&file.display()]),
                DraftOutcome::Aside(file),
            ),
            None => (
                InterviewText::DraftNowhere.fill(self.lang, &[&cause]),
                DraftOutcome::Lost(crate::i18n::describe_store_error(error, self.lang)),
            ),
        };
        self.status = Some(StatusLine::error(text));
        self.draft_outcome = Some(outcome);
        let now = self.now;
        if let Some(s) = self.interview_mut() {
            s.draft.changed(now);
        }
    }

    /// The writes that keep an open interview's draft and timer when it is left.
    pub(crate) fn leave_interview(&mut self) -> Vec<Effect> {
        self.with_interview(|s, ctx| s.on_leave(ctx))
            .unwrap_or_default()
    }

    /// Runs `f` on the open interview with what it needs to know of the world; `None` when
    /// no interview is open.
    pub(crate) fn with_interview<T>(
        &mut self,
        f: impl FnOnce(&mut InterviewState, &Moment) -> T,
    ) -> Option<T> {
        let Screen::Interview(s) = &mut self.screen else {
            return None;
        };
        let ctx = Moment {
            lang: self.lang,
            now: self.now,
            today: self.today,
            author: &self.author,
        };
        Some(f(s, &ctx))
    }

    /// The open interview's draft as it stands now, kept by the terminal loop to store after
    /// a crash.
    pub fn draft_now(&self) -> Option<crate::domain::Draft> {
        let s = self.interview()?;
        Some(s.draft_now(&self.draft_moment()))
    }

    /// What identifies the open interview's draft text (see [`InterviewState::draft_mark`]).
    pub fn draft_mark(&self) -> Option<(crate::domain::InterviewId, u64)> {
        Some(self.interview()?.draft_mark())
    }

    /// [`App::draft_now`] with `text` as the editor's text, for a caller that knows it did not
    /// change (see [`App::draft_mark`]): the rest (step, timer, fields) is current.
    pub fn draft_with_text(&self, text: String) -> Option<crate::domain::Draft> {
        let s = self.interview()?;
        Some(s.draft_with_text(text, &self.draft_moment()))
    }

    pub(super) fn draft_moment(&self) -> Moment<'_> {
        Moment {
            lang: self.lang,
            now: self.now,
            today: self.today,
            author: &self.author,
        }
    }
}
