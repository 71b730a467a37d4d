//! The hint bar: the main keys of the current screen, read from the live keymap.

use ratatui::text::{Line, Span};

use super::Theme;
use crate::app::{Action, App, Mode};

/// The actions worth a hint on each screen, in order.
fn hinted(mode: Mode) -> &'static [Action] {
    match mode {
        Mode::Home => &[
            Action::Open,
            Action::StartInterview,
            Action::Quit,
            Action::Sort,
            Action::Filter,
            Action::ClassFilter,
            Action::Breakdown,
            Action::Chart,
            Action::Shares,
            Action::NewClient,
            Action::Help,
        ],
        Mode::Chart => &[Action::Back, Action::Help],
        Mode::Info => &[Action::Back],
        Mode::Client => &[
            Action::Open,
            Action::NextTab,
            Action::Add,
            Action::Edit,
            Action::Archive,
            Action::SetStatus,
            Action::AddExperience,
            Action::Recover,
            Action::AddTime,
            Action::StartInterview,
            Action::Undo,
            Action::Back,
            Action::Help,
        ],
        Mode::Editor => &[
            Action::SaveAnswer,
            Action::NextStep,
            Action::Tags,
            Action::LeaveEditor,
            Action::Fields,
            Action::PauseTimer,
            Action::NewLine,
            Action::Help,
        ],
        Mode::Interview => &[
            Action::Type,
            Action::Edit,
            Action::Delete,
            Action::Undo,
            Action::Confirm,
            Action::Drop,
            Action::Review,
            Action::MakeExpectation,
            Action::Finish,
            Action::Back,
            Action::Help,
        ],
        Mode::Summary => &[
            Action::Accept,
            Action::Discard,
            Action::AcceptAll,
            Action::EditTitle,
            Action::Edit,
            Action::Finish,
            Action::Back,
            Action::Help,
        ],
        Mode::Picker => &[
            Action::Select,
            Action::NewContact,
            Action::Resume,
            Action::Back,
        ],
        Mode::Tags => &[Action::Select, Action::Back],
        Mode::Form => &[Action::NextField, Action::Submit, Action::Back],
        Mode::Confirm => &[Action::Yes, Action::No],
        Mode::Expectation => &[
            Action::Edit,
            Action::Measure,
            Action::SetStatus,
            Action::AddExperience,
            Action::Recover,
            Action::Review,
            Action::Undo,
            Action::Back,
            Action::Help,
        ],
        Mode::Reclassify => &[
            Action::MakeBasic,
            Action::MakePerformance,
            Action::StillDelighter,
            Action::Back,
        ],
        Mode::Conflict => &[Action::KeepMine, Action::KeepTheirs, Action::Back],
        Mode::Global => &[],
    }
}

/// The hint bar: as many of the screen's main keys as fit the width, whole, with the key for
/// help (where the screen has one) always last, so the rest can always be found.
pub fn line<'a>(app: &App, theme: &Theme) -> Line<'a> {
    let mode = app.mode();
    // A wide screen has room for a second key per action.
    let per_action = if app.size.width >= 120 { 2 } else { 1 };
    let resume = matches!(app.popup, Some(crate::app::Popup::Resume { .. }));
    let hint = |action: Action| -> Option<(String, String)> {
        let keys = app.keymap.keys_for(mode, action);
        if keys.is_empty() {
            return None;
        }
        let key = keys
            .iter()
            .take(per_action)
            .map(|k| k.label())
            .collect::<Vec<_>>()
            .join("/");
        Some((key, format!(" {}", action.describe(app.lang))))
    };
    let width = |(k, d): &(String, String)| (k.chars().count() + d.chars().count()) as u16;
    let help = hinted(mode)
        .iter()
        .find(|a| **a == Action::Help)
        .and_then(|a| hint(*a));
    let mut room = app.size.width;
    if let Some(h) = &help {
        room = room.saturating_sub(width(h) + 2);
    }
    let mut shown: Vec<(String, String)> = Vec::new();
    for action in hinted(mode) {
        let nothing_to_resume = match &app.popup {
            Some(crate::app::Popup::Picker(p)) => p.view.in_progress.is_empty(),
            _ => true,
        };
        if (resume && *action == Action::NewContact)
            || (!resume && *action == Action::NotNow)
            || (nothing_to_resume && *action == Action::Resume)
            || *action == Action::Help
        {
            continue;
        }
        let Some(h) = hint(*action) else {
            continue;
        };
        let needed = width(&h) + if shown.is_empty() { 0 } else { 2 };
        if needed > room {
            break;
        }
        room -= needed;
        shown.push(h);
    }
    shown.extend(help);
    let mut spans = Vec::new();
    for (key, describe) in shown {
        if !spans.is_empty() {
            spans.push(Span::styled("  ", theme.muted));
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(describe, theme.muted));
    }
    Line::from(spans)
}
