//! The help window is generated from the live keymap, the command palette runs any command by
//! name, and user bindings that take a key from another action are reported.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use common::{app_with, render, skewed_clients};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use verwacht::app::keymap::{Bindings, KeymapProblem};
use verwacht::app::{Action, Mode, Msg, Popup, Screen};
use verwacht::i18n::{HelpText, Lang, Localized};
use verwacht::ui::help::help_lines;

fn key(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn code(c: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

#[test]
fn help_lists_the_keys_of_the_screen_from_the_live_keymap() {
    let mut app = app_with(Lang::En, skewed_clients(), 100, 40);
    app.update(key('?'));
    assert!(matches!(
        app.popup,
        Some(Popup::Help {
            mode: Mode::Home,
            ..
        })
    ));
    let screen = render(&app);
    assert!(screen.contains("Keys: client list"), "{screen}");
    assert!(screen.contains("interview"));
    assert!(screen.contains("pareto"));
    // Grouped by what the keys do, in the keymap's order, keys named as people name them.
    let lines: Vec<&str> = screen.lines().collect();
    let at = |text: &str| {
        lines
            .iter()
            .position(|l| l.contains(text))
            .unwrap_or(usize::MAX)
    };
    assert!(at("Do") < at("Look and choose"), "{screen}");
    assert!(at("Look and choose") < at("Move"), "{screen}");
    assert!(at("Move") < at("Everywhere"), "{screen}");
    assert!(screen.contains("j, ↓"), "{screen}");
    assert!(
        !screen.contains("backtab") && !screen.contains("pagedown"),
        "{screen}"
    );

    // Rebind: the help follows.
    let user: Bindings = toml::from_str("[home]\n\"ctrl-g\" = \"chart\"").unwrap();
    assert!(app.keymap.merge(&user).is_empty());
    let screen = render(&app);
    assert!(screen.contains("p, Ctrl-g"), "{screen}");
    app.update(code(KeyCode::Esc));
    assert!(app.popup.is_none());
}

#[test]
fn the_client_screens_number_keys_name_their_tabs_not_interview_steps() {
    let mut app = app_with(Lang::En, skewed_clients(), 100, 40);
    app.update(code(KeyCode::Enter));
    app.update(key('?'));
    let screen = render(&app);
    assert!(screen.contains("to the expectations"), "{screen}");
    assert!(!screen.contains("step 3"), "{screen}");
}

#[test]
fn the_palette_lists_commands_not_plain_moves() {
    let app = app_with(Lang::En, skewed_clients(), 100, 30);
    let all = verwacht::app::popup::palette_matches(&app.keymap, Mode::Home, "", Lang::En);
    let actions: Vec<Action> = all.iter().map(|(a, _)| *a).collect();
    assert!(actions.contains(&Action::Chart));
    assert!(!actions.contains(&Action::Down) && !actions.contains(&Action::PageUp));
}

#[test]
fn yes_and_no_name_the_keys_the_hint_bar_names() {
    let mut app = app_with(Lang::En, skewed_clients(), 100, 30);
    app.popup = Some(Popup::Confirm {
        question: "Finish anyway?".into(),
        on_yes: verwacht::app::popup::OnYes::FinishInterview,
    });
    let screen = render(&app);
    assert!(screen.contains("y/j yes · n/Esc no"), "{screen}");
    let hint = screen.lines().last().unwrap_or_default().to_string();
    assert!(hint.contains("y yes") && hint.contains("n no"), "{hint}");
}

#[test]
fn the_palette_finds_a_command_by_name_and_runs_it() {
    let mut app = app_with(Lang::Nl, skewed_clients(), 100, 30);
    app.update(key(':'));
    for c in "paret".chars() {
        app.update(key(c));
    }
    let screen = render(&app);
    assert!(screen.contains("pareto"), "{screen}");
    app.update(code(KeyCode::Enter));
    assert!(matches!(app.screen, Screen::Chart));
    assert!(app.popup.is_none());
}

#[test]
fn a_binding_that_takes_another_actions_key_is_reported() {
    let mut app = app_with(Lang::En, skewed_clients(), 100, 30);
    let user: Bindings = toml::from_str("[home]\ni = \"quit\"").unwrap();
    assert_eq!(
        app.keymap.merge(&user),
        vec![KeymapProblem::Conflict {
            mode: Mode::Home,
            key: "i".into(),
            was: Action::StartInterview,
            now: Action::Quit,
        }]
    );
    let problem = KeymapProblem::Conflict {
        mode: Mode::Home,
        key: "i".into(),
        was: Action::StartInterview,
        now: Action::Quit,
    };
    assert_eq!(
        verwacht::tui::describe_keymap_problem(&problem, Lang::En),
        "config.toml [keys.home]: 'i' was 'interview' and is now 'quit'"
    );
}

/// One group of a screen in the keymap file: its name, and its bindings' actions in order with
/// whether each is hinted.
type FileGroup = (String, Vec<(Action, bool)>);

/// The embedded keymap as written, read apart from the program: per screen its groups in order.
fn keymap_file() -> Vec<(String, Vec<FileGroup>)> {
    let file: toml::Table = toml::from_str(include_str!("../src/app/keymap/default.toml")).unwrap();
    file.iter()
        .map(|(mode, groups)| {
            let groups = groups
                .as_array()
                .unwrap()
                .iter()
                .map(|g| {
                    let name = g["group"].as_str().unwrap().to_string();
                    let actions = g["keys"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|e| {
                            let action: Action = e["run"].clone().try_into().unwrap();
                            let hint = e.get("hint").and_then(|h| h.as_bool()) == Some(true);
                            (action, hint)
                        })
                        .collect();
                    (name, actions)
                })
                .collect();
            (mode.clone(), groups)
        })
        .collect()
}

fn heading(group: &str) -> HelpText {
    match group {
        "do" => HelpText::GroupDo,
        "view" => HelpText::GroupView,
        "move" => HelpText::GroupMove,
        "tabs" => HelpText::GroupTabs,
        "steps" => HelpText::GroupSteps,
        "answer" => HelpText::GroupAnswer,
        "text" => HelpText::GroupText,
        "choice" => HelpText::GroupChoice,
        "general" => HelpText::GroupGeneral,
        other => panic!("group {other} has no heading"),
    }
}

#[test]
fn the_keymap_files_order_is_the_help_order() {
    let file = keymap_file();
    assert!(file.len() > 15, "every screen is in the file");
    for lang in [Lang::En, Lang::Nl] {
        let app = app_with(lang, skewed_clients(), 100, 40);
        for (name, groups) in &file {
            let mode: Mode = toml::Value::String(name.clone()).try_into().unwrap();
            // The help's groups: a heading, then what each key does.
            let mut shown: Vec<(&str, Vec<&str>)> = Vec::new();
            for (keys, what) in help_lines(&app, mode) {
                match keys {
                    None => shown.push((what, Vec::new())),
                    Some(_) => shown.last_mut().unwrap().1.push(what),
                }
            }
            // The screen's own groups come first, in the file's order, each with its keys first
            // in the file's order; what the global keys and the fields add comes after.
            for (i, (group, actions)) in groups.iter().enumerate() {
                let (title, lines) = &shown[i];
                assert_eq!(*title, heading(group).get(lang), "{name}: group {i}");
                let own: Vec<&str> = actions.iter().map(|(a, _)| a.describe(lang)).collect();
                assert_eq!(&lines[..own.len()], own.as_slice(), "{name}: {group}");
            }
        }
    }
}

#[test]
fn the_hint_bar_names_what_the_keymap_marks_in_its_order() {
    let file = keymap_file();
    let marked = |name: &str| -> Vec<&'static str> {
        let groups = &file.iter().find(|(m, _)| m == name).unwrap().1;
        let mut hinted: Vec<Action> = groups
            .iter()
            .flat_map(|(_, actions)| actions.iter())
            .filter(|(_, hint)| *hint)
            .map(|(a, _)| *a)
            .collect();
        // The key for help always stands last.
        hinted.sort_by_key(|a| *a == Action::Help);
        hinted.iter().map(|a| a.describe(Lang::En)).collect()
    };
    let bar = |app: &verwacht::app::App| -> Vec<String> {
        let line = verwacht::ui::hints::line(app, &verwacht::ui::Theme::dark());
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        // "q/Ctrl-c quit  n new client": what each names, after its keys.
        text.split("  ")
            .map(|item| item.split_once(' ').unwrap().1.to_string())
            .collect()
    };
    let mut app = app_with(Lang::En, skewed_clients(), 100, 40);
    app.update(Msg::Resize(400, 40));
    assert_eq!(bar(&app), marked("home"));
    app.update(key('p'));
    assert_eq!(bar(&app), marked("chart"));
    app.update(code(KeyCode::Esc));
    app.update(code(KeyCode::Enter));
    assert_eq!(app.mode(), Mode::Client);
    assert_eq!(bar(&app), marked("client"));
    app.update(key('/'));
    assert_eq!(app.mode(), Mode::Search);
    assert_eq!(bar(&app), marked("search"));
    // Rebinding a hinted action's key: the bar names the new key.
    let user: Bindings = toml::from_str("[search]\n\"ctrl-o\" = \"select\"").unwrap();
    assert!(app.keymap.merge(&user).is_empty());
    let line = verwacht::ui::hints::line(&app, &verwacht::ui::Theme::dark());
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    assert!(text.starts_with("Enter/Ctrl-o choose"), "{text}");
}

#[test]
fn search_the_palette_and_the_filter_are_screens_of_their_own() {
    let mut app = app_with(Lang::En, skewed_clients(), 100, 30);
    app.update(key('/'));
    assert_eq!(app.mode(), Mode::Search);
    app.update(code(KeyCode::Esc));
    app.update(key(':'));
    assert_eq!(app.mode(), Mode::Palette);
    app.update(code(KeyCode::Esc));
    app.update(key('f'));
    assert_eq!(app.mode(), Mode::Filter);
    // A screen name of the config reaches only its own screen.
    let user: Bindings = toml::from_str("[search]\n\"ctrl-o\" = \"back\"").unwrap();
    assert!(app.keymap.merge(&user).is_empty());
    assert_eq!(
        app.keymap.action(
            Mode::Palette,
            &verwacht::app::KeyChord::parse("ctrl-o").unwrap()
        ),
        None
    );
}

fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

#[test]
fn a_text_field_edits_with_the_keymaps_keys_and_types_every_other_character() {
    let mut app = app_with(Lang::En, skewed_clients(), 100, 30);
    app.update(key('f'));
    for c in "jan q?:".chars() {
        app.update(key(c));
    }
    assert_eq!(
        app.filter.text, "jan q?:",
        "letters bound elsewhere are typed here"
    );
    app.update(ctrl('w'));
    assert_eq!(app.filter.text, "jan ");
    app.update(ctrl('a'));
    app.update(key('x'));
    assert_eq!(app.filter.text, "xjan ");
    app.update(code(KeyCode::End));
    app.update(code(KeyCode::Backspace));
    assert_eq!(app.filter.text, "xjan");
    app.update(ctrl('u'));
    assert_eq!(app.filter.text, "");
    // Rebound in the config's [keys.input], for every text field.
    let user: Bindings = toml::from_str("[input]\n\"ctrl-k\" = \"clear_input\"").unwrap();
    assert!(app.keymap.merge(&user).is_empty());
    for c in "boon".chars() {
        app.update(key(c));
    }
    app.update(ctrl('k'));
    assert_eq!(app.filter.text, "");
    app.update(key('z'));
    app.update(code(KeyCode::Enter));
    assert!(app.popup.is_none(), "Enter keeps the filter");
    assert_eq!(app.filter.text, "z");
}

/// A window's place is worked out in `update` — when it opens, when what it shows changes and
/// when the size changes — not while drawing; a frame of a size the program has not heard of
/// yet still shows the window whole.
#[test]
fn a_windows_place_is_worked_out_before_drawing_and_follows_a_resize() {
    use ratatui::layout::Rect;
    use verwacht::app::popup_places::palette_window;
    let mut app = app_with(Lang::En, skewed_clients(), 100, 30);
    assert_eq!(app.popup_places.made_for, None, "no window open");
    app.update(key(':'));
    let Some(Popup::Palette { found, .. }) = &app.popup else {
        panic!("the palette is open");
    };
    let all = found.len();
    assert!(all > 1);
    let screen = Rect::new(0, 0, 100, 30);
    let places = app.popup_places;
    assert_eq!(places.window, palette_window(screen, all));
    assert_eq!((places.window.width, places.window.x), (60, 20));
    // The query, the list, the hint line: inside the border, one under the other.
    let [query, list, hint, ..] = places.parts;
    assert_eq!(query.y, places.window.y + 1);
    assert_eq!((list.y, hint.y), (query.y + 1, list.bottom()));
    assert_eq!(hint.bottom(), places.window.bottom() - 1);
    // Typing narrows the list: the window shrinks with it.
    for c in "paret".chars() {
        app.update(key(c));
    }
    let Some(Popup::Palette { found, .. }) = &app.popup else {
        panic!("the palette is still open");
    };
    let narrowed = found.len();
    assert!(narrowed < all);
    assert_eq!(app.popup_places.window, palette_window(screen, narrowed));
    assert!(app.popup_places.window.height < places.window.height);
    // A resize moves it to the middle of the new size.
    app.update(Msg::Resize(80, 24));
    let smaller = Rect::new(0, 0, 80, 24);
    assert_eq!(app.popup_places.window, palette_window(smaller, narrowed));
    assert_eq!(app.popup_places.window.x, 10);
    // The terminal shrank before the program heard of it: the frame gets its own places.
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(60, 14)).unwrap();
    terminal
        .draw(|f| verwacht::ui::draw(f, &app, &verwacht::ui::Theme::dark()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let row = |y: u16| -> String {
        (0..60)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect()
    };
    let rows: Vec<String> = (0..14).map(row).collect();
    let title = rows.iter().position(|r| r.contains("Find a command"));
    let hint = rows.iter().position(|r| r.contains("type to search"));
    assert!(
        matches!((title, hint), (Some(t), Some(h)) if t < h),
        "the whole window in the frame: {rows:#?}"
    );
    // Closed, it has no place.
    app.update(code(KeyCode::Esc));
    assert!(app.popup.is_none());
    assert_eq!(app.popup_places.made_for, None);
}

/// The help window is as high as the lines it shows: the keymap counts them as help draws them.
#[test]
fn the_help_window_is_sized_by_the_lines_it_shows() {
    let app = app_with(Lang::En, skewed_clients(), 100, 40);
    for mode in Mode::ALL {
        assert_eq!(
            app.keymap.help_rows(mode),
            help_lines(&app, mode).len(),
            "{mode:?}"
        );
    }
}
