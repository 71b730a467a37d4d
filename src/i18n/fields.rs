//! The words for a record's fields, as people say them: one list for the history, the
//! timeline and the messages about a colleague's change.

use crate::domain::Kind;
use crate::i18n::{HistoryText as H, Lang, Localized};

/// The word for a field of a record of `kind`. Expectation fields go by their history name
/// (`current`, `contact`) or by their stored path (`measure.current`, `contact_id`).
pub fn field_word(kind: Kind, field: &str, lang: Lang) -> Option<&'static str> {
    let field = field.strip_prefix("measure.").unwrap_or(field);
    Some(
        match (kind, field) {
            (Kind::Expectation, _) => expectation_field(field)?,
            (_, "name") => H::Name,
            (_, "archived") => H::Archived,
            (_, "notes" | "note") => H::Note,
            (Kind::Client, "revenue") => H::Revenue,
            (Kind::Client, "sector") => H::Sector,
            (Kind::Contact, "role") => H::Role,
            (Kind::Contact, "reach") => H::Reach,
            (Kind::Interview, "status") => H::InterviewStatus,
            (Kind::Interview, "ended") => H::Ended,
            (_, "contact_id") => H::Contact,
            (Kind::Answer, "text") => H::Text,
            (Kind::Answer, "tags") => H::Tags,
            (Kind::Answer, "fields") => H::AnswerFields,
            (Kind::Answer, "step") => H::Step,
            (Kind::Experience, "grade") => H::Grade,
            (Kind::Experience, "complaint") => H::Complaint,
            (Kind::Experience, "resolved") => H::Resolved,
            (Kind::Experience, "expectation_id") => H::About,
            (Kind::Experience, "positive") => H::Positive,
            (Kind::Experience, "at") | (Kind::Time, "at") => H::When,
            (Kind::Time, "minutes") => H::Minutes,
            _ => return None,
        }
        .get(lang),
    )
}

fn expectation_field(field: &str) -> Option<H> {
    Some(match field {
        "title" => H::Title,
        "description" => H::Description,
        "contact" | "contact_id" => H::Contact,
        "nature" => H::Nature,
        "source" => H::Source,
        "level" => H::Level,
        "metric" => H::Metric,
        "baseline" => H::Baseline,
        "target" => H::Target,
        "unit" => H::Unit,
        "current" => H::Current,
        "deadline" => H::Deadline,
        "status" => H::Status,
        "expected_grade" => H::ExpectedGrade,
        "tags" => H::Tags,
        "archived" => H::Archived,
        "reviewed" => H::Reviewed,
        "point" | "points" => H::Point,
        _ => return None,
    })
}
