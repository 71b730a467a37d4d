//! The keymap as data: default bindings per screen from the embedded `keymap.toml`, with the
//! user's bindings merged on top. Help and hints are generated from it.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::action::Action;
use super::keys::KeyChord;

const DEFAULT: &str = include_str!("keymap.toml");

/// The screens (modes) that have their own bindings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Global,
    Home,
    Picker,
    Tags,
    Form,
    Editor,
    Interview,
    Summary,
    Confirm,
    Chart,
    Info,
    Client,
    Expectation,
    Reclassify,
    Conflict,
}

/// The bindings of one screen, in the order the file gives them: help and the palette keep
/// that order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Keys(pub Vec<(String, Action)>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Keys, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table of keys and actions")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some((key, action)) = map.next_entry::<String, Action>()? {
                    keys.push((key, action));
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(Visitor)
    }
}

pub type Bindings = BTreeMap<Mode, Keys>;

#[derive(Clone, Debug, Default)]
pub struct Keymap {
    modes: BTreeMap<Mode, Vec<(KeyChord, Action)>>,
}

/// A binding that could not be used, with the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeymapProblem {
    BadKey {
        mode: Mode,
        key: String,
    },
    /// A user binding took a key that was bound to another action on that screen.
    Conflict {
        mode: Mode,
        key: String,
        was: Action,
        now: Action,
    },
}

impl Keymap {
    /// The built-in bindings.
    pub fn default_map() -> Keymap {
        // The embedded file is checked by a test, so this parse cannot fail in a release.
        let bindings: Bindings = toml::from_str(DEFAULT).unwrap_or_default();
        let mut map = Keymap::default();
        map.merge(&bindings);
        map
    }

    /// Adds bindings, replacing earlier ones for the same key. Returns the keys it could not
    /// read.
    pub fn merge(&mut self, bindings: &Bindings) -> Vec<KeymapProblem> {
        let mut problems = Vec::new();
        for (mode, keys) in bindings {
            let list = self.modes.entry(*mode).or_default();
            for (key, action) in &keys.0 {
                match KeyChord::parse(key) {
                    Some(chord) => {
                        if let Some((_, was)) =
                            list.iter().find(|(c, a)| *c == chord && a != action)
                        {
                            problems.push(KeymapProblem::Conflict {
                                mode: *mode,
                                key: key.clone(),
                                was: *was,
                                now: *action,
                            });
                        }
                        list.retain(|(c, _)| *c != chord);
                        list.push((chord, *action));
                    }
                    None => problems.push(KeymapProblem::BadKey {
                        mode: *mode,
                        key: key.clone(),
                    }),
                }
            }
        }
        problems
    }

    /// The action bound to a key on a screen, falling back to the global bindings.
    pub fn action(&self, mode: Mode, chord: &KeyChord) -> Option<Action> {
        [mode, Mode::Global].iter().find_map(|m| {
            self.modes
                .get(m)?
                .iter()
                .find(|(c, _)| c == chord)
                .map(|(_, a)| *a)
        })
    }

    /// The keys bound to each action on a screen, in the order actions first appear.
    pub fn bindings(&self, mode: Mode) -> Vec<(Action, Vec<KeyChord>)> {
        let mut out: Vec<(Action, Vec<KeyChord>)> = Vec::new();
        for m in [mode, Mode::Global] {
            for (chord, action) in self.modes.get(&m).into_iter().flatten() {
                match out.iter_mut().find(|(a, _)| a == action) {
                    Some((_, keys)) => keys.push(*chord),
                    None => out.push((*action, vec![*chord])),
                }
            }
        }
        out
    }

    /// The keys for an action on a screen, short ones (single characters) first, for hints.
    pub fn keys_for(&self, mode: Mode, action: Action) -> Vec<KeyChord> {
        let mut keys = self
            .bindings(mode)
            .into_iter()
            .find(|(a, _)| *a == action)
            .map(|(_, keys)| keys)
            .unwrap_or_default();
        keys.sort_by_key(|k| k.to_string().chars().count());
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_default_parses_completely() {
        let bindings: Bindings = toml::from_str(DEFAULT).unwrap();
        let mut map = Keymap::default();
        assert!(map.merge(&bindings).is_empty());
        let j = KeyChord::parse("j").unwrap();
        assert_eq!(map.action(Mode::Home, &j), Some(Action::Down));
        let ctrl_c = KeyChord::parse("ctrl-c").unwrap();
        assert_eq!(map.action(Mode::Home, &ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn user_bindings_replace_defaults() {
        let mut map = Keymap::default_map();
        let user: Bindings = toml::from_str("[home]\nj = \"up\"\n\"ctrl-x\" = \"quit\"").unwrap();
        // Taking `j` from `down` is reported; a free key is not.
        assert_eq!(map.merge(&user).len(), 1);
        assert_eq!(
            map.action(Mode::Home, &KeyChord::parse("j").unwrap()),
            Some(Action::Up)
        );
        assert_eq!(
            map.action(Mode::Home, &KeyChord::parse("ctrl-x").unwrap()),
            Some(Action::Quit)
        );
        let taken: Bindings = toml::from_str("[home]\nk = \"quit\"").unwrap();
        assert_eq!(
            map.merge(&taken),
            vec![KeymapProblem::Conflict {
                mode: Mode::Home,
                key: "k".into(),
                was: Action::Up,
                now: Action::Quit,
            }]
        );
        let bad: Bindings = toml::from_str("[home]\n\"hyper-q\" = \"quit\"").unwrap();
        assert_eq!(
            map.merge(&bad),
            vec![KeymapProblem::BadKey {
                mode: Mode::Home,
                key: "hyper-q".into()
            }]
        );
    }
}
