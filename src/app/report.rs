//! The progress report a user sends to a client: per person what they expect, where it stands
//! and how it is measured, and what changed since the previous report. Markdown, in the
//! user's language, in plain words: no priority, revenue, class or other internal terms.
//!
//! "Since the previous report" is exact: each report leaves a marker in the client's timeline
//! that records the change counter of the snapshot it was made from, and the next report lists
//! the client's changes after that counter.

use crate::store::views::ClientView;
use chrono::NaiveDate;

use crate::domain::{Change, ChangeAction, ContactId, Expectation, ExpectationId, Kind};
use crate::i18n::{Lang, Localized, ReportText as T, fmt_date, label};

/// The latest report marker in a timeline.
pub fn last_report(changes: &[Change]) -> Option<&Change> {
    changes
        .iter()
        .filter(|c| c.action == ChangeAction::Reported)
        .max_by_key(|c| c.seq)
}

pub use crate::sanitize::markdown as md;

/// The report on `view.client` as of `today`.
pub fn build(view: &ClientView, today: NaiveDate, lang: Lang) -> String {
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(format!(
        "# {}",
        T::Title.fill(lang, &[&md(&view.client.name)])
    ));
    line(String::new());
    line(T::Date.fill(lang, &[&crate::i18n::fmt_date_long(today, lang)]));
    line(String::new());
    line(T::Intro.get(lang).to_string());
    for block in people(view, lang) {
        line(String::new());
        line(block);
    }
    line(String::new());
    line(changes_section(view, lang));
    out
}

fn contact_name(view: &ClientView, id: Option<ContactId>) -> Option<&str> {
    let id = id?;
    view.contacts
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.name.as_str())
}

/// One block of text per person with expectations (alphabetically), then the ones of nobody
/// in particular.
fn people(view: &ClientView, lang: Lang) -> Vec<String> {
    let shown: Vec<&Expectation> = view.expectations.iter().filter(|e| !e.archived).collect();
    if shown.is_empty() {
        return vec![T::NoExpectations.get(lang).to_string()];
    }
    let mut contacts: Vec<_> = view
        .contacts
        .iter()
        .filter(|c| shown.iter().any(|e| e.contact_id == Some(c.id)))
        .collect();
    contacts.sort_by_key(|c| (c.name.to_lowercase(), c.id));
    let mut blocks = Vec::new();
    for c in contacts {
        let heading = if c.role.trim().is_empty() {
            md(&c.name)
        } else {
            format!("{} ({})", md(&c.name), md(&c.role))
        };
        let theirs: Vec<&Expectation> = shown
            .iter()
            .copied()
            .filter(|e| e.contact_id == Some(c.id))
            .collect();
        blocks.push(block(&heading, theirs, lang));
    }
    let general: Vec<&Expectation> = shown
        .iter()
        .copied()
        .filter(|e| contact_name(view, e.contact_id).is_none())
        .collect();
    if !general.is_empty() {
        blocks.push(block(T::General.get(lang), general, lang));
    }
    blocks
}

/// A heading and the expectations under it: those still open first, then by deadline.
fn block(heading: &str, mut list: Vec<&Expectation>, lang: Lang) -> String {
    list.sort_by_key(|e| (!e.status.is_open(), e.deadline.is_none(), e.deadline, e.id));
    let mut text = format!("## {heading}\n");
    for e in list {
        let mut head = format!("\n- **{}** — {}", md(&e.title), label(e.status, lang));
        if let Some(d) = e.deadline {
            head.push_str(" · ");
            head.push_str(&T::Deadline.fill(lang, &[&fmt_date(d, lang)]));
        }
        text.push_str(&head);
        if let Some(measure) = measure(e, lang) {
            text.push_str("\n  - ");
            text.push_str(&T::Measure.fill(lang, &[&measure]));
        }
    }
    text
}

/// `metric: 5 → 3 → 2 % (target 0) · 60% of the way`: the measurements so far and the
/// progress toward the target, leaving out what is not filled in.
fn measure(e: &Expectation, lang: Lang) -> Option<String> {
    super::yardstick::measure_line(&e.measure, lang, &md)
}

fn changes_section(view: &ClientView, lang: Lang) -> String {
    let Some(previous) = last_report(&view.changes) else {
        return format!(
            "## {}\n\n{}",
            T::Changes.get(lang),
            T::FirstReport.get(lang)
        );
    };
    let heading = T::ChangesSince.fill(lang, &[&fmt_date(previous.stamp.at.date_naive(), lang)]);
    let since = previous.covers.unwrap_or(previous.seq);
    let mut window: Vec<&Change> = view
        .changes
        .iter()
        .filter(|c| c.seq > since && c.action != ChangeAction::Reported)
        .collect();
    window.sort_by_key(|c| c.seq);
    let items = change_items(view, &window, lang);
    if items.is_empty() {
        return format!("## {heading}\n\n{}", T::NothingChanged.get(lang));
    }
    let list: Vec<String> = items.iter().map(|i| format!("- {i}")).collect();
    format!("## {heading}\n\n{}", list.join("\n"))
}

/// What a client wants to hear of the changes in `window` (oldest first): expectations added,
/// changed or taken off the list, conversations held, complaints dealt with.
fn change_items(view: &ClientView, window: &[&Change], lang: Lang) -> Vec<String> {
    let mut items = Vec::new();
    let mut done: Vec<ExpectationId> = Vec::new();
    for change in window {
        match change.kind {
            Kind::Expectation => {
                let id = ExpectationId(change.id);
                if done.contains(&id) {
                    continue;
                }
                done.push(id);
                let Some(e) = view.expectations.iter().find(|e| e.id == id) else {
                    continue;
                };
                let mine: Vec<&&Change> = window
                    .iter()
                    .filter(|c| c.kind == Kind::Expectation && c.id == change.id)
                    .collect();
                if let Some(item) = expectation_item(view, e, &mine, lang) {
                    items.push(item);
                }
            }
            Kind::Interview if change.action == ChangeAction::Created => {
                // A conversation: not one broken off, nor one in which nothing was said.
                let found = view.interviews.iter().find(|i| {
                    i.id.0 == change.id
                        && i.status != crate::domain::InterviewStatus::Abandoned
                        && view.answers_in(i.id) > 0
                });
                if let Some(i) = found {
                    let who = contact_name(view, Some(i.contact_id)).unwrap_or("?");
                    items.push(
                        T::Conversation
                            .fill(lang, &[&md(who), &fmt_date(i.started.date_naive(), lang)]),
                    );
                }
            }
            Kind::Experience if change.fields.iter().any(|f| f == "resolved") => {
                let found = view.experiences.iter().find(|x| x.id.0 == change.id);
                if let Some(x) = found.filter(|x| x.complaint && x.resolved) {
                    items.push(
                        T::ComplaintDealtWith.fill(lang, &[&fmt_date(x.at.date_naive(), lang)]),
                    );
                }
            }
            _ => {}
        }
    }
    items
}

fn expectation_item(
    view: &ClientView,
    e: &Expectation,
    changes: &[&&Change],
    lang: Lang,
) -> Option<String> {
    let title = format!("**{}**", md(&e.title));
    let any = |action| changes.iter().any(|c| c.action == action);
    if e.archived {
        return any(ChangeAction::Archived)
            .then(|| T::NoLongerTracked.fill(lang, &[&title]))
            .filter(|_| !any(ChangeAction::Created));
    }
    if any(ChangeAction::Created) {
        let whose = contact_name(view, e.contact_id)
            .map(|n| format!(" ({})", md(n)))
            .unwrap_or_default();
        return Some(T::New.fill(lang, &[&format!("{title}{whose}")]));
    }
    let fields: Vec<&str> = changes
        .iter()
        .flat_map(|c| c.fields.iter().map(String::as_str))
        .collect();
    let has = |name: &str| fields.contains(&name);
    let mut parts = Vec::new();
    if has("title") {
        parts.push(T::Renamed.get(lang).to_string());
    }
    if has("status") {
        parts.push(T::StatusNow.fill(lang, &[&label(e.status, lang)]));
    }
    if has("deadline") {
        parts.push(match e.deadline {
            Some(d) => T::DeadlineNow.fill(lang, &[&fmt_date(d, lang)]),
            None => T::DeadlineRemoved.get(lang).to_string(),
        });
    }
    if ["metric", "baseline", "target", "unit", "current"]
        .iter()
        .any(|f| has(f))
    {
        parts.push(T::MeasureUpdated.get(lang).to_string());
    }
    if has("description") {
        parts.push(T::DescriptionUpdated.get(lang).to_string());
    }
    if has("contact")
        && let Some(name) = contact_name(view, e.contact_id)
    {
        parts.push(T::PersonNow.fill(lang, &[&md(name)]));
    }
    (!parts.is_empty()).then(|| T::Changed.fill(lang, &[&title, &parts.join(", ")]))
}

#[cfg(test)]
mod tests;
