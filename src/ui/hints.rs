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
        Mode::Chart | Mode::Info => &[Action::Back],
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
        ],
        Mode::Editor => &[
            Action::SaveAnswer,
            Action::NextStep,
            Action::Tags,
            Action::LeaveEditor,
            Action::Fields,
            Action::PauseTimer,
            Action::NewLine,
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
        ],
        Mode::Summary => &[
            Action::Accept,
            Action::Discard,
            Action::AcceptAll,
            Action::EditTitle,
            Action::Edit,
            Action::Finish,
            Action::Back,
        ],
        Mode::Picker => &[Action::Select, Action::NewContact, Action::Back],
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
        ],
        Mode::Reclassify => &[
            Action::MakeBasic,
            Action::MakePerformance,
            Action::StillDelighter,
            Action::Back,
        ],
        Mode::Global => &[],
    }
}

pub fn line<'a>(app: &App, theme: &Theme) -> Line<'a> {
    let mode = app.mode();
    let mut spans = Vec::new();
    // A wide screen has room for a second key per action.
    let per_action = if app.size.width >= 120 { 2 } else { 1 };
    let resume = matches!(app.popup, Some(crate::app::Popup::Resume { .. }));
    for action in hinted(mode) {
        if resume && *action == Action::NewContact {
            continue;
        }
        let keys = app.keymap.keys_for(mode, *action);
        if keys.is_empty() {
            continue;
        }
        let key = keys
            .iter()
            .take(per_action)
            .map(|k| k.to_string())
            .collect::<Vec<_>>()
            .join("/");
        if !spans.is_empty() {
            spans.push(Span::styled("  ", theme.muted));
        }
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(
            format!(" {}", action.describe(app.lang)),
            theme.muted,
        ));
    }
    Line::from(spans)
}
