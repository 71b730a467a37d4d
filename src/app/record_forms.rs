//! Forms for clients, people, experiences, time and an expectation's status: built from a
//! record, read back with every bad value marked inline, the record unchanged until then.

use chrono::{DateTime, NaiveDate, Utc};

use super::form::{Field, Form};
use super::record::Record;
use crate::domain::money::parse_amount;
use crate::domain::{Client, Contact, Expectation, Experience, Status, TimeEntry};
use crate::i18n::{Lang, Localized, RecordText as T, describe_amount_error, label};

/// Amounts in forms: plain, with a decimal comma in Dutch, so they read back exactly.
fn amount_text(cents: i64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Nl => ",",
        Lang::En => ".",
    };
    // The sign is written apart: −50 cents has no whole euros to carry it.
    let sign = if cents < 0 { "-" } else { "" };
    let (euros, rest) = (cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
    if rest == 0 {
        format!("{sign}{euros}")
    } else {
        format!("{sign}{euros}{sep}{rest:02}")
    }
}

fn yes_no(lang: Lang, yes: bool) -> (Vec<String>, usize) {
    (
        vec![T::No.get(lang).to_string(), T::Yes.get(lang).to_string()],
        usize::from(yes),
    )
}

/// The form for any editable record; `None` for kinds edited elsewhere.
pub fn form_for(record: &Record, ctx: &FormScope, lang: Lang) -> Form {
    let title = |new: T, edit: T| {
        let t = if record.is_new() { new } else { edit };
        t.fill(lang, &[&ctx.client_name])
    };
    match record {
        Record::Client(c) => Form::new(
            title(T::NewClient, T::EditClient),
            vec![
                Field::text(T::Name.get(lang), c.name.clone()),
                Field::text(T::Revenue.get(lang), amount_text(c.revenue.0, lang)),
                Field::text(T::Sector.get(lang), c.sector.clone()),
                Field::text(T::Notes.get(lang), c.notes.clone()),
            ],
        ),
        Record::Contact(c) => Form::new(
            title(T::NewContact, T::EditContact),
            vec![
                Field::text(T::Name.get(lang), c.name.clone()),
                Field::text(T::Role.get(lang), c.role.clone()),
                Field::text(T::Reach.get(lang), c.reach.clone()),
            ],
        ),
        Record::Expectation(e) => super::expectation_form::expectation_form(
            title(T::NewExpectation, T::EditExpectation),
            e,
            &ctx.people,
            lang,
        ),
        Record::Experience(x) => {
            let (complaint, is_complaint) = yes_no(lang, x.complaint);
            let (resolved, is_resolved) = yes_no(lang, x.resolved);
            let mut about = vec![T::AboutClient.get(lang).to_string()];
            about.extend(ctx.expectations.iter().map(|e| e.title.clone()));
            let about_index = x
                .expectation_id
                .and_then(|id| ctx.expectations.iter().position(|e| e.id == id))
                .map_or(0, |i| i + 1);
            let mut whose = vec![T::Nobody.get(lang).to_string()];
            whose.extend(ctx.people.iter().map(|c| c.name.clone()));
            let whose_index = x
                .contact_id
                .and_then(|id| ctx.people.iter().position(|c| c.id == id))
                .map_or(0, |i| i + 1);
            Form::new(
                title(T::NewExperience, T::EditExperience),
                vec![
                    // A new experience has no grade until one is given: typing is the grade.
                    Field::text(
                        T::Grade.get(lang),
                        if record.is_new() {
                            String::new()
                        } else {
                            x.grade.to_string()
                        },
                    ),
                    Field::text(T::Note.get(lang), x.note.clone()),
                    Field::choice(T::Complaint.get(lang), complaint, is_complaint),
                    Field::choice(T::Resolved.get(lang), resolved, is_resolved),
                    Field::choice(T::About.get(lang), about, about_index),
                    Field::choice(T::Whose.get(lang), whose, whose_index),
                    Field::text(T::Date.get(lang), day_text(x.at, lang)),
                ],
            )
        }
        Record::Time(t) => Form::new(
            title(T::NewTime, T::EditTime),
            vec![
                Field::text(T::Minutes.get(lang), t.minutes.to_string()),
                Field::text(T::Note.get(lang), t.note.clone()),
                Field::text(T::Date.get(lang), day_text(t.at, lang)),
            ],
        ),
    }
}

/// The day of a moment as the user's language writes it.
fn day_text(at: DateTime<Utc>, lang: Lang) -> String {
    crate::i18n::fmt_date(at.date_naive(), lang)
}

/// Reads the date field `i` of an experience or time entry into a moment: the same moment when
/// the day did not change, else that day at the time of day of `now`. Marks the field when it
/// is not a date or lies in the future.
fn read_day(
    form: &mut Form,
    i: usize,
    was: DateTime<Utc>,
    ctx: &FormScope,
    lang: Lang,
) -> DateTime<Utc> {
    match crate::domain::parse_date(form.text(i), ctx.today) {
        Ok(day) if day > ctx.today => {
            form.set_error(i, T::NotInFuture.get(lang));
            was
        }
        Ok(day) if day == was.date_naive() => was,
        Ok(day) => day.and_time(ctx.now.time()).and_utc(),
        Err(e) => {
            form.set_error(i, crate::i18n::describe_date_error(&e, lang));
            was
        }
    }
}

/// What a form's choices come from besides the record: the client it is about, its people
/// and open expectations, and the day.
#[derive(Clone, Debug, Default)]
pub struct FormScope {
    pub client_name: String,
    pub people: Vec<Contact>,
    pub expectations: Vec<Expectation>,
    pub today: chrono::NaiveDate,
    pub now: DateTime<Utc>,
}

/// Reads a form back into a copy of `base`; `None` with the errors marked on the form.
pub fn read_form(form: &mut Form, base: &Record, ctx: &FormScope, lang: Lang) -> Option<Record> {
    form.clear_errors();
    let required = |form: &mut Form, i: usize| {
        if form.text(i).is_empty() {
            form.set_error(i, T::Required.get(lang));
        }
    };
    let record =
        match base {
            Record::Client(c) => {
                required(form, 0);
                let revenue = match parse_amount(form.text(1)) {
                    Ok(cents) => cents,
                    Err(e) => {
                        let text = form.text(1).to_string();
                        form.set_error(1, describe_amount_error(&e, &text, lang));
                        c.revenue
                    }
                };
                Record::Client(Client {
                    name: form.text(0).to_string(),
                    revenue,
                    sector: form.text(2).to_string(),
                    notes: form.text(3).to_string(),
                    ..c.clone()
                })
            }
            Record::Contact(c) => {
                required(form, 0);
                Record::Contact(Contact {
                    name: form.text(0).to_string(),
                    role: form.text(1).to_string(),
                    reach: form.text(2).to_string(),
                    ..c.clone()
                })
            }
            Record::Expectation(e) => Record::Expectation(
                super::expectation_form::read_expectation(form, e, &ctx.people, lang, ctx.today)?,
            ),
            Record::Experience(x) => {
                let grade = form
                    .text(0)
                    .parse::<u8>()
                    .ok()
                    .filter(|g| crate::domain::experience::valid_grade(*g));
                if grade.is_none() {
                    form.set_error(0, T::BadGrade.get(lang));
                }
                let complaint = form.choice(2) == 1;
                let grade = grade.unwrap_or(x.grade);
                let at = read_day(form, 6, x.at, ctx, lang);
                let mut read = Experience {
                    at,
                    grade,
                    note: form.text(1).to_string(),
                    complaint,
                    resolved: complaint && form.choice(3) == 1,
                    expectation_id: form
                        .choice(4)
                        .checked_sub(1)
                        .and_then(|i| ctx.expectations.get(i))
                        .map(|e| e.id),
                    contact_id: form
                        .choice(5)
                        .checked_sub(1)
                        .and_then(|i| ctx.people.get(i))
                        .map(|c| c.id),
                    ..x.clone()
                };
                // Positive or not follows from the gap where a grade was expected.
                let expected = crate::domain::gap::expected_for(&read, &ctx.expectations);
                read.positive = crate::domain::gap::is_positive(&read, expected);
                Record::Experience(read)
            }
            Record::Time(t) => {
                let minutes = form
                    .text(0)
                    .parse::<u32>()
                    .ok()
                    .filter(|m| (1..=24 * 60).contains(m));
                if minutes.is_none() {
                    form.set_error(0, T::BadMinutes.get(lang));
                }
                let at = read_day(form, 2, t.at, ctx, lang);
                Record::Time(TimeEntry {
                    at,
                    minutes: minutes.unwrap_or(t.minutes),
                    note: form.text(1).to_string(),
                    ..t.clone()
                })
            }
        };
    if form.has_errors() {
        None
    } else {
        Some(record)
    }
}

/// How long a recovery gets by default.
const RECOVERY_DAYS: u64 = 14;

/// Reopening an expectation a complaint pointed at (or that was missed): by when it must be
/// put right, and (with open complaints) whether they are dealt with now.
pub fn recover_form(e: &Expectation, complaints: usize, lang: Lang, today: NaiveDate) -> Form {
    let due = today
        .checked_add_days(chrono::Days::new(RECOVERY_DAYS))
        .unwrap_or(today);
    let mut fields = vec![Field::text(
        T::RecoveryDeadline.get(lang),
        crate::i18n::fmt_date(due, lang),
    )];
    if complaints > 0 {
        let (options, index) = yes_no(lang, false);
        fields.push(Field::choice(
            T::ComplaintsDealtWith.fill(lang, &[&complaints]),
            options,
            index,
        ));
    }
    Form::new(T::RecoverTitle.fill(lang, &[&e.title]), fields)
}

/// The reopened expectation (open, with the recovery deadline) and the complaints to mark
/// as dealt with; `None` with the errors marked.
pub fn read_recover(
    form: &mut Form,
    e: &Expectation,
    complaints: &[Experience],
    lang: Lang,
    today: NaiveDate,
) -> Option<(Expectation, Vec<(Experience, Experience)>)> {
    form.clear_errors();
    let deadline = match crate::domain::parse_date(form.text(0), today) {
        Ok(d) => d,
        Err(err) => {
            form.set_error(0, crate::i18n::describe_date_error(&err, lang));
            return None;
        }
    };
    let mut reopened = e.clone();
    if !reopened.status.is_open() {
        reopened.status = Status::Open;
    }
    reopened.deadline = Some(deadline);
    let resolve = if form.choice(1) == 1 {
        complaints
            .iter()
            .map(|x| {
                let resolved = Experience {
                    resolved: true,
                    ..x.clone()
                };
                (x.clone(), resolved)
            })
            .collect()
    } else {
        Vec::new()
    };
    Some((reopened, resolve))
}

/// A one-field form to change an expectation's status.
pub fn status_form(e: &Expectation, lang: Lang) -> Form {
    let options = Status::ALL
        .iter()
        .map(|s| label(*s, lang).to_string())
        .collect();
    let index = Status::ALL.iter().position(|s| *s == e.status).unwrap_or(0);
    Form::new(
        T::StatusTitle.fill(lang, &[&e.title]),
        vec![Field::choice(T::Status.get(lang), options, index)],
    )
}

pub fn read_status(form: &Form, e: &Expectation) -> Expectation {
    let mut e = e.clone();
    e.status = Status::ALL[form.choice(0).min(Status::ALL.len() - 1)];
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::Value;
    use crate::domain::{Cents, ClientId};

    fn set(form: &mut Form, i: usize, text: &str) {
        if let Value::Text(input) = &mut form.fields[i].value {
            input.set(text);
        }
    }

    #[test]
    fn a_client_round_trips_and_bad_amounts_are_refused() {
        let base = Record::Client(Client::new("De Linde", Cents(12_345_678)));
        let ctx = FormScope::default();
        let mut form = form_for(&base, &ctx, Lang::Nl);
        assert_eq!(form.text(1), "123456,78");
        assert_eq!(
            read_form(&mut form, &base, &ctx, Lang::Nl),
            Some(base.clone())
        );
        set(&mut form, 1, "veel");
        set(&mut form, 0, "");
        assert_eq!(read_form(&mut form, &base, &ctx, Lang::Nl), None);
        assert!(form.fields[0].error.is_some() && form.fields[1].error.is_some());
        set(&mut form, 0, "De Linde BV");
        set(&mut form, 1, "€ 1.234.567,89");
        let Some(Record::Client(c)) = read_form(&mut form, &base, &ctx, Lang::Nl) else {
            panic!("valid");
        };
        assert_eq!(
            (c.name.as_str(), c.revenue),
            ("De Linde BV", Cents(123_456_789))
        );
    }

    #[test]
    fn a_negative_amount_round_trips_in_both_languages() {
        let cases: &[(i64, &str, &str)] = &[
            (-50, "-0,50", "-0.50"),
            (-1, "-0,01", "-0.01"),
            (-99, "-0,99", "-0.99"),
            (-100, "-1", "-1"),
            (-12_345, "-123,45", "-123.45"),
            (7, "0,07", "0.07"),
        ];
        let ctx = FormScope::default();
        for (cents, nl, en) in cases {
            let base = Record::Client(Client::new("De Linde", Cents(*cents)));
            for (lang, shown) in [(Lang::Nl, nl), (Lang::En, en)] {
                let mut form = form_for(&base, &ctx, lang);
                assert_eq!(form.text(1), *shown, "{cents} cents in {lang:?}");
                assert_eq!(
                    read_form(&mut form, &base, &ctx, lang),
                    Some(base.clone()),
                    "{cents} cents in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn grades_and_minutes_are_checked() {
        let now = chrono::Utc::now();
        let ctx = FormScope {
            today: now.date_naive(),
            now,
            ..FormScope::default()
        };
        let x = Record::Experience(Experience::new(ClientId(1), 7, "", now));
        let mut form = form_for(&x, &ctx, Lang::En);
        set(&mut form, 0, "11");
        assert_eq!(read_form(&mut form, &x, &ctx, Lang::En), None);
        set(&mut form, 0, "4");
        form.fields[2].value = Value::Choice {
            options: vec!["no".into(), "yes".into()],
            index: 1,
        };
        let Some(Record::Experience(read)) = read_form(&mut form, &x, &ctx, Lang::En) else {
            panic!("valid");
        };
        assert!(read.complaint && !read.positive && read.grade == 4);
        let t = Record::Time(TimeEntry::new(ClientId(1), 30, now));
        let mut form = form_for(&t, &ctx, Lang::En);
        set(&mut form, 0, "0");
        assert_eq!(read_form(&mut form, &t, &ctx, Lang::En), None);
        set(&mut form, 0, "45");
        assert!(read_form(&mut form, &t, &ctx, Lang::En).is_some());
    }

    #[test]
    fn experiences_and_time_have_a_date_never_in_the_future() {
        use chrono::TimeZone;
        let now = chrono::Utc
            .with_ymd_and_hms(2026, 11, 22, 14, 30, 0)
            .unwrap();
        let ctx = FormScope {
            today: now.date_naive(),
            now,
            ..FormScope::default()
        };
        let t = Record::Time(TimeEntry::new(ClientId(1), 30, now));
        let mut form = form_for(&t, &ctx, Lang::Nl);
        assert_eq!(form.fields[2].label, "Datum");
        assert_eq!(
            form.text(2),
            "22-11-2026",
            "today for a new entry, as Dutch writes it"
        );
        set(&mut form, 2, "+2d");
        assert_eq!(read_form(&mut form, &t, &ctx, Lang::Nl), None);
        assert_eq!(
            form.fields[2].error.as_deref(),
            Some("die dag moet nog komen")
        );
        set(&mut form, 2, "18-11-2026");
        let Some(Record::Time(read)) = read_form(&mut form, &t, &ctx, Lang::Nl) else {
            panic!("valid");
        };
        assert_eq!(
            read.at,
            chrono::Utc
                .with_ymd_and_hms(2026, 11, 18, 14, 30, 0)
                .unwrap()
        );
        let x = Record::Experience(Experience::new(ClientId(1), 7, "", now));
        let mut form = form_for(&x, &ctx, Lang::En);
        assert_eq!(
            form.text(0),
            "",
            "a new experience's grade is typed, not prefilled"
        );
        set(&mut form, 0, "8");
        set(&mut form, 6, "2026-11-01");
        let Some(Record::Experience(read)) = read_form(&mut form, &x, &ctx, Lang::En) else {
            panic!("valid");
        };
        assert_eq!(
            read.at.date_naive(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
        );
    }

    #[test]
    fn a_grade_below_the_one_expected_is_not_positive() {
        let now = chrono::Utc::now();
        let mut e = Expectation::new(ClientId(1), "Snel antwoord");
        e.id = crate::domain::ExpectationId(3);
        e.expected_grade = Some(9);
        let ctx = FormScope {
            today: now.date_naive(),
            now,
            expectations: vec![e],
            ..FormScope::default()
        };
        let x = Record::Experience(Experience::new(ClientId(1), 7, "", now));
        let mut form = form_for(&x, &ctx, Lang::En);
        set(&mut form, 0, "7");
        form.fields[4].value = Value::Choice {
            options: vec!["client".into(), "Snel antwoord".into()],
            index: 1,
        };
        let Some(Record::Experience(read)) = read_form(&mut form, &x, &ctx, Lang::En) else {
            panic!("valid");
        };
        assert!(!read.positive, "7 against an expected 9");
    }
}
