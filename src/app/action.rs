//! Everything a key can be bound to. The keymap file names these in snake_case; the help
//! screen and the hint bar show their descriptions.

use serde::{Deserialize, Serialize};

use crate::i18n::Localized;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Move the selection up one row.
    Up,
    /// Move the selection down one row.
    Down,
    /// Jump to the first row.
    Top,
    /// Jump to the last row.
    Bottom,
    /// Move one page up.
    PageUp,
    /// Move one page down.
    PageDown,
}

crate::texts!(
    /// What each action does, for the hint bar and the help screen.
    ActionText {
        Quit => "stoppen", "quit";
        Up => "omhoog", "up";
        Down => "omlaag", "down";
        Top => "begin", "top";
        Bottom => "eind", "bottom";
        PageUp => "pagina omhoog", "page up";
        PageDown => "pagina omlaag", "page down";
    }
);

impl Action {
    pub fn text(self) -> ActionText {
        match self {
            Action::Quit => ActionText::Quit,
            Action::Up => ActionText::Up,
            Action::Down => ActionText::Down,
            Action::Top => ActionText::Top,
            Action::Bottom => ActionText::Bottom,
            Action::PageUp => ActionText::PageUp,
            Action::PageDown => ActionText::PageDown,
        }
    }

    pub fn describe(self, lang: crate::i18n::Lang) -> &'static str {
        self.text().get(lang)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_action_text_exists_in_both_languages() {
        crate::i18n::completeness::check::<super::ActionText>();
    }
}
