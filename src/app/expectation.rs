//! The expectation screen: every field of one expectation, its yardstick with the dated
//! measurements and progress, the expected grade and the gap in words, its experiences and
//! complaints, and its whole history. Opened with Enter on an expectation (client screen,
//! search); Esc goes back where it came from.

use crate::store::views::ExpectationView;
use chrono::NaiveDate;

use super::briefing::{BriefLine, LineKind};

use super::{Action, App, Effect, Load, Screen, Settings, history, yardstick};
use crate::domain::{ClientId, Contact, ExpectationId};
use crate::i18n::{ExpectationText, HistoryText, InterviewText, Lang, Localized, fmt_date, label};

pub struct ExpectationState {
    pub id: ExpectationId,
    pub client: ClientId,
    pub view: Option<ExpectationView>,
    /// How many rows the page is scrolled down.
    pub scroll: usize,
    /// The screen Esc goes back to.
    pub back: Box<Screen>,
}

impl ExpectationState {
    /// The client screen underneath, if that is where it was opened from.
    pub fn back_client(&self) -> Option<ClientId> {
        match &*self.back {
            Screen::Client(c) => Some(c.id),
            _ => None,
        }
    }
}

impl App {
    pub fn expectation_state(&self) -> Option<&ExpectationState> {
        match &self.screen {
            Screen::Expectation(s) => Some(s),
            _ => None,
        }
    }

    /// The expectation the expectation screen shows, as last loaded.
    pub(super) fn expectation_view(&self) -> Option<&ExpectationView> {
        self.expectation_state()?.view.as_ref()
    }

    /// Opens the expectation screen over the current screen and asks for its records.
    pub(super) fn open_expectation(&mut self, client: ClientId, id: ExpectationId) -> Vec<Effect> {
        let back = std::mem::replace(&mut self.screen, Screen::Home);
        self.screen = Screen::Expectation(Box::new(ExpectationState {
            id,
            client,
            view: None,
            scroll: 0,
            back: Box::new(back),
        }));
        vec![Effect::Load(Load::Expectation(id))]
    }

    pub(super) fn expectation_loaded(&mut self, view: ExpectationView) {
        if let Screen::Expectation(s) = &mut self.screen
            && s.id == view.expectation.id
        {
            s.view = Some(view);
        }
    }

    /// How far the page can scroll: its rows (wrapped to the screen) less the rows that show.
    fn page_overflow(&self) -> usize {
        let Some(lines) = self
            .expectation_view()
            .and_then(|v| self.pages.expectation(v.expectation.id))
        else {
            return 0;
        };
        let width = usize::from(self.size.width.saturating_sub(2)).max(1);
        let rows: usize = lines
            .iter()
            .map(|l| super::briefing::wrapped_rows(&l.text, width))
            .sum();
        // The title line, the frame and the bottom line take four rows.
        rows.saturating_sub(usize::from(self.size.height.saturating_sub(4)))
    }

    pub(super) fn expectation_action(&mut self, action: Action) -> Vec<Effect> {
        let overflow = self.page_overflow();
        let page = (self.size.height.saturating_sub(4) as isize).max(1);
        let Screen::Expectation(s) = &mut self.screen else {
            return Vec::new();
        };
        let by = match action {
            Action::Down => 1,
            Action::Up => -1,
            Action::PageDown => page,
            Action::PageUp => -page,
            Action::Top => -(s.scroll as isize),
            Action::Bottom => overflow as isize,
            Action::Back => return self.leave_expectation(),
            _ => {
                self.quiet = true;
                return Vec::new();
            }
        };
        s.scroll = s.scroll.saturating_add_signed(by).min(overflow);
        Vec::new()
    }

    /// Back to the screen the expectation was opened from, with its records reloaded.
    fn leave_expectation(&mut self) -> Vec<Effect> {
        let screen = std::mem::replace(&mut self.screen, Screen::Home);
        let Screen::Expectation(s) = screen else {
            self.screen = screen;
            return Vec::new();
        };
        self.screen = *s.back;
        self.reload()
    }
}

fn person(people: &[Contact], id: Option<crate::domain::ContactId>, lang: Lang) -> String {
    id.and_then(|id| people.iter().find(|c| c.id == id))
        .map_or_else(
            || ExpectationText::Nobody.get(lang).to_string(),
            |c| {
                if c.role.is_empty() {
                    c.name.clone()
                } else {
                    format!("{} ({})", c.name, c.role)
                }
            },
        )
}

/// The page the screen shows, as lines with a kind each (styled by the screen).
pub fn page(
    view: &ExpectationView,
    today: NaiveDate,
    settings: &Settings,
    lang: Lang,
) -> Vec<BriefLine> {
    let e = &view.expectation;
    let mut out: Vec<BriefLine> = Vec::new();
    let mut push = |kind: LineKind, text: String| out.push(BriefLine { kind, text });
    let field = |name: ExpectationText, value: String| format!("{}: {value}", name.get(lang));
    push(LineKind::Title, e.title.clone());
    if !e.description.is_empty() {
        push(LineKind::Text, e.description.clone());
    }
    push(
        LineKind::Text,
        field(
            ExpectationText::Whose,
            person(&view.contacts, e.contact_id, lang),
        ),
    );
    push(
        LineKind::Text,
        format!(
            "{} · {} · {}",
            field(ExpectationText::Nature, label(e.nature, lang).into()),
            field(ExpectationText::Source, label(e.source, lang).into()),
            field(ExpectationText::Level, label(e.level, lang).into()),
        ),
    );
    let since = e
        .status_since
        .map(|d| {
            format!(
                " ({})",
                ExpectationText::Since.fill(lang, &[&fmt_date(d, lang)])
            )
        })
        .unwrap_or_default();
    let deadline = e
        .deadline
        .map_or(InterviewText::NoneYet.get(lang).to_string(), |d| {
            fmt_date(d, lang)
        });
    let overdue = e.is_overdue(today);
    push(
        if overdue {
            LineKind::Overdue
        } else {
            LineKind::Text
        },
        format!(
            "{}{since} · {}",
            field(ExpectationText::Status, label(e.status, lang).into()),
            field(ExpectationText::Deadline, deadline),
        ),
    );
    if !e.tags.is_empty() {
        push(
            LineKind::Muted,
            field(ExpectationText::Tags, e.tags.join(" ")),
        );
    }
    if e.archived {
        push(
            LineKind::Warning,
            ExpectationText::IsArchived.get(lang).to_string(),
        );
    }
    if let Some(since) = e.due_for_review(today, settings.review.delighter_days) {
        push(
            LineKind::Warning,
            ExpectationText::ReviewDue.fill(lang, &[&fmt_date(since, lang)]),
        );
    }

    push(LineKind::Muted, String::new());
    push(
        LineKind::Heading,
        ExpectationText::Yardstick.get(lang).to_string(),
    );
    match yardstick::measure_line(&e.measure, lang, &|t| t.to_string()) {
        Some(line) => push(LineKind::Text, line),
        None => push(
            LineKind::Muted,
            ExpectationText::NoMeasure.get(lang).to_string(),
        ),
    }
    if !e.measure.points.is_empty() {
        let points: Vec<String> = e
            .measure
            .points
            .iter()
            .map(|p| format!("{} {}", fmt_date(p.on, lang), p.value))
            .collect();
        push(
            LineKind::Muted,
            field(ExpectationText::Measurements, points.join(" · ")),
        );
    }

    push(LineKind::Muted, String::new());
    push(
        LineKind::Heading,
        ExpectationText::Judgement.get(lang).to_string(),
    );
    push(
        LineKind::Text,
        field(
            ExpectationText::ExpectedGrade,
            e.expected_grade
                .map_or(InterviewText::NoneYet.get(lang).to_string(), |g| {
                    g.to_string()
                }),
        ),
    );
    let gap = crate::domain::gap::gap(e, &view.experiences);
    push(
        if gap.is_some_and(|g| g < 0) {
            LineKind::Warning
        } else {
            LineKind::Text
        },
        yardstick::gap_line(e, &view.experiences, lang),
    );

    push(LineKind::Muted, String::new());
    push(
        LineKind::Heading,
        ExpectationText::Experiences.fill(lang, &[&view.experiences.len()]),
    );
    if view.experiences.is_empty() {
        push(
            LineKind::Muted,
            ExpectationText::NoExperiences.get(lang).to_string(),
        );
    }
    for x in view.experiences.iter().rev() {
        let kind = if x.is_open_complaint() {
            LineKind::Warning
        } else {
            LineKind::Text
        };
        let what = match (x.complaint, x.resolved) {
            (true, false) => format!(" · {}", ExpectationText::ComplaintOpen.get(lang)),
            (true, true) => format!(" · {}", ExpectationText::ComplaintResolved.get(lang)),
            _ => String::new(),
        };
        push(
            kind,
            format!(
                "• {} {}{what}: {} ({})",
                fmt_date(x.at.date_naive(), lang),
                ExpectationText::GradeValue.fill(lang, &[&x.grade]),
                x.note,
                x.updated.by
            ),
        );
    }

    push(LineKind::Muted, String::new());
    push(
        LineKind::Heading,
        ExpectationText::History.get(lang).to_string(),
    );
    for h in view.history.iter().rev() {
        push(
            LineKind::Text,
            format!("• {}", history::entry_text(h, &view.contacts, lang)),
        );
    }
    if view.history.is_empty() {
        push(LineKind::Muted, HistoryText::Empty.get(lang).to_string());
    }
    out
}
