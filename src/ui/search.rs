//! The search window: the query, then the results grouped by kind with the matched characters
//! highlighted and, for long texts, the part around the match.

use ratatui::Frame;
use ratatui::layout::Position;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use super::Theme;
use super::fit::{fit, fit_around};
use super::popup::window;
use crate::app::App;
use crate::app::popup_places::PopupPlaces;
use crate::app::search::SearchState;
use crate::i18n::{Localized, SearchText, kind_name};
use crate::sanitize::{clean, clean_marked};
use crate::search::Hit;
use unicode_width::UnicodeWidthStr;

/// `text` with the characters at `indices` in the match style.
fn highlighted(text: &str, indices: &[usize], base: Style, matched: Style) -> Vec<Span<'static>> {
    let text = clean(text);
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    for (i, c) in text.chars().enumerate() {
        let m = indices.contains(&i);
        if m != run_matched && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_matched { matched } else { base },
            ));
        }
        run_matched = m;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_matched { matched } else { base }));
    }
    spans
}

/// One result in `width` columns: what matched stays in view, and where it is (the client)
/// keeps at least a third of the line when the line has to be cut.
fn row(hit: &Hit, theme: &Theme, width: usize) -> Line<'static> {
    let room = width.saturating_sub(2);
    let context = &hit.context;
    let context = if context.is_empty() {
        String::new()
    } else {
        format!("  — {}", clean(context))
    };
    let title = clean(&hit.title).into_owned();
    // The match's positions move with what the sanitiser leaves out.
    let (text, marks) = clean_marked(hit.snippet.as_deref().unwrap_or(&hit.title), &hit.indices);
    let lead = match &hit.snippet {
        Some(_) if !title.is_empty() => format!("{title} "),
        _ => String::new(),
    };
    let whole = lead.width() + text.width() + context.width();
    let (lead, context) = if whole <= room {
        (lead, context)
    } else {
        // Each part gives up room only as far as the others need it.
        let others = lead.width() + text.width();
        let context = fit(
            &context,
            context
                .width()
                .min((room / 3).max(room.saturating_sub(others))),
        );
        let others = context.width() + text.width();
        let lead = fit(
            &lead,
            lead.width()
                .min((room / 4).max(room.saturating_sub(others))),
        );
        (lead, context)
    };
    let left = room.saturating_sub(lead.width() + context.width());
    let (text, indices) = fit_around(&text, &marks, left);
    let mut spans = vec![Span::raw("  ")];
    if !lead.is_empty() {
        spans.push(Span::styled(lead, theme.text));
    }
    let base = if hit.snippet.is_some() {
        theme.muted
    } else {
        theme.text
    };
    spans.extend(highlighted(&text, &indices, base, theme.matched));
    if !context.is_empty() {
        spans.push(Span::styled(context, theme.muted));
    }
    Line::from(spans)
}

pub fn draw(
    frame: &mut Frame,
    places: &PopupPlaces,
    app: &App,
    state: &SearchState,
    theme: &Theme,
) {
    let lang = app.lang;
    window(frame, places.window, SearchText::Title.get(lang), theme);
    let [query, status, body, hint, ..] = places.parts;
    let (shown, cursor) = state
        .input
        .visible(usize::from(query.width.saturating_sub(2)));
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("/ ", theme.key),
            Span::raw(shown),
        ])),
        query,
    );
    frame.set_cursor_position(Position::new(query.x + 2 + cursor as u16, query.y));
    if app.search_index.is_none() || state.problem.is_some() {
        match &state.problem {
            // The whole reason, wrapped: it ends in what to do about it.
            Some(problem) => frame.render_widget(
                Paragraph::new(Span::styled(clean(problem), theme.error))
                    .wrap(ratatui::widgets::Wrap { trim: true }),
                status.union(body),
            ),
            None => frame.render_widget(
                Paragraph::new(Span::styled(SearchText::Indexing.get(lang), theme.muted)),
                status,
            ),
        }
        return;
    }
    let ordered = state.ordered();
    let status_text = if state.input.text().trim().is_empty() {
        SearchText::Prefixes.get(lang).to_string()
    } else if state.pending {
        SearchText::Searching.fill(lang, &[&ordered.len()])
    } else if ordered.is_empty() {
        SearchText::NoResults.get(lang).to_string()
    } else {
        match state.count {
            None => SearchText::Counting.fill(lang, &[&ordered.len()]),
            Some(count) if count.more => {
                SearchText::ShownOfMore.fill(lang, &[&ordered.len(), &grouped(count.results, lang)])
            }
            Some(count) if count.results > ordered.len() => {
                SearchText::Shown.fill(lang, &[&ordered.len(), &grouped(count.results, lang)])
            }
            Some(_) => SearchText::Found.fill(lang, &[&ordered.len()]),
        }
    };
    frame.render_widget(
        Paragraph::new(Span::styled(status_text, theme.muted)),
        status,
    );
    // Rows with a heading wherever the kind changes; the selection skips the headings.
    let mut items: Vec<ListItem> = Vec::new();
    let mut selected_row = 0;
    let mut last_kind = None;
    for (i, hit) in ordered.iter().enumerate() {
        let kind = Some(hit.kind);
        if kind != last_kind {
            if let Some(k) = kind {
                items.push(ListItem::new(Line::from(Span::styled(
                    kind_name(k, lang),
                    theme.header,
                ))));
            }
            last_kind = kind;
        }
        if i == state.list.selected {
            selected_row = items.len();
        }
        items.push(ListItem::new(row(hit, theme, usize::from(body.width))));
    }
    let rows = usize::from(body.height).max(1);
    let offset = selected_row.saturating_sub(rows.saturating_sub(1));
    let mut list_state = ListState::default()
        .with_offset(offset)
        .with_selected((!ordered.is_empty()).then_some(selected_row));
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme.selection),
        body,
        &mut list_state,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(SearchText::Hint.get(lang), theme.muted)),
        hint,
    );
}

/// A whole number with its thousands marked as the language marks them: 12.345, 12,345.
fn grouped(n: usize, lang: crate::i18n::Lang) -> String {
    let digits = n.to_string();
    let mark = match lang {
        crate::i18n::Lang::Nl => '.',
        crate::i18n::Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(mark);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::grouped;
    use crate::i18n::Lang;

    #[test]
    fn thousands_are_marked_as_the_language_marks_them() {
        assert_eq!(grouped(7, Lang::Nl), "7");
        assert_eq!(grouped(999, Lang::En), "999");
        assert_eq!(grouped(1_000, Lang::Nl), "1.000");
        assert_eq!(grouped(12_345, Lang::En), "12,345");
        assert_eq!(grouped(1_234_567, Lang::Nl), "1.234.567");
    }
}
