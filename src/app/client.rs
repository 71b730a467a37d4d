//! The client screen: the briefing and tabs for people, expectations, interviews,
//! experiences and the timeline.

use super::{Action, App, Effect, Load, Screen, ScrollList};
use crate::domain::ClientId;
use crate::store::views::ClientView;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Briefing,
    People,
    Expectations,
    Interviews,
    Experiences,
    Timeline,
}

impl Tab {
    pub const ALL: [Tab; 6] = [
        Tab::Briefing,
        Tab::People,
        Tab::Expectations,
        Tab::Interviews,
        Tab::Experiences,
        Tab::Timeline,
    ];

    /// The tab's name in the user's language.
    pub fn name(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::{ClientText, Localized};
        match self {
            Tab::Briefing => ClientText::TabBriefing,
            Tab::People => ClientText::TabPeople,
            Tab::Expectations => ClientText::TabExpectations,
            Tab::Interviews => ClientText::TabInterviews,
            Tab::Experiences => ClientText::TabExperiences,
            Tab::Timeline => ClientText::TabTimeline,
        }
        .get(lang)
    }

    /// The tab's title as the client screen draws it (and a click finds it): the number
    /// of tab `i` and its name.
    pub fn title(self, i: usize, lang: crate::i18n::Lang) -> String {
        format!("{} {}", i + 1, self.name(lang))
    }

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    fn step(self, by: isize) -> Tab {
        let n = Tab::ALL.len() as isize;
        Tab::ALL[((self.index() as isize + by).rem_euclid(n)) as usize]
    }
}

pub struct ClientState {
    pub id: ClientId,
    /// The client's records; set through [`ClientState::show`], which orders the tabs' rows.
    view: Option<ClientView>,
    /// Each tab's rows in the order shown, worked out when the records or the choice to list
    /// archived ones change (never while drawing).
    order: [Vec<usize>; 6],
    pub tab: Tab,
    /// The selection in each tab.
    pub lists: [ScrollList; 6],
    /// A row to select once the records are in (from search): the tab and the record's id.
    pub pending: Option<(Tab, u64)>,
    /// Whether archived people and expectations are listed too.
    show_archived: bool,
}

impl ClientState {
    pub fn new(id: ClientId) -> ClientState {
        ClientState {
            id,
            view: None,
            order: Default::default(),
            tab: Tab::Briefing,
            lists: Default::default(),
            pending: None,
            show_archived: false,
        }
    }

    /// Selects the row asked for by search, once the records are there.
    pub fn apply_pending(&mut self) {
        let Some((tab, id)) = self.pending else {
            return;
        };
        if let Some(row) = self.row_ids(tab).iter().position(|i| *i == id) {
            let len = self.len_of(tab);
            self.lists[tab.index()].select(row, len, len);
            self.pending = None;
        }
    }

    /// How many rows the current tab lists.
    pub fn len(&self) -> usize {
        self.len_of(self.tab)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len_of(&self, tab: Tab) -> usize {
        self.rows(tab).len()
    }

    pub fn view(&self) -> Option<&ClientView> {
        self.view.as_ref()
    }

    /// Shows these records: the tabs' rows are ordered again.
    pub fn show(&mut self, view: ClientView) {
        self.view = Some(view);
        self.arrange();
    }

    pub fn shows_archived(&self) -> bool {
        self.show_archived
    }

    /// Lists archived people and expectations too, or not.
    pub fn toggle_archived(&mut self) {
        self.show_archived = !self.show_archived;
        self.arrange();
    }

    /// The rows a tab shows, in the order shown, as positions in the view's list of that kind.
    /// The one place that knows the order; drawing, selecting and editing all follow it.
    pub fn rows(&self, tab: Tab) -> &[usize] {
        &self.order[tab.index()]
    }

    /// People and expectations as stored (archived ones only when asked for), interviews and
    /// experiences newest first, the timeline as it comes (newest first).
    fn arrange(&mut self) {
        let Some(v) = &self.view else {
            self.order = Default::default();
            return;
        };
        let shown = |archived: bool| self.show_archived || !archived;
        self.order = Tab::ALL.map(|tab| match tab {
            Tab::Briefing => Vec::new(),
            Tab::People => (0..v.contacts.len())
                .filter(|i| shown(v.contacts[*i].archived))
                .collect(),
            Tab::Expectations => (0..v.expectations.len())
                .filter(|i| shown(v.expectations[*i].archived))
                .collect(),
            Tab::Interviews => (0..v.interviews.len()).rev().collect(),
            Tab::Experiences => (0..v.experiences.len()).rev().collect(),
            Tab::Timeline => (0..v.changes.len()).collect(),
        });
    }

    /// The ids of a tab's rows in the order shown (the briefing has none).
    pub fn row_ids(&self, tab: Tab) -> Vec<u64> {
        let Some(v) = &self.view else {
            return Vec::new();
        };
        let rows = self.rows(tab).iter().copied();
        match tab {
            Tab::Briefing => Vec::new(),
            Tab::People => rows.map(|i| v.contacts[i].id.0).collect(),
            Tab::Expectations => rows.map(|i| v.expectations[i].id.0).collect(),
            Tab::Interviews => rows.map(|i| v.interviews[i].id.0).collect(),
            Tab::Experiences => rows.map(|i| v.experiences[i].id.0).collect(),
            Tab::Timeline => rows.map(|i| v.changes[i].seq).collect(),
        }
    }

    /// The position in the view's list of the selected row of the current tab.
    pub fn selected_index(&self) -> Option<usize> {
        self.rows(self.tab).get(self.list().selected).copied()
    }

    pub fn list(&self) -> &ScrollList {
        &self.lists[self.tab.index()]
    }

    fn list_mut(&mut self) -> &mut ScrollList {
        &mut self.lists[self.tab.index()]
    }
}

impl App {
    pub fn client(&self) -> Option<&ClientState> {
        match &self.screen {
            Screen::Client(c) => Some(c),
            _ => None,
        }
    }

    /// Opens the client screen on a client. Its records already at hand (what a write answered
    /// with, or the briefing pane's when they are all of them) are shown at once, and read only
    /// when older than the list.
    pub(super) fn open_client(&mut self, id: ClientId) -> Vec<Effect> {
        let mut state = ClientState::new(id);
        let mut fresh = false;
        if let Some(view) = self.pane.as_ref().filter(|v| v.client.id == id && v.whole) {
            state.show(view.clone());
            fresh = view.seq >= self.data.seq;
        }
        self.screen = Screen::Client(Box::new(state));
        if fresh {
            return Vec::new();
        }
        vec![Effect::Load(Load::Client(id))]
    }

    /// How many rows a tab of the client screen shows.
    fn client_rows(&self) -> usize {
        usize::from(self.size.height.saturating_sub(6)).max(1)
    }

    /// How far the briefing on the client screen can scroll: its rows (wrapped to the screen)
    /// less the rows that show.
    fn briefing_overflow(&self) -> usize {
        let Some(lines) = self.client().and_then(|c| self.pages.brief(c.id)) else {
            return 0;
        };
        let width = usize::from(self.size.width.saturating_sub(2)).max(1);
        let rows: usize = lines
            .iter()
            .map(|l| super::briefing::wrapped_rows(&l.text, width))
            .sum();
        rows.saturating_sub(self.client_rows())
    }

    pub(super) fn client_action(&mut self, action: Action) -> Vec<Effect> {
        let rows = self.client_rows();
        let page = rows.max(1) as isize;
        let overflow = match self.client() {
            Some(state) if state.tab == Tab::Briefing => self.briefing_overflow(),
            _ => 0,
        };
        let Screen::Client(state) = &mut self.screen else {
            return Vec::new();
        };
        let len = state.len();
        if state.tab == Tab::Briefing {
            // The briefing is text: the moving keys scroll it, within its length.
            let list = state.list_mut();
            let by = match action {
                Action::Down => Some(1),
                Action::Up => Some(-1),
                Action::PageDown => Some(page),
                Action::PageUp => Some(-page),
                Action::Top => Some(-(list.offset as isize)),
                Action::Bottom => Some(overflow as isize),
                _ => None,
            };
            if let Some(by) = by {
                list.offset = list.offset.saturating_add_signed(by).min(overflow);
                return Vec::new();
            }
        }
        match action {
            Action::NextTab => state.tab = state.tab.step(1),
            Action::PreviousTab => state.tab = state.tab.step(-1),
            Action::Up => state.list_mut().move_by(-1, len, rows),
            Action::Down => state.list_mut().move_by(1, len, rows),
            Action::PageUp => state.list_mut().move_by(-page, len, rows),
            Action::PageDown => state.list_mut().move_by(page, len, rows),
            Action::Top => state.list_mut().select(0, len, rows),
            Action::Bottom => state.list_mut().select(len.saturating_sub(1), len, rows),
            Action::StartInterview => {
                let id = state.id;
                // With a person selected on the People tab: straight to that person.
                let person = (state.tab == Tab::People)
                    .then(|| state.view()?.contacts.get(state.selected_index()?))
                    .flatten()
                    .filter(|c| !c.archived)
                    .map(|c| c.id);
                return match person {
                    Some(contact) => self.interview_with(id, contact),
                    None => self.start_interview_at(id),
                };
            }
            // Enter: an expectation opens its own screen; other rows open their form.
            Action::Open => {
                let (client, tab) = (state.id, state.tab);
                let expectation = state
                    .selected_index()
                    .and_then(|i| state.view()?.expectations.get(i))
                    .map(|e| e.id);
                return match (tab, expectation) {
                    (Tab::Expectations, Some(id)) => self.open_expectation(client, id),
                    _ => self.edit_action(Action::Edit).unwrap_or_default(),
                };
            }
            Action::ShowArchived => {
                state.toggle_archived();
                let len = state.len();
                state.list_mut().follow(len, rows);
            }
            Action::Back => self.screen = Screen::Home,
            a => match a.tab_number() {
                Some(n) => state.tab = Tab::ALL[n - 1],
                None => self.quiet = true,
            },
        }
        Vec::new()
    }

    /// Takes in a client's records for the screen or the home pane (the screen only takes a
    /// whole view: a briefing's lacks records its tabs list). In each tab the selected
    /// row stays selected, and stays where it was on screen, when a colleague's records were
    /// added or removed around it.
    pub(super) fn client_loaded(&mut self, view: ClientView) {
        let rows = self.client_rows();
        if let Screen::Client(state) = &mut self.screen
            && state.id == view.client.id
            && view.whole
        {
            let before = Tab::ALL.map(|t| {
                let list = state.lists[t.index()];
                state.row_ids(t).get(list.selected).copied()
            });
            state.show(view.clone());
            // The briefing's "selection" is its scroll position: kept as it is.
            for (tab, was) in Tab::ALL.into_iter().zip(before).skip(1) {
                let ids = state.row_ids(tab);
                let list = &mut state.lists[tab.index()];
                // The timeline is a log, newest first: looked at from its top, it stays at its
                // top, so a change just made (here or by a colleague) is in sight.
                if tab == Tab::Timeline && list.selected == 0 && list.offset == 0 {
                    continue;
                }
                if let Some(pos) = was.and_then(|id| ids.iter().position(|i| *i == id)) {
                    let moved = pos as isize - list.selected as isize;
                    list.offset = list.offset.saturating_add_signed(moved);
                    list.selected = pos;
                }
                list.follow(ids.len(), rows);
            }
            state.apply_pending();
        }
        self.pane_requested = None;
        self.pane = Some(view);
    }
}
