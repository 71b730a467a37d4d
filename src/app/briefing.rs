//! The briefing of one client: what to know before a meeting, in seconds. Built once as
//! lines of text with a kind each, so the screen can style them and `verwacht brief` can
//! print them plainly.

use crate::store::views::ClientView;
use chrono::NaiveDate;

use super::{ClientRow, Settings, yardstick};
use crate::domain::priority::Review;
use crate::domain::priority::TimeMark;
use crate::domain::{Expectation, InterviewStatus, Status};
use crate::i18n::{
    BriefText as T, Lang, Localized, Noun, count, fmt_date, fmt_decimal, fmt_money, fmt_percent,
    label,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Heading,
    Text,
    Muted,
    Warning,
    Overdue,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BriefLine {
    pub kind: LineKind,
    pub text: String,
}

/// How many recent changes the briefing lists (and the pane's view reads).
pub const RECENT_CHANGES: usize = 5;

struct Out(Vec<BriefLine>);

impl Out {
    fn push(&mut self, kind: LineKind, text: impl Into<String>) {
        self.0.push(BriefLine {
            kind,
            text: text.into(),
        });
    }

    fn heading(&mut self, text: impl Into<String>) {
        if !self.0.is_empty() {
            self.push(LineKind::Muted, "");
        }
        self.push(LineKind::Heading, text);
    }
}

/// The delighters due for review: delivered longer than `days` ago and not confirmed since,
/// each with the day it was delivered (or last confirmed).
pub fn due_for_review(
    expectations: &[Expectation],
    today: NaiveDate,
    days: i64,
) -> Vec<(&Expectation, NaiveDate)> {
    expectations
        .iter()
        .filter_map(|e| Some((e, e.due_for_review(today, days)?)))
        .collect()
}

/// How many rows a line takes when wrapped at word boundaries to `width` columns.
pub fn wrapped_rows(text: &str, width: usize) -> usize {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(1);
    let mut rows = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let w = word.width();
        let needed = if used == 0 { w } else { used + 1 + w };
        if needed <= width {
            used = needed;
        } else {
            rows += usize::from(used > 0);
            // A word longer than the line is broken over as many rows as it needs.
            rows += w.saturating_sub(1) / width;
            used = w % width;
        }
    }
    rows
}

/// Minutes as people say them: `45 min`, `2 u 5 min` / `2 h 5 min`.
pub fn duration(minutes: u64, lang: Lang) -> String {
    let hours = T::Hours.get(lang);
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} {hours}"),
        (h, m) => format!("{h} {hours} {m} min"),
    }
}

pub fn build(
    view: &ClientView,
    row: &ClientRow,
    today: NaiveDate,
    settings: &Settings,
    lang: Lang,
) -> Vec<BriefLine> {
    let review = &settings.review;
    let mut out = Out(Vec::new());
    let c = &view.client;
    out.push(
        LineKind::Title,
        T::Header.fill(
            lang,
            &[
                &c.name,
                &row.rank.class.letter(),
                &fmt_money(row.rank.revenue, lang),
                &fmt_percent(row.rank.share, lang),
                &fmt_percent(row.rank.cumulative, lang),
                &fmt_decimal(row.priority.total, 1, lang),
            ],
        ),
    );
    if !c.sector.is_empty() {
        out.push(LineKind::Muted, T::Sector.fill(lang, &[&c.sector]));
    }
    time(&mut out, row, today, review, lang);
    complaints(&mut out, view, today, lang);
    let live: Vec<&Expectation> = view
        .expectations
        .iter()
        .filter(|e| !e.archived && e.status.is_live())
        .collect();
    people(&mut out, view, &live, lang);
    open_by_deadline(&mut out, view, &live, today, lang);
    last_interview(&mut out, view, lang);
    judgement(&mut out, view, row, settings, lang);
    changes(&mut out, view, lang);
    let due = due_for_review(&view.expectations, today, review.delighter_days);
    if !due.is_empty() {
        let days = count(review.delighter_days.max(0) as u64, Noun::Day, lang);
        out.heading(T::Review.fill(lang, &[&days]));
        for (e, since) in due {
            out.push(
                LineKind::Warning,
                format!(
                    "• {}",
                    T::ReviewLine.fill(lang, &[&e.title, &fmt_date(since, lang)])
                ),
            );
        }
    }
    out.0
}

/// Time spent in the window against the revenue share, with over- and under-servicing named.
fn time(out: &mut Out, row: &ClientRow, today: NaiveDate, review: &Review, lang: Lang) {
    let Some(share) = row.time_share else {
        out.push(LineKind::Muted, T::NoTime.get(lang));
        return;
    };
    let minutes = row.digest.minutes_since(today, review.window_days());
    let mut text = T::Time.fill(
        lang,
        &[
            &count(review.time_window_days.max(0) as u64, Noun::Day, lang),
            &duration(minutes, lang),
            &fmt_percent(share, lang),
            &fmt_percent(row.rank.share, lang),
        ],
    );
    let ratio = (row.rank.share > 0.0).then(|| share / row.rank.share);
    let kind = match (row.time_mark, ratio) {
        (Some(TimeMark::Under), Some(r)) => {
            text.push_str(&T::TimeUnder.fill(lang, &[&fmt_decimal(r, 1, lang)]));
            LineKind::Warning
        }
        (Some(TimeMark::Over), Some(r)) => {
            text.push_str(&T::TimeOver.fill(lang, &[&fmt_decimal(r, 1, lang)]));
            LineKind::Warning
        }
        (Some(TimeMark::Over), None) => {
            text.push_str(T::TimeNoRevenue.get(lang));
            LineKind::Warning
        }
        _ => LineKind::Muted,
    };
    out.push(kind, text);
}

/// Open complaints first: they are to be recovered before anything else.
fn complaints(out: &mut Out, view: &ClientView, today: NaiveDate, lang: Lang) {
    let mut open: Vec<_> = view
        .experiences
        .iter()
        .filter(|x| x.is_open_complaint())
        .collect();
    if open.is_empty() {
        return;
    }
    open.sort_by_key(|x| x.at);
    out.heading(T::Complaints.get(lang));
    for x in open {
        let age = (today - x.at.date_naive()).num_days().max(0);
        let about = x
            .expectation_id
            .and_then(|id| view.expectations.iter().find(|e| e.id == id))
            .map(|e| T::About.fill(lang, &[&e.title]))
            .unwrap_or_default();
        out.push(
            LineKind::Warning,
            format!(
                "• {} ({}): {}{about}",
                days_old(age, lang),
                T::GradeOf.fill(lang, &[&x.grade]),
                x.note
            ),
        );
    }
}

/// "vandaag", "1 dag oud", "12 dagen oud".
pub fn days_old(days: i64, lang: Lang) -> String {
    match days {
        0 => T::Today.get(lang).to_string(),
        1 => T::OneDayOld.get(lang).to_string(),
        n => T::DaysOld.fill(lang, &[&n]),
    }
}

fn people(out: &mut Out, view: &ClientView, live: &[&Expectation], lang: Lang) {
    out.heading(T::People.get(lang));
    let active: Vec<_> = view.contacts.iter().filter(|c| !c.archived).collect();
    if active.is_empty() {
        out.push(LineKind::Muted, T::NoPeople.get(lang));
    }
    for person in active {
        let theirs: Vec<&str> = live
            .iter()
            .filter(|e| e.contact_id == Some(person.id))
            .map(|e| e.title.as_str())
            .collect();
        let asked = view.interviews.iter().any(|i| i.contact_id == person.id);
        // Nobody asked them yet: "0 open" would read as "expects nothing".
        let not_asked = theirs.is_empty() && !asked;
        let count = if not_asked {
            T::NotAsked.get(lang).to_string()
        } else {
            T::OpenCount.fill(lang, &[&theirs.len()])
        };
        let head = if person.role.is_empty() {
            T::PersonNoRole.fill(lang, &[&person.name, &count])
        } else {
            T::Person.fill(lang, &[&person.name, &person.role, &count])
        };
        let tail = if theirs.is_empty() {
            String::new()
        } else {
            format!(" — {}", theirs.join("; "))
        };
        let kind = if not_asked {
            LineKind::Muted
        } else {
            LineKind::Text
        };
        out.push(kind, format!("• {head}{tail}"));
    }
    let nobody = live.iter().filter(|e| e.contact_id.is_none()).count();
    if nobody > 0 {
        out.push(
            LineKind::Muted,
            format!("• {}: {nobody}", T::Unassigned.get(lang)),
        );
    }
}

fn open_by_deadline(
    out: &mut Out,
    view: &ClientView,
    live: &[&Expectation],
    today: NaiveDate,
    lang: Lang,
) {
    out.heading(T::Open.get(lang));
    if live.is_empty() {
        out.push(LineKind::Muted, T::NoOpen.get(lang));
        return;
    }
    let mut sorted = live.to_vec();
    sorted.sort_by_key(|e| (e.deadline.is_none(), e.deadline, e.id));
    for e in sorted {
        let when = e
            .deadline
            .map_or(T::NoDeadline.get(lang).to_string(), |d| fmt_date(d, lang));
        let whose = e
            .contact_id
            .and_then(|id| view.contacts.iter().find(|c| c.id == id))
            .map(|c| format!(" — {}", c.name))
            .unwrap_or_default();
        let overdue = e.is_overdue(today);
        let mark = if overdue {
            format!(" {}", T::OverdueMark.get(lang))
        } else {
            String::new()
        };
        out.push(
            if overdue || e.status == Status::Missed {
                LineKind::Overdue
            } else {
                LineKind::Text
            },
            format!(
                "• {when}  {} [{}, {}]{whose}{mark}",
                e.title,
                label(e.level, lang),
                label(e.status, lang)
            ),
        );
        if let Some(m) = yardstick::measure_line(&e.measure, lang, &|t| t.to_string()) {
            out.push(LineKind::Muted, format!("    {m}"));
        }
    }
}

fn last_interview(out: &mut Out, view: &ClientView, lang: Lang) {
    out.heading(T::LastInterview.get(lang));
    let Some(i) = view
        .interviews
        .iter()
        .filter(|i| i.status != InterviewStatus::Abandoned)
        .max_by_key(|i| i.started)
    else {
        out.push(LineKind::Muted, T::NoInterview.get(lang));
        return;
    };
    let who = view
        .contacts
        .iter()
        .find(|c| c.id == i.contact_id)
        .map_or("?", |c| c.name.as_str());
    let answers = view.answers_in(i.id);
    let status = interview_status(i.status);
    out.push(
        LineKind::Text,
        T::InterviewLine.fill(
            lang,
            &[
                &fmt_date(i.started.date_naive(), lang),
                &who,
                &count(answers as u64, Noun::Answer, lang),
                &i.step.number(),
                &status.get(lang),
            ],
        ),
    );
}

/// "In progress" or "completed", for an interview's status.
pub fn interview_status(status: InterviewStatus) -> T {
    match status {
        InterviewStatus::InProgress => T::InProgress,
        InterviewStatus::Completed => T::Completed,
        InterviewStatus::Abandoned => T::Abandoned,
    }
}

/// The latest grade, every gap with its meaning, and what is not yet made good.
fn judgement(out: &mut Out, view: &ClientView, row: &ClientRow, settings: &Settings, lang: Lang) {
    out.heading(T::Judgement.get(lang));
    match view.experiences.iter().max_by_key(|x| (x.at, x.id)) {
        Some(x) => out.push(
            LineKind::Text,
            T::GradeLine.fill(lang, &[&x.grade, &fmt_date(x.at.date_naive(), lang)]),
        ),
        None => out.push(LineKind::Muted, T::NoGrade.get(lang)),
    }
    for e in view.expectations.iter().filter(|e| !e.archived) {
        let Some(gap) = crate::domain::gap::gap(e, &view.experiences) else {
            continue;
        };
        let kind = if gap < 0 {
            LineKind::Warning
        } else {
            LineKind::Text
        };
        out.push(
            kind,
            format!(
                "• {}: {}",
                e.title,
                yardstick::gap_line(e, &view.experiences, lang)
            ),
        );
    }
    if let Some(line) = yardstick::repair_line(
        &row.digest.since_negative,
        settings.weights.repair_positives,
        lang,
    ) {
        out.push(LineKind::Warning, line);
    }
}

fn changes(out: &mut Out, view: &ClientView, lang: Lang) {
    out.heading(T::Changes.get(lang));
    if view.changes.is_empty() {
        out.push(LineKind::Muted, T::NoChanges.get(lang));
    }
    for ch in view.changes.iter().take(RECENT_CHANGES) {
        out.push(
            LineKind::Text,
            format!("• {}", super::timeline::change_line(ch, view, lang)),
        );
    }
}
