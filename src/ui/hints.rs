//! The hint bar: the main keys of the current screen, read from the live keymap: the bindings
//! it marks `hint`, in its order.

use ratatui::text::{Line, Span};

use super::Theme;
use crate::app::keymap::Binding;
use crate::app::{Action, App};

/// The hint bar: as many of the screen's main keys as fit the width, whole, with the key for
/// help (where the screen has one) always last, so the rest can always be found.
pub fn line<'a>(app: &App, theme: &Theme) -> Line<'a> {
    let mode = app.mode();
    // A wide screen has room for a second key per action.
    let per_action = if app.size.width >= 120 { 2 } else { 1 };
    let shown = app.keymap.shown(mode);
    let hint = |binding: &Binding| -> Option<(String, String)> {
        let mut keys = binding.keys.clone();
        keys.sort_by_key(|k| k.to_string().chars().count());
        if keys.is_empty() {
            return None;
        }
        let key = keys
            .iter()
            .take(per_action)
            .map(|k| k.label())
            .collect::<Vec<_>>()
            .join("/");
        Some((key, format!(" {}", binding.action.describe(app.lang))))
    };
    let width = |(k, d): &(String, String)| (k.chars().count() + d.chars().count()) as u16;
    let hinted: Vec<&Binding> = shown.iter().filter(|b| b.hint).collect();
    let help = hinted
        .iter()
        .find(|b| b.action == Action::Help)
        .and_then(|b| hint(b));
    let mut room = app.size.width;
    if let Some(h) = &help {
        room = room.saturating_sub(width(h) + 2);
    }
    // The picker offers to resume only when there is an interrupted interview.
    let nothing_to_resume = match &app.popup {
        Some(crate::app::Popup::Picker(p)) => p.view.in_progress.is_empty(),
        _ => true,
    };
    let mut shown: Vec<(String, String)> = Vec::new();
    for binding in hinted {
        if (nothing_to_resume && binding.action == Action::Resume) || binding.action == Action::Help
        {
            continue;
        }
        let Some(h) = hint(binding) else {
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
