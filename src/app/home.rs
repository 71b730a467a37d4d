//! Keys on the home screen: moving through the ranked clients and starting an interview.

use super::{Action, App, Effect, Input, Load, Popup, Screen, StatusLine};
use crate::domain::AbcClass;
use crate::i18n::{InterviewText, Localized};

impl App {
    pub(super) fn home_action(&mut self, action: Action) -> Vec<Effect> {
        let (len, rows) = (self.data.len(), self.rows());
        let page = rows.max(1) as isize;
        match action {
            Action::Up => self.home.move_by(-1, len, rows),
            Action::Down => self.home.move_by(1, len, rows),
            Action::Top => self.home.select(0, len, rows),
            Action::Bottom => self.home.select(len.saturating_sub(1), len, rows),
            Action::PageUp => self.home.move_by(-page, len, rows),
            Action::PageDown => self.home.move_by(page, len, rows),
            Action::StartInterview => return self.start_interview(),
            Action::Sort => {
                self.sort = self.sort.next();
                self.rearrange();
            }
            Action::ClassFilter => {
                self.filter.class = match self.filter.class {
                    None => Some(AbcClass::A),
                    Some(AbcClass::A) => Some(AbcClass::B),
                    Some(AbcClass::B) => Some(AbcClass::C),
                    Some(AbcClass::C) => None,
                };
                self.rearrange();
            }
            Action::Filter => {
                self.popup = Some(Popup::Filter(Input::new(self.filter.text.clone())));
            }
            Action::Breakdown => {
                if let Some(row) = self.selected_row() {
                    self.popup = Some(Popup::Breakdown(row.client.id));
                }
            }
            Action::Chart => self.screen = Screen::Chart,
            Action::Shares => {
                self.shares = !self.shares;
                self.follow();
            }
            Action::Open => {
                if let Some(id) = self.selected_row().map(|r| r.client.id) {
                    return self.open_client(id);
                }
            }
            Action::Back if self.filter.is_active() => {
                self.filter = Default::default();
                self.rearrange();
            }
            _ => self.quiet = true,
        }
        Vec::new()
    }

    pub(super) fn chart_action(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Back => self.screen = Screen::Home,
            _ => self.quiet = true,
        }
        Vec::new()
    }

    fn start_interview(&mut self) -> Vec<Effect> {
        match self.selected_row().map(|r| r.client.id) {
            Some(id) => self.start_interview_at(id),
            None => {
                self.status = Some(StatusLine::error(InterviewText::NoClient.get(self.lang)));
                Vec::new()
            }
        }
    }

    /// Starts (or, where this user left one unfinished with them, resumes) an interview with
    /// one person at a client.
    pub(super) fn interview_with(
        &mut self,
        client: crate::domain::ClientId,
        contact: crate::domain::ContactId,
    ) -> Vec<Effect> {
        if self.read_only {
            self.status = Some(StatusLine::error(InterviewText::ReadOnly.get(self.lang)));
            return Vec::new();
        }
        let unfinished = self
            .client()
            .and_then(|c| c.view())
            .and_then(|v| {
                v.interviews.iter().rev().find(|i| {
                    i.contact_id == contact
                        && i.status == crate::domain::InterviewStatus::InProgress
                        && i.interviewer == self.author
                })
            })
            .map(|i| i.id);
        let effect = match unfinished {
            Some(id) => Effect::Load(Load::Interview(id)),
            None => Effect::write(super::Write::StartInterview {
                client,
                who: super::effect::Who::Existing(contact),
            }),
        };
        self.open_interview(effect)
    }

    /// Offers whom to interview at a client.
    pub(super) fn start_interview_at(&mut self, id: crate::domain::ClientId) -> Vec<Effect> {
        if self.read_only {
            self.status = Some(StatusLine::error(InterviewText::ReadOnly.get(self.lang)));
            return Vec::new();
        }
        vec![Effect::Load(Load::Contacts(id))]
    }
}
