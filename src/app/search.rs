//! Search from any screen (`/`): names and titles match on every keystroke; long texts are
//! matched off the keystroke's path and arrive a moment later. `Enter` jumps to the item in
//! its own screen; `Esc` returns exactly where the user was.

use std::sync::Arc;

use super::client::Tab;
use super::{Action, App, Effect, Input, KeyChord, Load, Popup, Screen, ScrollList};
use crate::domain::Characteristic;
use crate::search::{Hit, Index, Query, Target, search_names_within};
use crate::store::views::{Count, TextsFound};

/// Results per tier.
pub const LIMIT: usize = 30;

/// A request to match long texts (through the store's index of their words), answered by
/// [`super::Msg::SearchTexts`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextSearch {
    pub generation: u64,
    pub query: Query,
    /// The names index the query ran on, for counting every result afterwards.
    pub names: Arc<Index>,
}

#[derive(Clone, Debug, Default)]
pub struct SearchState {
    pub input: Input,
    pub names: Vec<Hit>,
    pub texts: Vec<Hit>,
    /// Long texts are still being matched for the current query.
    pub pending: bool,
    /// How many results the query has in all, once counted (after the long texts came).
    pub count: Option<Count>,
    pub list: ScrollList,
    /// Why there is nothing to search (the index could not be built), in the user's words.
    pub problem: Option<String>,
    /// Every hit in the order shown, worked out when the hits change (see [`Self::arrange`]).
    order: Vec<Hit>,
    /// The last query's names matches, for the next keystroke to look at only those.
    last: Option<LastNames>,
}

/// A query's names matches, in the index it was run on.
#[derive(Clone, Debug)]
struct LastNames {
    query: Query,
    seq: u64,
    /// Every match, unless the search stopped once it had the best.
    matched: Option<Vec<u32>>,
}

impl LastNames {
    /// Whether every match of `query` is among these.
    fn covers(&self, query: &Query, seq: u64) -> bool {
        self.seq == seq && query.extends(&self.query)
    }
}

impl SearchState {
    /// Puts every hit in the order shown: grouped by kind, the group with the best hit first,
    /// best first within a group; an item found by both tiers once. Called whenever the hits
    /// change, so drawing and moving only read the order.
    pub fn arrange(&mut self) {
        let mut seen = std::collections::HashSet::new();
        let mut all: Vec<Hit> = self
            .names
            .iter()
            .chain(self.texts.iter())
            .filter(|h| seen.insert(h.target.clone()))
            .cloned()
            .collect();
        all.sort_by_key(|h| std::cmp::Reverse(h.score));
        let mut groups: Vec<crate::search::Kind> = Vec::new();
        for h in &all {
            if !groups.contains(&h.kind) {
                groups.push(h.kind);
            }
        }
        // A stable sort keeps the score order within each group.
        all.sort_by_key(|h| groups.iter().position(|g| *g == h.kind));
        self.order = all;
    }

    /// Every hit in the order shown.
    pub fn ordered(&self) -> &[Hit] {
        &self.order
    }

    fn hit_at(&self, position: usize) -> Option<&Hit> {
        self.order.get(position)
    }

    /// How many hits are listed (an item both tiers found counts once).
    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl App {
    /// Opens search over the current screen, asking for a fresh index when the data changed.
    pub(super) fn open_search(&mut self) -> Vec<Effect> {
        self.popup = Some(Popup::Search(Box::default()));
        let stale = self
            .search_index
            .as_ref()
            .is_none_or(|i| i.seq != self.data.seq);
        if stale {
            vec![Effect::Load(Load::SearchIndex)]
        } else {
            Vec::new()
        }
    }

    /// Runs the query in the search box: names now, long texts asked for.
    fn research(&mut self, state: &mut SearchState) -> Vec<Effect> {
        self.search_generation += 1;
        state.list = ScrollList::default();
        state.texts.clear();
        state.count = None;
        let query = Query::parse(state.input.text());
        let Some(index) = self.search_index.clone() else {
            state.names.clear();
            state.order.clear();
            state.pending = !query.is_empty();
            return Vec::new();
        };
        let within = state
            .last
            .as_ref()
            .filter(|last| last.covers(&query, index.seq))
            .and_then(|last| last.matched.as_deref());
        let (names, matched) = search_names_within(&index, &query, LIMIT, within);
        state.names = names;
        state.last = (!query.is_empty()).then(|| LastNames {
            query: query.clone(),
            seq: index.seq,
            matched,
        });
        state.arrange();
        state.pending = !query.is_empty();
        if query.is_empty() {
            return Vec::new();
        }
        vec![Effect::SearchTexts(TextSearch {
            generation: self.search_generation,
            query,
            names: index,
        })]
    }

    pub(super) fn search_index_loaded(&mut self, index: Arc<Index>) -> Vec<Effect> {
        self.search_index = Some(index);
        let Some(Popup::Search(mut state)) = self.popup.take() else {
            return Vec::new();
        };
        let effects = self.research(&mut state);
        self.popup = Some(Popup::Search(state));
        effects
    }

    /// The index could not be built (a damaged file, a failing disk): the search window says
    /// why instead of waiting for ever.
    pub(super) fn search_index_failed(&mut self, error: &crate::store::StoreError) {
        let text = crate::i18n::describe_store_error_here(error, self.lang);
        if let Some(Popup::Search(state)) = &mut self.popup {
            state.problem = Some(text);
            state.pending = false;
        } else {
            self.status = Some(super::StatusLine::error(text));
        }
    }

    pub(super) fn search_texts_found(&mut self, generation: u64, found: TextsFound) {
        if generation != self.search_generation {
            self.quiet = true;
            return;
        }
        if found.rebuilt {
            self.status = Some(super::StatusLine::info(
                crate::i18n::Localized::get(crate::i18n::SearchText::Rebuilt, self.lang)
                    .to_string(),
            ));
        }
        if let Some(Popup::Search(state)) = &mut self.popup {
            state.texts = found.hits;
            state.pending = false;
            state.arrange();
        }
    }

    pub(super) fn search_counted(&mut self, generation: u64, count: Count) {
        if generation != self.search_generation {
            self.quiet = true;
            return;
        }
        if let Some(Popup::Search(state)) = &mut self.popup {
            state.count = Some(count);
        }
    }

    pub(super) fn search_key(
        &mut self,
        mut state: Box<SearchState>,
        action: Option<Action>,
        chord: &KeyChord,
    ) -> Vec<Effect> {
        let len = state.len();
        match action {
            Some(Action::Back) => return Vec::new(),
            Some(Action::Up) => state.list.move_by(-1, len, len),
            Some(Action::Down) => state.list.move_by(1, len, len),
            Some(Action::Select) => {
                let target = state.hit_at(state.list.selected).map(|h| h.target.clone());
                match target {
                    Some(Target::Tag(tag)) => {
                        state.input = Input::new(format!("#{tag} "));
                        let effects = self.research(&mut state);
                        self.popup = Some(Popup::Search(state));
                        return effects;
                    }
                    Some(target) => return self.jump(target),
                    None => {}
                }
            }
            _ => {
                if state.input.handle(action, chord) {
                    let effects = self.research(&mut state);
                    self.popup = Some(Popup::Search(state));
                    return effects;
                }
            }
        }
        self.popup = Some(Popup::Search(state));
        Vec::new()
    }

    pub(super) fn search_paste(&mut self, text: &str) -> Vec<Effect> {
        let Some(Popup::Search(mut state)) = self.popup.take() else {
            return Vec::new();
        };
        state.input.insert_str(text);
        let effects = self.research(&mut state);
        self.popup = Some(Popup::Search(state));
        effects
    }

    /// Goes to a result in its own screen, leaving an open interview safely first.
    fn jump(&mut self, target: Target) -> Vec<Effect> {
        let mut effects = self.leave_interview();
        match target {
            Target::Client(id) => effects.extend(self.open_client(id)),
            Target::Contact(client, id) => {
                effects.extend(self.open_client(client));
                self.select_in_client(Tab::People, id.0);
            }
            Target::Expectation(client, id) => {
                effects.extend(self.open_client(client));
                self.select_in_client(Tab::Expectations, id.0);
                // Its own screen, over the client's: Esc goes back to its row there.
                effects.extend(self.open_expectation(client, id));
            }
            Target::Answer(interview, step) => {
                self.screen = Screen::Home;
                self.pending_step = Some(step);
                effects.extend(self.open_interview(Effect::Load(Load::Interview(interview))));
            }
            Target::Tag(_) => {}
        }
        effects
    }

    fn select_in_client(&mut self, tab: Tab, id: u64) {
        if let Screen::Client(state) = &mut self.screen {
            state.tab = tab;
            state.pending = Some((tab, id));
            state.apply_pending();
        }
    }

    /// The step an interview opened from search should show.
    pub(super) fn take_pending_step(&mut self) -> Option<Characteristic> {
        self.pending_step.take()
    }
}
