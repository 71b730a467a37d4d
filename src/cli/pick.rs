//! Choosing one client by a few letters of its name (`brief NAME`, `export --client NAME`),
//! with a one-line error that lists the candidates when that fails.

use super::CliError;
use crate::app::matching::{NameMatch, SUGGESTIONS, find_name};
use crate::i18n::{CommandText, Lang, Localized};
use crate::ui::sanitize::clean;

/// The position in `names` of the client `query` means, or the error to show.
pub fn pick(names: &[&str], query: &str, lang: Lang) -> Result<usize, CliError> {
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
    match find_name(names, query) {
        NameMatch::Found(i) => Ok(i),
        NameMatch::Ambiguous(positions) => Err(CliError::Message(
            CommandText::Ambiguous.fill(lang, &[&shown_query, &list(&positions)]),
        )),
        NameMatch::NotFound(nearest) if nearest.is_empty() => Err(CliError::Message(
            CommandText::NoClients.fill(lang, &[&shown_query]),
        )),
        NameMatch::NotFound(nearest) => Err(CliError::Message(
            CommandText::NoMatch.fill(lang, &[&shown_query, &list(&nearest)]),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(result: Result<usize, CliError>) -> String {
        result.unwrap_err().message(Lang::En)
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
