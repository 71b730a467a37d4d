//! The config file (`~/.config/verwacht/config.toml`, or `VERWACHT_CONFIG`): language, theme,
//! priority weights, review ages and key bindings. Every key is optional; the defaults are
//! built in and printed, with comments, by `verwacht config --print-default`.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::app::Settings;
use crate::app::keymap::Bindings;
use crate::domain::priority::{Review, Weights};

/// The default config file, documented; also what `config --print-default` prints.
pub const DEFAULT: &str = include_str!("config.default.toml");

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// `nl` or `en`; empty: from `LANG`.
    pub lang: String,
    /// A theme name; empty: dark (or monochrome under `NO_COLOR`).
    pub theme: String,
    /// Whether the program takes the mouse (wheel and clicks). Off: the terminal keeps it,
    /// for selecting text.
    pub mouse: bool,
    pub priority: Weights,
    pub review: Review,
    pub keys: Bindings,
}

impl Config {
    /// What ranking needs from the config: the weights and the review ages.
    pub fn ranking(&self) -> Settings {
        Settings {
            weights: self.priority.clone(),
            review: self.review.clone(),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: String::new(),
            theme: String::new(),
            mouse: true,
            priority: Weights::default(),
            review: Review::default(),
            keys: Bindings::default(),
        }
    }
}

/// Why the config file could not be used, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: {message}")]
    Bad { path: PathBuf, message: String },
}

/// Where the config file is: `VERWACHT_CONFIG`, else the XDG config directory.
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("VERWACHT_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "verwacht").map(|d| d.config_dir().join("config.toml"))
}

/// Reads the config file; a missing file gives the defaults.
pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
    let Some(path) = path else {
        return Ok(Config::default());
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => {
            return Err(ConfigError::Bad {
                path: path.to_path_buf(),
                message: e.to_string(),
            });
        }
    };
    parse(&text).map_err(|message| ConfigError::Bad {
        path: path.to_path_buf(),
        message,
    })
}

/// Weights of the flat sum that priority was before it became value × urgency.
const RETIRED: &[&str] = &[
    "class_a",
    "class_b",
    "class_c",
    "open_basic",
    "open_performance",
    "open_delighter",
    "open_complaint",
    "positive_experience",
    "time_shortfall",
];

/// Parses config text; the error is one line naming the line, the key and the value.
pub fn parse(text: &str) -> Result<Config, String> {
    if let Ok(table) = text.parse::<toml::Table>()
        && let Some(toml::Value::Table(priority)) = table.get("priority")
        && let Some(key) = RETIRED.iter().find(|k| priority.contains_key(**k))
    {
        return Err(format!(
            "[priority] {key}: this weight is no longer used — priority is now value × \
             urgency; see `verwacht config --print-default` for the weights it has"
        ));
    }
    toml::from_str(text).map_err(|e| {
        let message = e.message().trim().replace('\n', " ");
        match e.span() {
            Some(span) => {
                let number = text[..span.start.min(text.len())].matches('\n').count() + 1;
                let line = text.lines().nth(number - 1).unwrap_or("").trim();
                format!("line {number}: {line}: {message}")
            }
            None => message,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_default_parses_to_the_built_in_defaults() {
        let c = parse(DEFAULT).unwrap();
        assert_eq!(c.priority, Weights::default());
        assert_eq!(c.review, Review::default());
        assert!(c.keys.is_empty());
        assert!(c.mouse);
    }

    #[test]
    fn a_bad_value_names_the_key() {
        let e = parse("[priority]\noverdue = \"veel\"").unwrap_err();
        assert!(e.contains("overdue") || e.contains("float"), "{e}");
        let e = parse("[review]\nwow_days = 3").unwrap_err();
        assert!(e.contains("wow_days"), "{e}");
    }

    #[test]
    fn a_weight_of_the_old_flat_score_is_named() {
        let e = parse("[priority]\nclass_a = 6.0").unwrap_err();
        assert!(
            e.contains("class_a") && e.contains("value × urgency"),
            "{e}"
        );
    }

    #[test]
    fn a_missing_file_gives_the_defaults() {
        let c = load(Some(Path::new("/nonexistent/verwacht/config.toml"))).unwrap();
        assert_eq!(c.review.delighter_days, 180);
    }
}
