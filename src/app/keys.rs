//! Key chords: a key plus modifiers, read from text like `ctrl-c`, `alt-enter`, `G`, and
//! from terminal key events.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyChord {
    pub code: ChordKey,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChordKey {
    Char(char),
    F(u8),
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Insert,
}

const NAMED: &[(&str, ChordKey)] = &[
    ("up", ChordKey::Up),
    ("down", ChordKey::Down),
    ("left", ChordKey::Left),
    ("right", ChordKey::Right),
    ("home", ChordKey::Home),
    ("end", ChordKey::End),
    ("pageup", ChordKey::PageUp),
    ("pagedown", ChordKey::PageDown),
    ("enter", ChordKey::Enter),
    ("esc", ChordKey::Esc),
    ("tab", ChordKey::Tab),
    ("backtab", ChordKey::BackTab),
    ("backspace", ChordKey::Backspace),
    ("delete", ChordKey::Delete),
    ("insert", ChordKey::Insert),
    ("space", ChordKey::Char(' ')),
];

impl KeyChord {
    pub fn plain(code: ChordKey) -> Self {
        Self {
            code,
            ctrl: false,
            alt: false,
            shift: false,
        }
    }

    /// Reads `ctrl-alt-x`, `shift-tab`, `G`, `f5`, `?`. `None` if it is not a key.
    pub fn parse(text: &str) -> Option<KeyChord> {
        let mut chord = KeyChord::plain(ChordKey::Esc);
        let mut rest = text.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.len() > 1 && lower.starts_with("ctrl-") {
                chord.ctrl = true;
                rest = &rest[5..];
            } else if rest.len() > 1 && lower.starts_with("alt-") {
                chord.alt = true;
                rest = &rest[4..];
            } else if rest.len() > 1 && lower.starts_with("shift-") {
                chord.shift = true;
                rest = &rest[6..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        chord.code = match (chars.next(), chars.next()) {
            (Some(c), None) => ChordKey::Char(c),
            _ => {
                let lower = rest.to_ascii_lowercase();
                if let Some((_, k)) = NAMED.iter().find(|(n, _)| *n == lower) {
                    *k
                } else if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse().ok()) {
                    ChordKey::F(n)
                } else {
                    return None;
                }
            }
        };
        Some(chord.normalized())
    }

    /// One spelling per chord: `shift-tab` is `backtab`; a shifted letter is the capital;
    /// ctrl with a letter is lower case.
    fn normalized(mut self) -> Self {
        match self.code {
            ChordKey::Tab if self.shift => {
                self.code = ChordKey::BackTab;
                self.shift = false;
            }
            ChordKey::BackTab => self.shift = false,
            ChordKey::Char(c) if self.shift && !self.ctrl && !self.alt => {
                self.code = ChordKey::Char(c.to_uppercase().next().unwrap_or(c));
                self.shift = false;
            }
            ChordKey::Char(c) => {
                // A typed character already carries its shift.
                self.shift = false;
                if self.ctrl {
                    self.code = ChordKey::Char(c.to_ascii_lowercase());
                }
            }
            _ => {}
        }
        self
    }

    pub fn from_event(ev: &KeyEvent) -> Option<KeyChord> {
        let code = match ev.code {
            KeyCode::Char(c) => ChordKey::Char(c),
            KeyCode::F(n) => ChordKey::F(n),
            KeyCode::Up => ChordKey::Up,
            KeyCode::Down => ChordKey::Down,
            KeyCode::Left => ChordKey::Left,
            KeyCode::Right => ChordKey::Right,
            KeyCode::Home => ChordKey::Home,
            KeyCode::End => ChordKey::End,
            KeyCode::PageUp => ChordKey::PageUp,
            KeyCode::PageDown => ChordKey::PageDown,
            KeyCode::Enter => ChordKey::Enter,
            KeyCode::Esc => ChordKey::Esc,
            KeyCode::Tab => ChordKey::Tab,
            KeyCode::BackTab => ChordKey::BackTab,
            KeyCode::Backspace => ChordKey::Backspace,
            KeyCode::Delete => ChordKey::Delete,
            KeyCode::Insert => ChordKey::Insert,
            _ => return None,
        };
        let chord = KeyChord {
            code,
            ctrl: ev.modifiers.contains(KeyModifiers::CONTROL),
            alt: ev.modifiers.contains(KeyModifiers::ALT),
            shift: ev.modifiers.contains(KeyModifiers::SHIFT),
        };
        Some(chord.normalized())
    }
}

impl KeyChord {
    /// The key as people name it, for help and hints: `Ctrl-C`, `Shift-Tab`, `PgDn`, `↑`.
    /// (`Display` writes the config file's spelling.)
    pub fn label(&self) -> String {
        let key = match self.code {
            ChordKey::Char(' ') => "Space".to_string(),
            ChordKey::Char(c) => c.to_string(),
            ChordKey::F(n) => format!("F{n}"),
            ChordKey::Up => "↑".into(),
            ChordKey::Down => "↓".into(),
            ChordKey::Left => "←".into(),
            ChordKey::Right => "→".into(),
            ChordKey::Home => "Home".into(),
            ChordKey::End => "End".into(),
            ChordKey::PageUp => "PgUp".into(),
            ChordKey::PageDown => "PgDn".into(),
            ChordKey::Enter => "Enter".into(),
            ChordKey::Esc => "Esc".into(),
            ChordKey::Tab => "Tab".into(),
            ChordKey::BackTab => "Shift-Tab".into(),
            ChordKey::Backspace => "Backspace".into(),
            ChordKey::Delete => "Del".into(),
            ChordKey::Insert => "Ins".into(),
        };
        let mut out = String::new();
        if self.ctrl {
            out.push_str("Ctrl-");
        }
        if self.alt {
            out.push_str("Alt-");
        }
        if self.shift && self.code != ChordKey::BackTab {
            out.push_str("Shift-");
        }
        out.push_str(&key);
        out
    }
}

impl std::fmt::Display for KeyChord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        if self.shift {
            f.write_str("shift-")?;
        }
        match self.code {
            ChordKey::Char(' ') => f.write_str("space"),
            ChordKey::Char(c) => write!(f, "{c}"),
            ChordKey::F(n) => write!(f, "f{n}"),
            other => {
                let name = NAMED
                    .iter()
                    .find(|(_, k)| *k == other)
                    .map_or("?", |(n, _)| *n);
                f.write_str(name)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_labelled_as_people_name_them() {
        let label = |t: &str| KeyChord::parse(t).unwrap().label();
        assert_eq!(label("backtab"), "Shift-Tab");
        assert_eq!(label("ctrl-c"), "Ctrl-c");
        assert_eq!(label("alt-enter"), "Alt-Enter");
        assert_eq!(label("pagedown"), "PgDn");
        assert_eq!(label("up"), "↑");
        assert_eq!(label("G"), "G");
        assert_eq!(label("f1"), "F1");
        assert_eq!(label("space"), "Space");
    }

    #[test]
    fn parses_and_prints_the_same_chord() {
        for text in [
            "j",
            "G",
            "ctrl-c",
            "alt-enter",
            "backtab",
            "f5",
            "?",
            "space",
            "alt-1",
        ] {
            let chord = KeyChord::parse(text).unwrap();
            assert_eq!(chord.to_string(), text);
        }
        assert_eq!(KeyChord::parse("shift-tab"), KeyChord::parse("backtab"));
        assert_eq!(KeyChord::parse("shift-g"), KeyChord::parse("G"));
        assert_eq!(KeyChord::parse("Ctrl-C"), KeyChord::parse("ctrl-c"));
        assert_eq!(KeyChord::parse("nonsense"), None);
        assert_eq!(KeyChord::parse(""), None);
    }

    #[test]
    fn terminal_events_match_parsed_chords() {
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&ev), KeyChord::parse("G"));
        let ev = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(KeyChord::from_event(&ev), KeyChord::parse("ctrl-c"));
        let ev = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&ev), KeyChord::parse("backtab"));
    }
}
