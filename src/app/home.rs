//! Keys on the home screen: moving through the ranked clients and starting an interview.

use super::{Action, App, Effect, Load, StatusLine};
use crate::i18n::{InterviewText, Localized};

impl App {
    pub(super) fn home_action(&mut self, action: Action) -> Vec<Effect> {
        let (len, rows) = (self.data.rows.len(), self.rows());
        let page = rows.max(1) as isize;
        match action {
            Action::Up => self.home.move_by(-1, len, rows),
            Action::Down => self.home.move_by(1, len, rows),
            Action::Top => self.home.select(0, len, rows),
            Action::Bottom => self.home.select(len.saturating_sub(1), len, rows),
            Action::PageUp => self.home.move_by(-page, len, rows),
            Action::PageDown => self.home.move_by(page, len, rows),
            Action::StartInterview => return self.start_interview(),
            _ => self.dirty = false,
        }
        Vec::new()
    }

    fn start_interview(&mut self) -> Vec<Effect> {
        if self.read_only {
            self.status = Some(StatusLine::error(InterviewText::ReadOnly.get(self.lang)));
            return Vec::new();
        }
        match self.selected_row() {
            Some(row) => vec![Effect::Load(Load::Contacts(row.client.id))],
            None => {
                self.status = Some(StatusLine::error(InterviewText::NoClient.get(self.lang)));
                Vec::new()
            }
        }
    }
}
