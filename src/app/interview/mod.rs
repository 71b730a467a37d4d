//! The interview screen's state: the seven steps, the editor with its never-lost draft, the
//! answers of the current step, the call timer and the summary at the end.

mod closing;
pub mod draft;
pub mod editor;
mod forms;
mod keys;
mod list_keys;
pub mod places;
pub mod summary;
pub mod timer;

use crate::store::views::InterviewView;
use chrono::{DateTime, NaiveDate, Utc};
use editor::Editor;

pub use keys::Reply;

use super::ScrollList;
use super::effect::{Effect, Write};
use crate::domain::interview::AnswerFields;
use crate::domain::{Answer, AnswerId, Characteristic, Draft, Expectation, Stamp};
use draft::DraftClock;
use summary::Summary;
use timer::Timer;

/// Where the keys go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// Typing the answer.
    Editor,
    /// The answers (and at step 6 the open expectations) of the step.
    List,
}

/// What `u` can take back.
#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    /// A deleted answer.
    Answer(Box<Answer>),
    /// An expectation changed here (dropped, confirmed, reviewed, edited): as it was before,
    /// and as this screen wrote it, so undo takes back only what this change changed.
    Expectation {
        before: Box<Expectation>,
        written: Box<Expectation>,
    },
}

/// One row of the list under the guide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Item<'a> {
    Answer(&'a Answer),
    Existing(&'a Expectation),
    /// A delivered delighter due for review (step 6): is it a basic by now?
    Review(&'a Expectation),
}

impl Item<'_> {
    /// What the row shows, whatever its position: the kind and the id.
    pub(crate) fn key(&self) -> (u8, u64) {
        match self {
            Item::Answer(a) => (0, a.id.0),
            Item::Existing(e) => (1, e.id.0),
            Item::Review(e) => (2, e.id.0),
        }
    }
}

/// The moment a key is handled in: the language, the time and day, and who is typing —
/// what the interview's state needs from the world beyond the key.
#[derive(Clone, Copy, Debug)]
pub struct Moment<'a> {
    pub lang: crate::i18n::Lang,
    pub now: DateTime<Utc>,
    pub today: NaiveDate,
    pub author: &'a str,
}

pub struct InterviewState {
    pub view: InterviewView,
    pub step: Characteristic,
    pub focus: Focus,
    pub editor: Editor,
    /// The answer being edited, if the editor holds an edit rather than a new answer.
    pub editing: Option<AnswerId>,
    /// Deadline, measure and expected grade given for the answer in the editor; saved with it.
    pub fields: AnswerFields,
    pub draft: DraftClock,
    pub list: ScrollList,
    pub timer: Timer,
    pub undo: Vec<Undo>,
    pub summary: Option<Summary>,
    /// The delivered delighters due for review, listed at step 6.
    pub review: Vec<Expectation>,
    /// The row to select once the next view arrives (what undo puts back).
    pub reselect: Option<(u8, u64)>,
    /// The answer whose save is under way, to put back in the editor if it fails.
    pub unsaved: Option<Unsaved>,
    /// Where the step's parts go on screen (see [`places`]).
    pub places: places::StepPlaces,
}

/// An answer taken out of the editor to be saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Unsaved {
    pub text: String,
    pub editing: Option<AnswerId>,
    pub fields: AnswerFields,
    pub step: Characteristic,
}

/// When a delivered delighter falls due for review: today, and the age in days.
#[derive(Clone, Copy, Debug)]
pub struct ReviewAge {
    pub today: NaiveDate,
    pub days: i64,
}

fn due_for_review(view: &InterviewView, age: ReviewAge) -> Vec<Expectation> {
    view.delivered
        .iter()
        .filter(|e| e.due_for_review(age.today, age.days).is_some())
        .cloned()
        .collect()
}

/// A fresh editor holding `text`, cursor at the end.
fn editor_with(text: &str) -> Editor {
    Editor::with_text(text)
}

impl InterviewState {
    /// Opens an interview where it was left: its step, and the draft back in the editor.
    pub fn open(view: InterviewView, now: DateTime<Utc>, age: ReviewAge) -> InterviewState {
        let (step, text, editing, counted, fields) = match &view.draft {
            Some(d) => (
                d.step,
                d.text.as_str(),
                d.editing,
                d.duration_secs,
                d.fields.clone(),
            ),
            None => (view.interview.step, "", None, 0, AnswerFields::default()),
        };
        let counted = counted.max(view.interview.duration_secs);
        let editor = editor_with(text);
        InterviewState {
            step,
            focus: Focus::Editor,
            editor,
            editing,
            fields,
            draft: DraftClock::default(),
            list: ScrollList::default(),
            // A finished interview opened to look something up does not count as call time.
            timer: if view.interview.status == crate::domain::InterviewStatus::InProgress {
                Timer::start(counted, now)
            } else {
                Timer {
                    accumulated: counted,
                    running_since: None,
                }
            },
            undo: Vec::new(),
            summary: None,
            review: due_for_review(&view, age),
            reselect: None,
            unsaved: None,
            places: places::StepPlaces::default(),
            view,
        }
    }

    /// Takes in a fresh view from the store without touching what is being typed; the
    /// selected row stays selected when others were added or removed around it.
    pub fn refresh(&mut self, view: InterviewView, age: ReviewAge) {
        let selected = self
            .reselect
            .take()
            .or_else(|| self.items().get(self.list.selected).map(Item::key));
        self.review = due_for_review(&view, age);
        self.view = view;
        let keys: Vec<(u8, u64)> = self.items().iter().map(Item::key).collect();
        if let Some(pos) = selected.and_then(|k| keys.iter().position(|i| *i == k)) {
            self.list.selected = pos;
        }
        self.list.follow(keys.len(), keys.len());
        if let Some(summary) = &mut self.summary {
            summary.refresh(&self.view);
        }
    }

    pub fn text(&self) -> String {
        self.editor.text()
    }

    /// Whether the editor holds nothing but white space; without copying its text, which may
    /// be megabytes (this is asked while drawing).
    pub fn editor_is_blank(&self) -> bool {
        self.editor.is_blank()
    }

    /// What identifies the draft's text: changes whenever the editor's text may have.
    pub fn draft_mark(&self) -> (crate::domain::InterviewId, u64) {
        (self.view.interview.id, self.draft.revision)
    }

    /// The answers of the current step, then (at step 6) the client's open expectations and
    /// the delivered delighters due for review.
    pub fn items(&self) -> Vec<Item<'_>> {
        let answers = self
            .view
            .answers
            .iter()
            .filter(|a| a.step == self.step)
            .map(Item::Answer);
        let step6 = self.step == Characteristic::TheyChange;
        let existing = self
            .view
            .existing
            .iter()
            .filter(|_| step6)
            .map(Item::Existing);
        let review = self.review.iter().filter(|_| step6).map(Item::Review);
        answers.chain(existing).chain(review).collect()
    }

    pub fn answers_in(&self, step: Characteristic) -> usize {
        self.view.answers.iter().filter(|a| a.step == step).count()
    }

    /// The interview as it stands now: step reached and timer.
    pub fn interview_now(&self, now: DateTime<Utc>) -> crate::domain::Interview {
        let mut interview = self.view.interview.clone();
        interview.step = self.step;
        interview.duration_secs = self.timer.seconds(now);
        // Taken up again: should it be interrupted once more, it is offered again.
        interview.not_offered = false;
        interview
    }

    /// A save that failed: the answer goes back into the editor as it was, at its step, and
    /// counts as a draft again (so it is stored, or kept aside, within a second).
    pub fn put_back(&mut self, unsaved: Unsaved, now: DateTime<Utc>) {
        self.editor = editor_with(&unsaved.text);
        self.editing = unsaved.editing;
        self.fields = unsaved.fields;
        self.step = unsaved.step;
        self.focus = Focus::Editor;
        self.draft.changed(now);
    }

    /// The draft as it stands now, to store.
    pub fn draft_now(&self, ctx: &Moment) -> Draft {
        self.draft_with_text(self.text(), ctx)
    }

    /// The draft as it stands now, with `text` as the editor's text (known to be current).
    pub fn draft_with_text(&self, text: String, ctx: &Moment) -> Draft {
        Draft {
            interview_id: self.view.interview.id,
            step: self.step,
            text,
            editing: self.editing,
            duration_secs: self.timer.seconds(ctx.now),
            fields: self.fields.clone(),
            saved: Stamp::new(ctx.author, ctx.now),
        }
    }

    /// The write that stores the draft (or removes it when the editor is empty).
    pub fn draft_write(&self, ctx: &Moment) -> Write {
        if self.editor_is_blank() && self.editing.is_none() && self.fields.is_empty() {
            Write::ClearDraft(self.view.interview.id)
        } else {
            Write::SaveDraft(self.draft_now(ctx))
        }
    }

    /// Called on every clock tick: stores the draft when it is due.
    pub fn tick(&mut self, ctx: &Moment) -> Vec<Effect> {
        if self.draft.due(ctx.now) {
            self.draft.saved();
            vec![Effect::write(self.draft_write(ctx))]
        } else {
            Vec::new()
        }
    }

    /// What must be written before the screen closes or the program stops: the draft and
    /// the timer, so nothing is lost.
    pub fn on_leave(&mut self, ctx: &Moment) -> Vec<Effect> {
        self.draft.saved();
        let mut effects = vec![Effect::write(self.draft_write(ctx))];
        effects.extend(self.save_interview(ctx));
        effects
    }

    /// Whether the interview was completed: opened to look something up, it is shown as it
    /// is, and moving through its steps changes nothing stored.
    pub fn is_completed(&self) -> bool {
        self.view.interview.status == crate::domain::InterviewStatus::Completed
    }

    /// The write that keeps the step reached and the timer; none for a completed interview.
    pub fn save_interview(&self, ctx: &Moment) -> Option<Effect> {
        (!self.is_completed()).then(|| {
            Effect::write(Write::SaveInterview {
                base: self.view.interview.clone(),
                edited: self.interview_now(ctx.now),
            })
        })
    }
}
