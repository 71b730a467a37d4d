//! The screens and windows that have keys of their own (modes), and the groups their keys are
//! shown in.

use serde::Deserialize;

/// The screens and windows (modes) that have their own bindings. The config file names them in
/// lower case, as `[keys.<mode>]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Keys that work on every screen, unless the screen binds the key itself.
    Global,
    Home,
    /// Choosing whom to interview.
    Picker,
    /// Interrupted interviews, offered at start.
    Resume,
    /// The tag picker of the interview editor.
    Tags,
    /// Search across everything.
    Search,
    /// The command palette.
    Palette,
    /// The client list's filter, being typed.
    Filter,
    Form,
    /// Editing a text field: under a window's own keys wherever text is typed.
    Input,
    /// A choice field of a form: under the form's own keys.
    Choice,
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

impl Mode {
    /// The name the config file knows it by, as in `[keys.<name>]`.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Global => "global",
            Mode::Home => "home",
            Mode::Picker => "picker",
            Mode::Resume => "resume",
            Mode::Tags => "tags",
            Mode::Search => "search",
            Mode::Palette => "palette",
            Mode::Filter => "filter",
            Mode::Form => "form",
            Mode::Input => "input",
            Mode::Choice => "choice",
            Mode::Editor => "editor",
            Mode::Interview => "interview",
            Mode::Summary => "summary",
            Mode::Confirm => "confirm",
            Mode::Chart => "chart",
            Mode::Info => "info",
            Mode::Client => "client",
            Mode::Expectation => "expectation",
            Mode::Reclassify => "reclassify",
            Mode::Conflict => "conflict",
        }
    }

    pub const ALL: [Mode; 21] = [
        Mode::Global,
        Mode::Home,
        Mode::Picker,
        Mode::Resume,
        Mode::Tags,
        Mode::Search,
        Mode::Palette,
        Mode::Filter,
        Mode::Form,
        Mode::Input,
        Mode::Choice,
        Mode::Editor,
        Mode::Interview,
        Mode::Summary,
        Mode::Confirm,
        Mode::Chart,
        Mode::Info,
        Mode::Client,
        Mode::Expectation,
        Mode::Reclassify,
        Mode::Conflict,
    ];

    /// The modes that can lie under this one while a field has the focus: what is typed in a
    /// text field, or chosen in a choice field.
    pub fn layers(self) -> &'static [Mode] {
        match self {
            Mode::Form => &[Mode::Input, Mode::Choice],
            Mode::Tags | Mode::Search | Mode::Palette | Mode::Filter => &[Mode::Input],
            _ => &[],
        }
    }
}

/// What a group of keys is about: a heading of the help. Each screen lists its groups in the
/// order it wants them shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Doing something: recording, changing, starting.
    Do,
    /// Looking: opening, choosing, sorting, filtering.
    View,
    /// Moving through lists, fields and pages.
    Move,
    /// The tabs of the client screen.
    Tabs,
    /// The steps of the interview.
    Steps,
    /// The answer being typed in the interview.
    Answer,
    /// Editing a text field.
    Text,
    /// Choosing an option of a choice field.
    Choice,
    /// Everywhere: going back, search, keys, commands.
    General,
    /// Keys the user bound, in the config file, to an action the screen has no key for.
    Added,
}
