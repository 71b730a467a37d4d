//! The keymap as data: for every screen (mode) an ordered list of bindings, each an action, its
//! keys, the group it is shown in and whether the hint bar names it. The defaults come from the
//! embedded `default.toml`; the user's bindings are merged on top. The help, the hint bar and the
//! command palette all read this one list, in its order.

mod file;
mod mode;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashSet};

pub use file::{Bindings, DEFAULT, DefaultFile, FileEntry, FileGroup, Keys, On};
pub use mode::{Group, Mode};

use super::action::Action;
use super::keys::KeyChord;

/// One binding of a screen: an action, the keys for it, the group the help shows it in, and
/// whether the hint bar names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub group: Group,
    pub action: Action,
    pub keys: Vec<KeyChord>,
    pub hint: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Keymap {
    modes: BTreeMap<Mode, Vec<Binding>>,
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
        let file: DefaultFile = toml::from_str(DEFAULT).unwrap_or_default();
        Keymap::from_file(&file).0
    }

    /// The bindings of a default file, in its order, and the keys it names that are no keys.
    pub fn from_file(file: &DefaultFile) -> (Keymap, Vec<KeymapProblem>) {
        let mut map = Keymap::default();
        let mut problems = Vec::new();
        for (mode, groups) in file {
            let list = map.modes.entry(*mode).or_default();
            for group in groups {
                for entry in &group.keys {
                    let mut keys = Vec::new();
                    for key in entry.on.keys() {
                        match KeyChord::parse(key) {
                            Some(chord) => keys.push(chord),
                            None => problems.push(KeymapProblem::BadKey {
                                mode: *mode,
                                key: key.clone(),
                            }),
                        }
                    }
                    list.push(Binding {
                        group: group.group,
                        action: entry.run,
                        keys,
                        hint: entry.hint,
                    });
                }
            }
        }
        (map, problems)
    }

    /// Adds the user's bindings: a key bound to an action joins that action's binding on the
    /// screen (or, where the screen has none, a binding of its own in the group of added keys),
    /// and is taken from whatever it did before. Returns the keys it could not read and the
    /// keys taken from another action.
    pub fn merge(&mut self, bindings: &Bindings) -> Vec<KeymapProblem> {
        let mut problems = Vec::new();
        for (mode, keys) in bindings {
            let list = self.modes.entry(*mode).or_default();
            for (key, action) in &keys.0 {
                let Some(chord) = KeyChord::parse(key) else {
                    problems.push(KeymapProblem::BadKey {
                        mode: *mode,
                        key: key.clone(),
                    });
                    continue;
                };
                if let Some(was) = list
                    .iter()
                    .find(|b| b.action != *action && b.keys.contains(&chord))
                {
                    problems.push(KeymapProblem::Conflict {
                        mode: *mode,
                        key: key.clone(),
                        was: was.action,
                        now: *action,
                    });
                }
                for binding in list.iter_mut() {
                    binding.keys.retain(|c| *c != chord);
                }
                match list.iter_mut().find(|b| b.action == *action) {
                    Some(binding) => binding.keys.push(chord),
                    None => list.push(Binding {
                        group: Group::Added,
                        action: *action,
                        keys: vec![chord],
                        hint: false,
                    }),
                }
            }
        }
        problems
    }

    /// The action bound to a key in the first of `modes` that binds it.
    pub fn action_in(&self, modes: &[Mode], chord: &KeyChord) -> Option<Action> {
        modes.iter().find_map(|m| {
            self.modes
                .get(m)?
                .iter()
                .find(|b| b.keys.contains(chord))
                .map(|b| b.action)
        })
    }

    /// The action bound to a key on a screen, falling back to the global bindings.
    pub fn action(&self, mode: Mode, chord: &KeyChord) -> Option<Action> {
        self.action_in(&[mode, Mode::Global], chord)
    }

    /// Everything a screen's keys do, in the order the help shows it: the screen's own
    /// bindings in their order, then what its fields add (text editing, choosing), then the
    /// global keys. An action bound in several of these is one binding with all its keys; a
    /// binding joins the screen's group of the same kind, so each group is shown once; a key
    /// the screen itself binds hides the same key below it, which never reaches it.
    pub fn shown(&self, mode: Mode) -> Vec<Binding> {
        let chain = std::iter::once(mode)
            .chain(mode.layers().iter().copied())
            .chain((mode != Mode::Global).then_some(Mode::Global));
        let own = |m: Mode| self.modes.get(&m).into_iter().flatten();
        let screen: HashSet<KeyChord> = own(mode).flat_map(|b| b.keys.clone()).collect();
        let fields: HashSet<KeyChord> = mode
            .layers()
            .iter()
            .flat_map(|l| own(*l))
            .flat_map(|b| b.keys.clone())
            .collect();
        let mut sections: Vec<(Group, Vec<Binding>)> = Vec::new();
        for m in chain {
            for binding in own(m) {
                let hidden = |c: &KeyChord| {
                    m != mode && (screen.contains(c) || (m == Mode::Global && fields.contains(c)))
                };
                let keys: Vec<KeyChord> = binding
                    .keys
                    .iter()
                    .filter(|c| !hidden(c))
                    .copied()
                    .collect();
                if keys.is_empty() {
                    continue;
                }
                let same = sections
                    .iter_mut()
                    .flat_map(|(_, list)| list.iter_mut())
                    .find(|b| b.action == binding.action);
                if let Some(same) = same {
                    for key in keys {
                        if !same.keys.contains(&key) {
                            same.keys.push(key);
                        }
                    }
                    same.hint |= binding.hint;
                    continue;
                }
                let shown = Binding {
                    keys,
                    ..binding.clone()
                };
                match sections.iter_mut().find(|(g, _)| *g == binding.group) {
                    Some((_, list)) => list.push(shown),
                    None => sections.push((binding.group, vec![shown])),
                }
            }
        }
        sections.into_iter().flat_map(|(_, list)| list).collect()
    }

    /// The lines the help of a screen shows: each binding of [`Keymap::shown`], and a heading
    /// wherever the group changes (what sizes the help window).
    pub fn help_rows(&self, mode: Mode) -> usize {
        let shown = self.shown(mode);
        let changes = shown.windows(2).filter(|w| w[0].group != w[1].group);
        let headings = usize::from(!shown.is_empty()) + changes.count();
        shown.len() + headings
    }

    /// The keys bound to each action on a screen, in the help's order.
    pub fn bindings(&self, mode: Mode) -> Vec<(Action, Vec<KeyChord>)> {
        self.shown(mode)
            .into_iter()
            .map(|b| (b.action, b.keys))
            .collect()
    }

    /// The keys for an action on a screen, short ones (single characters) first, for hints.
    pub fn keys_for(&self, mode: Mode, action: Action) -> Vec<KeyChord> {
        let mut keys = self
            .shown(mode)
            .into_iter()
            .find(|b| b.action == action)
            .map(|b| b.keys)
            .unwrap_or_default();
        keys.sort_by_key(|k| k.to_string().chars().count());
        keys
    }

    /// The actions the hint bar names on a screen, in the keymap's order.
    pub fn hinted(&self, mode: Mode) -> Vec<Action> {
        self.shown(mode)
            .into_iter()
            .filter(|b| b.hint)
            .map(|b| b.action)
            .collect()
    }
}
