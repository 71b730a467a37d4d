//! Program state and `update`: every key, resize, tick and load becomes a [`Msg`]; `update`
//! changes the state and returns [`Effect`]s for the terminal loop to perform. No IO here, so
//! every behaviour is testable without a terminal or a disk.

pub mod action;
pub mod briefing;
pub mod client;
pub mod conflict;
pub mod data;
mod drafts;
mod editing;
pub mod effect;
pub mod expectation;
pub mod expectation_form;
pub mod form;
pub mod history;
mod home;
pub mod home_rows;
pub mod input;
pub mod interview;
pub mod keymap;
pub mod keys;
pub mod layout;
mod live;
pub mod mouse;
mod msg;
mod on_screen;
pub mod pages;
pub mod picker;
pub mod popup;
pub mod popup_places;
pub mod record;
pub mod record_forms;
pub mod report;
pub mod scroll;
pub mod search;
pub mod status;
pub mod tags;
pub mod timeline;
pub mod yardstick;

use chrono::{DateTime, NaiveDate, Utc};
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub use action::Action;
pub use data::{ClientRow, Data, Filter, Settings, SortBy};
pub use effect::{Effect, Load, Write};
pub use input::Input;
pub use keymap::{Keymap, Mode};
pub use keys::KeyChord;
pub use msg::{Msg, Session};
pub use popup::Popup;
pub use scroll::ScrollList;
pub use status::StatusLine;

use crate::domain::ClientId;
use crate::i18n::{InterviewText, Lang, Localized};
use crate::store::views::{ClientView, HomeUpdate, InterviewView, Snapshot};
use interview::InterviewState;

pub enum Screen {
    Home,
    /// The Pareto chart of revenue.
    Chart,
    Client(Box<client::ClientState>),
    /// One expectation: every field, its yardstick, gap, experiences and history.
    Expectation(Box<expectation::ExpectationState>),
    Interview(Box<InterviewState>),
}

pub struct App {
    pub lang: Lang,
    pub keymap: Keymap,
    pub screen: Screen,
    pub popup: Option<Popup>,
    pub home: ScrollList,
    /// The texts of the list's visible rows, made in `update` (see [`home_rows`]).
    pub home_rows: home_rows::HomeRows,
    pub data: Data,
    pub settings: Settings,
    pub sort: SortBy,
    pub filter: Filter,
    /// The text filter while it is being typed.
    pub filter_input: Option<Input>,
    /// The change counter last asked about (see [`App::change_counter`]).
    asked_since: Option<u64>,
    /// The records of the selected (or open) client, for the briefing.
    pub pane: Option<ClientView>,
    /// Whether the home screen shows the 80/20 answer above the list.
    pub shares: bool,
    /// A client whose records were asked for and have not arrived yet.
    pane_requested: Option<crate::domain::ClientId>,
    /// Writes that take back the last actions, newest last.
    pub undo: Vec<Write>,
    /// An undo is being performed: its result is not itself remembered.
    undoing: bool,
    pub search_index: Option<std::sync::Arc<crate::search::Index>>,
    /// Counts queries, so late long-text results of an older query are dropped.
    search_generation: u64,
    /// The step to show when the interview being opened arrives (a search result).
    pending_step: Option<crate::domain::Characteristic>,
    pub size: Rect,
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
    /// Who is using the program: the author of drafts.
    pub author: String,
    pub read_only: bool,
    pub status: Option<StatusLine>,
    /// An interview was asked for (started or resumed); the next one loaded opens.
    awaiting_interview: bool,
    /// Whether the screen changed since the loop last drew it: the OR of what every message
    /// since then said (see [`App::needs_redraw`]); only a [`Msg::Drawn`] clears it.
    redraw: bool,
    /// Set by a handler when its message changed nothing that shows; read once per message.
    quiet: bool,
    /// The briefing and the expectation page, built when their data changes.
    pub pages: pages::Pages,
    /// Where the parts of the main screens go, worked out when the size or home's parts change.
    pub places: layout::Places,
    /// Where the open window goes, worked out when it opens, what it shows changes or the
    /// size changes.
    pub popup_places: popup_places::PopupPlaces,
    /// Where the last draft went, for the line printed when the program is stopped.
    pub draft_outcome: Option<DraftOutcome>,
    /// The window whose save is under way: back on screen, as it was, if the save fails.
    submitted: Option<Popup>,
}

/// Where the last draft went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftOutcome {
    Stored,
    /// Kept in this file: the database could not take it.
    Aside(std::path::PathBuf),
    /// Stored nowhere, for this reason (in the user's language).
    Lost(String),
}

impl App {
    pub fn new(lang: Lang, keymap: Keymap, now: DateTime<Utc>, today: NaiveDate) -> App {
        App {
            lang,
            keymap,
            screen: Screen::Home,
            popup: None,
            home: ScrollList::default(),
            home_rows: Default::default(),
            data: Data::default(),
            settings: Settings::default(),
            sort: SortBy::default(),
            filter: Filter::default(),
            filter_input: None,
            asked_since: None,
            pane: None,
            shares: true,
            pane_requested: None,
            undo: Vec::new(),
            undoing: false,
            search_index: None,
            search_generation: 0,
            pending_step: None,
            size: Rect::new(0, 0, 80, 24),
            today,
            now,
            author: String::new(),
            read_only: false,
            status: None,
            awaiting_interview: false,
            redraw: true,
            quiet: false,
            pages: pages::Pages::default(),
            places: layout::Places::default(),
            popup_places: popup_places::PopupPlaces::default(),
            draft_outcome: None,
            submitted: None,
        }
    }

    /// The keymap section that applies now.
    pub fn mode(&self) -> Mode {
        if let Some(popup) = &self.popup {
            return popup.mode();
        }
        match &self.screen {
            Screen::Home => Mode::Home,
            Screen::Chart => Mode::Chart,
            Screen::Client(_) => Mode::Client,
            Screen::Expectation(_) => Mode::Expectation,
            Screen::Interview(s) if s.summary.is_some() => Mode::Summary,
            Screen::Interview(s) if s.focus == interview::Focus::Editor => Mode::Editor,
            Screen::Interview(_) => Mode::Interview,
        }
    }

    pub fn interview(&self) -> Option<&InterviewState> {
        match &self.screen {
            Screen::Interview(s) => Some(s),
            _ => None,
        }
    }

    pub fn interview_mut(&mut self) -> Option<&mut InterviewState> {
        match &mut self.screen {
            Screen::Interview(s) => Some(s),
            _ => None,
        }
    }

    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        if let Msg::Drawn = msg {
            self.redraw = false;
            return Vec::new();
        }
        self.quiet = false;
        // Records or settings replaced: the pages are built again whatever their counters say.
        let anew = matches!(
            msg,
            Msg::Client(_) | Msg::Expectation(_) | Msg::Loaded(_) | Msg::Session(_)
        );
        let mut effects = self.handle(msg);
        effects.extend(self.pane_wanted());
        self.refresh_pages(anew);
        self.arrange();
        self.refresh_home_rows();
        self.answer_with_what_shows(&mut effects);
        // A redraw asked for by an earlier message stays asked for until the loop draws: a
        // clock tick in the same turn as a key must not take the key's redraw away.
        self.redraw |= !self.quiet;
        effects
    }

    /// Whether the loop should draw: something shown changed since it last drew.
    pub fn needs_redraw(&self) -> bool {
        self.redraw
    }

    /// Makes the texts of the list's rows on screen that are not made yet.
    fn refresh_home_rows(&mut self) {
        if !matches!(self.screen, Screen::Home) {
            return;
        }
        let visible = layout::home_rows(self.size, self.shares).max(1);
        let (data, lang) = (&self.data, self.lang);
        self.home_rows
            .refresh(self.home.offset, visible, data.band, lang, |pos| {
                data.row(pos)
            });
    }

    /// Whether the home screen shows the briefing of the selected client beside the list.
    pub fn pane_visible(&self) -> bool {
        matches!(self.screen, Screen::Home) && self.size.width >= layout::PANE_MIN_WIDTH
    }

    /// Asks for the selected client's records when the pane shows another client's.
    fn pane_wanted(&mut self) -> Vec<Effect> {
        if !self.pane_visible() {
            return Vec::new();
        }
        let Some(id) = self.selected_row().map(|r| r.client.id) else {
            return Vec::new();
        };
        let shown = self.pane.as_ref().map(|v| v.client.id);
        if shown == Some(id) || self.pane_requested == Some(id) {
            return Vec::new();
        }
        self.pane_requested = Some(id);
        vec![Effect::Load(Load::Briefing(id))]
    }

    fn handle(&mut self, msg: Msg) -> Vec<Effect> {
        // A save's outcome is the next message: a failure puts back what was submitted (the
        // form, the answer) with everything typed; anything else means it went through.
        let submitted = self.submitted.take();
        let unsaved = self.interview_mut().and_then(|s| s.unsaved.take());
        if let Msg::Failed(_) = &msg {
            // A failed load of the changes is asked for again at the next poll.
            self.asked_since = None;
            if submitted.is_some() {
                self.popup = submitted;
            }
            let now = self.now;
            if let (Some(answer), Some(s)) = (unsaved, self.interview_mut()) {
                s.put_back(answer, now);
            }
        }
        match msg {
            // Taken by `update` before it gets here.
            Msg::Drawn => {}
            Msg::Key(ev) => return self.key(&ev),
            Msg::Paste(text) if matches!(self.popup, Some(Popup::Search(_))) => {
                return self.search_paste(&text);
            }
            Msg::Paste(text) => self.paste(&text),
            Msg::Mouse(ev) => return self.mouse(ev),
            Msg::Resize(w, h) => {
                self.size = Rect::new(0, 0, w, h);
                self.follow();
            }
            Msg::Loaded(snapshot) => self.load(snapshot),
            Msg::ChangeCounter(seq) => return self.change_counter(seq),
            Msg::Session(session) => {
                self.author = session.author;
                self.read_only = session.read_only;
                self.settings = session.settings;
            }
            Msg::Problem(text) => self.status = Some(StatusLine::error(text)),
            Msg::ReadFailed(error) => {
                let text = crate::i18n::describe_store_error_here(&error, self.lang);
                self.status = Some(StatusLine::error(text));
            }
            Msg::HomeChanged(update) => return self.home_changed(update),
            Msg::Today(day) => {
                self.today = day;
                self.load(self.data.snapshot());
            }
            Msg::Clock(now) => return self.clock(now),
            Msg::Contacts(view) => self.popup = Some(Popup::picker(view)),
            Msg::Interview(view) => self.interview_loaded(*view),
            Msg::AnswerDeleted(answer) => {
                if let Some(s) = self.interview_mut() {
                    s.undo.push(interview::Undo::Answer(Box::new(answer)));
                }
            }
            Msg::DraftSaved(_) => {
                self.draft_outcome = Some(DraftOutcome::Stored);
                self.quiet = true;
            }
            Msg::DraftAside { file, error } => self.draft_not_stored(Some(file), &error),
            Msg::DraftLost(error) => self.draft_not_stored(None, &error),
            Msg::Resumable(items) if !items.is_empty() => self.popup = Some(Popup::resume(items)),
            Msg::Resumable(_) => self.quiet = true,
            Msg::Client(view) => self.client_loaded(*view),
            Msg::Expectation(view) => self.expectation_loaded(*view),
            Msg::Saved { before, after } => return self.saved(before.map(|b| *b), *after),
            Msg::Removed(record) => return self.removed(*record),
            Msg::Conflict(conflict) => self.conflicted(*conflict),
            Msg::ChangedSince(record) => self.changed_since(*record),
            Msg::SearchIndex(index) => return self.search_index_loaded(index),
            Msg::SearchIndexFailed(e) => self.search_index_failed(&e),
            Msg::SearchTexts { generation, found } => self.search_texts_found(generation, found),
            Msg::SearchCounted { generation, count } => self.search_counted(generation, count),
            Msg::Failed(e) => {
                self.undoing = false;
                let text = crate::i18n::describe_store_error_here(&e, self.lang);
                self.status = Some(StatusLine::error(text));
            }
        }
        Vec::new()
    }

    fn key(&mut self, ev: &KeyEvent) -> Vec<Effect> {
        let Some(chord) = KeyChord::from_event(ev) else {
            self.quiet = true;
            return Vec::new();
        };
        let mode = self.mode();
        // The screen's (or window's) own keys first, then those of the field that has the
        // focus, then the global ones.
        let layer = self.popup.as_ref().and_then(Popup::layer);
        let chain: Vec<Mode> = [Some(mode), layer, Some(Mode::Global)]
            .into_iter()
            .flatten()
            .collect();
        let action = self.keymap.action_in(&chain, &chord);
        if action == Some(Action::Quit) {
            return self.quit();
        }
        // A key clears the last message, as in most editors.
        self.status = None;
        if self.popup.is_some() {
            return self.popup_key(action, &chord);
        }
        match action {
            Some(Action::Help) => {
                self.popup = Some(Popup::Help { mode, scroll: 0 });
                Vec::new()
            }
            Some(Action::Search) => self.open_search(),
            Some(Action::Palette) => {
                self.popup = Some(self.palette(mode, Input::default(), ScrollList::default()));
                Vec::new()
            }
            _ => self.dispatch(action, ev),
        }
    }

    /// Runs a command chosen in the palette as if its key was pressed.
    pub(crate) fn run_action(&mut self, action: Action) -> Vec<Effect> {
        if action == Action::Quit {
            return self.quit();
        }
        let none = KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Null,
            ratatui::crossterm::event::KeyModifiers::NONE,
        );
        self.dispatch(Some(action), &none)
    }

    /// Sends an action (or, for none, the key itself) to the current screen.
    fn dispatch(&mut self, action: Option<Action>, ev: &KeyEvent) -> Vec<Effect> {
        if matches!(self.screen, Screen::Interview(_)) {
            return self.interview_key(action, ev);
        }
        match action {
            Some(action) if matches!(self.screen, Screen::Chart) => self.chart_action(action),
            Some(action) if matches!(self.screen, Screen::Expectation(_)) => self
                .edit_action(action)
                .unwrap_or_else(|| self.expectation_action(action)),
            Some(action) if matches!(self.screen, Screen::Client(_)) => self
                .edit_action(action)
                .unwrap_or_else(|| self.client_action(action)),
            Some(action @ (Action::NewClient | Action::Undo)) => {
                self.edit_action(action).unwrap_or_default()
            }
            Some(action) => self.home_action(action),
            None => {
                self.quiet = true;
                Vec::new()
            }
        }
    }

    /// Quits, storing the draft and timer of an open interview first. The terminal loop calls
    /// this too when a signal or a lost terminal stops the program.
    pub fn quit(&mut self) -> Vec<Effect> {
        let mut effects = self.leave_interview();
        effects.push(Effect::Quit);
        effects
    }

    fn paste(&mut self, text: &str) {
        if let Some(popup) = &mut self.popup {
            popup.paste(text);
            if let Some(Popup::Palette {
                mode, input, list, ..
            }) = self.popup.take()
            {
                self.popup = Some(self.palette(mode, input, list));
            }
            return;
        }
        self.with_interview(|s, ctx| s.paste(text, ctx));
    }

    fn clock(&mut self, now: DateTime<Utc>) -> Vec<Effect> {
        let before = self.now;
        self.now = now;
        let ticked = self.with_interview(|s, ctx| {
            let ticked = s.timer.seconds(before) != s.timer.seconds(ctx.now);
            (ticked, s.tick(ctx))
        });
        let Some((ticked, effects)) = ticked else {
            self.quiet = true;
            return Vec::new();
        };
        self.quiet = !ticked;
        effects
    }

    fn interview_loaded(&mut self, view: InterviewView) {
        let age = interview::ReviewAge {
            today: self.today,
            days: self.settings.review.delighter_days,
        };
        if let Some(s) = self.interview_mut()
            && s.view.interview.id == view.interview.id
        {
            s.refresh(view, age);
            return;
        }
        if !self.awaiting_interview {
            return;
        }
        self.awaiting_interview = false;
        self.popup = None;
        let resumed = view.draft.is_some() || !view.answers.is_empty();
        let mut state = InterviewState::open(view, self.now, age);
        if let Some(step) = self.take_pending_step() {
            state.step = step;
            state.focus = interview::Focus::List;
        }
        let text = if state.is_completed() {
            let day = crate::i18n::fmt_date(state.view.interview.started.date_naive(), self.lang);
            InterviewText::Viewing.fill(self.lang, &[&day])
        } else if state
            .view
            .draft
            .as_ref()
            .is_some_and(|d| !d.text.trim().is_empty())
        {
            InterviewText::DraftRestored.get(self.lang).to_string()
        } else if resumed {
            InterviewText::Resumed.fill(self.lang, &[&state.step.number()])
        } else {
            String::new()
        };
        if !text.is_empty() {
            self.status = Some(StatusLine::info(text));
        }
        self.screen = Screen::Interview(Box::new(state));
    }

    fn interview_key(&mut self, action: Option<Action>, ev: &KeyEvent) -> Vec<Effect> {
        let mode = self.mode();
        let reply = self.with_interview(|s, ctx| match mode {
            Mode::Summary => s.on_summary(action, ctx),
            Mode::Editor => s.on_editor(action, ev, ctx),
            _ => s.on_list(action, ctx),
        });
        let Some(reply) = reply else {
            return Vec::new();
        };
        if reply.status.is_some() {
            self.status = reply.status;
        }
        if reply.popup.is_some() {
            self.popup = reply.popup;
        }
        let mut effects = reply.effects;
        if reply.finish {
            effects.extend(self.finish_interview());
        }
        if reply.leave {
            self.screen = Screen::Home;
        }
        effects
    }

    /// Asks for an interview to be opened once it is loaded or created.
    fn open_interview(&mut self, effect: Effect) -> Vec<Effect> {
        self.awaiting_interview = true;
        vec![effect]
    }

    fn rows(&self) -> usize {
        layout::home_rows(self.size, self.shares)
    }

    fn follow(&mut self) {
        let (len, rows) = (self.data.len(), self.rows());
        self.home.follow(len, rows);
    }

    /// Takes in fresh data, keeping the selected client selected wherever it moved.
    fn load(&mut self, snapshot: Snapshot) {
        let selected = self.selected_row().map(|r| r.client.id);
        if snapshot.rebuilt {
            self.status = Some(StatusLine::info(
                crate::i18n::Localized::get(crate::i18n::HomeText::ListRebuilt, self.lang)
                    .to_string(),
            ));
        }
        self.data = Data::from_snapshot(snapshot, &self.settings, self.today);
        self.data.arrange(self.sort, &self.filter);
        self.reselect(selected);
    }

    /// Orders and filters the list again, keeping the selected client selected.
    pub(crate) fn rearrange(&mut self) {
        let selected = self.selected_row().map(|r| r.client.id);
        self.data.arrange(self.sort, &self.filter);
        self.home.offset = 0;
        self.home.selected = 0;
        self.reselect(selected);
    }

    fn reselect(&mut self, selected: Option<crate::domain::ClientId>) {
        if let Some(pos) = selected.and_then(|id| self.data.position_of(id)) {
            self.home.selected = pos;
        }
        self.follow();
    }

    pub fn selected_row(&self) -> Option<&ClientRow> {
        self.data.row(self.home.selected)
    }

    /// A client's row with its priority term by term, while it is on the list.
    pub fn breakdown_of(
        &self,
        id: crate::domain::ClientId,
    ) -> Option<(&ClientRow, crate::domain::priority::Breakdown)> {
        let row = self.data.rows.iter().find(|r| r.client.id == id)?;
        Some((row, self.data.breakdown(row, &self.settings, self.today)))
    }
}
