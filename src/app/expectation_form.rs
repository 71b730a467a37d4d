//! The forms for an expectation (every field, with inline validation) and for the
//! interview's own measure and deadline (steps 2 and 7).

use chrono::NaiveDate;

use super::form::{Field, Form};
use crate::domain::dates::parse_date;
use crate::domain::{Contact, Expectation, Interview, Level, Measure, Nature, Source, Status};
use crate::i18n::{ExpectationText, InterviewText, Lang, Localized, describe_date_error, label};

// Field positions in the expectation form.
const TITLE: usize = 0;
const WHOSE: usize = 1;
const NATURE: usize = 2;
const SOURCE: usize = 3;
const LEVEL: usize = 4;
const STATUS: usize = 5;
const DEADLINE: usize = 6;
/// The four measure fields follow, in both forms: metric, baseline, target, unit.
const MEASURE: usize = 7;

// Field positions in the interview's own form.
const FIELDS_DEADLINE: usize = 4;

fn labels<T: Copy + crate::i18n::HasLabel>(all: &[T], lang: Lang) -> Vec<String> {
    all.iter().map(|v| label(*v, lang).to_string()).collect()
}

fn position<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(0)
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

fn measure_fields(m: &Measure, lang: Lang) -> [Field; 4] {
    [
        Field::text(InterviewText::FieldMetric.get(lang), m.metric.clone()),
        Field::text(InterviewText::FieldBaseline.get(lang), m.baseline.clone()),
        Field::text(InterviewText::FieldTarget.get(lang), m.target.clone()),
        Field::text(InterviewText::FieldUnit.get(lang), m.unit.clone()),
    ]
}

fn read_measure(form: &Form, first: usize, current: &str) -> Measure {
    Measure {
        metric: form.text(first).to_string(),
        baseline: form.text(first + 1).to_string(),
        target: form.text(first + 2).to_string(),
        unit: form.text(first + 3).to_string(),
        current: current.to_string(),
    }
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
            date_text(e.deadline),
        ),
    ];
    fields.extend(measure_fields(&e.measure, lang));
    Form::new(title, fields)
}

/// Reads the form back into a copy of `base`; `None` (with the errors marked on the form)
/// when a value is not valid.
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
    e.measure = read_measure(form, MEASURE, &base.measure.current);
    if !e.measure.target.is_empty() && e.measure.metric.is_empty() {
        form.set_error(MEASURE, ExpectationText::MetricRequired.get(lang));
    }
    e.deadline = deadline?;
    (!form.has_errors()).then_some(e)
}

/// The interview's measure (step 7) and deadline (step 2) in one small form; the focus starts
/// on the deadline when `deadline_first`.
pub fn fields_form(interview: &Interview, lang: Lang, deadline_first: bool) -> Form {
    let measure = interview.measure.clone().unwrap_or_default();
    let mut fields: Vec<Field> = measure_fields(&measure, lang).into();
    fields.push(Field::text(
        InterviewText::FieldDeadline.get(lang),
        date_text(interview.deadline),
    ));
    let mut form = Form::new(InterviewText::FieldsTitle.get(lang), fields);
    if deadline_first {
        form.focus = FIELDS_DEADLINE;
    }
    form
}

/// Reads the interview's measure and deadline back; `None` with errors marked.
pub fn read_fields(
    form: &mut Form,
    lang: Lang,
    today: NaiveDate,
) -> Option<(Option<Measure>, Option<NaiveDate>)> {
    form.clear_errors();
    let measure = read_measure(form, 0, "");
    if !measure.target.is_empty() && measure.metric.is_empty() {
        form.set_error(0, ExpectationText::MetricRequired.get(lang));
    }
    let deadline = read_date(form, FIELDS_DEADLINE, today, lang)?;
    if form.has_errors() {
        return None;
    }
    Some(((!measure.is_empty()).then_some(measure), deadline))
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
        e.level = Level::Delighter;
        e.deadline = NaiveDate::from_ymd_opt(2027, 3, 31);
        let mut form = expectation_form("t".into(), &e, &people, Lang::Nl);
        assert_eq!(
            read_expectation(&mut form, &e, &people, Lang::Nl, today()),
            Some(e.clone())
        );

        set(&mut form, DEADLINE, "31-2-2027");
        set(&mut form, TITLE, "");
        assert_eq!(
            read_expectation(&mut form, &e, &people, Lang::Nl, today()),
            None
        );
        assert!(form.fields[DEADLINE].error.is_some());
        assert!(form.fields[TITLE].error.is_some());

        set(&mut form, TITLE, "Sneller");
        set(&mut form, DEADLINE, "q2");
        let read = read_expectation(&mut form, &e, &people, Lang::Nl, today()).unwrap();
        assert_eq!(read.title, "Sneller");
        assert_eq!(read.deadline, NaiveDate::from_ymd_opt(2027, 6, 30));
    }

    #[test]
    fn the_interview_fields_read_measure_and_relative_deadlines() {
        let interview = Interview::new(ClientId(1), ContactId(2), chrono::Utc::now());
        let mut form = fields_form(&interview, Lang::En, true);
        assert_eq!(form.focus, FIELDS_DEADLINE);
        assert_eq!(
            read_fields(&mut form, Lang::En, today()),
            Some((None, None))
        );
        set(&mut form, 0, "turnaround");
        set(&mut form, 1, "10");
        set(&mut form, 2, "3");
        set(&mut form, 3, "days");
        set(&mut form, FIELDS_DEADLINE, "+3m");
        let (measure, deadline) = read_fields(&mut form, Lang::En, today()).unwrap();
        assert_eq!(measure.unwrap().summary(), "turnaround: 10 → 3 days");
        assert_eq!(deadline, NaiveDate::from_ymd_opt(2027, 2, 22));
        set(&mut form, FIELDS_DEADLINE, "soon");
        assert_eq!(read_fields(&mut form, Lang::En, today()), None);
    }
}
