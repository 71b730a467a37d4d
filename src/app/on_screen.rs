//! What is on screen, as the program works out after each message: the views a write should
//! answer with, and where the parts of the screens go.

use super::{App, Effect, Screen, interview, layout};

impl App {
    /// Tells each write what the screen shows, so that it answers with those views as they
    /// are after it (and nothing needs loading afterwards).
    pub(super) fn answer_with_what_shows(&self, effects: &mut [Effect]) {
        // A write answers with what the screen shows, as it is after the write.
        if effects
            .iter()
            .any(|e| matches!(e, Effect::Write(w, _) if w.changes_views()))
        {
            let now_shown = self.shown();
            for effect in effects.iter_mut() {
                if let Effect::Write(w, shown) = effect
                    && w.changes_views()
                    && shown.is_empty()
                {
                    *shown = now_shown.clone();
                    if w.answers_with_its_interview() {
                        shown.interview = None;
                    }
                }
            }
        }
    }

    /// What the screen shows that a write changes: the list, and the client, expectation or
    /// interview open (the same views the change poll reloads).
    pub(super) fn shown(&self) -> crate::store::views::Shown {
        let (client, expectation, interview) = match &self.screen {
            Screen::Client(c) => (Some(c.id), None, None),
            Screen::Expectation(e) => (e.back_client(), Some(e.id), None),
            Screen::Interview(s) => (None, None, Some(s.view.interview.id)),
            _ if self.pane_visible() => (self.pane.as_ref().map(|v| v.client.id), None, None),
            _ => (None, None, None),
        };
        crate::store::views::Shown {
            home: Some(self.data.seq),
            client,
            expectation,
            interview,
        }
    }

    /// Works out the screens' places again when the size or home's parts changed, and the
    /// open window's.
    pub(super) fn arrange(&mut self) {
        let made_for = (self.size, self.shares, self.pane_visible());
        if self.places.made_for != made_for {
            self.places = layout::places(self.size, self.shares, made_for.2);
        }
        // An open interview's step: its editor grows with what is typed.
        let (area, lang) = (self.places.interview[2], self.lang);
        if let Screen::Interview(s) = &mut self.screen {
            s.places = interview::places::step_places(area, s, lang);
        }
        // The open window: it grows with its items, its text, its form's errors.
        self.place_popup();
    }
}
