//! Themes name meanings (selection, muted, warning, class A/B/C, overdue, match…), loaded
//! from TOML files over built-in defaults. No widget holds a colour of its own.

use std::collections::BTreeMap;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

/// The shipped themes, embedded so the binary works from anywhere.
pub const DARK: &str = include_str!("../../themes/dark.toml");
pub const SHIPPED: [(&str, &str); 4] = [
    ("dark", DARK),
    ("light", include_str!("../../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.toml"),
    ),
    ("monochrome", include_str!("../../themes/monochrome.toml")),
];

/// A theme that could not be used, and why: the file, the key and the value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {error}")]
pub struct ThemeProblem {
    pub file: String,
    pub error: ThemeError,
}

/// Picks the theme: the name asked for (`--theme` or the config file), else monochrome under
/// `NO_COLOR`, else dark. A name is a shipped theme or a file `NAME.toml` in `user_dir`. A
/// theme that cannot be used gives the default and says why. `read` reads a file (drawing
/// code touches no files itself: the caller hands it `std::fs::read_to_string`).
pub fn choose(
    name: Option<&str>,
    no_color: bool,
    user_dir: Option<&std::path::Path>,
    read: fn(&std::path::Path) -> std::io::Result<String>,
) -> (Theme, Option<ThemeProblem>) {
    let fallback = if no_color { "monochrome" } else { "dark" };
    let name = name.filter(|n| !n.trim().is_empty()).unwrap_or(fallback);
    let base = || {
        let text = SHIPPED
            .iter()
            .find(|(n, _)| *n == fallback)
            .map_or(DARK, |(_, t)| t);
        Theme::dark()
            .with_toml(text)
            .unwrap_or_else(|_| Theme::dark())
    };
    let (file, text) = match SHIPPED.iter().find(|(n, _)| *n == name) {
        Some((n, text)) => (format!("themes/{n}.toml"), Ok(text.to_string())),
        None => {
            let path = user_dir.map(|d| d.join(format!("{name}.toml")));
            let file = path
                .as_ref()
                .map_or(format!("{name}.toml"), |p| p.display().to_string());
            let text = match &path {
                Some(p) => read(p).map_err(|e| ThemeError::Missing(e.to_string())),
                None => Err(ThemeError::Missing(name.to_string())),
            };
            (file, text)
        }
    };
    // A theme file lays its styles over the default, so it may name only a few.
    match text.and_then(|t| base().with_toml(&t)) {
        Ok(theme) if no_color => (theme.without_colour(), None),
        Ok(theme) => (theme, None),
        Err(error) => (base(), Some(ThemeProblem { file, error })),
    }
}

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
    #[error("cannot be read: {0}")]
    Missing(String),
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

    /// The same theme with every colour removed (for `NO_COLOR`): only bold, underline,
    /// reverse and dim remain.
    pub fn without_colour(mut self) -> Theme {
        for slot in [
            "text",
            "title",
            "header",
            "border",
            "selection",
            "muted",
            "key",
            "warning",
            "error",
            "ok",
            "class_a",
            "class_b",
            "class_c",
            "overdue",
            "match",
            "banner",
        ] {
            if let Some(style) = self.slot(slot) {
                style.fg = None;
                style.bg = None;
            }
        }
        self
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
    fn every_shipped_theme_parses_and_monochrome_has_no_colour() {
        for (name, text) in SHIPPED {
            let theme = Theme::default()
                .with_toml(text)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_ne!(theme.selection, Style::default(), "{name}");
        }
        let (mono, problem) = choose(None, true, None, |p| std::fs::read_to_string(p));
        assert!(problem.is_none());
        for style in [mono.selection, mono.class_a, mono.overdue, mono.text] {
            assert!(style.fg.is_none_or(|c| c == Color::Reset) && style.bg.is_none());
        }
        assert!(mono.selection.add_modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn a_bad_user_theme_names_file_key_and_value_and_the_default_is_used() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("mine.toml"),
            "[styles]\nselection = { fg = \"purpleish\" }",
        )
        .unwrap();
        let (theme, problem) = choose(Some("mine"), false, Some(dir.path()), |p| {
            std::fs::read_to_string(p)
        });
        assert_eq!(theme, Theme::dark());
        let problem = problem.unwrap().to_string();
        assert!(problem.contains("mine.toml"), "{problem}");
        assert!(
            problem.contains("styles.selection: 'purpleish'"),
            "{problem}"
        );
        std::fs::write(
            dir.path().join("ok.toml"),
            "[styles]\nkey = { fg = \"red\" }",
        )
        .unwrap();
        let (theme, problem) = choose(Some("ok"), false, Some(dir.path()), |p| {
            std::fs::read_to_string(p)
        });
        assert!(problem.is_none());
        assert_eq!(theme.key.fg, Some(Color::Red));
        assert_eq!(theme.title, Theme::dark().title, "the rest stays");
        let (_, problem) = choose(Some("nonexistent"), false, Some(dir.path()), |p| {
            std::fs::read_to_string(p)
        });
        assert!(problem.is_some());
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
