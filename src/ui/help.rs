//! The help window (every key of the current screen, from the live keymap, in its order and
//! under its groups' headings) and the command palette.

use ratatui::Frame;
use ratatui::layout::Position;
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, Paragraph};

use super::Theme;
use super::popup::{draw_list, window};
use crate::app::keymap::Group;
use crate::app::popup_places::PopupPlaces;
use crate::app::{App, Input, KeyChord, Mode, ScrollList};
use crate::i18n::{HelpText, Lang, Localized};

pub fn mode_name(mode: Mode, lang: Lang) -> &'static str {
    match mode {
        Mode::Global => HelpText::Global,
        Mode::Home => HelpText::ModeHome,
        Mode::Picker => HelpText::ModePicker,
        Mode::Resume => HelpText::ModeResume,
        Mode::Tags => HelpText::ModeTags,
        Mode::Search => HelpText::ModeSearch,
        Mode::Palette => HelpText::ModePalette,
        Mode::Filter => HelpText::ModeFilter,
        Mode::Form => HelpText::ModeForm,
        Mode::Input => HelpText::ModeInput,
        Mode::Choice => HelpText::ModeChoice,
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

/// The lines of the help for a screen: the keymap's bindings in its order, each group under
/// its heading (`None` for the heading's line), then key and what it does.
pub fn help_lines(app: &App, mode: Mode) -> Vec<(Option<String>, &'static str)> {
    let mut lines = Vec::new();
    let mut group = None;
    for binding in app.keymap.shown(mode) {
        if group != Some(binding.group) {
            group = Some(binding.group);
            lines.push((None, group_name(binding.group, app.lang)));
        }
        lines.push((
            Some(keys_text(&binding.keys)),
            binding.action.describe(app.lang),
        ));
    }
    lines
}

fn group_name(group: Group, lang: Lang) -> &'static str {
    match group {
        Group::Do => HelpText::GroupDo,
        Group::View => HelpText::GroupView,
        Group::Move => HelpText::GroupMove,
        Group::Tabs => HelpText::GroupTabs,
        Group::Steps => HelpText::GroupSteps,
        Group::Answer => HelpText::GroupAnswer,
        Group::Text => HelpText::GroupText,
        Group::Choice => HelpText::GroupChoice,
        Group::General => HelpText::GroupGeneral,
        Group::Added => HelpText::GroupAdded,
    }
    .get(lang)
}

pub fn draw_help(
    frame: &mut Frame,
    places: &PopupPlaces,
    app: &App,
    mode: Mode,
    scroll: usize,
    theme: &Theme,
) {
    let lines = help_lines(app, mode);
    let title = HelpText::Title.fill(app.lang, &[&mode_name(mode, app.lang)]);
    window(frame, places.window, &title, theme);
    let [body, hint, ..] = places.parts;
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
    places: &PopupPlaces,
    app: &App,
    input: &Input,
    list: &ScrollList,
    found: &[(crate::app::Action, Vec<crate::app::KeyChord>)],
    theme: &Theme,
) {
    window(
        frame,
        places.window,
        HelpText::PaletteTitle.get(app.lang),
        theme,
    );
    let [query, body, hint, ..] = places.parts;
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
