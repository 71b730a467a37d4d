//! The help window is generated from the live keymap, the command palette runs any command by
//! name, and user bindings that take a key from another action are reported.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use common::{app_with, render, skewed_clients};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use verwacht::app::keymap::{Bindings, KeymapProblem};
use verwacht::app::{Action, Mode, Msg, Popup, Screen};
use verwacht::i18n::Lang;

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
