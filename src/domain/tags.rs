//! Tags: free words, case-folded. Inline `#words` in answer text are tags. A few built-in
//! tags carry domain meaning (source, nature, value level) in Dutch and English.

use super::{Level, Nature, Source};

/// Case-folds a tag and strips a leading `#`; `None` when nothing usable remains.
pub fn normalize(tag: &str) -> Option<String> {
    let folded: String = tag
        .trim()
        .trim_start_matches('#')
        .chars()
        .filter(|c| is_tag_char(*c))
        .flat_map(char::to_lowercase)
        .collect();
    let trimmed = folded.trim_matches(|c| c == '-' || c == '_');
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// The tags of `answers` by how often they were used, most first (ties alphabetically): the
/// ones to offer first when tagging the next answer.
pub fn most_used(answers: &[super::Answer]) -> Vec<String> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for tag in answers.iter().flat_map(|a| &a.tags) {
        *counts.entry(tag.as_str()).or_default() += 1;
    }
    let mut tags: Vec<(&str, usize)> = counts.into_iter().collect();
    tags.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    tags.into_iter().map(|(t, _)| t.to_string()).collect()
}

fn is_tag_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// The inline `#tags` in a text, normalised, in order of first appearance, without repeats.
/// A `#` counts only at the start or after whitespace or an opening bracket, so "item#3" and
/// URLs with fragments are left alone.
pub fn inline_tags(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let at_boundary = prev.is_none_or(|p| p.is_whitespace() || "([{".contains(p));
        if c == '#' && at_boundary {
            let rest = &text[i + 1..];
            let end = rest.find(|ch: char| !is_tag_char(ch)).unwrap_or(rest.len());
            if let Some(tag) = normalize(&rest[..end])
                && !found.contains(&tag)
            {
                found.push(tag);
            }
        }
        prev = Some(c);
    }
    found
}

/// Merges tags into a list, normalised and without repeats, keeping the existing order.
pub fn merge(into: &mut Vec<String>, more: impl IntoIterator<Item = String>) {
    for tag in more.into_iter().filter_map(|t| normalize(&t)) {
        if !into.contains(&tag) {
            into.push(tag);
        }
    }
}

/// What a built-in tag says about an expectation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagMeaning {
    Source(Source),
    Nature(Nature),
    Level(Level),
    /// Taken for granted, never said aloud (characteristic 1).
    Unspoken,
    /// A complaint: an expectation that was missed.
    Complaint,
}

/// Built-in tags as (English, Dutch, meaning). Both words are recognised in any language.
pub const BUILTIN: &[(&str, &str, TagMeaning)] = &[
    ("promise", "belofte", TagMeaning::Source(Source::Promise)),
    (
        "earlier-experience",
        "eerdere-ervaring",
        TagMeaning::Source(Source::EarlierExperience),
    ),
    (
        "word-of-mouth",
        "mond-tot-mond",
        TagMeaning::Source(Source::WordOfMouth),
    ),
    (
        "personal-need",
        "behoefte",
        TagMeaning::Source(Source::PersonalNeed),
    ),
    (
        "rational",
        "rationeel",
        TagMeaning::Nature(Nature::Rational),
    ),
    (
        "emotional",
        "emotioneel",
        TagMeaning::Nature(Nature::Emotional),
    ),
    ("basic", "basis", TagMeaning::Level(Level::Basic)),
    (
        "performance",
        "prestatie",
        TagMeaning::Level(Level::Performance),
    ),
    ("delighter", "wow", TagMeaning::Level(Level::Delighter)),
    ("unspoken", "onuitgesproken", TagMeaning::Unspoken),
    ("complaint", "klacht", TagMeaning::Complaint),
];

/// The meaning of a tag, if it is a built-in one (in either language).
pub fn meaning(tag: &str) -> Option<TagMeaning> {
    let tag = normalize(tag)?;
    BUILTIN
        .iter()
        .find(|(en, nl, _)| *en == tag || *nl == tag)
        .map(|(_, _, m)| *m)
}

/// The first source, nature and level that a list of tags names.
pub fn first_source(tags: &[String]) -> Option<Source> {
    tags.iter().find_map(|t| match meaning(t) {
        Some(TagMeaning::Source(s)) => Some(s),
        _ => None,
    })
}

pub fn first_nature(tags: &[String]) -> Option<Nature> {
    tags.iter().find_map(|t| match meaning(t) {
        Some(TagMeaning::Nature(n)) => Some(n),
        _ => None,
    })
}

pub fn first_level(tags: &[String]) -> Option<Level> {
    tags.iter().find_map(|t| match meaning(t) {
        Some(TagMeaning::Level(l)) => Some(l),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_used_tags_come_first_ties_alphabetically() {
        use crate::domain::{Characteristic, ClientId, ContactId, Interview};
        let interview = Interview::new(ClientId(1), ContactId(1), chrono::Utc::now());
        let answer =
            |text: &str| super::super::Answer::new(&interview, Characteristic::Personal, text);
        let answers = [
            answer("#prijs #levertijd"),
            answer("#levertijd"),
            answer("#belofte #prijs #levertijd"),
            answer("#aandacht"),
        ];
        assert_eq!(
            most_used(&answers),
            ["levertijd", "prijs", "aandacht", "belofte"]
        );
        assert!(most_used(&[]).is_empty());
    }

    #[test]
    fn normalises_case_and_hash() {
        assert_eq!(normalize("#Belofte"), Some("belofte".into()));
        assert_eq!(normalize("  Word-Of-Mouth "), Some("word-of-mouth".into()));
        assert_eq!(normalize("#"), None);
        assert_eq!(normalize("--"), None);
        assert_eq!(normalize("Één"), Some("één".into()));
    }

    #[test]
    fn finds_inline_tags_at_word_starts_only() {
        let text = "Wil #snelheid en #Belofte (#rationeel), niet item#3 of #snelheid nogmaals.";
        assert_eq!(inline_tags(text), vec!["snelheid", "belofte", "rationeel"]);
        assert_eq!(inline_tags("#eerste woord"), vec!["eerste"]);
        assert!(inline_tags("geen tags # hier").is_empty());
    }

    #[test]
    fn builtin_tags_mean_the_same_in_both_languages() {
        assert_eq!(meaning("#klacht"), Some(TagMeaning::Complaint));
        assert_eq!(meaning("complaint"), Some(TagMeaning::Complaint));
        assert_eq!(meaning("Wow"), Some(TagMeaning::Level(Level::Delighter)));
        assert_eq!(meaning("koffie"), None);
        let tags = vec!["koffie".to_string(), "emotioneel".into(), "belofte".into()];
        assert_eq!(first_nature(&tags), Some(Nature::Emotional));
        assert_eq!(first_source(&tags), Some(Source::Promise));
        assert_eq!(first_level(&tags), None);
    }

    #[test]
    fn merge_keeps_order_and_skips_repeats() {
        let mut tags = vec!["a".to_string()];
        merge(&mut tags, ["B".to_string(), "#a".into(), "c".into()]);
        assert_eq!(tags, vec!["a", "b", "c"]);
    }
}
