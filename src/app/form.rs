//! A form: labelled text and choice fields, one focused, each with an optional inline error.
//! Specific forms (a new contact, an expectation) build one and read it back.

use super::keys::ChordKey;
use super::{Action, Input, KeyChord, Mode};

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(Input),
    /// One of a fixed list of options, shown by their labels.
    Choice {
        options: Vec<String>,
        index: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub label: String,
    pub value: Value,
    pub error: Option<String>,
}

impl Field {
    pub fn text(label: impl Into<String>, text: impl Into<String>) -> Field {
        Field {
            label: label.into(),
            value: Value::Text(Input::new(text)),
            error: None,
        }
    }

    pub fn choice(label: impl Into<String>, options: Vec<String>, index: usize) -> Field {
        Field {
            label: label.into(),
            value: Value::Choice { options, index },
            error: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
}

/// What a key did to a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormEvent {
    Nothing,
    Submit,
    Cancel,
}

impl Form {
    pub fn new(title: impl Into<String>, fields: Vec<Field>) -> Form {
        Form {
            title: title.into(),
            fields,
            focus: 0,
        }
    }

    /// The text of field `i` (empty for a choice), trimmed.
    pub fn text(&self, i: usize) -> &str {
        match self.fields.get(i).map(|f| &f.value) {
            Some(Value::Text(input)) => input.text().trim(),
            _ => "",
        }
    }

    /// The chosen index of field `i` (0 for a text field).
    pub fn choice(&self, i: usize) -> usize {
        match self.fields.get(i).map(|f| &f.value) {
            Some(Value::Choice { index, .. }) => *index,
            _ => 0,
        }
    }

    pub fn set_error(&mut self, i: usize, error: impl Into<String>) {
        if let Some(f) = self.fields.get_mut(i) {
            f.error = Some(error.into());
        }
    }

    pub fn clear_errors(&mut self) {
        for f in &mut self.fields {
            f.error = None;
        }
    }

    /// Moves the focus to the first field with an error.
    pub fn focus_first_error(&mut self) {
        if let Some(i) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = i;
        }
    }

    pub fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some())
    }

    /// The keys under the form's own for the focused field: text editing, or choosing.
    pub fn layer(&self) -> Mode {
        match self.fields.get(self.focus).map(|f| &f.value) {
            Some(Value::Choice { .. }) => Mode::Choice,
            _ => Mode::Input,
        }
    }

    /// Handles a key: `action` is what the form keymap binds it to, or else the keymap of the
    /// focused field ([`Form::layer`]), if anything.
    pub fn handle(&mut self, action: Option<Action>, chord: &KeyChord) -> FormEvent {
        let last = self.fields.len().saturating_sub(1);
        match action {
            Some(Action::NextField) => self.focus = (self.focus + 1).min(last),
            Some(Action::PreviousField) => self.focus = self.focus.saturating_sub(1),
            Some(Action::Submit) => return FormEvent::Submit,
            Some(Action::Back) => return FormEvent::Cancel,
            _ => self.edit(action, chord),
        }
        FormEvent::Nothing
    }

    /// Inserts pasted text into the focused text field.
    pub fn paste(&mut self, text: &str) {
        if let Some(Value::Text(input)) = self.fields.get_mut(self.focus).map(|f| &mut f.value) {
            input.insert_str(text);
        }
    }

    fn edit(&mut self, action: Option<Action>, chord: &KeyChord) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        match &mut field.value {
            Value::Text(input) => {
                if input.handle(action, chord) {
                    field.error = None;
                }
            }
            Value::Choice { options, index } => {
                let n = options.len().max(1);
                match (action, chord.code) {
                    (Some(Action::NextOption), _) => *index = (*index + 1) % n,
                    (Some(Action::PreviousOption), _) => *index = (*index + n - 1) % n,
                    (None, ChordKey::Char(c)) if !chord.ctrl && !chord.alt => {
                        // Jump to the next option starting with the typed letter.
                        let c = c.to_lowercase().next().unwrap_or(c);
                        let starts = |o: &String| o.to_lowercase().starts_with(c);
                        if let Some(i) = (1..=n)
                            .map(|d| (*index + d) % n)
                            .find(|i| options.get(*i).is_some_and(starts))
                        {
                            *index = i;
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Keymap;

    fn key(text: &str) -> KeyChord {
        KeyChord::parse(text).unwrap()
    }

    /// A key as the program sends it to a form: with what the default keymap binds it to in
    /// the form and its focused field.
    fn press(form: &mut Form, text: &str) -> FormEvent {
        let chain = [Mode::Form, form.layer(), Mode::Global];
        let action = Keymap::default_map().action_in(&chain, &key(text));
        form.handle(action, &key(text))
    }

    #[test]
    fn typing_moving_and_choosing() {
        let mut form = Form::new(
            "t",
            vec![
                Field::text("Naam", ""),
                Field::choice("Aard", vec!["rationeel".into(), "emotioneel".into()], 0),
            ],
        );
        for c in "Els".chars() {
            form.handle(None, &key(&c.to_string()));
        }
        assert_eq!(form.text(0), "Els");
        form.handle(Some(Action::NextField), &key("tab"));
        assert_eq!(form.focus, 1);
        press(&mut form, "e");
        assert_eq!(form.choice(1), 1);
        press(&mut form, "right");
        assert_eq!(form.choice(1), 0);
        press(&mut form, "left");
        assert_eq!(form.choice(1), 1);
        press(&mut form, "space");
        assert_eq!(form.choice(1), 0);
        form.handle(Some(Action::NextField), &key("tab"));
        assert_eq!(form.focus, 1, "focus stays on the last field");
        assert_eq!(
            form.handle(Some(Action::Submit), &key("enter")),
            FormEvent::Submit
        );
        assert_eq!(
            form.handle(Some(Action::Back), &key("esc")),
            FormEvent::Cancel
        );
    }

    #[test]
    fn typing_clears_a_fields_error() {
        let mut form = Form::new("t", vec![Field::text("Naam", "")]);
        form.set_error(0, "verplicht");
        assert!(form.has_errors());
        form.handle(None, &key("x"));
        assert!(!form.has_errors());
    }
}
