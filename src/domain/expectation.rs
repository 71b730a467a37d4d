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
        Met = "met" | "gehaald" | "waargemaakt",
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

    /// Still weighing on the relationship: open work, or missed and not yet recovered (a
    /// missed expectation weighs until it is met after all, reopened or dropped).
    pub fn is_live(self) -> bool {
        self.is_open() || self == Status::Missed
    }

    /// Delivered: met or exceeded.
    pub fn is_delivered(self) -> bool {
        matches!(self, Status::Met | Status::Exceeded)
    }
}

/// One measurement of the current level, on the day it was measured.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Point {
    pub on: NaiveDate,
    pub value: String,
}

/// A number as people write it in a measure: `5`, `5,5`, `2.5`, `80%`, `3 dagen`. The leading
/// number counts; `None` when there is none.
pub fn leading_number(text: &str) -> Option<f64> {
    let text = text.trim();
    let end = text
        .char_indices()
        .find(|(i, c)| !(c.is_ascii_digit() || *c == '.' || *c == ',' || (*i == 0 && *c == '-')))
        .map_or(text.len(), |(i, _)| i);
    let number = text[..end].trim_end_matches(['.', ',']);
    if number.is_empty() || number == "-" {
        return None;
    }
    // A lone comma is a decimal comma; with both, the last one is the decimal mark.
    let normal = match (number.rfind(','), number.rfind('.')) {
        (Some(c), Some(d)) if c > d => number.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => number.replace(',', ""),
        (Some(_), None) => number.replace(',', "."),
        _ => number.to_string(),
    };
    normal.parse().ok()
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
    /// The level measured most recently: the value of the latest point.
    #[serde(default)]
    pub current: String,
    /// Every measurement of the current level, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<Point>,
}

impl Measure {
    pub fn is_empty(&self) -> bool {
        self.metric.is_empty()
            && self.baseline.is_empty()
            && self.target.is_empty()
            && self.unit.is_empty()
            && self.current.is_empty()
    }

    /// Records a measurement: a dated point, in date order (a later one of the same day after
    /// the earlier), and the current level becomes the value of the latest point.
    pub fn record(&mut self, value: impl Into<String>, on: NaiveDate) {
        let value = value.into();
        let at = self.points.partition_point(|p| p.on <= on);
        self.points.insert(at, Point { on, value });
        if let Some(last) = self.points.last() {
            self.current = last.value.clone();
        }
    }

    /// The levels measured so far, starting at the baseline: `5 → 3 → 2`. A current level
    /// without points (imported, or from before points were kept) counts as one.
    pub fn trend(&self) -> Vec<&str> {
        let mut values: Vec<&str> = Vec::new();
        if !self.baseline.trim().is_empty() {
            values.push(self.baseline.trim());
        }
        if self.points.is_empty() {
            if !self.current.trim().is_empty() {
                values.push(self.current.trim());
            }
        } else {
            values.extend(self.points.iter().map(|p| p.value.trim()));
        }
        values
    }

    /// How far the current level has come from the baseline toward the target: 0 at the
    /// baseline, 1 at the target, above 1 beyond it, below 0 when it went the wrong way.
    /// `None` unless baseline, target and current level are numbers and the baseline is not
    /// the target.
    pub fn progress(&self) -> Option<f64> {
        let baseline = leading_number(&self.baseline)?;
        let target = leading_number(&self.target)?;
        let current = leading_number(&self.current)?;
        let span = target - baseline;
        (span.abs() > f64::EPSILON).then(|| (current - baseline) / span)
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
    /// The last day someone confirmed it still holds (step 6 of an interview), or that a
    /// delivered delighter still delights.
    #[serde(default)]
    pub reviewed: Option<NaiveDate>,
    /// The day the status last changed (set by the store on every write that changes it).
    #[serde(default)]
    pub status_since: Option<NaiveDate>,
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
            status_since: None,
            created: Stamp::pending(),
            updated: Stamp::pending(),
        }
    }

    /// Today's wow is tomorrow's basic: a delighter delivered (met or exceeded) longer than
    /// `days` ago, and not confirmed as still delighting since, is due for review. Returns the
    /// day it was delivered (or last confirmed).
    pub fn due_for_review(&self, today: NaiveDate, days: i64) -> Option<NaiveDate> {
        if self.archived || self.level != Level::Delighter || !self.status.is_delivered() {
            return None;
        }
        let delivered = self.status_since.unwrap_or(self.updated.at.date_naive());
        let since = self.reviewed.map_or(delivered, |r| r.max(delivered));
        ((today - since).num_days() > days).then_some(since)
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
    ///
    /// A measurement that is not the new current level (one dated earlier, or one taken
    /// back) is listed as a `point` of its own; a new current level is the `current` change.
    pub fn diff(&self, new: &Expectation) -> Vec<FieldChange> {
        let mut changes: Vec<FieldChange> = self
            .fields()
            .into_iter()
            .zip(new.fields())
            .filter(|((_, a), (_, b))| a != b)
            .map(|((field, from), (_, to))| FieldChange {
                field: field.to_string(),
                from,
                to,
            })
            .collect();
        let (before, after) = (&self.measure.points, &new.measure.points);
        let current_changed = self.measure.current != new.measure.current;
        let point = |p: &Point| format!("{} {}", p.on, p.value);
        for (i, p) in after.iter().enumerate() {
            let is_new_current = current_changed && i + 1 == after.len();
            if !before.contains(p) && !is_new_current {
                changes.push(FieldChange {
                    field: "point".into(),
                    from: String::new(),
                    to: point(p),
                });
            }
        }
        for p in before.iter().filter(|p| !after.contains(p)) {
            changes.push(FieldChange {
                field: "point".into(),
                from: point(p),
                to: String::new(),
            });
        }
        changes
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
                points: Vec::new(),
            },
            deadline: NaiveDate::from_ymd_opt(2026, 6, 30),
            status: Status::Open,
            expected_grade: Some(8),
            tags: vec![],
            answers: vec![],
            interview_id: None,
            archived: false,
            reviewed: None,
            status_since: None,
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
    fn measurements_are_dated_points_and_show_progress() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
        let mut m = Measure {
            metric: "foutpercentage".into(),
            baseline: "5".into(),
            target: "0".into(),
            unit: "%".into(),
            ..Measure::default()
        };
        assert_eq!(m.trend(), vec!["5"]);
        assert_eq!(m.progress(), None, "no current level yet");
        m.record("2", day(20));
        m.record("3", day(10));
        assert_eq!(m.current, "2", "the latest point, not the last typed");
        assert_eq!(m.trend(), vec!["5", "3", "2"]);
        assert!((m.progress().unwrap() - 0.6).abs() < 1e-9, "60% of the way");
        m.record("6", day(25));
        assert!(m.progress().unwrap() < 0.0, "the wrong way");
        assert_eq!(leading_number("12,5 dagen"), Some(12.5));
        assert_eq!(leading_number("1.234,5"), Some(1234.5));
        assert_eq!(leading_number("80%"), Some(80.0));
        assert_eq!(leading_number("-3"), Some(-3.0));
        assert_eq!(leading_number("veel"), None);
    }

    #[test]
    fn delivered_delighters_fall_due_for_review() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let mut e = sample();
        e.level = Level::Delighter;
        e.status_since = Some(today - chrono::Duration::days(200));
        assert_eq!(e.due_for_review(today, 180), None, "still open");
        e.status = Status::Met;
        assert_eq!(e.due_for_review(today, 180), e.status_since);
        e.reviewed = Some(today - chrono::Duration::days(10));
        assert_eq!(e.due_for_review(today, 180), None, "confirmed recently");
        e.reviewed = None;
        e.level = Level::Basic;
        assert_eq!(e.due_for_review(today, 180), None, "already a basic");
    }

    #[test]
    fn measure_summary_reads_naturally() {
        assert_eq!(
            sample().measure.summary(),
            "doorlooptijd rapportage: 10 → 3 dagen"
        );
    }
}
