//! The tag picker (`Ctrl-T` in the editor): the tags that fit the current step, the tags used
//! before at this client, and whatever new tag the user types.

use super::{Action, Input, KeyChord, ScrollList};
use crate::domain::Characteristic;
use crate::domain::tags::normalize;
use crate::i18n::Lang;
use crate::i18n::guide::{step_tags, tag_word};

/// How many recently used tags are offered.
const RECENT: usize = 12;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagGroup {
    /// Built-in tags that fit the step.
    Step,
    /// Used before at this client.
    Recent,
    /// The filter text as a new tag.
    New,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagOption {
    pub word: String,
    pub group: TagGroup,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TagPicker {
    pub filter: Input,
    all: Vec<TagOption>,
    pub list: ScrollList,
}

/// What a key did in the tag picker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TagEvent {
    Nothing,
    Cancel,
    /// Insert this tag (without `#`).
    Insert(String),
}

impl TagPicker {
    pub fn new(step: Characteristic, lang: Lang, recent: &[String]) -> TagPicker {
        let mut all: Vec<TagOption> = step_tags(step)
            .iter()
            .map(|key| TagOption {
                word: tag_word(key, lang).to_string(),
                group: TagGroup::Step,
            })
            .collect();
        for tag in recent {
            if all.len() >= RECENT + step_tags(step).len() {
                break;
            }
            if !all.iter().any(|o| &o.word == tag) {
                all.push(TagOption {
                    word: tag.clone(),
                    group: TagGroup::Recent,
                });
            }
        }
        TagPicker {
            filter: Input::default(),
            all,
            list: ScrollList::default(),
        }
    }

    /// The options matching the filter, then the filter itself as a new tag when it is one.
    pub fn options(&self) -> Vec<TagOption> {
        let wanted = normalize(self.filter.text());
        let mut shown: Vec<TagOption> = self
            .all
            .iter()
            .filter(|o| wanted.as_ref().is_none_or(|w| o.word.contains(w.as_str())))
            .cloned()
            .collect();
        // Options starting with the filter first; otherwise keep the group order.
        if let Some(w) = &wanted {
            shown.sort_by_key(|o| !o.word.starts_with(w.as_str()));
            if !shown.iter().any(|o| &o.word == w) {
                shown.push(TagOption {
                    word: w.clone(),
                    group: TagGroup::New,
                });
            }
        }
        shown
    }

    pub fn handle(&mut self, action: Option<Action>, chord: &KeyChord) -> TagEvent {
        let len = self.options().len();
        match action {
            Some(Action::Up) => self.list.move_by(-1, len, len),
            Some(Action::Down) => self.list.move_by(1, len, len),
            Some(Action::Select) => {
                return match self.options().into_iter().nth(self.list.selected) {
                    Some(o) => TagEvent::Insert(o.word),
                    None => TagEvent::Cancel,
                };
            }
            Some(Action::Back) => return TagEvent::Cancel,
            // Space ends a tag: take what is typed (nothing typed yet: it is typed, and a tag
            // never starts with it).
            Some(Action::TakeTag) => match normalize(self.filter.text()) {
                Some(w) => return TagEvent::Insert(w),
                None => {
                    self.filter.insert(' ');
                    self.list = ScrollList::default();
                }
            },
            _ => {
                if self.filter.handle(action, chord) {
                    self.list = ScrollList::default();
                }
            }
        }
        TagEvent::Nothing
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Keymap, Mode};

    fn key(text: &str) -> KeyChord {
        KeyChord::parse(text).unwrap()
    }

    /// A key as the program sends it to the tag picker: with what the default keymap binds it
    /// to there.
    fn press(picker: &mut TagPicker, text: &str) -> TagEvent {
        let chain = [Mode::Tags, Mode::Input, Mode::Global];
        let action = Keymap::default_map().action_in(&chain, &key(text));
        picker.handle(action, &key(text))
    }

    #[test]
    fn offers_the_steps_tags_in_the_users_language_then_recent_ones() {
        let recent = vec!["factuur".to_string(), "belofte".to_string()];
        let picker = TagPicker::new(Characteristic::Dependent, Lang::Nl, &recent);
        let words: Vec<String> = picker.options().into_iter().map(|o| o.word).collect();
        assert_eq!(
            words,
            [
                "belofte",
                "eerdere-ervaring",
                "mond-tot-mond",
                "behoefte",
                "factuur"
            ]
        );
        let en = TagPicker::new(Characteristic::EmotionalOrRational, Lang::En, &[]);
        assert_eq!(en.options()[1].word, "emotional");
    }

    #[test]
    fn typing_filters_and_offers_a_new_tag() {
        let mut picker = TagPicker::new(Characteristic::Dependent, Lang::Nl, &[]);
        for c in "mond".chars() {
            picker.handle(None, &key(&c.to_string()));
        }
        let options = picker.options();
        assert_eq!(options[0].word, "mond-tot-mond");
        assert_eq!(options.last().unwrap().group, TagGroup::New);
        assert_eq!(
            picker.handle(Some(Action::Select), &key("enter")),
            TagEvent::Insert("mond-tot-mond".into())
        );
        let mut fresh = TagPicker::new(Characteristic::Personal, Lang::Nl, &[]);
        for c in "Spoed".chars() {
            fresh.handle(None, &key(&c.to_string()));
        }
        assert_eq!(press(&mut fresh, "space"), TagEvent::Insert("spoed".into()));
        assert_eq!(
            fresh.handle(Some(Action::Back), &key("esc")),
            TagEvent::Cancel
        );
    }
}
