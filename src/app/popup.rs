//! Windows over a screen: the contact picker, the resume offer, the tag picker, forms and
//! yes/no questions. While one is open it gets every key.

use super::form::{Form, FormEvent};
use super::picker::{Picked, Picker};
use super::tags::{TagEvent, TagPicker};
use super::{Action, App, Effect, Input, KeyChord, Load, Mode, ScrollList, StatusLine, Write};
use crate::domain::{ClientId, Expectation};
use crate::store::views::{ContactsView, ResumeItem};

use crate::i18n::{InterviewText, Localized};

/// What a form is for, so its values go to the right place on submit.
#[derive(Clone, Debug, PartialEq)]
pub enum FormPurpose {
    /// Deadline, measure and expected grade of an answer: a saved one, or (`None`) the one
    /// in the editor.
    AnswerFields(Option<crate::domain::AnswerId>),
    /// A new expectation made from an answer.
    NewExpectation(Box<Expectation>),
    /// An existing expectation updated at step 6.
    UpdateExpectation(Box<Expectation>),
    /// A proposal in the summary, by index.
    Proposal(usize),
    /// The title of a proposal in the summary, by index.
    ProposalTitle(usize),
    /// Any record edited on the client screens (new when its id is 0).
    Record(Box<super::record::Record>),
    /// An expectation's status.
    Status(Box<Expectation>),
    /// A new measurement of an expectation's current level.
    Measurement(Box<Expectation>),
    /// Reopening an expectation with a recovery deadline; the open complaints pointing at it
    /// may be marked dealt with.
    Recover {
        expectation: Box<Expectation>,
        complaints: Vec<crate::domain::Experience>,
    },
}

/// What a yes answer does.
#[derive(Clone, Debug, PartialEq)]
pub enum OnYes {
    FinishInterview,
    /// Break the open interview off: kept, never offered again, no conversation.
    AbandonInterview,
    /// Archive or delete a record.
    Remove(Box<super::record::Record>),
    /// Take a record out of the archive.
    Restore(Box<super::record::Record>),
    /// Delete a record although someone changed it since it was shown (it is this version).
    Delete(Box<super::record::Record>),
}

pub enum Popup {
    Picker(Box<Picker>),
    Resume {
        items: Vec<ResumeItem>,
        list: ScrollList,
    },
    Tags(TagPicker),
    Form {
        form: Form,
        purpose: FormPurpose,
    },
    Confirm {
        question: String,
        on_yes: OnYes,
    },
    /// The text filter of the client list, being typed.
    Filter(Input),
    /// Why a client has its priority.
    Breakdown(ClientId),
    /// Today's wow, tomorrow's basic: reclassify a delivered delighter or confirm it.
    Reclassify(Box<Expectation>),
    /// Search across everything.
    Search(Box<super::search::SearchState>),
    /// Every key of a screen, from the live keymap.
    Help {
        mode: Mode,
        scroll: usize,
    },
    /// An edit met a colleague's change to the same fields: keep mine, or theirs.
    Conflict(Box<super::record::EditConflict>),
    /// Every command of a screen, found by typing part of its name.
    Palette {
        mode: Mode,
        input: Input,
        list: ScrollList,
        /// The commands that match the input, best first: worked out when the input changes.
        found: Vec<(Action, Vec<KeyChord>)>,
    },
}

impl Popup {
    pub fn picker(view: ContactsView) -> Popup {
        Popup::Picker(Box::new(Picker::new(view)))
    }

    pub fn resume(items: Vec<ResumeItem>) -> Popup {
        Popup::Resume {
            items,
            list: ScrollList::default(),
        }
    }

    pub fn mode(&self) -> Mode {
        match self {
            Popup::Picker(p) if p.new_contact.is_some() => Mode::Form,
            Popup::Picker(_) => Mode::Picker,
            Popup::Resume { .. } => Mode::Resume,
            Popup::Tags(_) => Mode::Tags,
            Popup::Form { .. } => Mode::Form,
            Popup::Confirm { .. } => Mode::Confirm,
            Popup::Filter(_) => Mode::Filter,
            Popup::Breakdown(_) | Popup::Help { .. } => Mode::Info,
            Popup::Reclassify(_) => Mode::Reclassify,
            Popup::Conflict(_) => Mode::Conflict,
            Popup::Palette { .. } => Mode::Palette,
            Popup::Search(_) => Mode::Search,
        }
    }

    /// The keys under the window's own for what has the focus in it: a text field's editing
    /// keys, or a choice field's. `None` where nothing is typed.
    pub fn layer(&self) -> Option<Mode> {
        match self {
            Popup::Picker(p) => p.new_contact.as_ref().map(Form::layer),
            Popup::Form { form, .. } => Some(form.layer()),
            Popup::Tags(_) | Popup::Filter(_) | Popup::Search(_) | Popup::Palette { .. } => {
                Some(Mode::Input)
            }
            Popup::Resume { .. }
            | Popup::Confirm { .. }
            | Popup::Breakdown(_)
            | Popup::Reclassify(_)
            | Popup::Conflict(_)
            | Popup::Help { .. } => None,
        }
    }

    pub fn paste(&mut self, text: &str) {
        match self {
            Popup::Picker(p) => {
                if let Some(form) = &mut p.new_contact {
                    form.paste(text);
                }
            }
            Popup::Tags(t) => t.filter.insert_str(text),
            Popup::Form { form, .. } => form.paste(text),
            Popup::Filter(input) | Popup::Palette { input, .. } => input.insert_str(text),
            // Search re-runs on paste: handled by the app.
            Popup::Search(_)
            | Popup::Resume { .. }
            | Popup::Confirm { .. }
            | Popup::Breakdown(_)
            | Popup::Reclassify(_)
            | Popup::Conflict(_)
            | Popup::Help { .. } => {}
        }
    }
}

impl App {
    pub(super) fn popup_key(&mut self, action: Option<Action>, chord: &KeyChord) -> Vec<Effect> {
        let Some(popup) = self.popup.take() else {
            return Vec::new();
        };
        match popup {
            Popup::Picker(mut picker) => {
                let before = picker.new_contact.is_some().then(|| picker.clone());
                let picked = if picker.new_contact.is_some() {
                    picker.handle(None, action, chord, self.lang)
                } else {
                    picker.handle(action, None, chord, self.lang)
                };
                let client = picker.view.client.id;
                match picked {
                    Picked::Nothing => self.popup = Some(Popup::Picker(picker)),
                    Picked::Cancel => {}
                    Picked::Start(who) => {
                        let effects = self
                            .open_interview(Effect::write(Write::StartInterview { client, who }));
                        // A new person's form comes back as it was if the start fails.
                        if let Some(before) = before {
                            self.remember_submitted(Popup::Picker(before), &effects);
                        }
                        return effects;
                    }
                    Picked::Resume(id) => {
                        return self.open_interview(Effect::Load(Load::Interview(id)));
                    }
                }
            }
            Popup::Resume {
                mut items,
                mut list,
            } => {
                let len = items.len();
                match action {
                    // Not now, and not at every start: it stays, to continue from the client.
                    Some(Action::NotNow) if list.selected < len => {
                        let item = items.remove(list.selected);
                        let len = items.len();
                        list.follow(len, len);
                        if list.selected >= len {
                            list.selected = len.saturating_sub(1);
                        }
                        if !items.is_empty() {
                            self.popup = Some(Popup::Resume { items, list });
                        }
                        self.status = Some(StatusLine::info(
                            InterviewText::NotOffered.fill(self.lang, &[&item.contact]),
                        ));
                        return vec![Effect::write(Write::NotOffered(item.interview))];
                    }
                    Some(Action::Up) => list.move_by(-1, len, len),
                    Some(Action::Down) => list.move_by(1, len, len),
                    Some(Action::Select) => {
                        if let Some(item) = items.get(list.selected) {
                            let id = item.interview;
                            return self.open_interview(Effect::Load(Load::Interview(id)));
                        }
                    }
                    Some(Action::Back) => return Vec::new(),
                    _ => {}
                }
                self.popup = Some(Popup::Resume { items, list });
            }
            Popup::Tags(mut tags) => match tags.handle(action, chord) {
                TagEvent::Nothing => self.popup = Some(Popup::Tags(tags)),
                TagEvent::Cancel => {}
                TagEvent::Insert(word) => {
                    self.with_interview(|s, ctx| s.insert_tag(&word, ctx));
                }
            },
            Popup::Form { mut form, purpose } => match form.handle(action, chord) {
                FormEvent::Nothing => self.popup = Some(Popup::Form { form, purpose }),
                FormEvent::Cancel => {}
                FormEvent::Submit => {
                    let kept = Popup::Form {
                        form: form.clone(),
                        purpose: purpose.clone(),
                    };
                    let effects = self.submit_form(form, purpose);
                    self.remember_submitted(kept, &effects);
                    return effects;
                }
            },
            Popup::Filter(mut input) => match action {
                Some(Action::KeepFilter) => {}
                Some(Action::ClearFilter) => {
                    self.filter.text.clear();
                    self.rearrange();
                }
                _ => {
                    if input.handle(action, chord) {
                        self.filter.text = input.text().to_string();
                        self.rearrange();
                    }
                    self.popup = Some(Popup::Filter(input));
                }
            },
            Popup::Search(state) => return self.search_key(state, action, chord),
            Popup::Help { mode, scroll } => match action {
                Some(Action::Back) => {}
                Some(Action::Down) => {
                    self.popup = Some(Popup::Help {
                        mode,
                        scroll: scroll + 1,
                    })
                }
                Some(Action::Up) => {
                    self.popup = Some(Popup::Help {
                        mode,
                        scroll: scroll.saturating_sub(1),
                    })
                }
                _ => self.popup = Some(Popup::Help { mode, scroll }),
            },
            Popup::Palette {
                mode,
                mut input,
                mut list,
                found,
            } => {
                let len = found.len();
                match action {
                    Some(Action::Back) => {}
                    Some(Action::Select) => {
                        if let Some((a, _)) = found.get(list.selected) {
                            return self.run_action(*a);
                        }
                    }
                    Some(Action::Up) => list.move_by(-1, len, len),
                    Some(Action::Down) => list.move_by(1, len, len),
                    _ => {
                        if input.handle(action, chord) {
                            list = ScrollList::default();
                        }
                    }
                }
                if !matches!(action, Some(Action::Back | Action::Select)) {
                    self.popup = Some(self.palette(mode, input, list));
                }
            }
            Popup::Breakdown(id) => {
                if action != Some(Action::Back) {
                    self.popup = Some(Popup::Breakdown(id));
                }
            }
            Popup::Reclassify(e) => match action {
                Some(
                    a @ (Action::MakeBasic | Action::MakePerformance | Action::StillDelighter),
                ) => {
                    return self.reclassify(*e, a);
                }
                Some(Action::Back) => {}
                _ => self.popup = Some(Popup::Reclassify(e)),
            },
            Popup::Conflict(c) => match action {
                Some(Action::KeepMine) => return self.keep_version(*c, true),
                Some(Action::KeepTheirs) => return self.keep_version(*c, false),
                Some(Action::Back) => {
                    self.status = Some(StatusLine::info(
                        crate::i18n::RecordText::NothingSaved.get(self.lang),
                    ));
                }
                _ => self.popup = Some(Popup::Conflict(c)),
            },
            Popup::Confirm { question, on_yes } => match action {
                Some(Action::Yes) => return self.confirmed(on_yes),
                Some(Action::No) => {}
                _ => self.popup = Some(Popup::Confirm { question, on_yes }),
            },
        }
        Vec::new()
    }

    /// Keeps a submitted window while its save is under way, so that a failed save (a full
    /// disk) puts it back with everything typed instead of losing it.
    fn remember_submitted(&mut self, popup: Popup, effects: &[Effect]) {
        if self.popup.is_none() && effects.iter().any(|e| matches!(e, Effect::Write(..))) {
            self.submitted = Some(popup);
        }
    }

    /// Reads a submitted form. With errors, the form stays open showing them.
    fn submit_form(&mut self, mut form: Form, purpose: FormPurpose) -> Vec<Effect> {
        if matches!(
            purpose,
            FormPurpose::Record(_)
                | FormPurpose::Status(_)
                | FormPurpose::Measurement(_)
                | FormPurpose::Recover { .. }
        ) {
            return self.submit_record_form(form, purpose);
        }
        let Some(result) = self.with_interview(|s, ctx| s.submit_form(&mut form, &purpose, ctx))
        else {
            return Vec::new();
        };
        match result {
            Some(reply) => {
                if let Some(status) = reply.status {
                    self.status = Some(status);
                }
                reply.effects
            }
            None => {
                form.focus_first_error();
                self.popup = Some(Popup::Form { form, purpose });
                Vec::new()
            }
        }
    }

    /// A delivered delighter reviewed: basic or performance by now, or still a delighter;
    /// either way confirmed today, recorded in its history.
    fn reclassify(&mut self, base: Expectation, answer: Action) -> Vec<Effect> {
        let mut e = base.clone();
        e.level = match answer {
            Action::MakeBasic => crate::domain::Level::Basic,
            Action::MakePerformance => crate::domain::Level::Performance,
            _ => e.level,
        };
        e.reviewed = Some(self.today);
        if let Some(reply) = self.with_interview(|s, ctx| s.reviewed(e.clone(), ctx)) {
            self.status = reply.status;
            return reply.effects;
        }
        vec![Effect::write(Write::Edit {
            base: super::record::Record::Expectation(base),
            edited: super::record::Record::Expectation(e),
        })]
    }

    fn confirmed(&mut self, on_yes: OnYes) -> Vec<Effect> {
        match on_yes {
            OnYes::FinishInterview => self.finish_interview(),
            OnYes::AbandonInterview => self.abandon_interview(),
            OnYes::Remove(record) => self.remove(*record),
            OnYes::Restore(record) => vec![Effect::write(Write::Edit {
                edited: record.unarchived(),
                base: *record,
            })],
            OnYes::Delete(record) => vec![Effect::write(Write::Remove(*record))],
        }
    }

    /// Breaks the open interview off and returns to the client list: its answers stay, its
    /// unsaved text goes, it is no longer offered, and no call time is logged for it.
    pub(super) fn abandon_interview(&mut self) -> Vec<Effect> {
        let now = self.now;
        let lang = self.lang;
        let Some(s) = self.interview_mut() else {
            return Vec::new();
        };
        let base = s.view.interview.clone();
        let mut interview = s.interview_now(now);
        interview.status = crate::domain::InterviewStatus::Abandoned;
        let text = InterviewText::Abandoned.fill(lang, &[&s.view.contact.name]);
        let id = interview.id;
        self.screen = super::Screen::Home;
        self.status = Some(StatusLine::info(text));
        vec![
            Effect::write(Write::ClearDraft(id)),
            // Answered with the list's change: nothing to load.
            Effect::write(Write::SaveInterview {
                base,
                edited: interview,
            }),
        ]
    }

    /// Completes the open interview and returns to the client list.
    pub(super) fn finish_interview(&mut self) -> Vec<Effect> {
        let now = self.now;
        let lang = self.lang;
        let Some(s) = self.interview_mut() else {
            return Vec::new();
        };
        let base = s.view.interview.clone();
        let (interview, expectations) = s.finish(now);
        let minutes = u64::from(crate::domain::interview::call_minutes(
            interview.duration_secs,
        ));
        let logged = super::briefing::duration(minutes, lang);
        let text = match expectations.len() {
            1 => InterviewText::FinishedOne,
            _ => InterviewText::Finished,
        }
        .fill(lang, &[&expectations.len(), &logged]);
        self.screen = super::Screen::Home;
        self.status = Some(StatusLine::info(text));
        vec![Effect::write(Write::FinishInterview {
            base,
            interview,
            expectations,
        })]
    }
}

impl App {
    /// The command palette of `mode` with what `input` finds in it.
    pub(super) fn palette(&self, mode: Mode, input: Input, list: ScrollList) -> Popup {
        let found = palette_matches(&self.keymap, mode, input.text(), self.lang);
        Popup::Palette {
            mode,
            input,
            list,
            found,
        }
    }
}

/// The commands of a screen whose name (in the user's language) or key matches `query`,
/// best first, with the keys bound to each.
pub fn palette_matches(
    keymap: &super::Keymap,
    mode: Mode,
    query: &str,
    lang: crate::i18n::Lang,
) -> Vec<(Action, Vec<KeyChord>)> {
    let mut fuzzy = crate::search::Fuzzy::smart_case(query.trim());
    let mut found: Vec<(i64, Action, Vec<KeyChord>)> = keymap
        .shown(mode)
        .into_iter()
        // The palette is for doing and looking: moving one row is not a command.
        .filter(|b| !matches!(b.action, Action::Help | Action::Palette))
        .filter(|b| b.group != super::keymap::Group::Move)
        .map(|b| (b.action, b.keys))
        .filter_map(|(a, keys)| {
            if query.trim().is_empty() {
                return Some((0, a, keys));
            }
            let score = fuzzy.score(a.describe(lang))?;
            Some((score, a, keys))
        })
        .collect();
    found.sort_by_key(|(score, _, _)| std::cmp::Reverse(*score));
    found.into_iter().map(|(_, a, k)| (a, k)).collect()
}
