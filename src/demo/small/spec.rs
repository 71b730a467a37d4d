//! The shape of the hand-written example: plain constants that the loader turns into records.
//! Days are counted back from "today", so the example is always recent.

use crate::domain::{Level, Nature, Source, Status};

/// A client with everything that happened with it.
pub struct ClientSpec {
    pub name: &'static str,
    pub sector: &'static str,
    /// Annual revenue in whole euros.
    pub revenue: i64,
    pub notes: &'static str,
    /// The colleague who looks after the client: enters it and logs most of its time.
    pub owner: &'static str,
    /// Days ago the client was entered.
    pub since: i64,
    /// Average contact time a week over the last 90 days, in minutes.
    pub minutes_a_week: u32,
    pub contacts: &'static [ContactSpec],
    pub interviews: &'static [InterviewSpec],
    pub expectations: &'static [ExpectationSpec],
    /// Experiences with the client as a whole, not tied to one expectation.
    pub experiences: &'static [ExperienceSpec],
    /// Days ago a progress report was sent: each leaves a marker in the client's timeline, so
    /// that the next report lists what changed after it.
    pub reports: &'static [i64],
}

pub struct ContactSpec {
    pub name: &'static str,
    pub role: &'static str,
    pub reach: &'static str,
}

pub struct InterviewSpec {
    /// Index into the client's contacts.
    pub contact: usize,
    pub days_ago: i64,
    pub by: &'static str,
    pub minutes: u32,
    /// Completed, or left in progress at the step of its last answer.
    pub done: bool,
    /// (characteristic 1–7, text with inline `#tags`)
    pub answers: &'static [(u8, &'static str)],
}

pub struct ExpectationSpec {
    /// Index into the client's contacts.
    pub contact: usize,
    pub title: &'static str,
    pub description: &'static str,
    pub nature: Nature,
    pub source: Source,
    pub level: Level,
    /// metric, baseline, target, unit
    pub measure: [&'static str; 4],
    /// Deadline in days from today; negative is in the past.
    pub due: Option<i64>,
    pub grade: u8,
    pub tags: &'static [&'static str],
    pub days_ago: i64,
    pub by: &'static str,
    /// The interview (index into the client's interviews) whose answers it came from.
    pub from: Option<usize>,
    /// Later changes, oldest first. The status starts as open.
    pub changes: &'static [ChangeSpec],
    pub experiences: &'static [ExperienceSpec],
}

pub struct ChangeSpec {
    pub days_ago: i64,
    pub by: &'static str,
    pub edit: Edit,
}

/// One change to an expectation.
pub enum Edit {
    Status(Status),
    /// The level measured now.
    Current(&'static str),
    /// A new deadline, in days from today.
    Due(i64),
    Target(&'static str),
    Level(Level),
}

pub struct ExperienceSpec {
    pub days_ago: i64,
    pub by: &'static str,
    pub grade: u8,
    pub note: &'static str,
    pub complaint: bool,
    /// When a complaint was dealt with, in days ago.
    pub resolved: Option<i64>,
}

/// The defaults an expectation spec starts from (`..EXPECTATION`).
pub const EXPECTATION: ExpectationSpec = ExpectationSpec {
    contact: 0,
    title: "",
    description: "",
    nature: Nature::Rational,
    source: Source::Promise,
    level: Level::Performance,
    measure: ["", "", "", ""],
    due: None,
    grade: 7,
    tags: &[],
    days_ago: 60,
    by: "anouk",
    from: None,
    changes: &[],
    experiences: &[],
};

/// A positive or neutral experience.
pub const fn seen(
    days_ago: i64,
    by: &'static str,
    grade: u8,
    note: &'static str,
) -> ExperienceSpec {
    ExperienceSpec {
        days_ago,
        by,
        grade,
        note,
        complaint: false,
        resolved: None,
    }
}

/// A complaint, open or resolved some days ago.
pub const fn complaint(
    days_ago: i64,
    by: &'static str,
    grade: u8,
    note: &'static str,
    resolved: Option<i64>,
) -> ExperienceSpec {
    ExperienceSpec {
        days_ago,
        by,
        grade,
        note,
        complaint: true,
        resolved,
    }
}

pub const fn change(days_ago: i64, by: &'static str, edit: Edit) -> ChangeSpec {
    ChangeSpec { days_ago, by, edit }
}

pub const fn contact(name: &'static str, role: &'static str, reach: &'static str) -> ContactSpec {
    ContactSpec { name, role, reach }
}
