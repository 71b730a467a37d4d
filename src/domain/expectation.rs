//! Expectations: the tracked, measurable items the interview answers turn into, with the
//! history of every change.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{AnswerId, ClientId, ContactId, ExpectationId, InterviewId, Stamp};

/// Declares a closed set of words with a stable English key (used in files and on the command
/// line) and the Dutch words also accepted when reading them.
macro_rules! keyed_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $key:literal $(| $alias:literal)*),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable key, as written in CSV and JSON files.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }

            /// Reads a key or one of its Dutch aliases, ignoring case, spaces and dashes.
            pub fn from_key(text: &str) -> Option<Self> {
                let folded = fold_key(text);
                $(
                    if folded == fold_key($key) $(|| folded == fold_key($alias))* {
                        return Some($name::$variant);
                    }
                )*
                None
            }
        }
    };
}

/// Lower case with spaces, dashes and underscores removed, so `Word of mouth`,
/// `word-of-mouth` and `word_of_mouth` read the same.
fn fold_key(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

keyed_enum!(
    /// Functional (the product or service) or about the relationship.
    Nature { Rational = "rational" | "rationeel", Emotional = "emotional" | "emotioneel" }
);

keyed_enum!(
    /// What shaped the expectation.
    Source {
        Promise = "promise" | "belofte",
        EarlierExperience = "earlier_experience" | "eerdere ervaring" | "ervaring",
        WordOfMouth = "word_of_mouth" | "mond-tot-mond" | "mondtotmondreclame",
        PersonalNeed = "personal_need" | "persoonlijke behoefte" | "behoefte",
        Other = "other" | "anders" | "overig",
    }
);

keyed_enum!(
    /// Value level in the spirit of the Kano model.
    Level {
        Basic = "basic" | "basis",
        Performance = "performance" | "prestatie",
        Delighter = "delighter" | "verrassing" | "wow",
    }
);

keyed_enum!(
    /// Where an expectation stands.
    Status {
        Open = "open",
        InProgress = "in_progress" | "bezig" | "in behandeling",
        Met = "met" | "waargemaakt",
        Exceeded = "exceeded" | "overtroffen",
        Missed = "missed" | "gemist",
        Dropped = "dropped" | "vervallen",
    }
);

impl Status {
    /// Still to be met: counts as open work.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Open | Status::InProgress)
    }
}

/// How an expectation is made measurable: "reports in 3 days instead of 10".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    pub metric: String,
    #[serde(default)]
    pub baseline: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub unit: String,
    /// The level measured most recently, for progress reports.
    #[serde(default)]
    pub current: String,
}

impl Measure {
    pub fn is_empty(&self) -> bool {
        self.metric.is_empty()
            && self.baseline.is_empty()
            && self.target.is_empty()
            && self.unit.is_empty()
            && self.current.is_empty()
    }

    /// One line: `metric: baseline → target unit (now current)`.
    pub fn summary(&self) -> String {
        let mut s = self.metric.clone();
        if !self.baseline.is_empty() || !self.target.is_empty() {
            if !s.is_empty() {
                s.push_str(": ");
            }
            s.push_str(&format!("{} → {}", self.baseline, self.target));
            if !self.unit.is_empty() {
                s.push(' ');
                s.push_str(&self.unit);
            }
        }
        if !self.current.is_empty() {
            s.push_str(&format!(" ({})", self.current));
        }
        s
    }
}

/// One tracked expectation of one person at a client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expectation {
    pub id: ExpectationId,
    pub client_id: ClientId,
    /// Whose expectation it is; `None` only for imported ones not yet tied to a person.
    #[serde(default)]
    pub contact_id: Option<ContactId>,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub nature: Nature,
    pub source: Source,
    pub level: Level,
    #[serde(default)]
    pub measure: Measure,
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    pub status: Status,
    /// The grade (1–10) the person expects to be able to give; the gap of an experience is
    /// measured against it.
    #[serde(default)]
    pub expected_grade: Option<u8>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// The interview answers this expectation came from.
    #[serde(default)]
    pub answers: Vec<AnswerId>,
    #[serde(default)]
    pub interview_id: Option<InterviewId>,
    #[serde(default)]
    pub archived: bool,
    /// The last day someone confirmed it still holds (step 6 of an interview).
    #[serde(default)]
    pub reviewed: Option<NaiveDate>,
    pub created: Stamp,
    pub updated: Stamp,
}

impl Expectation {
    /// A new open expectation with neutral defaults (rational, other source, performance).
    pub fn new(client_id: ClientId, title: impl Into<String>) -> Self {
        Self {
            id: ExpectationId(0),
            client_id,
            contact_id: None,
            title: title.into(),
            description: String::new(),
            nature: Nature::Rational,
            source: Source::Other,
            level: Level::Performance,
            measure: Measure::default(),
            deadline: None,
            status: Status::Open,
            expected_grade: None,
            tags: Vec::new(),
            answers: Vec::new(),
            interview_id: None,
            archived: false,
            reviewed: None,
            created: Stamp::pending(),
            updated: Stamp::pending(),
        }
    }
}

/// One field that changed, as text: what it was and what it became.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub from: String,
    pub to: String,
}

/// One entry in an expectation's history: who changed what, when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpectationChange {
    pub expectation_id: ExpectationId,
    /// Position in this expectation's history, from 0 (the creation).
    pub seq: u64,
    pub stamp: Stamp,
    pub changes: Vec<FieldChange>,
}

fn opt_text<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

impl Expectation {
    /// The fields as (name, text) pairs, in a fixed order; the basis of history entries.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("title", self.title.clone()),
            ("description", self.description.clone()),
            ("contact", opt_text(&self.contact_id)),
            ("nature", self.nature.key().to_string()),
            ("source", self.source.key().to_string()),
            ("level", self.level.key().to_string()),
            ("metric", self.measure.metric.clone()),
            ("baseline", self.measure.baseline.clone()),
            ("target", self.measure.target.clone()),
            ("unit", self.measure.unit.clone()),
            ("current", self.measure.current.clone()),
            ("deadline", opt_text(&self.deadline)),
            ("status", self.status.key().to_string()),
            ("expected_grade", opt_text(&self.expected_grade)),
            ("tags", self.tags.join(" ")),
            ("archived", self.archived.to_string()),
            ("reviewed", opt_text(&self.reviewed)),
        ]
    }

    /// What changed from `self` to `new`, field by field. Empty when nothing did.
    pub fn diff(&self, new: &Expectation) -> Vec<FieldChange> {
        self.fields()
            .into_iter()
            .zip(new.fields())
            .filter(|((_, a), (_, b))| a != b)
            .map(|((field, from), (_, to))| FieldChange {
                field: field.to_string(),
                from,
                to,
            })
            .collect()
    }

    /// The history entry for a new expectation: every non-empty field, from nothing.
    pub fn creation_changes(&self) -> Vec<FieldChange> {
        self.fields()
            .into_iter()
            .filter(|(_, v)| !v.is_empty() && v != "false")
            .map(|(field, to)| FieldChange {
                field: field.to_string(),
                from: String::new(),
                to,
            })
            .collect()
    }

    /// Past its deadline and still open, as of `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.deadline.is_some_and(|d| d < today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    pub(crate) fn sample() -> Expectation {
        let stamp = Stamp::new("anna", Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap());
        Expectation {
            id: ExpectationId(1),
            client_id: ClientId(1),
            contact_id: Some(ContactId(2)),
            title: "Rapportage binnen 3 dagen".into(),
            description: String::new(),
            nature: Nature::Rational,
            source: Source::Promise,
            level: Level::Performance,
            measure: Measure {
                metric: "doorlooptijd rapportage".into(),
                baseline: "10".into(),
                target: "3".into(),
                unit: "dagen".into(),
                current: String::new(),
            },
            deadline: NaiveDate::from_ymd_opt(2026, 6, 30),
            status: Status::Open,
            expected_grade: Some(8),
            tags: vec![],
            answers: vec![],
            interview_id: None,
            archived: false,
            reviewed: None,
            created: stamp.clone(),
            updated: stamp,
        }
    }

    #[test]
    fn keys_and_dutch_aliases_read_back() {
        for s in Source::ALL {
            assert_eq!(Source::from_key(s.key()), Some(*s));
        }
        assert_eq!(Source::from_key("Mond-tot-mond"), Some(Source::WordOfMouth));
        assert_eq!(Source::from_key("word of mouth"), Some(Source::WordOfMouth));
        assert_eq!(Nature::from_key("Emotioneel"), Some(Nature::Emotional));
        assert_eq!(Level::from_key("wow"), Some(Level::Delighter));
        assert_eq!(Status::from_key("in progress"), Some(Status::InProgress));
        assert_eq!(Status::from_key("nonsense"), None);
    }

    #[test]
    fn diff_lists_exactly_the_changed_fields() {
        let old = sample();
        let mut new = old.clone();
        assert!(old.diff(&new).is_empty());
        new.status = Status::Met;
        new.measure.current = "4".into();
        let changes = old.diff(&new);
        assert_eq!(changes.len(), 2);
        assert_eq!(changes[0].field, "current");
        assert_eq!(changes[0].to, "4");
        assert_eq!(changes[1].field, "status");
        assert_eq!(changes[1].from, "open");
        assert_eq!(changes[1].to, "met");
    }

    #[test]
    fn overdue_only_when_open_and_past() {
        let mut e = sample();
        let day = |d| NaiveDate::from_ymd_opt(2026, 7, d).unwrap();
        assert!(e.is_overdue(day(1)));
        e.status = Status::Met;
        assert!(!e.is_overdue(day(1)));
        e.status = Status::InProgress;
        e.deadline = Some(day(2));
        assert!(!e.is_overdue(day(2)));
    }

    #[test]
    fn measure_summary_reads_naturally() {
        assert_eq!(
            sample().measure.summary(),
            "doorlooptijd rapportage: 10 → 3 dagen"
        );
    }
}
