//! What the user typed: words to find, narrowed by a prefix to one kind (`c:` clients,
//! `p:` people, `e:` expectations, `a:` answers) or to a tag (`#word`).

use super::Kind;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// The text to match, lower case and trimmed.
    pub text: String,
    /// Only this kind, when a prefix says so.
    pub kind: Option<Kind>,
    /// Only items with a tag starting with this (from `#word`).
    pub tag: Option<String>,
}

impl Query {
    pub fn parse(input: &str) -> Query {
        let input = input.trim_start();
        let prefixes = [
            ("c:", Kind::Client),
            ("p:", Kind::Contact),
            ("e:", Kind::Expectation),
            ("a:", Kind::Answer),
        ];
        for (prefix, kind) in prefixes {
            if let Some(rest) = input.strip_prefix(prefix) {
                return Query {
                    text: rest.trim().to_lowercase(),
                    kind: Some(kind),
                    tag: None,
                };
            }
        }
        if let Some(rest) = input.strip_prefix('#') {
            let mut words = rest.splitn(2, char::is_whitespace);
            let tag = words.next().unwrap_or("").to_lowercase();
            return Query {
                text: words.next().unwrap_or("").trim().to_lowercase(),
                kind: None,
                tag: Some(tag),
            };
        }
        Query {
            text: input.trim().to_lowercase(),
            kind: None,
            tag: None,
        }
    }

    /// Whether everything this query matches, `earlier` matched too: it only adds to what
    /// was typed (same kind, the tag and the text grown at their ends), so the earlier query's
    /// matches are all that need looking at again.
    pub fn extends(&self, earlier: &Query) -> bool {
        let tag = match (&earlier.tag, &self.tag) {
            (None, None) => true,
            (Some(was), Some(now)) => now.starts_with(was.as_str()),
            _ => false,
        };
        !earlier.is_empty()
            && tag
            && earlier.kind == self.kind
            && self.text.starts_with(earlier.text.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty() && self.tag.is_none()
    }

    /// Whether an item of this kind with these tags can match at all.
    pub fn admits(&self, kind: Kind, tags: &[String]) -> bool {
        self.admits_tags(kind, tags.iter().map(String::as_str))
    }

    /// [`Self::admits`], for tags as they come.
    pub fn admits_tags<'a>(&self, kind: Kind, mut tags: impl Iterator<Item = &'a str>) -> bool {
        if self.kind.is_some_and(|k| k != kind) {
            return false;
        }
        match &self.tag {
            Some(_) if kind == Kind::Tag => true,
            Some(tag) => tags.any(|t| t.starts_with(tag.as_str())),
            None => true,
        }
    }
}
