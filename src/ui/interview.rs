//! The interview screen: the seven steps with their answer counts, the guide for the current
//! step, its answers (at step 6 also the open expectations), the editor and the call timer.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

use super::fit::{fit, fit_together};
use super::{Theme, summary};
use crate::app::interview::places::step_places;
use crate::app::interview::timer::clock_text;
use crate::app::interview::{Focus, InterviewState, Item};
use crate::app::{App, ScrollList};
use crate::domain::interview::AnswerFields;
use crate::domain::{Characteristic, Expectation};
use crate::i18n::guide::guide;
use crate::i18n::{InterviewText, Lang, Localized, fmt_date, label};
use crate::sanitize::clean;
use unicode_width::UnicodeWidthStr;

pub fn draw(
    frame: &mut Frame,
    [title, steps, right, bottom]: [Rect; 4],
    app: &App,
    s: &InterviewState,
    theme: &Theme,
) {
    draw_title(frame, title, app, s, theme);
    draw_steps(frame, steps, app.lang, s, theme);
    match &s.summary {
        Some(sum) => summary::draw(frame, right, app, s, sum, theme),
        None => draw_step(frame, right, app, s, theme),
    }
    super::draw_bottom(frame, bottom, app, theme);
}

fn draw_title(frame: &mut Frame, area: Rect, app: &App, s: &InterviewState, theme: &Theme) {
    let lang = app.lang;
    let v = &s.view;
    let mut who = clean(&v.contact.name).into_owned();
    if !v.contact.role.is_empty() {
        who = format!("{who} ({})", clean(&v.contact.role));
    }
    let mut clock = vec![Span::styled(
        format!("⏱ {}", clock_text(s.timer.seconds(app.now))),
        theme.key,
    )];
    if s.timer.is_paused() {
        clock.push(Span::styled(
            format!(" {}", InterviewText::Paused.get(lang)),
            theme.warning,
        ));
    }
    let right = Line::from(clock).right_aligned();
    let right_width = right.width() as u16;
    let [l, r] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(right_width + 1)]).areas(area);
    // Client and person share what the clock leaves; the longer one is cut first.
    let prefix = format!("{} ", InterviewText::Title.get(lang));
    let room = usize::from(l.width).saturating_sub(prefix.width());
    let parts = [
        clean(&v.client.name).into_owned(),
        format!(" · {}", InterviewText::With.fill(lang, &[&who])),
    ];
    let [client, with] = <[String; 2]>::try_from(fit_together(&parts, room, 8)).unwrap_or(parts);
    let left = Line::from(vec![
        Span::styled(prefix, theme.title),
        Span::styled(client, theme.title),
        Span::styled(with, theme.muted),
    ]);
    frame.render_widget(Paragraph::new(left), l);
    frame.render_widget(Paragraph::new(right), r);
}

fn draw_steps(frame: &mut Frame, area: Rect, lang: Lang, s: &InterviewState, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(InterviewText::Steps.get(lang), theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = Characteristic::ALL
        .iter()
        .map(|step| {
            let count = s.answers_in(*step);
            let current = *step == s.step;
            let marker = if current { "▸" } else { " " };
            let count_text = if count > 0 {
                count.to_string()
            } else {
                "·".to_string()
            };
            let name_width = width.saturating_sub(4 + count_text.chars().count() + 1);
            let name = fit(label(*step, lang), name_width);
            let gap = width.saturating_sub(4 + name.chars().count() + count_text.chars().count());
            let style = if current {
                theme.selection
            } else if count > 0 {
                theme.text
            } else {
                theme.muted
            };
            Line::from(vec![
                Span::styled(format!("{marker}{} ", step.number()), style),
                Span::styled(format!(" {name}{}", " ".repeat(gap)), style),
                Span::styled(count_text, if count > 0 { theme.ok } else { theme.muted }),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// `text` broken into lines of at most `width` columns at spaces, at most `max` lines (the last
/// marked `…` when cut).
/// The start of `text`, at most `chars` characters (cut on a character boundary).
fn excerpt(text: &str, chars: usize) -> &str {
    text.char_indices()
        .nth(chars)
        .map_or(text, |(i, _)| &text[..i])
}

fn wrap(text: &str, width: usize, max: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(8);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = if line.is_empty() { 0 } else { 1 } + word.width();
        if !line.is_empty() && line.width() + needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            *last = fit(last, width.saturating_sub(1));
            last.push('…');
        }
    }
    lines
}

/// Draws a titled frame, highlighted where the keys go, and returns the room inside it.
fn framed(frame: &mut Frame, area: Rect, title: &str, focused: bool, theme: &Theme) -> Rect {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if focused { theme.key } else { theme.border })
        .title(Span::styled(title.to_string(), theme.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

fn draw_step(frame: &mut Frame, area: Rect, app: &App, s: &InterviewState, theme: &Theme) {
    // Worked out in `update`; a frame of another size gets its own.
    let places = if s.places.area == area {
        s.places
    } else {
        step_places(area, s, app.lang)
    };
    draw_guide(frame, places.guide, app, s, theme);
    if places.has_fields() {
        frame.render_widget(
            Paragraph::new(fields_lines(app, s, theme)).wrap(Wrap { trim: true }),
            places.fields,
        );
    }
    draw_items(frame, places.list, app, s, &s.items(), theme);
    draw_editor(frame, places.editor, app, s, theme);
}

fn draw_guide(frame: &mut Frame, area: Rect, app: &App, s: &InterviewState, theme: &Theme) {
    let lang = app.lang;
    let g = guide(s.step, lang);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!("{}. {}", s.step.number(), g.name),
            theme.title,
        ));
    let mut lines = vec![
        Line::from(Span::styled(g.meaning, theme.text)),
        Line::from(vec![
            Span::styled(
                format!("{}: ", InterviewText::ListenFor.get(lang)),
                theme.header,
            ),
            Span::styled(g.listen_for, theme.muted),
        ]),
    ];
    lines.push(Line::from(Span::styled(
        format!("{}:", InterviewText::Ask.get(lang)),
        theme.header,
    )));
    for q in g.questions {
        lines.push(Line::from(vec![
            Span::styled(" • ", theme.key),
            Span::styled(*q, theme.text),
        ]));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

/// The deadline, measure and expected grade of one answer, as a short text; empty when none.
fn fields_text(fields: &AnswerFields, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(d) = fields.deadline {
        parts.push(format!(
            "{} {}",
            InterviewText::Deadline.get(lang),
            fmt_date(d, lang)
        ));
    }
    if let Some(m) = &fields.measure {
        parts.push(clean(&m.summary()).into_owned());
    }
    if let Some(g) = fields.expected_grade {
        parts.push(InterviewText::GradeShort.fill(lang, &[&g]));
    }
    parts.join(" · ")
}

/// What the answer being typed (or, with the editor empty, the selected one) carries: its
/// deadline, measure and expected grade, with the key that fills them in.
fn fields_lines<'a>(app: &App, s: &InterviewState, theme: &Theme) -> Vec<Line<'a>> {
    let lang = app.lang;
    let empty = AnswerFields::default();
    let fields = match s.fields_target() {
        Some(Some(a)) => &a.fields,
        Some(None) => &s.fields,
        None => &empty,
    };
    let text = fields_text(fields, lang);
    let shown = if text.is_empty() {
        InterviewText::NoneYet.get(lang).to_string()
    } else {
        text
    };
    vec![
        Line::from(vec![
            Span::styled(
                format!(" {}: ", InterviewText::WithAnswer.get(lang)),
                theme.header,
            ),
            Span::styled(shown, theme.text),
        ]),
        Line::from(Span::styled(
            format!(" {}", InterviewText::FieldsHint.get(lang)),
            theme.muted,
        )),
    ]
}

fn draw_items(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    s: &InterviewState,
    items: &[Item],
    theme: &Theme,
) {
    let lang = app.lang;
    let focused = s.focus == Focus::List;
    let title = if s.step == Characteristic::TheyChange {
        InterviewText::Existing.get(lang)
    } else {
        InterviewText::Answers.get(lang)
    };
    let inner = framed(frame, area, title, focused, theme);
    if items.is_empty() {
        let empty = if s.step == Characteristic::TheyChange {
            InterviewText::NoExisting
        } else {
            InterviewText::NoAnswers
        };
        frame.render_widget(
            Paragraph::new(Span::styled(empty.get(lang), theme.muted)),
            inner,
        );
        return;
    }
    let width = usize::from(inner.width.saturating_sub(1));
    let rows: Vec<ListItem> = items
        .iter()
        .map(|item| match item {
            Item::Answer(a) => {
                // At most three rows show: only what could fill them is cleaned and wrapped.
                let room = usize::from(inner.width) * 4;
                let mut text = clean(excerpt(&a.text, room)).into_owned();
                let fields = fields_text(&a.fields, lang);
                if !fields.is_empty() {
                    text.push_str(&format!("  [{fields}]"));
                }
                if s.view.linked_answers.contains(&a.id) {
                    text.push_str(&format!("  ({})", InterviewText::LinkedAlready.get(lang)));
                }
                // Whole answers, wrapped, up to a few lines each.
                let lines: Vec<Line> = wrap(&text, usize::from(inner.width.saturating_sub(2)), 3)
                    .into_iter()
                    .enumerate()
                    .map(|(i, l)| {
                        let bullet = if i == 0 { "• " } else { "  " };
                        Line::from(vec![
                            Span::styled(bullet, theme.key),
                            Span::styled(l, theme.text),
                        ])
                    })
                    .collect();
                ListItem::new(lines)
            }
            Item::Existing(e) => ListItem::new(existing_line(app, s, e, width, theme)),
            Item::Review(e) => {
                let mut line = existing_line(app, s, e, width, theme);
                let since = e.status_since.map_or(String::new(), |d| fmt_date(d, lang));
                line.spans.push(Span::styled(
                    format!("  {}", InterviewText::ReviewItem.fill(lang, &[&since])),
                    theme.warning,
                ));
                ListItem::new(line)
            }
        })
        .collect();
    let mut view: ScrollList = s.list;
    view.follow(rows.len(), usize::from(inner.height));
    let mut state = ListState::default().with_offset(view.offset);
    if focused {
        state.select(Some(view.selected));
    }
    frame.render_stateful_widget(
        List::new(rows).highlight_style(theme.selection),
        inner,
        &mut state,
    );
}

/// One open expectation at step 6: level, title, whose, deadline, when last confirmed — the
/// title cut with `…` so the rest fits in `width`.
fn existing_line<'a>(
    app: &App,
    s: &InterviewState,
    e: &Expectation,
    width: usize,
    theme: &Theme,
) -> Line<'a> {
    let lang = app.lang;
    let whose = e
        .contact_id
        .and_then(|id| s.view.contacts.iter().find(|c| c.id == id))
        .map(|c| clean(&c.name).into_owned());
    let mut spans = vec![Span::styled(
        format!("[{}] ", label(e.level, lang)),
        theme.muted,
    )];
    if let Some(w) = whose {
        spans.push(Span::styled(format!(" — {w}"), theme.muted));
    }
    if let Some(d) = e.deadline {
        let style = if e.is_overdue(app.today) {
            theme.overdue
        } else {
            theme.muted
        };
        spans.push(Span::styled(format!(" · {}", fmt_date(d, lang)), style));
    }
    if let Some(r) = e.reviewed {
        spans.push(Span::styled(
            format!(
                " ✓ {}",
                InterviewText::Reviewed.fill(lang, &[&fmt_date(r, lang)])
            ),
            theme.ok,
        ));
    }
    // The title comes first: when the line is narrow, the confirmation and then the person
    // give way, and the title takes the room that is left.
    const TITLE_AT_LEAST: usize = 20;
    let rest = |spans: &[Span]| spans.iter().map(|sp| sp.width()).sum::<usize>();
    while spans.len() > 1 && rest(&spans) + TITLE_AT_LEAST > width {
        spans.pop();
    }
    let room = width.saturating_sub(rest(&spans)).max(8);
    spans.insert(1, Span::styled(fit(&clean(&e.title), room), theme.text));
    Line::from(spans)
}

fn draw_editor(frame: &mut Frame, area: Rect, app: &App, s: &InterviewState, theme: &Theme) {
    let lang = app.lang;
    let focused = s.focus == Focus::Editor && app.popup.is_none();
    let title = if s.editing.is_some() {
        InterviewText::EditorEditing.get(lang)
    } else {
        InterviewText::Editor.get(lang)
    };
    let inner = framed(frame, area, title, focused, theme);
    let placeholder = InterviewText::EditorPlaceholder.get(lang);
    super::editor::draw(frame, inner, s.editor.window(), placeholder, focused, theme);
}
