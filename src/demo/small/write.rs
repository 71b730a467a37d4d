//! Writes the planned events through the store, stamping each with its author and moment.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};

use super::plan::{Act, Event, Of, TimeSpec};
use super::spec::{ClientSpec, Edit, ExperienceSpec};
use crate::demo::DemoError;
use crate::domain::{
    Answer, AnswerId, Cents, Characteristic, Client, ClientId, Contact, ContactId, Expectation,
    Experience, Interview, InterviewId, InterviewStatus, Measure, Status, TimeEntry,
};
use crate::store::{Queries, Tx};

/// The ids the store gave, by their place in the specs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Key {
    Client(usize),
    Contact(usize, usize),
    Interview(usize, usize),
    Answer(usize, usize, usize),
    Expectation(usize, usize),
    Experience(Of),
}

pub struct Writer<'a> {
    specs: &'a [&'static ClientSpec],
    today: NaiveDate,
    ids: HashMap<Key, u64>,
}

fn missing(what: &'static str) -> DemoError {
    DemoError::Internal(what)
}

impl<'a> Writer<'a> {
    pub fn new(specs: &'a [&'static ClientSpec], today: NaiveDate) -> Self {
        Writer {
            specs,
            today,
            ids: HashMap::new(),
        }
    }

    fn id(&self, key: Key) -> Result<u64, DemoError> {
        self.ids
            .get(&key)
            .copied()
            .ok_or(missing("a record is used before it is written"))
    }

    fn spec(&self, c: usize) -> Result<&'static ClientSpec, DemoError> {
        self.specs.get(c).copied().ok_or(missing("no such client"))
    }

    fn client_id(&self, c: usize) -> Result<ClientId, DemoError> {
        Ok(ClientId(self.id(Key::Client(c))?))
    }

    fn contact_id(&self, c: usize, j: usize) -> Result<ContactId, DemoError> {
        Ok(ContactId(self.id(Key::Contact(c, j))?))
    }

    pub fn write_all(&mut self, tx: &mut Tx, events: &[Event]) -> Result<(), DemoError> {
        for event in events {
            tx.act_as(event.by, event.at);
            self.write(tx, event)?;
        }
        Ok(())
    }

    fn write(&mut self, tx: &mut Tx, event: &Event) -> Result<(), DemoError> {
        match event.act {
            Act::Client(c) => {
                let spec = self.spec(c)?;
                let mut client = Client::new(spec.name, Cents::from_euros(spec.revenue));
                client.sector = spec.sector.to_string();
                client.notes = spec.notes.to_string();
                let client = tx.insert(client)?;
                self.ids.insert(Key::Client(c), client.id.0);
            }
            Act::Contact(c, j) => {
                let spec = self
                    .spec(c)?
                    .contacts
                    .get(j)
                    .ok_or(missing("no such contact"))?;
                let mut contact = Contact::new(self.client_id(c)?, spec.name, spec.role);
                contact.reach = spec.reach.to_string();
                let contact = tx.insert(contact)?;
                self.ids.insert(Key::Contact(c, j), contact.id.0);
            }
            Act::Interview(c, k) => self.interview(tx, event, c, k)?,
            Act::Answer(c, k, a) => {
                let spec = self.spec(c)?.interviews.get(k);
                let (step, text) = spec
                    .and_then(|i| i.answers.get(a))
                    .copied()
                    .ok_or(missing("no such answer"))?;
                let interview: Interview = tx.fetch(self.id(Key::Interview(c, k))?)?;
                let step = Characteristic::from_number(step).ok_or(missing("no such step"))?;
                let answer = tx.insert(Answer::new(&interview, step, text))?;
                self.ids.insert(Key::Answer(c, k, a), answer.id.0);
            }
            Act::Expectation(c, e) => self.expectation(tx, c, e)?,
            Act::Change(c, e, n) => {
                let spec = self.spec(c)?.expectations.get(e);
                let change = spec
                    .and_then(|x| x.changes.get(n))
                    .ok_or(missing("no such change"))?;
                let mut expectation: Expectation = tx.fetch(self.id(Key::Expectation(c, e))?)?;
                match change.edit {
                    Edit::Status(status) => expectation.status = status,
                    Edit::Current(current) => expectation.measure.current = current.to_string(),
                    Edit::Due(days) => {
                        expectation.deadline = Some(self.today + Duration::days(days))
                    }
                    Edit::Target(target) => expectation.measure.target = target.to_string(),
                    Edit::Level(level) => expectation.level = level,
                }
                tx.update(expectation)?;
            }
            Act::Experience(of) => self.experience(tx, event, of)?,
            Act::Resolve(of) => {
                let mut experience: Experience = tx.fetch(self.id(Key::Experience(of))?)?;
                experience.resolved = true;
                tx.update(experience)?;
            }
            Act::Time(time) => self.time(tx, event, time)?,
            Act::Report(c) => {
                // Made from everything written so far, as `verwacht export` records it.
                let covers = tx.change_seq()?;
                tx.log_report(self.client_id(c)?, covers)?;
            }
        }
        Ok(())
    }

    fn interview(
        &mut self,
        tx: &mut Tx,
        event: &Event,
        c: usize,
        k: usize,
    ) -> Result<(), DemoError> {
        let spec = self
            .spec(c)?
            .interviews
            .get(k)
            .ok_or(missing("no such interview"))?;
        let contact = self.contact_id(c, spec.contact)?;
        let mut interview = Interview::new(self.client_id(c)?, contact, event.at);
        let last_step = spec
            .answers
            .iter()
            .map(|(step, _)| *step)
            .max()
            .unwrap_or(1);
        interview.step = Characteristic::from_number(last_step).ok_or(missing("no such step"))?;
        interview.duration_secs = u64::from(spec.minutes) * 60;
        if spec.done {
            interview.status = InterviewStatus::Completed;
            interview.ended = Some(event.at + Duration::minutes(i64::from(spec.minutes)));
        }
        let interview = tx.insert(interview)?;
        self.ids.insert(Key::Interview(c, k), interview.id.0);
        Ok(())
    }

    fn expectation(&mut self, tx: &mut Tx, c: usize, e: usize) -> Result<(), DemoError> {
        let spec = self
            .spec(c)?
            .expectations
            .get(e)
            .ok_or(missing("no such expectation"))?;
        let mut x = Expectation::new(self.client_id(c)?, spec.title);
        x.description = spec.description.to_string();
        x.contact_id = Some(self.contact_id(c, spec.contact)?);
        x.nature = spec.nature;
        x.source = spec.source;
        x.level = spec.level;
        let [metric, baseline, target, unit] = spec.measure;
        x.measure = Measure {
            metric: metric.to_string(),
            baseline: baseline.to_string(),
            target: target.to_string(),
            unit: unit.to_string(),
            ..Measure::default()
        };
        x.deadline = spec.due.map(|days| self.today + Duration::days(days));
        x.status = Status::Open;
        x.expected_grade = Some(spec.grade);
        x.tags = spec.tags.iter().map(|t| t.to_string()).collect();
        if let Some(k) = spec.from {
            x.interview_id = Some(InterviewId(self.id(Key::Interview(c, k))?));
            let count = self
                .spec(c)?
                .interviews
                .get(k)
                .map_or(0, |i| i.answers.len());
            x.answers = (0..count)
                .map(|a| self.id(Key::Answer(c, k, a)).map(AnswerId))
                .collect::<Result<_, _>>()?;
        }
        let x = tx.insert(x)?;
        self.ids.insert(Key::Expectation(c, e), x.id.0);
        Ok(())
    }

    fn experience_spec(&self, of: Of) -> Result<&'static ExperienceSpec, DemoError> {
        let client = self.spec(of.client)?;
        let list = match of.expectation {
            Some(e) => client.expectations.get(e).map(|x| x.experiences),
            None => Some(client.experiences),
        };
        list.and_then(|l| l.get(of.index))
            .ok_or(missing("no such experience"))
    }

    fn experience(&mut self, tx: &mut Tx, event: &Event, of: Of) -> Result<(), DemoError> {
        let spec = self.experience_spec(of)?;
        let mut x = Experience::new(self.client_id(of.client)?, spec.grade, spec.note, event.at);
        x.complaint = spec.complaint;
        if let Some(e) = of.expectation {
            let expectation: Expectation = tx.fetch(self.id(Key::Expectation(of.client, e))?)?;
            x.expectation_id = Some(expectation.id);
            x.contact_id = expectation.contact_id;
        }
        let x = tx.insert(x)?;
        self.ids.insert(Key::Experience(of), x.id.0);
        Ok(())
    }

    fn time(&mut self, tx: &mut Tx, event: &Event, time: TimeSpec) -> Result<(), DemoError> {
        let mut entry = TimeEntry::new(self.client_id(time.client)?, time.minutes, event.at);
        entry.contact_id = Some(self.contact_id(time.client, time.contact)?);
        entry.interview_id = match time.interview {
            Some(k) => Some(InterviewId(self.id(Key::Interview(time.client, k))?)),
            None => None,
        };
        entry.note = time.note.to_string();
        tx.insert(entry)?;
        Ok(())
    }
}
