//! `verwacht search QUERY`: the same results as the search window, as plain text for scripts:
//! one line per result, grouped by kind, tab-separated: kind, title, where, and for long texts
//! the part around the match.

use super::{Session, UserError};
use crate::app::search::LIMIT;
use crate::i18n::{Localized, SearchText};
use crate::search::{Query, search_names, search_texts};

use crate::sanitize::clean;

pub fn run(ctx: &Session, words: &[String]) -> Result<(), UserError> {
    let store = ctx.open_existing()?;
    let index = crate::store::views::search_index(&store)?;
    let input = words.join(" ");
    let query = Query::parse(&input);
    let mut state = crate::app::search::SearchState::default();
    state.names = search_names(&index, &query, LIMIT);
    state.texts = search_texts(&index, &query, LIMIT, &|| false);
    state.arrange(&index);
    let hits = state.ordered();
    if hits.is_empty() {
        return Err(UserError::Message(
            SearchText::NoMatch.fill(ctx.lang, &[&input.trim()]),
        ));
    }
    let mut out = String::new();
    for hit in hits {
        let Some(it) = index.items.get(hit.item) else {
            continue;
        };
        let kind = crate::i18n::kind_name(it.kind, ctx.lang);
        let snippet = hit.snippet.as_deref().unwrap_or("");
        out.push_str(&format!(
            "{kind}\t{}\t{}\t{}\n",
            clean(&it.title),
            clean(&index.context(it)),
            clean(snippet)
        ));
    }
    super::output::stdout(&out, ctx.lang)
}
