//! Turning interview answers into proposed expectations, prefilled from the steps they came
//! from: whose = the contact; source from the answer's tags, else from step 4; nature from
//! its tags, else from step 5; value level from its tags; deadline, measure and expected grade
//! from the answer itself (given with it at steps 2 and 7); a short suggested title.

use super::tags::{first_level, first_nature, first_source};
use super::{
    Answer, AnswerId, Characteristic, Contact, Expectation, Interview, Level, Nature, Source,
};

/// How long a suggested title may be, in characters.
const TITLE_MAX: usize = 60;
/// A clause shorter than this many words is joined with the next one.
const CLAUSE_MIN_WORDS: usize = 3;

/// Words that introduce what someone expects ("ze verwacht dat …", "he assumes that …"):
/// when the start of a sentence up to `dat`/`that` holds one of them, the title is what
/// follows.
const LEAD_INS: &[&str] = &[
    "verwacht",
    "wil ",
    "wilt",
    "willen",
    "vindt",
    "vinden",
    "gaat er",
    "gaan er",
    "ervan uit",
    "er van uit",
    "hoopt",
    "rekent erop",
    "belangrijk",
    "expects",
    "expect ",
    "wants",
    "want ",
    "assumes",
    "assume ",
    "hopes",
    "counts on",
    "important",
];

/// Verbs that close a Dutch subordinate clause and can go from a title.
const AUXILIARIES: &[&str] = &[
    "is", "zijn", "wordt", "worden", "blijft", "blijven", "heeft", "hebben", "gaat", "gaan",
];

/// A short title suggested for an answer: its first clause that says something (without
/// `#tags` and without a lead-in such as "ze verwacht dat"), at most 60 characters, starting
/// with a capital. Shown for the user to accept or edit, never used unseen.
pub fn title_of(text: &str) -> String {
    // A `#tag` goes, the punctuation after it stays: "kloppen #basis. Anders" ends a sentence.
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| match w.strip_prefix('#') {
            Some(tag) => {
                tag.trim_start_matches(|c: char| c.is_alphanumeric() || c == '-' || c == '_')
            }
            None => w,
        })
        .filter(|w| !w.is_empty())
        .collect();
    let flat = words.join(" ");
    let sentence = flat
        .split(['.', '!', '?'])
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or("");
    let sentence = without_lead_in(sentence);
    let clause = first_clause(sentence);
    capitalised(&shortened(clause.trim(), TITLE_MAX))
}

/// The sentence after "… verwacht dat", "… gaat er gewoon van uit dat", "she expects that".
fn without_lead_in(sentence: &str) -> &str {
    let lower = sentence.to_lowercase();
    // Lower-casing keeps byte offsets for all but a few letters; when it does not, keep the
    // sentence as it is rather than cut it in the wrong place.
    if lower.len() != sentence.len() {
        return sentence;
    }
    for marker in [" dat ", " that "] {
        let Some(at) = lower.find(marker) else {
            continue;
        };
        let before = format!("{} ", &lower[..at]);
        let rest = at + marker.len();
        if before.split_whitespace().count() <= 8
            && LEAD_INS.iter().any(|w| before.contains(w))
            && sentence.is_char_boundary(rest)
        {
            let clause = sentence[rest..].trim();
            // A Dutch subordinate clause ends in its verb ("dat het rapport klaar is"); as a
            // title it reads better without a trailing auxiliary: "het rapport klaar".
            return match clause.rsplit_once(' ') {
                Some((head, last)) if marker == " dat " && AUXILIARIES.contains(&last) => head,
                _ => clause,
            };
        }
    }
    sentence
}

/// The first clause of at least three words: up to a comma, semicolon, colon or dash.
fn first_clause(sentence: &str) -> &str {
    let mut end = 0;
    for (i, c) in sentence.char_indices() {
        let boundary = matches!(c, ',' | ';' | ':' | '(' | '—' | '–');
        if boundary && sentence[..i].split_whitespace().count() >= CLAUSE_MIN_WORDS {
            return &sentence[..i];
        }
        end = i + c.len_utf8();
    }
    &sentence[..end]
}

/// At most `max` characters, cut at a word boundary with `…`.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        let wanted = out.chars().count() + usize::from(!out.is_empty()) + word.chars().count();
        if wanted > max - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = text.chars().take(max - 1).collect();
    }
    let trimmed = out.trim_end_matches([',', ';', ':', ' ']);
    format!("{trimmed}…")
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
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
            // Files from before the fields belonged to answers kept one deadline and one
            // measure per interview: they go to the answers of the steps that asked for them.
            e.deadline = a.fields.deadline.or(match a.step {
                Characteristic::AboutTheFuture => interview.deadline,
                _ => None,
            });
            let legacy = match a.step {
                Characteristic::Yardstick => interview.measure.clone(),
                _ => None,
            };
            if let Some(m) = a.fields.measure.clone().or(legacy) {
                e.measure = m;
            }
            e.expected_grade = a.fields.expected_grade;
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
    fn titles_are_a_short_clause_without_tags_or_lead_in() {
        assert_eq!(
            title_of("Factuur moet kloppen #basis. Anders boos."),
            "Factuur moet kloppen"
        );
        assert_eq!(
            title_of("\n  snel antwoord\nop mail"),
            "Snel antwoord op mail"
        );
        assert_eq!(
            title_of("Hij gaat er gewoon van uit dat de factuur elke maand klopt."),
            "De factuur elke maand klopt"
        );
        assert_eq!(
            title_of("Ze gaat ervan uit dat het rapport voor de zomer klaar is"),
            "Het rapport voor de zomer klaar"
        );
        assert_eq!(
            title_of("She expects that reports arrive within three days, not ten."),
            "Reports arrive within three days"
        );
        assert_eq!(
            title_of(
                "Schone, veilige gebouwen zijn vanzelfsprekend, ze begint er pas over als het misgaat."
            ),
            "Schone, veilige gebouwen zijn vanzelfsprekend"
        );
        let long = title_of(&"woord ".repeat(30));
        assert!(long.chars().count() <= 60 && long.ends_with('…'), "{long}");
        assert_eq!(title_of("#basis"), "");
    }

    #[test]
    fn each_proposal_inherits_its_own_answers_fields() {
        let i = interview();
        let contact = Contact::new(ClientId(1), "Els", "financieel directeur");
        let mut first = answer(
            &i,
            10,
            Characteristic::AboutTheFuture,
            "Voor de zomer klaar",
        );
        first.fields.deadline = NaiveDate::from_ymd_opt(2027, 6, 30);
        let mut second = answer(&i, 11, Characteristic::Yardstick, "Rapport in 3 dagen");
        second.fields.measure = Some(Measure {
            metric: "doorlooptijd".into(),
            baseline: "10".into(),
            target: "3".into(),
            unit: "dagen".into(),
            ..Measure::default()
        });
        second.fields.deadline = NaiveDate::from_ymd_opt(2027, 3, 31);
        second.fields.expected_grade = Some(8);
        let proposals = propose(&i, &contact, &[first, second], &[]);
        assert_eq!(proposals[0].deadline, NaiveDate::from_ymd_opt(2027, 6, 30));
        assert!(proposals[0].measure.is_empty());
        assert_eq!(proposals[0].expected_grade, None);
        assert_eq!(proposals[1].deadline, NaiveDate::from_ymd_opt(2027, 3, 31));
        assert_eq!(proposals[1].measure.target, "3");
        assert_eq!(proposals[1].expected_grade, Some(8));
    }

    #[test]
    fn prefills_from_the_steps() {
        let mut i = interview();
        // An interview from an older file: one deadline and one measure for all of it.
        i.deadline = NaiveDate::from_ymd_opt(2027, 3, 31);
        i.measure = Some(Measure {
            metric: "doorlooptijd".into(),
            baseline: "10".into(),
            target: "3".into(),
            unit: "dagen".into(),
            ..Measure::default()
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
            answer(&i, 14, Characteristic::Yardstick, "Binnen drie dagen"),
            answer(&i, 15, Characteristic::AboutTheFuture, "Voor het voorjaar"),
        ];
        let proposals = propose(&i, &contact, &answers, &[AnswerId(13)]);
        assert_eq!(proposals.len(), 5);
        let first = &proposals[0];
        assert_eq!(first.title, "Rapport binnen 3 dagen");
        assert_eq!(first.contact_id, Some(contact.id));
        assert_eq!(first.source, Source::Promise, "from step 4");
        assert_eq!(first.nature, Nature::Emotional, "from step 5");
        assert_eq!(first.level, Level::Performance);
        assert_eq!(first.deadline, None, "not the interview's, in step 1");
        assert!(first.measure.is_empty());
        assert_eq!(first.answers, vec![AnswerId(10)]);
        assert_eq!(first.interview_id, Some(i.id));
        assert_eq!(proposals[2].level, Level::Delighter, "own tag");
        assert_eq!(proposals[3].measure.target, "3", "the old measure: step 7");
        assert_eq!(
            proposals[4].deadline, i.deadline,
            "the old deadline: step 2"
        );
    }
}
