//! Turning interview answers into proposed expectations, prefilled from the steps they came
//! from: whose = the contact; source from the answer's tags, else from step 4; nature from
//! its tags, else from step 5; value level from its tags; deadline from step 2 (the
//! interview's deadline); measure from step 7 (the interview's measure).

use super::tags::{first_level, first_nature, first_source};
use super::{
    Answer, AnswerId, Characteristic, Contact, Expectation, Interview, Level, Nature, Source,
};

/// A short title: the answer's first sentence, without its `#tags`, at most 80 characters.
pub fn title_of(text: &str) -> String {
    let first = text
        .split(['\n', '.', '!', '?'])
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or("");
    let words: Vec<&str> = first
        .split_whitespace()
        .filter(|w| !w.starts_with('#'))
        .collect();
    let title = words.join(" ");
    if title.chars().count() > 80 {
        let cut: String = title.chars().take(79).collect();
        format!("{}…", cut.trim_end())
    } else {
        title
    }
}

/// The tags of every answer in one step, in order.
fn step_tags(answers: &[Answer], step: Characteristic) -> Vec<String> {
    answers
        .iter()
        .filter(|a| a.step == step)
        .flat_map(|a| a.tags.iter().cloned())
        .collect()
}

/// One proposed expectation per answer that is not already linked to one (`linked`).
pub fn propose(
    interview: &Interview,
    contact: &Contact,
    answers: &[Answer],
    linked: &[AnswerId],
) -> Vec<Expectation> {
    let step4 = step_tags(answers, Characteristic::Dependent);
    let step5 = step_tags(answers, Characteristic::EmotionalOrRational);
    answers
        .iter()
        .filter(|a| !linked.contains(&a.id))
        .map(|a| {
            let mut e = Expectation::new(interview.client_id, title_of(&a.text));
            e.description = a.text.clone();
            e.contact_id = Some(contact.id);
            e.source = first_source(&a.tags)
                .or_else(|| first_source(&step4))
                .unwrap_or(Source::Other);
            e.nature = first_nature(&a.tags)
                .or_else(|| first_nature(&step5))
                .unwrap_or(Nature::Rational);
            e.level = first_level(&a.tags).unwrap_or(Level::Performance);
            e.deadline = interview.deadline;
            if let Some(m) = &interview.measure {
                e.measure = m.clone();
            }
            e.tags = a.tags.clone();
            e.answers = vec![a.id];
            e.interview_id = Some(interview.id);
            e
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AnswerId, ClientId, ContactId, InterviewId, Measure};
    use chrono::{NaiveDate, TimeZone, Utc};

    fn interview() -> Interview {
        let mut i = Interview::new(
            ClientId(1),
            ContactId(2),
            Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap(),
        );
        i.id = InterviewId(3);
        i
    }

    fn answer(i: &Interview, id: u64, step: Characteristic, text: &str) -> Answer {
        let mut a = Answer::new(i, step, text);
        a.id = AnswerId(id);
        a
    }

    #[test]
    fn titles_are_the_first_sentence_without_tags() {
        assert_eq!(
            title_of("Factuur moet kloppen #basis. Anders boos."),
            "Factuur moet kloppen"
        );
        assert_eq!(title_of("\n  Snel antwoord\nop mail"), "Snel antwoord");
        assert_eq!(title_of(&"x".repeat(100)).chars().count(), 80);
    }

    #[test]
    fn prefills_from_the_steps() {
        let mut i = interview();
        i.deadline = NaiveDate::from_ymd_opt(2027, 3, 31);
        i.measure = Some(Measure {
            metric: "doorlooptijd".into(),
            baseline: "10".into(),
            target: "3".into(),
            unit: "dagen".into(),
            current: String::new(),
        });
        let contact = Contact::new(ClientId(1), "Els", "financieel directeur");
        let answers = vec![
            answer(
                &i,
                10,
                Characteristic::AlwaysPresent,
                "Rapport binnen 3 dagen.",
            ),
            answer(
                &i,
                11,
                Characteristic::Dependent,
                "Zo stond het in de offerte #belofte",
            ),
            answer(
                &i,
                12,
                Characteristic::EmotionalOrRational,
                "Wil gehoord worden #emotioneel #wow",
            ),
            answer(&i, 13, Characteristic::Personal, "Al omgezet"),
        ];
        let proposals = propose(&i, &contact, &answers, &[AnswerId(13)]);
        assert_eq!(proposals.len(), 3);
        let first = &proposals[0];
        assert_eq!(first.title, "Rapport binnen 3 dagen");
        assert_eq!(first.contact_id, Some(contact.id));
        assert_eq!(first.source, Source::Promise, "from step 4");
        assert_eq!(first.nature, Nature::Emotional, "from step 5");
        assert_eq!(first.level, Level::Performance);
        assert_eq!(first.deadline, i.deadline);
        assert_eq!(first.measure.target, "3");
        assert_eq!(first.answers, vec![AnswerId(10)]);
        assert_eq!(first.interview_id, Some(i.id));
        assert_eq!(proposals[2].level, Level::Delighter, "own tag");
    }
}
