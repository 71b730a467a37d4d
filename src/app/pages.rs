//! The texts the screens show that are worked out from the data — the briefing of the client
//! on screen (its screen's first tab, or the pane beside the list) and the expectation screen's
//! page — built when the data, the day or the language change, so drawing only reads them.

use chrono::NaiveDate;

use super::briefing::BriefLine;
use super::{App, Screen};
use crate::domain::ClientId;
use crate::i18n::Lang;

/// What a page was built from: when any of it differs, the page is built again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Made {
    /// The client or expectation.
    id: u64,
    /// The change counters of its records and of the list.
    seqs: (u64, u64),
    today: NaiveDate,
    lang: Lang,
}

#[derive(Clone, Debug, Default)]
pub struct Pages {
    brief: Option<(Made, Vec<BriefLine>)>,
    expectation: Option<(Made, Vec<BriefLine>)>,
}

impl Pages {
    /// The briefing of `client`, when it is the one on screen.
    pub fn brief(&self, client: ClientId) -> Option<&[BriefLine]> {
        self.brief
            .as_ref()
            .filter(|(made, _)| made.id == client.0)
            .map(|(_, lines)| lines.as_slice())
    }

    /// The page of expectation `id`, when its screen is open.
    pub fn expectation(&self, id: crate::domain::ExpectationId) -> Option<&[BriefLine]> {
        self.expectation
            .as_ref()
            .filter(|(made, _)| made.id == id.0)
            .map(|(_, lines)| lines.as_slice())
    }
}

impl App {
    /// Builds again the pages whose data, day or language changed; `anew`: build them again
    /// whatever (the records or the settings were replaced).
    pub(super) fn refresh_pages(&mut self, anew: bool) {
        let (today, lang, list) = (self.today, self.lang, self.data.seq);
        let view = match &self.screen {
            Screen::Client(c) => c.view(),
            Screen::Home if self.pane_visible() => self.pane.as_ref(),
            _ => None,
        };
        let brief = view.and_then(|view| {
            let made = Made {
                id: view.client.id.0,
                seqs: (view.seq, list),
                today,
                lang,
            };
            if !anew && self.pages.brief.as_ref().is_some_and(|(m, _)| *m == made) {
                return None;
            }
            // The selected row, as a rule (the pane's client): found without a walk through
            // the whole list.
            let row = self
                .selected_row()
                .filter(|r| r.client.id == view.client.id)
                .or_else(|| {
                    self.data
                        .rows
                        .iter()
                        .find(|r| r.client.id == view.client.id)
                });
            let lines = row.map_or_else(Vec::new, |row| {
                super::briefing::build(view, row, today, &self.settings, lang)
            });
            Some((made, lines))
        });
        if let Some(brief) = brief {
            self.pages.brief = Some(brief);
        }
        let expectation = self.expectation_view().and_then(|view| {
            let made = Made {
                id: view.expectation.id.0,
                seqs: (view.seq, list),
                today,
                lang,
            };
            if !anew
                && self
                    .pages
                    .expectation
                    .as_ref()
                    .is_some_and(|(m, _)| *m == made)
            {
                return None;
            }
            let lines = super::expectation::page(view, today, &self.settings, lang);
            Some((made, lines))
        });
        if let Some(page) = expectation {
            self.pages.expectation = Some(page);
        }
    }
}
