//! `verwacht search QUERY`: the same results as the search window, as plain text for scripts:
//! one line per result, grouped by kind, tab-separated: kind, title, where, and for long texts
//! the part around the match.

use super::{Session, UserError};
use crate::app::search::LIMIT;
use crate::i18n::{Localized, SearchText};
use crate::search::Query;
use crate::store::StoreError;

use crate::sanitize::clean;

/// Reads the file read-only when it can (nothing written on opening or closing it); only an
/// index of long texts found out of step, which is built anew, has it opened for writing.
pub fn run(ctx: &Session, words: &[String]) -> Result<(), UserError> {
    let store = ctx.open_to_read()?;
    let input = words.join(" ");
    let query = Query::parse(&input);
    let mut state = crate::app::search::SearchState::default();
    state.names = crate::store::views::search_names_once(&store, &query, LIMIT)?;
    let texts = match crate::store::views::search_texts(&store, &query, LIMIT, &|| false) {
        Err(StoreError::ReadOnly(_)) if store.is_read_only() => {
            drop(store);
            let store = ctx.open_existing()?;
            crate::store::views::search_texts(&store, &query, LIMIT, &|| false)?
        }
        texts => texts?,
    };
    let texts = texts.unwrap_or_default();
    if texts.rebuilt {
        eprintln!("verwacht: {}", SearchText::Rebuilt.get(ctx.lang));
    }
    state.texts = texts.hits;
    state.arrange();
    let hits = state.ordered();
    if hits.is_empty() {
        return Err(UserError::Message(
            SearchText::NoMatch.fill(ctx.lang, &[&input.trim()]),
        ));
    }
    let mut out = String::new();
    for hit in hits {
        let kind = crate::i18n::kind_name(hit.kind, ctx.lang);
        let snippet = hit.snippet.as_deref().unwrap_or("");
        out.push_str(&format!(
            "{kind}\t{}\t{}\t{}\n",
            clean(&hit.title),
            clean(&hit.context),
            clean(snippet)
        ));
    }
    super::output::stdout(&out, ctx.lang)
}
