//! Windows over a screen: the contact picker, the resume offer, the tag picker, forms and
//! yes/no questions.

use crate::store::views::ResumeItem;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};

use super::Theme;
use crate::app::form::{Form, Value};
use crate::app::picker::{PickItem, Picker};
use crate::app::popup_places::{self, PopupPlaces};
use crate::app::tags::{TagGroup, TagPicker};
use crate::app::{App, Input, Popup, ScrollList};
use crate::i18n::{HomeText, InterviewText, Lang, Localized, fmt_date};
use crate::sanitize::clean;
use unicode_width::UnicodeWidthStr;

pub fn draw(frame: &mut Frame, app: &App, popup: &Popup, theme: &Theme) {
    let area = frame.area();
    // Worked out in `update` for the size it knows; a frame of another size (the terminal
    // changed before the program heard of it) gets its own.
    let own;
    let places = if app.popup_places.are_for(area, popup) {
        &app.popup_places
    } else {
        own = popup_places::places(area, app, popup);
        &own
    };
    match popup {
        Popup::Picker(p) => match &p.new_contact {
            Some(form) => {
                draw_form(frame, places, form, theme);
            }
            None => draw_picker(frame, places, p, app.lang, theme),
        },
        Popup::Resume { items, list } => draw_resume(frame, places, items, list, app.lang, theme),
        Popup::Tags(t) => draw_tags(frame, places, t, app.lang, theme),
        Popup::Form { form, purpose } => {
            let inner = draw_form(frame, places, form, theme);
            if let Some(note) = super::authors::note(purpose, app.lang) {
                super::authors::draw(frame, inner, &note, theme);
            }
        }
        Popup::Confirm { question, .. } => draw_confirm(frame, places, question, app, theme),
        Popup::Filter(input) => draw_filter(frame, places.window, input, app.lang, theme),
        Popup::Search(state) => super::search::draw(frame, places, app, state, theme),
        Popup::Help { mode, scroll } => {
            super::help::draw_help(frame, places, app, *mode, *scroll, theme)
        }
        Popup::Palette {
            input, list, found, ..
        } => super::help::draw_palette(frame, places, app, input, list, found, theme),
        Popup::Reclassify(e) => draw_reclassify(frame, places, app, e, theme),
        Popup::Conflict(c) => super::conflict::draw(frame, places, app, c, theme),
        Popup::Breakdown(id) => {
            if let Some((row, breakdown)) = app.breakdown_of(*id) {
                super::breakdown::draw(
                    frame,
                    places,
                    row,
                    &breakdown,
                    app.settings.weights.due_soon_days,
                    app.lang,
                    theme,
                );
            }
        }
    }
}

/// A window's box at `rect` (worked out in `update`), cleared, with its title. Returns its
/// inside.
pub fn window(frame: &mut Frame, rect: Rect, title: &str, theme: &Theme) -> Rect {
    let width = rect.width;
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .style(theme.text)
        .title(Span::styled(
            format!(
                " {} ",
                super::fit::fit(&clean(title), usize::from(width.saturating_sub(4)))
            ),
            theme.title,
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    inner
}

/// A list with the selection kept in view.
pub fn draw_list(
    frame: &mut Frame,
    area: Rect,
    items: Vec<ListItem>,
    list: &ScrollList,
    theme: &Theme,
) {
    let len = items.len();
    let mut view = *list;
    view.follow(len, usize::from(area.height));
    let mut state = ListState::default()
        .with_offset(view.offset)
        .with_selected(Some(view.selected));
    frame.render_stateful_widget(
        List::new(items).highlight_style(theme.selection),
        area,
        &mut state,
    );
}

fn hint_line<'a>(text: &'a str, theme: &Theme) -> Paragraph<'a> {
    Paragraph::new(Line::from(Span::styled(text, theme.muted)))
}

fn draw_picker(frame: &mut Frame, places: &PopupPlaces, p: &Picker, lang: Lang, theme: &Theme) {
    // The question is what the window asks: a long client name is cut, not the question.
    let room = usize::from(places.window.width.saturating_sub(4));
    let rest = InterviewText::PickTitle.fill(lang, &[&""]).width();
    let name = super::fit::fit(
        &clean(&p.view.client.name),
        room.saturating_sub(rest).max(8),
    );
    let title = InterviewText::PickTitle.fill(lang, &[&name]);
    window(frame, places.window, &title, theme);
    let [list_area, hint, ..] = places.parts;
    let items = p
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            // People are numbered; the new-person row and interrupted interviews have keys
            // of their own (n, r).
            let number = match item {
                PickItem::Contact(_) if i < 9 => format!("{} ", i + 1),
                _ => "  ".to_string(),
            };
            let text = match item {
                PickItem::Resume(id) => p
                    .view
                    .in_progress
                    .iter()
                    .find(|iv| iv.id == *id)
                    .map(|iv| {
                        let who = p
                            .view
                            .contacts
                            .iter()
                            .find(|c| c.id == iv.contact_id)
                            .map_or(String::new(), |c| clean(&c.name).into_owned());
                        let started = fmt_date(iv.started.date_naive(), lang);
                        format!(
                            "↻ {}",
                            InterviewText::PickResume
                                .fill(lang, &[&who, &iv.step.number(), &started])
                        )
                    })
                    .unwrap_or_default(),
                PickItem::Contact(id) => p
                    .view
                    .contacts
                    .iter()
                    .find(|c| c.id == *id)
                    .map(|c| {
                        if c.role.is_empty() {
                            clean(&c.name).into_owned()
                        } else {
                            format!("{} — {}", clean(&c.name), clean(&c.role))
                        }
                    })
                    .unwrap_or_default(),
                PickItem::New => InterviewText::PickNew.get(lang).to_string(),
            };
            ListItem::new(Line::from(vec![
                Span::styled(number, theme.key),
                Span::raw(text),
            ]))
        })
        .collect();
    draw_list(frame, list_area, items, &p.list, theme);
    let text = if p.view.in_progress.is_empty() {
        InterviewText::PickHint
    } else {
        InterviewText::PickHintResume
    };
    frame.render_widget(hint_line(text.get(lang), theme), hint);
}

fn draw_resume(
    frame: &mut Frame,
    places: &PopupPlaces,
    items: &[ResumeItem],
    list: &ScrollList,
    lang: Lang,
    theme: &Theme,
) {
    window(
        frame,
        places.window,
        InterviewText::ResumeTitle.get(lang),
        theme,
    );
    let [intro, list_area, hint, ..] = places.parts;
    frame.render_widget(
        Paragraph::new(InterviewText::ResumeIntro.get(lang)).wrap(Wrap { trim: true }),
        intro,
    );
    let width = usize::from(list_area.width);
    let rows = items
        .iter()
        .map(|item| {
            let head = InterviewText::ResumeItem.fill(
                lang,
                &[
                    &clean(&item.client),
                    &clean(&item.contact),
                    &item.step.number(),
                    &"",
                ],
            );
            // The end of the draft: the words typed last, where the sentence broke off.
            let draft = match &item.draft {
                Some(text) => {
                    let text = clean(text);
                    let room = width.saturating_sub(head.chars().count() + 3).max(12);
                    let count = text.chars().count();
                    if count <= room {
                        format!("“{text}”")
                    } else {
                        let tail: String = text.chars().skip(count + 1 - room).collect();
                        format!("“…{tail}”")
                    }
                }
                None => InterviewText::NoDraft.get(lang).to_string(),
            };
            ListItem::new(format!("{head}{draft}"))
        })
        .collect();
    draw_list(frame, list_area, rows, list, theme);
    frame.render_widget(hint_line(InterviewText::ResumeHint.get(lang), theme), hint);
}

fn draw_tags(frame: &mut Frame, places: &PopupPlaces, t: &TagPicker, lang: Lang, theme: &Theme) {
    let options = t.options();
    window(
        frame,
        places.window,
        InterviewText::TagsTitle.get(lang),
        theme,
    );
    let [filter, list_area, hint, ..] = places.parts;
    let (shown, cursor) = t
        .filter
        .visible(usize::from(filter.width.saturating_sub(2)));
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(vec![Span::styled("# ", theme.key), Span::raw(shown)]),
            Line::from(Span::styled(
                InterviewText::TagsFilter.get(lang),
                theme.muted,
            )),
        ]),
        filter,
    );
    frame.set_cursor_position(Position::new(filter.x + 2 + cursor as u16, filter.y));
    let rows = options
        .iter()
        .map(|o| {
            let group = match o.group {
                TagGroup::Step => InterviewText::TagsStep,
                TagGroup::Recent => InterviewText::TagsRecent,
                TagGroup::New => InterviewText::TagsNew,
            };
            ListItem::new(Line::from(vec![
                Span::styled(format!("#{}", clean(&o.word)), theme.text),
                Span::styled(format!("  {}", group.get(lang)), theme.muted),
            ]))
        })
        .collect();
    draw_list(frame, list_area, rows, &t.list, theme);
    frame.render_widget(hint_line(InterviewText::TagsHint.get(lang), theme), hint);
}

/// A form: one row per field (label, value), its error right under it. Returns the inside of
/// its window.
pub fn draw_form(frame: &mut Frame, places: &PopupPlaces, form: &Form, theme: &Theme) -> Rect {
    let inner = window(frame, places.window, &form.title, theme);
    let label_width = form
        .fields
        .iter()
        .map(|f| f.label.chars().count())
        .max()
        .unwrap_or(0) as u16
        + 2;
    let mut y = inner.y;
    for (i, field) in form.fields.iter().enumerate() {
        if y >= inner.bottom() {
            break;
        }
        let focused = i == form.focus;
        let row = Rect::new(inner.x, y, inner.width, 1);
        let value_x = row.x + label_width.min(row.width);
        let value_width = row.width.saturating_sub(label_width);
        let label_style = if focused { theme.key } else { theme.muted };
        frame.render_widget(
            Paragraph::new(Span::styled(field.label.clone(), label_style)),
            Rect::new(row.x, y, label_width.min(row.width), 1),
        );
        let value_area = Rect::new(value_x, y, value_width, 1);
        match &field.value {
            Value::Text(input) if focused => {
                let (shown, cursor) = input.visible(usize::from(value_width.saturating_sub(1)));
                frame.render_widget(
                    Paragraph::new(Span::styled(shown, theme.selection)),
                    value_area,
                );
                frame.set_cursor_position(Position::new(value_x + cursor as u16, y));
            }
            // A field being read, not typed in: its start, cut with `…` when it does not fit.
            Value::Text(input) => {
                let shown = super::fit::fit(&clean(input.text()), usize::from(value_width));
                frame.render_widget(Paragraph::new(Span::styled(shown, theme.text)), value_area);
            }
            Value::Choice { options, index } => {
                let text = options.get(*index).cloned().unwrap_or_default();
                let shown = if focused {
                    format!("◂ {} ▸", clean(&text))
                } else {
                    clean(&text).into_owned()
                };
                let style = if focused { theme.selection } else { theme.text };
                frame.render_widget(Paragraph::new(Span::styled(shown, style)), value_area);
            }
        }
        y += 1;
        if let Some(error) = &field.error
            && y < inner.bottom()
        {
            let shown = super::fit::fit(&format!("↳ {error}"), usize::from(value_width));
            frame.render_widget(
                Paragraph::new(Span::styled(shown, theme.error)),
                Rect::new(value_x, y, value_width, 1),
            );
            y += 1;
        }
    }
    inner
}

/// The text filter, typed on the bottom line.
fn draw_filter(frame: &mut Frame, line: Rect, input: &Input, lang: Lang, theme: &Theme) {
    let prompt = HomeText::FilterPrompt.get(lang);
    let prompt_width = prompt.chars().count() as u16;
    let room = usize::from(line.width.saturating_sub(prompt_width + 1));
    let (shown, cursor) = input.visible(room);
    frame.render_widget(Clear, line);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(prompt, theme.key),
            Span::styled(shown, theme.text),
        ])),
        line,
    );
    frame.set_cursor_position(Position::new(
        line.x + (prompt_width + cursor as u16).min(line.width.saturating_sub(1)),
        line.y,
    ));
}

/// Today's wow, tomorrow's basic: the question, and the keys that answer it (from the keymap).
fn draw_reclassify(
    frame: &mut Frame,
    places: &PopupPlaces,
    app: &App,
    e: &crate::domain::Expectation,
    theme: &Theme,
) {
    use crate::app::{Action, Mode};
    let lang = app.lang;
    let question = popup_places::reclassify_question(e, lang);
    let answers: Vec<String> = [
        Action::MakeBasic,
        Action::MakePerformance,
        Action::StillDelighter,
        Action::Back,
    ]
    .into_iter()
    .filter_map(|a| {
        let key = app
            .keymap
            .keys_for(Mode::Reclassify, a)
            .into_iter()
            .next()?;
        Some(format!("{key} {}", a.describe(lang)))
    })
    .collect();
    window(frame, places.window, "?", theme);
    let [text, hint, ..] = places.parts;
    frame.render_widget(Paragraph::new(question).wrap(Wrap { trim: true }), text);
    frame.render_widget(
        Paragraph::new(Span::styled(answers.join(" · "), theme.key)),
        hint,
    );
}

/// The keys that answer a question, from the keymap, so they always match the hint bar:
/// `y/j yes · n/Esc no`.
fn answer_keys(app: &App, actions: &[crate::app::Action]) -> String {
    actions
        .iter()
        .filter_map(|a| {
            let keys = app.keymap.keys_for(crate::app::Mode::Confirm, *a);
            if keys.is_empty() {
                return None;
            }
            let keys: Vec<String> = keys.iter().take(2).map(|k| k.label()).collect();
            Some(format!("{} {}", keys.join("/"), a.describe(app.lang)))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn draw_confirm(frame: &mut Frame, places: &PopupPlaces, question: &str, app: &App, theme: &Theme) {
    window(frame, places.window, "?", theme);
    let [text, hint, ..] = places.parts;
    frame.render_widget(
        Paragraph::new(question.to_string()).wrap(Wrap { trim: true }),
        text,
    );
    let answers = answer_keys(app, &[crate::app::Action::Yes, crate::app::Action::No]);
    frame.render_widget(Paragraph::new(Span::styled(answers, theme.key)), hint);
}
