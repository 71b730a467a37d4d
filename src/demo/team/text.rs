//! Answer texts for the team fixture: one to three sentences of 80 to 400 characters, built
//! from the phrases in `words`, sometimes with inline `#tags` — like notes typed during a call.

use super::words::{ASIDES, STEPS, TAGS, TOPICS, TRENDS, WHEN, WHO};
use crate::demo::prng::Rng;

pub const MIN_CHARS: usize = 80;
pub const MAX_CHARS: usize = 400;

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Fills a phrase's placeholders. `person` is the contact's first name, used now and then
/// instead of a role.
fn fill(rng: &mut Rng, template: &str, person: &str) -> String {
    let (who, who_lc) = if !person.is_empty() && rng.chance(40) {
        (person.to_string(), person.to_string())
    } else {
        let who = rng.word(WHO);
        (who.to_string(), lower_first(who))
    };
    let when = rng.word(WHEN);
    let topic = rng.word(TOPICS);
    let mut topic2 = rng.word(TOPICS);
    if topic2 == topic {
        topic2 = "de kosten";
    }
    template
        .replace("{who_lc}", &who_lc)
        .replace("{who}", &who)
        .replace("{when_lc}", &lower_first(when))
        .replace("{when}", when)
        .replace("{topic2}", topic2)
        .replace("{topic}", topic)
        .replace("{trend}", rng.word(TRENDS))
        .replace("{num}", &rng.range(2, 15).to_string())
}

/// A sentence for `step` whose phrase is not among `used`, if a few tries find one.
fn sentence(rng: &mut Rng, step: usize, person: &str, used: &mut Vec<&'static str>) -> String {
    let phrases = STEPS.get(step).copied().unwrap_or(ASIDES);
    phrase(rng, phrases, person, used)
}

fn phrase(
    rng: &mut Rng,
    phrases: &[&'static str],
    person: &str,
    used: &mut Vec<&'static str>,
) -> String {
    let mut template = rng.word(phrases);
    for _ in 0..4 {
        if !used.contains(&template) {
            break;
        }
        template = rng.word(phrases);
    }
    used.push(template);
    fill(rng, template, person)
}

/// An answer given in `step` (0–6) of an interview.
pub fn answer(rng: &mut Rng, step: usize, person: &str) -> String {
    let target = rng.range(MIN_CHARS as i64, MAX_CHARS as i64) as usize;
    let mut used = Vec::with_capacity(3);
    let mut text = sentence(rng, step, person, &mut used);
    let mut sentences = 1;
    while sentences < 3 && text.chars().count() < target.max(MIN_CHARS) {
        let next = if rng.chance(50) {
            phrase(rng, ASIDES, person, &mut used)
        } else {
            sentence(rng, step, person, &mut used)
        };
        if text.chars().count() + 1 + next.chars().count() > MAX_CHARS {
            break;
        }
        text.push(' ');
        text.push_str(&next);
        sentences += 1;
    }
    if rng.chance(15) {
        let tag = format!(" #{}", rng.word(TAGS));
        if text.chars().count() + tag.chars().count() <= MAX_CHARS {
            text.push_str(&tag);
        }
    }
    clamp(text)
}

/// Keeps a text within bounds whatever the phrases are: padded with a closing remark when too
/// short, cut with an ellipsis when too long.
fn clamp(mut text: String) -> String {
    if text.chars().count() < MIN_CHARS {
        text.push_str(" Hier komen we in het volgende gesprek op terug.");
    }
    if text.chars().count() > MAX_CHARS {
        text = text.chars().take(MAX_CHARS - 1).collect();
        text.push('…');
    }
    text
}

/// A short description for an expectation: one sentence about where it comes from.
pub fn description(rng: &mut Rng, person: &str) -> String {
    let step = if rng.chance(50) { 1 } else { 3 };
    sentence(rng, step, person, &mut Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_one_to_three_sentences_of_the_right_length() {
        let mut rng = Rng::new(11);
        let mut total = 0;
        for i in 0..5_000 {
            let text = answer(&mut rng, i % 7, if i % 2 == 0 { "Sanne" } else { "" });
            let chars = text.chars().count();
            assert!((MIN_CHARS..=MAX_CHARS).contains(&chars), "{chars}: {text}");
            assert!(!text.contains('{'), "{text}");
            total += chars;
        }
        let mean = total / 5_000;
        assert!((130..=300).contains(&mean), "mean {mean}");
    }

    #[test]
    fn every_phrase_list_is_filled() {
        assert!(STEPS.iter().all(|s| !s.is_empty()));
        for list in [ASIDES, WHO, TOPICS, WHEN, TRENDS, TAGS] {
            assert!(!list.is_empty());
        }
    }
}
