//! Names of the domain's closed sets (nature, source, level, status, characteristic).

use crate::domain::{Characteristic, Level, Nature, Source, Status};
use crate::i18n::{Lang, Localized};

crate::texts!(
    Label {
        Rational => "rationeel", "rational";
        Emotional => "emotioneel", "emotional";
        Promise => "belofte", "promise";
        EarlierExperience => "eerdere ervaring", "earlier experience";
        WordOfMouth => "mond-tot-mond", "word of mouth";
        PersonalNeed => "persoonlijke behoefte", "personal need";
        OtherSource => "anders", "other";
        Basic => "basis", "basic";
        Performance => "prestatie", "performance";
        Delighter => "wow", "delighter";
        Open => "open", "open";
        InProgress => "bezig", "in progress";
        Met => "gehaald", "met";
        Exceeded => "overtroffen", "exceeded";
        Missed => "gemist", "missed";
        Dropped => "vervallen", "dropped";
        AlwaysPresent => "Altijd aanwezig", "Always present";
        AboutTheFuture => "Over de toekomst", "About the future";
        Personal => "Persoonlijk", "Personal";
        Dependent => "Afhankelijk van andere zaken", "Dependent on other things";
        EmotionalOrRational => "Emotioneel of rationeel", "Emotional or rational";
        TheyChange => "Ze veranderen", "They change";
        Yardstick => "De maatstaf voor oordelen", "The yardstick for judging";
    }
);

/// Anything with a translated name.
pub trait HasLabel {
    fn label_key(self) -> Label;
}

/// The name of a value in the user's language.
pub fn label(value: impl HasLabel, lang: Lang) -> &'static str {
    value.label_key().get(lang)
}

impl HasLabel for Nature {
    fn label_key(self) -> Label {
        match self {
            Nature::Rational => Label::Rational,
            Nature::Emotional => Label::Emotional,
        }
    }
}

impl HasLabel for Source {
    fn label_key(self) -> Label {
        match self {
            Source::Promise => Label::Promise,
            Source::EarlierExperience => Label::EarlierExperience,
            Source::WordOfMouth => Label::WordOfMouth,
            Source::PersonalNeed => Label::PersonalNeed,
            Source::Other => Label::OtherSource,
        }
    }
}

impl HasLabel for Level {
    fn label_key(self) -> Label {
        match self {
            Level::Basic => Label::Basic,
            Level::Performance => Label::Performance,
            Level::Delighter => Label::Delighter,
        }
    }
}

impl HasLabel for Status {
    fn label_key(self) -> Label {
        match self {
            Status::Open => Label::Open,
            Status::InProgress => Label::InProgress,
            Status::Met => Label::Met,
            Status::Exceeded => Label::Exceeded,
            Status::Missed => Label::Missed,
            Status::Dropped => Label::Dropped,
        }
    }
}

impl HasLabel for Characteristic {
    fn label_key(self) -> Label {
        match self {
            Characteristic::AlwaysPresent => Label::AlwaysPresent,
            Characteristic::AboutTheFuture => Label::AboutTheFuture,
            Characteristic::Personal => Label::Personal,
            Characteristic::Dependent => Label::Dependent,
            Characteristic::EmotionalOrRational => Label::EmotionalOrRational,
            Characteristic::TheyChange => Label::TheyChange,
            Characteristic::Yardstick => Label::Yardstick,
        }
    }
}
