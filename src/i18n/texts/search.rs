crate::texts!(
    /// The search window and `verwacht search`.
    SearchText {
        Title => "Zoeken", "Search";
        Clients => "Klanten", "Clients";
        People => "Mensen", "People";
        Expectations => "Verwachtingen", "Expectations";
        Tags => "Tags", "Tags";
        Answers => "Antwoorden", "Answers";
        Indexing => "Alles doorzoekbaar maken…", "Making everything searchable…";
        Prefixes => "Typ om te zoeken · c: klanten · p: mensen · e: verwachtingen · a: antwoorden · #tag",
            "Type to search · c: clients · p: people · e: expectations · a: answers · #tag";
        Searching => "{0} gevonden · lange teksten worden nog doorzocht…", "{0} found · still searching long texts…";
        Found => "{0} gevonden", "{0} found";
        Counting => "{0} gevonden · de rest wordt geteld…", "{0} found · counting the rest…";
        Shown => "{0} van {1} getoond", "{0} of {1} shown";
        ShownOfMore => "{0} van meer dan {1} getoond", "{0} of more than {1} shown";
        NoResults => "Niets gevonden", "Nothing found";
        Hint => "↑/↓ kiezen · Enter erheen · Esc terug waar je was", "↑/↓ choose · Enter go there · Esc back where you were";
        NoMatch => "niets gevonden voor “{0}”", "nothing found for “{0}”";
        Rebuilt => "De zoekindex liep niet gelijk met de teksten en is opnieuw opgebouwd",
            "The search index was out of step with the texts and has been built anew";
    }
);

/// The heading of a kind of search result, in the search window and `verwacht search`.
pub fn kind_name(kind: crate::search::Kind, lang: super::super::Lang) -> &'static str {
    use super::super::Localized;
    use crate::search::Kind;
    match kind {
        Kind::Client => SearchText::Clients,
        Kind::Contact => SearchText::People,
        Kind::Expectation => SearchText::Expectations,
        Kind::Tag => SearchText::Tags,
        Kind::Answer => SearchText::Answers,
    }
    .get(lang)
}
