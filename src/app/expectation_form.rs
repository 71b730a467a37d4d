//! The forms for an expectation (every field, with inline validation), for one measurement of
//! its current level, and for what an interview answer says about its deadline, measure and
//! expected grade (steps 2 and 7).

use chrono::NaiveDate;

use super::form::{Field, Form};
use crate::domain::dates::parse_date;
use crate::domain::interview::AnswerFields;
use crate::domain::tags::normalize;
use crate::domain::{Contact, Expectation, Level, Measure, Nature, Source, Status};
use crate::i18n::{ExpectationText, InterviewText, Lang, Localized, describe_date_error, label};

// Field positions in the expectation form.
const TITLE: usize = 0;
const DESCRIPTION: usize = 1;
const WHOSE: usize = 2;
const NATURE: usize = 3;
const SOURCE: usize = 4;
const LEVEL: usize = 5;
const STATUS: usize = 6;
const DEADLINE: usize = 7;
/// The four measure fields follow, in both forms: metric, unit, baseline, target.
const MEASURE: usize = 8;
const CURRENT: usize = 12;
const GRADE: usize = 13;
const TAGS: usize = 14;

// Field positions in the answer's form.
const ANSWER_DEADLINE: usize = 0;
const ANSWER_MEASURE: usize = 1;
const ANSWER_GRADE: usize = 5;

fn labels<T: Copy + crate::i18n::HasLabel>(all: &[T], lang: Lang) -> Vec<String> {
    all.iter().map(|v| label(*v, lang).to_string()).collect()
}

fn position<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(0)
}

/// A date as the user's language writes it; the date parser reads both ways back.
fn date_text(date: Option<NaiveDate>, lang: Lang) -> String {
    date.map(|d| crate::i18n::fmt_date(d, lang))
        .unwrap_or_default()
}

fn grade_text(grade: Option<u8>) -> String {
    grade.map(|g| g.to_string()).unwrap_or_default()
}

fn measure_fields(m: &Measure, lang: Lang) -> [Field; 4] {
    [
        Field::text(InterviewText::FieldMetric.get(lang), m.metric.clone()),
        Field::text(InterviewText::FieldUnit.get(lang), m.unit.clone()),
        Field::text(InterviewText::FieldBaseline.get(lang), m.baseline.clone()),
        Field::text(InterviewText::FieldTarget.get(lang), m.target.clone()),
    ]
}

/// Reads the four measure fields into a copy of `base` (which keeps its current level and
/// points); an error on the metric when a target is given without one.
fn read_measure(form: &mut Form, first: usize, base: &Measure, lang: Lang) -> Measure {
    let m = Measure {
        metric: form.text(first).to_string(),
        unit: form.text(first + 1).to_string(),
        baseline: form.text(first + 2).to_string(),
        target: form.text(first + 3).to_string(),
        ..base.clone()
    };
    if !m.target.is_empty() && m.metric.is_empty() {
        form.set_error(first, ExpectationText::MetricRequired.get(lang));
    }
    m
}

/// Reads an optional date field, marking it when it cannot be read.
fn read_date(form: &mut Form, i: usize, today: NaiveDate, lang: Lang) -> Option<Option<NaiveDate>> {
    let text = form.text(i).to_string();
    if text.is_empty() {
        return Some(None);
    }
    match parse_date(&text, today) {
        Ok(date) => Some(Some(date)),
        Err(e) => {
            form.set_error(i, describe_date_error(&e, lang));
            None
        }
    }
}

/// Reads an optional report grade (1–10), marking the field when it is not one.
fn read_grade(form: &mut Form, i: usize, lang: Lang) -> Option<Option<u8>> {
    let text = form.text(i).to_string();
    if text.is_empty() {
        return Some(None);
    }
    match text.parse::<u8>() {
        Ok(g) if crate::domain::experience::valid_grade(g) => Some(Some(g)),
        _ => {
            form.set_error(i, ExpectationText::BadGrade.get(lang));
            None
        }
    }
}

/// A form holding every field of `e`. Whose: the client's people, or nobody.
pub fn expectation_form(title: String, e: &Expectation, people: &[Contact], lang: Lang) -> Form {
    let mut whose = vec![ExpectationText::Nobody.get(lang).to_string()];
    whose.extend(people.iter().map(|c| c.name.clone()));
    let whose_index = e
        .contact_id
        .and_then(|id| people.iter().position(|c| c.id == id))
        .map_or(0, |i| i + 1);
    let mut fields = vec![
        Field::text(ExpectationText::Title.get(lang), e.title.clone()),
        Field::text(
            ExpectationText::Description.get(lang),
            e.description.clone(),
        ),
        Field::choice(ExpectationText::Whose.get(lang), whose, whose_index),
        Field::choice(
            ExpectationText::Nature.get(lang),
            labels(Nature::ALL, lang),
            position(Nature::ALL, &e.nature),
        ),
        Field::choice(
            ExpectationText::Source.get(lang),
            labels(Source::ALL, lang),
            position(Source::ALL, &e.source),
        ),
        Field::choice(
            ExpectationText::Level.get(lang),
            labels(Level::ALL, lang),
            position(Level::ALL, &e.level),
        ),
        Field::choice(
            ExpectationText::Status.get(lang),
            labels(Status::ALL, lang),
            position(Status::ALL, &e.status),
        ),
        Field::text(
            InterviewText::FieldDeadline.get(lang),
            date_text(e.deadline, lang),
        ),
    ];
    fields.extend(measure_fields(&e.measure, lang));
    fields.push(Field::text(
        ExpectationText::Current.get(lang),
        e.measure.current.clone(),
    ));
    fields.push(Field::text(
        ExpectationText::ExpectedGrade.get(lang),
        grade_text(e.expected_grade),
    ));
    fields.push(Field::text(
        ExpectationText::Tags.get(lang),
        e.tags.join(" "),
    ));
    Form::new(title, fields)
}

/// Reads the form back into a copy of `base`; `None` (with the errors marked on the form)
/// when a value is not valid. A changed current level is a new measurement, dated today.
pub fn read_expectation(
    form: &mut Form,
    base: &Expectation,
    people: &[Contact],
    lang: Lang,
    today: NaiveDate,
) -> Option<Expectation> {
    form.clear_errors();
    let mut e = base.clone();
    e.title = form.text(TITLE).to_string();
    if e.title.is_empty() {
        form.set_error(TITLE, ExpectationText::TitleRequired.get(lang));
    }
    e.description = form.text(DESCRIPTION).to_string();
    e.contact_id = form
        .choice(WHOSE)
        .checked_sub(1)
        .and_then(|i| people.get(i))
        .map(|c| c.id);
    e.nature = Nature::ALL[form.choice(NATURE).min(Nature::ALL.len() - 1)];
    e.source = Source::ALL[form.choice(SOURCE).min(Source::ALL.len() - 1)];
    e.level = Level::ALL[form.choice(LEVEL).min(Level::ALL.len() - 1)];
    e.status = Status::ALL[form.choice(STATUS).min(Status::ALL.len() - 1)];
    let deadline = read_date(form, DEADLINE, today, lang);
    e.measure = read_measure(form, MEASURE, &base.measure, lang);
    let current = form.text(CURRENT).to_string();
    if current != base.measure.current.trim() {
        if current.is_empty() {
            e.measure.current.clear();
        } else {
            e.measure.record(current, today);
        }
    }
    let grade = read_grade(form, GRADE, lang);
    e.tags = Vec::new();
    crate::domain::tags::merge(
        &mut e.tags,
        form.text(TAGS).split([' ', ',', ';']).filter_map(normalize),
    );
    e.deadline = deadline?;
    e.expected_grade = grade?;
    (!form.has_errors()).then_some(e)
}

/// One measurement of the current level: the value and the day it was measured (today
/// unless said otherwise).
pub fn measurement_form(e: &Expectation, lang: Lang, today: NaiveDate) -> Form {
    let unit = e.measure.unit.trim();
    let value_label = if unit.is_empty() {
        ExpectationText::Current.get(lang).to_string()
    } else {
        format!("{} ({unit})", ExpectationText::Current.get(lang))
    };
    Form::new(
        ExpectationText::MeasurementTitle.fill(lang, &[&e.title]),
        vec![
            Field::text(value_label, ""),
            Field::text(
                ExpectationText::MeasuredOn.get(lang),
                date_text(Some(today), lang),
            ),
        ],
    )
}

/// The measurement read back into a copy of `e`; `None` with the errors marked.
pub fn read_measurement(
    form: &mut Form,
    e: &Expectation,
    lang: Lang,
    today: NaiveDate,
) -> Option<Expectation> {
    form.clear_errors();
    let value = form.text(0).to_string();
    if value.is_empty() {
        form.set_error(0, ExpectationText::ValueRequired.get(lang));
    }
    let on = match read_date(form, 1, today, lang) {
        Some(Some(day)) if day > today => {
            form.set_error(1, ExpectationText::NotInFuture.get(lang));
            None
        }
        Some(day) => Some(day.unwrap_or(today)),
        None => None,
    };
    let on = on?;
    if form.has_errors() {
        return None;
    }
    let mut e = e.clone();
    e.measure.record(value, on);
    Some(e)
}

/// What an answer says about by when, how it is measured and the grade expected, in one small
/// form; the focus starts on the measure at step 7, else on the deadline.
pub fn answer_fields_form(fields: &AnswerFields, lang: Lang, yardstick: bool) -> Form {
    let measure = fields.measure.clone().unwrap_or_default();
    let mut list = vec![Field::text(
        InterviewText::FieldDeadline.get(lang),
        date_text(fields.deadline, lang),
    )];
    list.extend(measure_fields(&measure, lang));
    list.push(Field::text(
        ExpectationText::ExpectedGrade.get(lang),
        grade_text(fields.expected_grade),
    ));
    let mut form = Form::new(InterviewText::FieldsTitle.get(lang), list);
    if yardstick {
        form.focus = ANSWER_MEASURE;
    }
    form
}

/// The answer's fields read back; `None` with errors marked.
pub fn read_answer_fields(form: &mut Form, lang: Lang, today: NaiveDate) -> Option<AnswerFields> {
    form.clear_errors();
    let measure = read_measure(form, ANSWER_MEASURE, &Measure::default(), lang);
    let deadline = read_date(form, ANSWER_DEADLINE, today, lang);
    let grade = read_grade(form, ANSWER_GRADE, lang);
    let (deadline, grade) = (deadline?, grade?);
    if form.has_errors() {
        return None;
    }
    Some(AnswerFields {
        deadline,
        measure: (!measure.is_empty()).then_some(measure),
        expected_grade: grade,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::Value;
    use crate::domain::{ClientId, ContactId};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn set(form: &mut Form, i: usize, text: &str) {
        if let Value::Text(input) = &mut form.fields[i].value {
            input.set(text);
        }
    }

    #[test]
    fn round_trips_every_field_and_rejects_bad_values_unchanged() {
        let mut people = vec![Contact::new(ClientId(1), "Els", "directeur")];
        people[0].id = ContactId(4);
        let mut e = Expectation::new(ClientId(1), "Rapport binnen 3 dagen");
        e.contact_id = Some(ContactId(4));
        e.description = "Zoals in de offerte".into();
        e.level = Level::Delighter;
        e.deadline = NaiveDate::from_ymd_opt(2027, 3, 31);
        e.expected_grade = Some(8);
        e.tags = vec!["rapportage".into(), "belofte".into()];
        e.measure.metric = "doorlooptijd".into();
        e.measure.record("7", today());
        let mut form = expectation_form("t".into(), &e, &people, Lang::Nl);
        assert_eq!(form.fields.len(), TAGS + 1);
        assert_eq!(form.text(DEADLINE), "31-03-2027", "written the Dutch way");
        assert_eq!(
            expectation_form("t".into(), &e, &people, Lang::En).text(DEADLINE),
            "2027-03-31"
        );
        assert_eq!(
            read_expectation(&mut form, &e, &people, Lang::Nl, today()),
            Some(e.clone())
        );

        set(&mut form, DEADLINE, "31-2-2027");
        set(&mut form, TITLE, "");
        set(&mut form, GRADE, "11");
        assert_eq!(
            read_expectation(&mut form, &e, &people, Lang::Nl, today()),
            None
        );
        assert!(form.fields[DEADLINE].error.is_some());
        assert!(form.fields[TITLE].error.is_some());
        assert!(form.fields[GRADE].error.is_some());

        set(&mut form, TITLE, "Sneller");
        set(&mut form, DEADLINE, "q2");
        set(&mut form, GRADE, "9");
        set(&mut form, CURRENT, "5");
        set(&mut form, TAGS, "#Snel, rapportage");
        let read = read_expectation(&mut form, &e, &people, Lang::Nl, today()).unwrap();
        assert_eq!(read.title, "Sneller");
        assert_eq!(read.deadline, NaiveDate::from_ymd_opt(2027, 6, 30));
        assert_eq!(read.expected_grade, Some(9));
        assert_eq!(read.tags, vec!["snel", "rapportage"]);
        assert_eq!(read.measure.current, "5");
        assert_eq!(read.measure.trend(), vec!["7", "5"], "a new dated point");
    }

    #[test]
    fn a_measurement_is_a_dated_point_never_in_the_future() {
        let mut e = Expectation::new(ClientId(1), "Foutpercentage omlaag");
        e.measure.baseline = "5".into();
        e.measure.unit = "%".into();
        let mut form = measurement_form(&e, Lang::En, today());
        assert_eq!(form.fields[0].label, "Current level (%)");
        assert_eq!(read_measurement(&mut form, &e, Lang::En, today()), None);
        set(&mut form, 0, "3");
        set(&mut form, 1, "+2d");
        assert_eq!(read_measurement(&mut form, &e, Lang::En, today()), None);
        set(&mut form, 1, "2026-11-01");
        let read = read_measurement(&mut form, &e, Lang::En, today()).unwrap();
        assert_eq!(read.measure.trend(), vec!["5", "3"]);
        assert_eq!(
            read.measure.points[0].on,
            NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
        );
    }

    #[test]
    fn the_answer_fields_read_deadline_measure_and_grade() {
        let mut form = answer_fields_form(&AnswerFields::default(), Lang::En, false);
        assert_eq!(form.focus, ANSWER_DEADLINE);
        assert_eq!(
            read_answer_fields(&mut form, Lang::En, today()),
            Some(AnswerFields::default())
        );
        set(&mut form, ANSWER_MEASURE, "turnaround");
        set(&mut form, ANSWER_MEASURE + 1, "days");
        set(&mut form, ANSWER_MEASURE + 2, "10");
        set(&mut form, ANSWER_MEASURE + 3, "3");
        set(&mut form, ANSWER_DEADLINE, "+3m");
        set(&mut form, ANSWER_GRADE, "8");
        let fields = read_answer_fields(&mut form, Lang::En, today()).unwrap();
        assert_eq!(fields.measure.unwrap().summary(), "turnaround: 10 → 3 days");
        assert_eq!(fields.deadline, NaiveDate::from_ymd_opt(2027, 2, 22));
        assert_eq!(fields.expected_grade, Some(8));
        set(&mut form, ANSWER_DEADLINE, "soon");
        assert_eq!(read_answer_fields(&mut form, Lang::En, today()), None);
        assert_eq!(
            answer_fields_form(&AnswerFields::default(), Lang::En, true).focus,
            ANSWER_MEASURE
        );
    }
}
