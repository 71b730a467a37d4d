//! The help window (every key of the current screen, generated from the live keymap) and the
//! command palette.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position};
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, Paragraph};

use super::Theme;
use super::popup::{draw_list, window};
use crate::app::action::Group;
use crate::app::popup::palette_matches;
use crate::app::{Action, App, Input, KeyChord, Mode, ScrollList};
use crate::i18n::{HelpText, Lang, Localized};

pub fn mode_name(mode: Mode, lang: Lang) -> &'static str {
    match mode {
        Mode::Global => HelpText::Global,
        Mode::Home => HelpText::ModeHome,
        Mode::Picker => HelpText::ModePicker,
        Mode::Tags => HelpText::ModeTags,
        Mode::Form => HelpText::ModeForm,
        Mode::Editor => HelpText::ModeEditor,
        Mode::Interview => HelpText::ModeInterview,
        Mode::Summary => HelpText::ModeSummary,
        Mode::Confirm => HelpText::ModeConfirm,
        Mode::Chart => HelpText::ModeChart,
        Mode::Info => HelpText::ModeInfo,
        Mode::Client => HelpText::ModeClient,
        Mode::Expectation => HelpText::ModeExpectation,
        Mode::Reclassify => HelpText::ModeReclassify,
        Mode::Conflict => HelpText::ModeConflict,
    }
    .get(lang)
}

fn keys_text(keys: &[KeyChord]) -> String {
    keys.iter()
        .map(KeyChord::label)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The lines of the help for a screen, grouped by what the keys do (doing, looking, moving,
/// everywhere), in the keymap's order within a group: a heading (`None` for its keys), then key
/// and what it does.
pub fn help_lines(app: &App, mode: Mode) -> Vec<(Option<String>, &'static str)> {
    let bindings = app.keymap.bindings(mode);
    let mut lines = Vec::new();
    for group in [Group::Do, Group::View, Group::Move, Group::General] {
        let members: Vec<&(Action, Vec<KeyChord>)> = bindings
            .iter()
            .filter(|(a, _)| a.group() == group)
            .collect();
        if members.is_empty() {
            continue;
        }
        lines.push((None, group_name(group, app.lang)));
        for (action, keys) in members {
            lines.push((Some(keys_text(keys)), action.describe(app.lang)));
        }
    }
    lines
}

fn group_name(group: Group, lang: Lang) -> &'static str {
    match group {
        Group::Do => HelpText::GroupDo,
        Group::View => HelpText::GroupView,
        Group::Move => HelpText::GroupMove,
        Group::General => HelpText::GroupGeneral,
    }
    .get(lang)
}

pub fn draw_help(frame: &mut Frame, app: &App, mode: Mode, scroll: usize, theme: &Theme) {
    let area = frame.area();
    let lines = help_lines(app, mode);
    let title = HelpText::Title.fill(app.lang, &[&mode_name(mode, app.lang)]);
    let height = (lines.len() as u16 + 3).min(area.height);
    let inner = window(frame, area, 64, height, &title, theme);
    let [body, hint] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let key_width = lines
        .iter()
        .filter_map(|(k, _)| k.as_ref())
        .map(|k| unicode_width::UnicodeWidthStr::width(k.as_str()))
        .max()
        .unwrap_or(0)
        .min(24);
    let shown: Vec<Line> = lines
        .iter()
        .skip(scroll.min(lines.len().saturating_sub(usize::from(body.height))))
        .map(|(keys, what)| match keys {
            None => Line::from(Span::styled(*what, theme.header)),
            Some(keys) => {
                let keys = super::fit::fit(keys, key_width);
                let pad =
                    key_width.saturating_sub(unicode_width::UnicodeWidthStr::width(keys.as_str()));
                Line::from(vec![
                    Span::styled(format!(" {keys}{}  ", " ".repeat(pad)), theme.key),
                    Span::styled(*what, theme.text),
                ])
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), body);
    frame.render_widget(
        Paragraph::new(Span::styled(HelpText::Hint.get(app.lang), theme.muted)),
        hint,
    );
}

pub fn draw_palette(
    frame: &mut Frame,
    app: &App,
    mode: Mode,
    input: &Input,
    list: &ScrollList,
    theme: &Theme,
) {
    let area = frame.area();
    let found = palette_matches(&app.keymap, mode, input.text(), app.lang);
    let height = (found.len().clamp(1, 12) as u16) + 5;
    let inner = window(
        frame,
        area,
        60,
        height,
        HelpText::PaletteTitle.get(app.lang),
        theme,
    );
    let [query, body, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let (shown, cursor) = input.visible(usize::from(query.width.saturating_sub(2)));
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(": ", theme.key),
            Span::raw(shown),
        ])),
        query,
    );
    frame.set_cursor_position(Position::new(query.x + 2 + cursor as u16, query.y));
    if found.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(
                HelpText::PaletteNone.get(app.lang),
                theme.muted,
            )),
            body,
        );
    } else {
        let rows: Vec<ListItem> = found
            .iter()
            .map(|(action, keys)| {
                ListItem::new(Line::from(vec![
                    Span::styled(action.describe(app.lang), theme.text),
                    Span::styled(format!("  {}", keys_text(keys)), theme.key),
                ]))
            })
            .collect();
        draw_list(frame, body, rows, list, theme);
    }
    frame.render_widget(
        Paragraph::new(Span::styled(
            HelpText::PaletteHint.get(app.lang),
            theme.muted,
        )),
        hint,
    );
}
