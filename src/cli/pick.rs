//! Choosing one client by a few letters of its name (`brief NAME`, `export --client NAME`),
//! with a one-line error that lists the candidates when that fails.

use super::UserError;
use crate::i18n::{CommandText, Lang, Localized};
use crate::sanitize::clean;
use crate::search::names::{How, NameMatch, SUGGESTIONS, find_name, find_name_strict, how};

/// How sure a command must be of the client it picks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// The command only reads: the best fuzzy match will do, and when it is not the exact name
    /// standard error says which client was taken.
    Guess,
    /// The command writes or records something: only an exact or containing name counts.
    Sure,
}

/// The position in `names` of the client `query` means, or the error to show.
pub fn pick(
    names: &[&str],
    query: &str,
    certainty: Certainty,
    lang: Lang,
) -> Result<usize, UserError> {
    let found = pick_quietly(names, query, certainty, lang)?;
    if certainty == Certainty::Guess && how(names[found], query) != How::Exact {
        super::output::warn(&format!(
            "verwacht: {}",
            CommandText::Took.fill(lang, &[&clean(query.trim()), &clean(names[found])])
        ));
    }
    Ok(found)
}

fn pick_quietly(
    names: &[&str],
    query: &str,
    certainty: Certainty,
    lang: Lang,
) -> Result<usize, UserError> {
    let shown_query = clean(query.trim());
    let list = |positions: &[usize]| {
        let mut shown: Vec<String> = positions
            .iter()
            .take(SUGGESTIONS)
            .map(|i| clean(names[*i]).into_owned())
            .collect();
        if positions.len() > SUGGESTIONS {
            shown.push(CommandText::AndMore.fill(lang, &[&(positions.len() - SUGGESTIONS)]));
        }
        shown.join(", ")
    };
    let found = match certainty {
        Certainty::Guess => find_name(names, query),
        Certainty::Sure => find_name_strict(names, query),
    };
    match found {
        NameMatch::Found(i) => Ok(i),
        NameMatch::Ambiguous(positions) => Err(UserError::Message(
            CommandText::Ambiguous.fill(lang, &[&shown_query, &list(&positions)]),
        )),
        NameMatch::NotFound(nearest) if nearest.is_empty() => Err(UserError::Message(
            CommandText::NoClients.fill(lang, &[&shown_query]),
        )),
        NameMatch::NotFound(nearest) if certainty == Certainty::Sure => Err(UserError::Message(
            CommandText::NoSureMatch.fill(lang, &[&shown_query, &list(&nearest)]),
        )),
        NameMatch::NotFound(nearest) => Err(UserError::Message(
            CommandText::NoMatch.fill(lang, &[&shown_query, &list(&nearest)]),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(result: Result<usize, UserError>) -> String {
        result.unwrap_err().message(Lang::En)
    }

    fn pick(names: &[&str], query: &str, lang: Lang) -> Result<usize, UserError> {
        super::pick_quietly(names, query, Certainty::Guess, lang)
    }

    #[test]
    fn a_write_never_takes_a_guess() {
        let names = ["Dierenkliniek De Hoefslag", "Woonstichting De Vaart"];
        assert_eq!(
            pick(&names, "linde", Lang::En).unwrap(),
            0,
            "reading: a guess"
        );
        assert_eq!(
            message(super::pick_quietly(
                &names,
                "linde",
                Certainty::Sure,
                Lang::En
            )),
            "no client name contains \"linde\"; nearest: Dierenkliniek De Hoefslag, \
             Woonstichting De Vaart; give more of the name"
        );
        assert_eq!(
            super::pick_quietly(&names, "vaart", Certainty::Sure, Lang::En).unwrap(),
            1
        );
    }

    #[test]
    fn errors_name_the_candidates_on_one_line() {
        let names = ["Acme", "Acme Holding", "Bakkerij Van Dam"];
        assert_eq!(pick(&names, "bakkerij", Lang::En).unwrap(), 2);
        assert_eq!(
            message(pick(&names, "acm", Lang::En)),
            "\"acm\" is ambiguous: Acme, Acme Holding; type more of the name"
        );
        assert_eq!(
            message(pick(&names, "xyz\x1b[2J", Lang::En)),
            "no client matches \"xyz\u{FFFD}[2J\"; nearest: Acme, Acme Holding, Bakkerij Van Dam"
        );
        assert_eq!(
            message(pick(&[], "acme", Lang::En)),
            "no client matches \"acme\": the database holds no clients"
        );
    }

    #[test]
    fn long_lists_are_cut() {
        let names: Vec<String> = (1..=8).map(|i| format!("Jansen {i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let text = message(pick(&names, "jansen", Lang::En));
        assert!(
            text.ends_with("Jansen 5, and 3 more; type more of the name"),
            "{text}"
        );
    }
}
