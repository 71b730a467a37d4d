//! What another process (or this one) wrote reaches the screen: the loop reports the store's
//! change counter, the app asks for what changed since its list was read, takes in only the
//! changed clients where it can, and reloads an open screen only when it shows one of them.

use super::{App, ClientId, Data, Effect, Load, Screen};
use crate::store::views::HomeUpdate;

impl App {
    /// What to load again after another process (or this one) changed the database.
    pub fn reload(&mut self) -> Vec<Effect> {
        let mut effects = vec![Effect::Load(Load::Home)];
        effects.extend(self.reload_views(None));
        effects
    }

    /// Another process (or this one) wrote: asks for what changed since the list was loaded,
    /// once per new counter.
    pub(super) fn change_counter(&mut self, seq: u64) -> Vec<Effect> {
        if seq == self.data.seq || self.asked_since == Some(seq) {
            return Vec::new();
        }
        self.asked_since = Some(seq);
        vec![Effect::Load(Load::HomeSince(self.data.seq))]
    }

    /// Takes in what changed on the list — only the changed clients when that is all there
    /// is — and reloads what else is on screen when it shows one of them.
    pub(super) fn home_changed(&mut self, update: HomeUpdate) -> Vec<Effect> {
        match update {
            HomeUpdate::Whole(snapshot) => {
                self.load(snapshot);
                self.reload_views(None)
            }
            HomeUpdate::Clients { seq, changes } => {
                let selected = self.selected_row().map(|r| r.client.id);
                // A patch that cannot stand changes nothing: the list is ranked anew from
                // its records with the changes put in.
                if !self.data.patch(&changes, &self.settings, self.today, seq) {
                    let mut snapshot = self.data.snapshot();
                    snapshot.patch(&changes, seq);
                    self.data = Data::from_snapshot(snapshot, &self.settings, self.today);
                }
                self.data.arrange(self.sort, &self.filter);
                self.reselect(selected);
                let ids: Vec<ClientId> = changes.iter().map(|c| c.id).collect();
                self.reload_views(Some((&ids, seq)))
            }
        }
    }

    /// Loads again what is open besides the list: everything (`None`), or only what shows one
    /// of the clients `only` changed as of change counter `seq` — and not a view that recent
    /// already (a write answers with the views on screen).
    pub(super) fn reload_views(&self, only: Option<(&[ClientId], u64)>) -> Vec<Effect> {
        let shows = |id: ClientId| only.is_none_or(|(ids, _)| ids.contains(&id));
        let older = |seq: u64| only.is_none_or(|(_, changed)| seq < changed);
        let mut effects = Vec::new();
        // The client whose records show, with the change counter they were read at.
        let open = match &self.screen {
            Screen::Client(c) => Some((c.id, c.view().map(|v| v.seq))),
            Screen::Expectation(e) => {
                if shows(e.client) && e.view.as_ref().is_none_or(|v| older(v.seq)) {
                    effects.push(Effect::Load(Load::Expectation(e.id)));
                }
                e.back_client().map(|id| (id, None))
            }
            // The interview's lists are reloaded; the editor and its draft are left alone.
            Screen::Interview(s) => {
                if shows(s.view.interview.client_id) && older(s.view.seq) {
                    effects.push(Effect::Load(Load::Interview(s.view.interview.id)));
                }
                None
            }
            _ if self.pane_visible() => self.pane.as_ref().map(|v| (v.client.id, Some(v.seq))),
            _ => None,
        };
        if let Some((id, seq)) = open
            && shows(id)
            && seq.is_none_or(older)
        {
            effects.push(Effect::Load(Load::Client(id)));
        }
        effects
    }
}
