//! Finding one client by a few letters of its name, for `verwacht brief` and the client
//! report: an exact name wins, then the names that contain the text, then any fuzzy match.
//!
//! The rules, so that a script knows what it gets:
//! 1. A name equal to the query (ignoring case and surrounding spaces) is the match; two such
//!    names are ambiguous.
//! 2. Otherwise, if some names contain the query (ignoring case), only those are candidates;
//!    else every name is.
//! 3. The candidates are scored by fuzzy matching ([`Fuzzy`], `fzf`'s scoring). The single
//!    best score is the match; a best score shared by several names is ambiguous; no fuzzy
//!    match at all (the query's letters do not occur in order in any name) is no match.
//!
//! Not found, the nearest names by spelling are suggested (Levenshtein distance, `strsim`).

use strsim::levenshtein as edit_distance;

use super::Fuzzy;

/// How many names a "not found" or "ambiguous" message lists at most.
pub const SUGGESTIONS: usize = 5;

/// The outcome of looking a name up, as positions in the list of names given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameMatch {
    Found(usize),
    /// The names that match equally well, in the order given.
    Ambiguous(Vec<usize>),
    /// Nothing matches; the nearest names by spelling, nearest first (at most
    /// [`SUGGESTIONS`]).
    NotFound(Vec<usize>),
}

fn fold(text: &str) -> String {
    text.trim().to_lowercase()
}

/// How a name was found: equal to the query, containing it, or only by its letters in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    Exact,
    Contained,
    Fuzzy,
}

/// How `name` matches `query` (a name [`find_name`] found for it).
pub fn how(name: &str, query: &str) -> How {
    let folded = fold(query);
    if fold(name) == folded {
        How::Exact
    } else if name.to_lowercase().contains(&folded) {
        How::Contained
    } else {
        How::Fuzzy
    }
}

/// Like [`find_name`], but only an exact or containing name counts: for commands that write or
/// record something, where a guess must never pick the wrong client. Several containing names
/// are ambiguous (unless one is exact); none is "not found", with the nearest names.
pub fn find_name_strict(names: &[&str], query: &str) -> NameMatch {
    match find_name(names, query) {
        NameMatch::Found(i) if how(names[i], query) != How::Fuzzy => NameMatch::Found(i),
        NameMatch::Found(_) => NameMatch::NotFound(nearest(names, &fold(query))),
        NameMatch::Ambiguous(all) => {
            let kept: Vec<usize> = all
                .into_iter()
                .filter(|i| how(names[*i], query) != How::Fuzzy)
                .collect();
            if kept.is_empty() {
                NameMatch::NotFound(nearest(names, &fold(query)))
            } else {
                NameMatch::Ambiguous(kept)
            }
        }
        none => none,
    }
}

/// Looks `query` up among `names` by the rules above.
pub fn find_name(names: &[&str], query: &str) -> NameMatch {
    let folded = fold(query);
    if folded.is_empty() {
        return NameMatch::NotFound(nearest(names, &folded));
    }
    let exact: Vec<usize> = (0..names.len())
        .filter(|i| fold(names[*i]) == folded)
        .collect();
    match exact.len() {
        0 => {}
        1 => return NameMatch::Found(exact[0]),
        _ => return NameMatch::Ambiguous(exact),
    }
    let containing: Vec<usize> = (0..names.len())
        .filter(|i| names[*i].to_lowercase().contains(&folded))
        .collect();
    let pool = if containing.is_empty() {
        (0..names.len()).collect()
    } else {
        containing
    };
    let mut fuzzy = Fuzzy::new(query.trim());
    let scored: Vec<(usize, i64)> = pool
        .into_iter()
        .filter_map(|i| fuzzy.score(names[i]).map(|s| (i, s)))
        .collect();
    let Some(best) = scored.iter().map(|(_, s)| *s).max() else {
        return NameMatch::NotFound(nearest(names, &folded));
    };
    let top: Vec<usize> = scored
        .iter()
        .filter(|(_, s)| *s == best)
        .map(|(i, _)| *i)
        .collect();
    if top.len() == 1 {
        NameMatch::Found(top[0])
    } else {
        NameMatch::Ambiguous(top)
    }
}

/// The names spelt most like `folded`: by the edit distance to the whole name or to its
/// closest word, then alphabetically.
fn nearest(names: &[&str], folded: &str) -> Vec<usize> {
    let mut ranked: Vec<(usize, usize, String)> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let lower = fold(name);
            let distance = std::iter::once(lower.as_str())
                .chain(lower.split_whitespace())
                .map(|word| edit_distance(folded, word))
                .min()
                .unwrap_or(usize::MAX);
            (distance, i, lower)
        })
        .collect();
    ranked.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.2.cmp(&b.2)));
    ranked
        .into_iter()
        .take(SUGGESTIONS)
        .map(|(_, i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [&str; 5] = [
        "Acme",
        "Acme Holding",
        "Bakkerij Van Dam",
        "Woonstichting De Linde",
        "Van Houten Installatie",
    ];

    fn find(query: &str) -> NameMatch {
        find_name(&NAMES, query)
    }

    #[test]
    fn an_exact_name_wins_over_longer_ones() {
        assert_eq!(find("acme"), NameMatch::Found(0));
        assert_eq!(find("  ACME "), NameMatch::Found(0));
        assert_eq!(find("Acme Holding"), NameMatch::Found(1));
    }

    #[test]
    fn a_part_of_one_name_finds_it() {
        assert_eq!(find("linde"), NameMatch::Found(3));
        assert_eq!(find("bakk"), NameMatch::Found(2));
        assert_eq!(find("hold"), NameMatch::Found(1));
    }

    #[test]
    fn letters_in_order_find_a_name_fuzzily() {
        assert_eq!(find("wsdl"), NameMatch::Found(3));
        assert_eq!(find("bkvd"), NameMatch::Found(2));
    }

    #[test]
    fn equal_best_scores_are_ambiguous() {
        assert_eq!(find("acm"), NameMatch::Ambiguous(vec![0, 1]));
        assert_eq!(
            find_name(&["Jansen", "jansen"], "Jansen"),
            NameMatch::Ambiguous(vec![0, 1])
        );
    }

    #[test]
    fn no_fuzzy_match_suggests_the_nearest_names() {
        let NameMatch::NotFound(nearest) = find("akme") else {
            panic!("akme has no k in any name")
        };
        assert_eq!(nearest[0], 0, "akme is one letter from acme");
        assert!(nearest.len() <= SUGGESTIONS);
        assert!(matches!(find("zzz"), NameMatch::NotFound(_)));
        assert!(matches!(find("   "), NameMatch::NotFound(_)));
        assert_eq!(find_name(&[], "acme"), NameMatch::NotFound(vec![]));
    }

    #[test]
    fn writes_need_an_exact_or_contained_name() {
        assert_eq!(find_name_strict(&NAMES, "linde"), NameMatch::Found(3));
        assert_eq!(find_name_strict(&NAMES, "ACME"), NameMatch::Found(0));
        assert!(
            matches!(find_name_strict(&NAMES, "wsdl"), NameMatch::NotFound(_)),
            "letters in order are only a guess"
        );
        let names = ["Dierenkliniek De Hoefslag", "Woonstichting De Vaart"];
        assert_eq!(find_name(&names, "linde"), NameMatch::Found(0), "a guess");
        assert!(matches!(
            find_name_strict(&names, "linde"),
            NameMatch::NotFound(_)
        ));
        assert_eq!(
            find_name_strict(&NAMES, "acm"),
            NameMatch::Ambiguous(vec![0, 1])
        );
        assert_eq!(how("Acme Holding", "hold"), How::Contained);
        assert_eq!(how("Acme", " acme "), How::Exact);
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("één", "een"), 2);
    }
}
