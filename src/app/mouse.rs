//! The mouse as a second way: the wheel scrolls lists, a click selects a row or a tab, a
//! click on the selected client opens it. Everything works without it.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use super::client::Tab;
use super::{Action, App, Effect, Screen, layout};

impl App {
    pub(super) fn mouse(&mut self, ev: MouseEvent) -> Vec<Effect> {
        if self.popup.is_some() {
            self.quiet = true;
            return Vec::new();
        }
        match ev.kind {
            MouseEventKind::ScrollDown => self.wheel(Action::Down),
            MouseEventKind::ScrollUp => self.wheel(Action::Up),
            MouseEventKind::Down(MouseButton::Left) => self.click(ev.column, ev.row),
            _ => {
                self.quiet = true;
                Vec::new()
            }
        }
    }

    fn wheel(&mut self, action: Action) -> Vec<Effect> {
        match &self.screen {
            Screen::Home => self.home_action(action),
            Screen::Client(_) => self.client_action(action),
            _ => {
                self.quiet = true;
                Vec::new()
            }
        }
    }

    fn click(&mut self, x: u16, y: u16) -> Vec<Effect> {
        match &self.screen {
            Screen::Home => {
                let table = layout::home(self.size, self.shares).table;
                // Below the border and the header row.
                let first = table.y + 2;
                if y < first || y >= table.bottom().saturating_sub(1) {
                    return Vec::new();
                }
                let position = self.home.offset + usize::from(y - first);
                if position >= self.data.len() {
                    return Vec::new();
                }
                if position == self.home.selected {
                    return self.home_action(Action::Open);
                }
                let (len, rows) = (self.data.len(), self.rows());
                self.home.select(position, len, rows);
                Vec::new()
            }
            Screen::Client(state) => {
                // The tab bar is the second line.
                if y != 1 {
                    return Vec::new();
                }
                let lang = self.lang;
                let mut start = 0u16;
                for (i, tab) in Tab::ALL.iter().enumerate() {
                    let width = tab.title(i, lang).chars().count() as u16 + 2;
                    if x >= start && x < start + width {
                        let step = i as isize - state.tab.index() as isize;
                        let action = if step >= 0 {
                            Action::NextTab
                        } else {
                            Action::PreviousTab
                        };
                        for _ in 0..step.unsigned_abs() {
                            self.client_action(action);
                        }
                        return Vec::new();
                    }
                    // The divider between tabs.
                    start += width + 1;
                }
                Vec::new()
            }
            _ => {
                self.quiet = true;
                Vec::new()
            }
        }
    }
}
