//! The briefing of one client: what to know before a meeting, in seconds. Built once as
//! lines of text with a kind each, so the screen can style them and `verwacht brief` can
//! print them plainly.

use chrono::NaiveDate;

use super::{ClientRow, ClientView};
use crate::config::Review;
use crate::domain::{ChangeAction, Expectation, InterviewStatus, Kind, Level};
use crate::i18n::{BriefText as T, Lang, Localized, fmt_date, fmt_money, fmt_percent, label};

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

/// How many recent changes the briefing lists.
const RECENT_CHANGES: usize = 5;

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

fn number(value: f64, lang: Lang) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}

/// The delighters due for review: open, and neither created nor confirmed within `days`.
pub fn due_for_review(
    expectations: &[Expectation],
    today: NaiveDate,
    days: i64,
) -> Vec<&Expectation> {
    expectations
        .iter()
        .filter(|e| !e.archived && e.status.is_open() && e.level == Level::Delighter)
        .filter(|e| {
            let since = e.reviewed.unwrap_or(e.created.at.date_naive());
            (today - since).num_days() > days
        })
        .collect()
}

pub fn build(
    view: &ClientView,
    row: &ClientRow,
    today: NaiveDate,
    review: &Review,
    lang: Lang,
) -> Vec<BriefLine> {
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
                &number(row.priority.total, lang),
            ],
        ),
    );
    if !c.sector.is_empty() {
        out.push(LineKind::Muted, T::Sector.fill(lang, &[&c.sector]));
    }
    let minutes = row
        .digest
        .minutes_since(today, review.time_window_days.max(1));
    out.push(
        if row.time_low {
            LineKind::Warning
        } else {
            LineKind::Muted
        },
        T::Time.fill(
            lang,
            &[
                &review.time_window_days,
                &minutes,
                &fmt_percent(row.time_share, lang),
                &fmt_percent(row.rank.share, lang),
            ],
        ),
    );

    let open: Vec<&Expectation> = view
        .expectations
        .iter()
        .filter(|e| !e.archived && e.status.is_open())
        .collect();
    people(&mut out, view, &open, lang);
    open_by_deadline(&mut out, view, &open, today, lang);
    last_interview(&mut out, view, lang);
    judgement(&mut out, view, lang);
    complaints(&mut out, view, lang);
    changes(&mut out, view, lang);
    let due = due_for_review(&view.expectations, today, review.delighter_days);
    if !due.is_empty() {
        out.heading(T::Review.fill(lang, &[&review.delighter_days]));
        for e in due {
            let since = e.reviewed.unwrap_or(e.created.at.date_naive());
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

fn people(out: &mut Out, view: &ClientView, open: &[&Expectation], lang: Lang) {
    out.heading(T::People.get(lang));
    let active: Vec<_> = view.contacts.iter().filter(|c| !c.archived).collect();
    if active.is_empty() {
        out.push(LineKind::Muted, T::NoPeople.get(lang));
    }
    for person in active {
        let theirs: Vec<&str> = open
            .iter()
            .filter(|e| e.contact_id == Some(person.id))
            .map(|e| e.title.as_str())
            .collect();
        let head = if person.role.is_empty() {
            T::PersonNoRole.fill(lang, &[&person.name, &theirs.len()])
        } else {
            T::Person.fill(lang, &[&person.name, &person.role, &theirs.len()])
        };
        let tail = if theirs.is_empty() {
            String::new()
        } else {
            format!(" — {}", theirs.join("; "))
        };
        out.push(LineKind::Text, format!("• {head}{tail}"));
    }
    let nobody = open.iter().filter(|e| e.contact_id.is_none()).count();
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
    open: &[&Expectation],
    today: NaiveDate,
    lang: Lang,
) {
    out.heading(T::Open.get(lang));
    if open.is_empty() {
        out.push(LineKind::Muted, T::NoOpen.get(lang));
        return;
    }
    let mut sorted = open.to_vec();
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
            if overdue {
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
    }
}

fn last_interview(out: &mut Out, view: &ClientView, lang: Lang) {
    out.heading(T::LastInterview.get(lang));
    let Some(i) = view.interviews.iter().max_by_key(|i| i.started) else {
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
                &answers,
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
        _ => T::Completed,
    }
}

fn judgement(out: &mut Out, view: &ClientView, lang: Lang) {
    out.heading(T::Judgement.get(lang));
    match view.experiences.iter().max_by_key(|x| x.at) {
        Some(x) => out.push(
            LineKind::Text,
            T::GradeLine.fill(lang, &[&x.grade, &fmt_date(x.at.date_naive(), lang)]),
        ),
        None => out.push(LineKind::Muted, T::NoGrade.get(lang)),
    }
    let gaps: Vec<String> = view
        .expectations
        .iter()
        .filter_map(|e| {
            let gap = crate::domain::digest::gap(e, &view.experiences)?;
            Some(format!("{} {gap:+}", e.title))
        })
        .collect();
    if !gaps.is_empty() {
        out.push(LineKind::Text, T::GapLine.fill(lang, &[&gaps.join(" · ")]));
    }
}

fn complaints(out: &mut Out, view: &ClientView, lang: Lang) {
    out.heading(T::Complaints.get(lang));
    let open: Vec<_> = view
        .experiences
        .iter()
        .filter(|x| x.is_open_complaint())
        .collect();
    if open.is_empty() {
        out.push(LineKind::Muted, T::NoComplaints.get(lang));
    }
    for x in open {
        out.push(
            LineKind::Warning,
            format!(
                "• {} ({}): {}",
                fmt_date(x.at.date_naive(), lang),
                x.grade,
                x.note
            ),
        );
    }
}

fn changes(out: &mut Out, view: &ClientView, lang: Lang) {
    out.heading(T::Changes.get(lang));
    if view.changes.is_empty() {
        out.push(LineKind::Muted, T::NoChanges.get(lang));
    }
    for ch in view.changes.iter().take(RECENT_CHANGES) {
        out.push(LineKind::Text, format!("• {}", change_line(ch, lang)));
    }
}

/// One timeline entry: when, who, what happened to which record.
pub fn change_line(ch: &crate::domain::Change, lang: Lang) -> String {
    let action = match ch.action {
        ChangeAction::Created => T::Created,
        ChangeAction::Updated => T::Updated,
        ChangeAction::Archived => T::Archived,
        ChangeAction::Restored => T::Restored,
        ChangeAction::Deleted => T::Deleted,
        ChangeAction::Reported => T::Reported,
    };
    let kind = match ch.kind {
        Kind::Client => T::KindClient,
        Kind::Contact => T::KindContact,
        Kind::Interview => T::KindInterview,
        Kind::Answer => T::KindAnswer,
        Kind::Expectation => T::KindExpectation,
        Kind::Experience => T::KindExperience,
        Kind::Time => T::KindTime,
    };
    let mut line = T::ChangeLine.fill(
        lang,
        &[
            &ch.stamp.at.format("%Y-%m-%d %H:%M"),
            &ch.stamp.by,
            &action.get(lang),
            &kind.get(lang),
            &ch.summary,
        ],
    );
    if !ch.fields.is_empty() {
        line.push_str(&format!(" ({})", ch.fields.join(", ")));
    }
    line
}
