//! The two ways bindings are written down: the embedded `default.toml` (ordered groups of
//! described entries per mode) and the user's config (`[keys.<mode>]`, `"key" = "action"`).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::mode::{Group, Mode};
use crate::app::action::Action;

/// The embedded default bindings, as written.
pub const DEFAULT: &str = include_str!("default.toml");

/// The default file: per mode, its groups in order.
pub type DefaultFile = BTreeMap<Mode, Vec<FileGroup>>;

/// One group of a mode's default bindings: `[[home]] group = "do" keys = [...]`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileGroup {
    pub group: Group,
    pub keys: Vec<FileEntry>,
}

/// One default binding: `{ on = ["j", "down"], run = "down", hint = true }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    pub on: On,
    pub run: Action,
    #[serde(default)]
    pub hint: bool,
}

/// One key, or several for the same action.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum On {
    One(String),
    Many(Vec<String>),
}

impl On {
    pub fn keys(&self) -> &[String] {
        match self {
            On::One(key) => std::slice::from_ref(key),
            On::Many(keys) => keys,
        }
    }
}

/// The user's bindings of one screen, in the order the file gives them.
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

/// The user's bindings: `[keys.<mode>]` tables of the config file.
pub type Bindings = BTreeMap<Mode, Keys>;
