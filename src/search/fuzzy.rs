//! Fuzzy scoring with nucleo's matcher (helix, television): the letters of a pattern in order,
//! scored as `fzf` scores them, with the matched positions for highlighting.
//!
//! Case is ignored by Unicode's simple case folding; accents are not, as everywhere else in
//! search and in finding a name: "zuidervårt" does not find "Zuidervaart". Positions count the
//! characters (`char`s) of the text as given, which is what `sanitize::clean_marked`
//! moves along when it leaves characters out.

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// One pattern matched against many texts. It holds the matcher's scratch memory (some
/// 135 KB) and a character buffer, so one is made per search, not per text.
pub struct Fuzzy {
    atom: Atom,
    matcher: Matcher,
    chars: Vec<char>,
    positions: Vec<u32>,
}

impl Fuzzy {
    /// Ignoring case.
    pub fn new(pattern: &str) -> Fuzzy {
        Self::with_case(pattern, CaseMatching::Ignore)
    }

    /// Ignoring case unless the pattern has a capital ("smart case", as in `fzf`).
    pub fn smart_case(pattern: &str) -> Fuzzy {
        Self::with_case(pattern, CaseMatching::Smart)
    }

    fn with_case(pattern: &str, case: CaseMatching) -> Fuzzy {
        let mut config = Config::DEFAULT;
        config.normalize = false;
        Fuzzy {
            // One atom for the whole pattern: a space in it is a letter to find, as before.
            atom: Atom::new(pattern, case, Normalization::Never, AtomKind::Fuzzy, false),
            matcher: Matcher::new(config),
            chars: Vec::new(),
            positions: Vec::new(),
        }
    }

    /// The score of `text` (higher is better), or `None` when the pattern's letters do not
    /// all occur in it in order.
    pub fn score(&mut self, text: &str) -> Option<i64> {
        let haystack = utf32(text, &mut self.chars);
        self.atom.score(haystack, &mut self.matcher).map(i64::from)
    }

    /// [`Fuzzy::score`] and the positions of the matched characters in `text`, ascending.
    pub fn indices(&mut self, text: &str) -> Option<(i64, Vec<usize>)> {
        self.positions.clear();
        let haystack = utf32(text, &mut self.chars);
        let score = self
            .atom
            .indices(haystack, &mut self.matcher, &mut self.positions)?;
        let mut at: Vec<usize> = self.positions.iter().map(|&i| i as usize).collect();
        at.sort_unstable();
        at.dedup();
        Some((i64::from(score), at))
    }
}

/// `text` as the matcher reads it: its bytes when it is ASCII (most names), else its
/// characters, one by one. Not `Utf32Str::new`, which can take a whole grapheme as one
/// position (with nucleo's segmentation feature), and the highlighting counts characters.
fn utf32<'a>(text: &'a str, chars: &'a mut Vec<char>) -> Utf32Str<'a> {
    if text.is_ascii() {
        Utf32Str::Ascii(text.as_bytes())
    } else {
        chars.clear();
        chars.extend(text.chars());
        Utf32Str::Unicode(chars)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, at: &[usize]) -> String {
        text.chars()
            .enumerate()
            .filter(|(i, _)| at.contains(i))
            .map(|(_, c)| c)
            .collect()
    }

    #[test]
    fn letters_in_order_ignoring_case() {
        let mut f = Fuzzy::new("wsdl");
        let (_, at) = f.indices("Woonstichting De Linde").unwrap();
        assert_eq!(marked("Woonstichting De Linde", &at), "WsDL");
        assert!(f.score("Bakkerij Van Dam").is_none());
        let mut f = Fuzzy::new("éé");
        assert!(f.score("ÉÉN").is_some(), "case folds beyond ASCII");
    }

    #[test]
    fn accents_are_letters_of_their_own() {
        assert!(Fuzzy::new("zuidervårt").score("Zuidervaart").is_none());
        assert!(Fuzzy::new("zuidervaart").score("Zuidervårt").is_none());
    }

    #[test]
    fn smart_case_respects_a_capital() {
        assert!(Fuzzy::smart_case("ab").score("xAxB").is_some());
        assert!(Fuzzy::smart_case("Ab").score("xaxb").is_none());
        assert!(Fuzzy::smart_case("Ab").score("xAxb").is_some());
    }

    #[test]
    fn positions_count_characters_not_graphemes_or_bytes() {
        // "x" + a combining accent is one grapheme but two characters.
        let text = "x\u{301}yé dam";
        let (_, at) = Fuzzy::new("dam").indices(text).unwrap();
        assert_eq!(at, vec![5, 6, 7]);
        assert_eq!(marked(text, &at), "dam");
        let (_, at) = Fuzzy::new("y").indices(text).unwrap();
        assert_eq!(at, vec![2]);
    }

    #[test]
    fn a_better_match_scores_higher() {
        let mut f = Fuzzy::new("gem");
        let prefix = f.score("Gemeente Lindenhout").unwrap();
        let scattered = f.score("Grote Emmer").unwrap();
        assert!(prefix > scattered);
    }
}
