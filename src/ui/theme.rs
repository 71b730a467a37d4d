//! Themes name meanings (selection, muted, warning, class A/B/C, overdue, match…), loaded
//! from TOML files over built-in defaults. No widget holds a colour of its own.

use std::collections::BTreeMap;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

/// The shipped themes, embedded so the binary works from anywhere.
pub const DARK: &str = include_str!("../../themes/dark.toml");

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Theme {
    pub text: Style,
    pub title: Style,
    pub header: Style,
    pub border: Style,
    pub selection: Style,
    pub muted: Style,
    pub key: Style,
    pub warning: Style,
    pub error: Style,
    pub ok: Style,
    pub class_a: Style,
    pub class_b: Style,
    pub class_c: Style,
    pub overdue: Style,
    pub matched: Style,
    pub banner: Style,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct StyleSpec {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    dim: bool,
    #[serde(default)]
    italic: bool,
    #[serde(default)]
    underline: bool,
    #[serde(default)]
    reversed: bool,
}

#[derive(Debug, Deserialize)]
struct ThemeFile {
    #[serde(default)]
    styles: BTreeMap<String, StyleSpec>,
}

/// Why a theme could not be used: names the key and the value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ThemeError {
    #[error("not valid TOML: {0}")]
    Syntax(String),
    #[error("unknown style '{0}'")]
    UnknownKey(String),
    #[error("styles.{key}: '{value}' is not a colour")]
    BadColour { key: String, value: String },
}

fn colour(key: &str, value: &str) -> Result<Color, ThemeError> {
    Color::from_str(value).map_err(|_| ThemeError::BadColour {
        key: key.to_string(),
        value: value.to_string(),
    })
}

impl StyleSpec {
    fn to_style(&self, key: &str) -> Result<Style, ThemeError> {
        let mut style = Style::default();
        if let Some(fg) = &self.fg {
            style = style.fg(colour(key, fg)?);
        }
        if let Some(bg) = &self.bg {
            style = style.bg(colour(key, bg)?);
        }
        for (on, m) in [
            (self.bold, Modifier::BOLD),
            (self.dim, Modifier::DIM),
            (self.italic, Modifier::ITALIC),
            (self.underline, Modifier::UNDERLINED),
            (self.reversed, Modifier::REVERSED),
        ] {
            if on {
                style = style.add_modifier(m);
            }
        }
        Ok(style)
    }
}

impl Theme {
    /// The default theme.
    pub fn dark() -> Theme {
        // The embedded theme is checked by a test, so this cannot fail in a release.
        Theme::default().with_toml(DARK).unwrap_or_default()
    }

    /// This theme with the styles of a TOML theme file laid over it.
    pub fn with_toml(mut self, text: &str) -> Result<Theme, ThemeError> {
        let file: ThemeFile =
            toml::from_str(text).map_err(|e| ThemeError::Syntax(e.message().to_string()))?;
        for (key, spec) in &file.styles {
            let style = spec.to_style(key)?;
            let slot = self
                .slot(key)
                .ok_or_else(|| ThemeError::UnknownKey(key.clone()))?;
            *slot = style;
        }
        Ok(self)
    }

    fn slot(&mut self, key: &str) -> Option<&mut Style> {
        Some(match key {
            "text" => &mut self.text,
            "title" => &mut self.title,
            "header" => &mut self.header,
            "border" => &mut self.border,
            "selection" => &mut self.selection,
            "muted" => &mut self.muted,
            "key" => &mut self.key,
            "warning" => &mut self.warning,
            "error" => &mut self.error,
            "ok" => &mut self.ok,
            "class_a" => &mut self.class_a,
            "class_b" => &mut self.class_b,
            "class_c" => &mut self.class_c,
            "overdue" => &mut self.overdue,
            "match" => &mut self.matched,
            "banner" => &mut self.banner,
            _ => return None,
        })
    }

    pub fn class(&self, class: crate::domain::AbcClass) -> Style {
        match class {
            crate::domain::AbcClass::A => self.class_a,
            crate::domain::AbcClass::B => self.class_b,
            crate::domain::AbcClass::C => self.class_c,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_dark_theme_parses() {
        let theme = Theme::default().with_toml(DARK).unwrap();
        assert_ne!(theme.selection, Style::default());
    }

    #[test]
    fn bad_themes_name_the_key_and_value() {
        let err = Theme::dark()
            .with_toml("[styles]\nselection = { fg = \"purpleish\" }")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "styles.selection: 'purpleish' is not a colour"
        );
        let err = Theme::dark()
            .with_toml("[styles]\nsparkle = {}")
            .unwrap_err();
        assert_eq!(err, ThemeError::UnknownKey("sparkle".into()));
    }
}
