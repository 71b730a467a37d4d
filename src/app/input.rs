//! A one-line text input with a cursor, for form fields and filters.

use unicode_width::UnicodeWidthStr;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    text: String,
    /// Cursor position in characters.
    cursor: usize,
}

impl Input {
    pub fn new(text: impl Into<String>) -> Self {
        let text: String = text.into();
        let cursor = text.chars().count();
        Self { text, cursor }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn set(&mut self, text: impl Into<String>) {
        *self = Self::new(text);
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// Inserts a character; one the sanitiser would change (a control character, a bidi
    /// override, an invisible joiner) is not taken.
    pub fn insert(&mut self, c: char) {
        if crate::sanitize::is_unsafe(c) {
            return;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    /// Inserts text, flattened to one line.
    pub fn insert_str(&mut self, s: &str) {
        for c in s.chars() {
            self.insert(if c == '\n' || c == '\t' { ' ' } else { c });
        }
    }

    pub fn backspace(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            let at = self.byte_at(self.cursor);
            self.text.remove(at);
        }
    }

    pub fn delete(&mut self) {
        if self.cursor < self.text.chars().count() {
            let at = self.byte_at(self.cursor);
            self.text.remove(at);
        }
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.text.chars().count());
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.text.chars().count();
    }

    /// Deletes the word before the cursor (ctrl-w).
    pub fn delete_word(&mut self) {
        while self.cursor > 0 && self.char_before().is_some_and(char::is_whitespace) {
            self.backspace();
        }
        while self.cursor > 0 && self.char_before().is_some_and(|c| !c.is_whitespace()) {
            self.backspace();
        }
    }

    fn char_before(&self) -> Option<char> {
        self.text.chars().nth(self.cursor.checked_sub(1)?)
    }

    /// Applies a key: `action` is what the text-input keymap (`[input]`) binds it to, after the
    /// window's own keys; a key bound to nothing is typed when it is a character. Returns
    /// whether the key did something here.
    pub fn handle(
        &mut self,
        action: Option<crate::app::Action>,
        key: &crate::app::KeyChord,
    ) -> bool {
        use crate::app::Action as A;
        use crate::app::keys::ChordKey;
        match action {
            Some(A::DeleteWord) => self.delete_word(),
            Some(A::ClearInput) => self.set(""),
            Some(A::LineStart) => self.home(),
            Some(A::LineEnd) => self.end(),
            Some(A::DeleteBefore) => self.backspace(),
            Some(A::DeleteAfter) => self.delete(),
            Some(A::CursorLeft) => self.left(),
            Some(A::CursorRight) => self.right(),
            Some(_) => return false,
            None => match key.code {
                ChordKey::Char(c) if !key.ctrl && !key.alt => self.insert(c),
                _ => return false,
            },
        }
        true
    }

    /// The text and cursor column to show in `width` columns, scrolled so the cursor is
    /// visible.
    pub fn visible(&self, width: usize) -> (String, usize) {
        // What is drawn: the text as the sanitiser shows it (a value from the database may hold
        // what typing cannot), with the cursor counted in drawn characters.
        let mut chars = Vec::with_capacity(self.text.len());
        let mut cursor = 0;
        for (i, c) in self.text.chars().enumerate() {
            if i == self.cursor {
                cursor = chars.len();
            }
            chars.extend(crate::sanitize::shown(c));
        }
        if self.cursor >= self.text.chars().count() {
            cursor = chars.len();
        }
        let mut start = 0;
        loop {
            let before: String = chars[start..cursor].iter().collect();
            if before.width() < width.max(1) || start >= cursor {
                let mut shown = String::new();
                for c in &chars[start..] {
                    shown.push(*c);
                    if shown.width() > width {
                        shown.pop();
                        break;
                    }
                }
                return (shown, before.width());
            }
            start += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{KeyChord, Keymap, Mode};

    /// Edits `input` with a key as the program does: through the default text-input keys.
    fn press(input: &mut Input, text: &str) {
        let key = KeyChord::parse(text).unwrap();
        let action = Keymap::default_map().action_in(&[Mode::Input], &key);
        input.handle(action, &key);
    }

    #[test]
    fn edits_at_the_cursor() {
        let mut i = Input::new("dagen");
        i.home();
        for c in "3 ".chars() {
            i.insert(c);
        }
        assert_eq!(i.text(), "3 dagen");
        press(&mut i, "end");
        press(&mut i, "backspace");
        assert_eq!(i.text(), "3 dage");
        press(&mut i, "ctrl-w");
        assert_eq!(i.text(), "3 ");
        i.insert_str("wéék\nlang");
        assert_eq!(i.text(), "3 wéék lang");
        press(&mut i, "left");
        press(&mut i, "delete");
        assert_eq!(i.text(), "3 wéék lan");
        i.insert('\x1b');
        assert_eq!(i.text(), "3 wéék lan");
    }

    #[test]
    fn the_default_text_keys_are_the_ones_of_before() {
        let mut i = Input::new("twee woorden");
        press(&mut i, "ctrl-a");
        press(&mut i, "x");
        press(&mut i, "home");
        press(&mut i, "y");
        assert_eq!(i.text(), "yxtwee woorden");
        press(&mut i, "ctrl-e");
        press(&mut i, "!");
        press(&mut i, "left");
        press(&mut i, "right");
        press(&mut i, "?");
        assert_eq!(i.text(), "yxtwee woorden!?");
        press(&mut i, "ctrl-u");
        assert_eq!(i.text(), "");
        press(&mut i, "ctrl-x");
        assert_eq!(i.text(), "", "an unbound chord is not typed");
    }

    #[test]
    fn scrolls_to_keep_the_cursor_visible() {
        let i = Input::new("abcdefghij");
        let (shown, col) = i.visible(5);
        assert_eq!(shown, "ghij");
        assert_eq!(col, 4);
        let mut i = Input::new("abcdefghij");
        i.home();
        assert_eq!(i.visible(5), ("abcde".to_string(), 0));
    }
}
