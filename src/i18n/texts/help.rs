crate::texts!(
    /// The help window (`?`), the command palette (`:`) and keymap messages.
    HelpText {
        Title => "Toetsen: {0}", "Keys: {0}";
        Hint => "j/k scrollen · Esc sluit · : opdrachtenlijst", "j/k scroll · Esc closes · : command palette";
        PaletteTitle => "Opdracht zoeken", "Find a command";
        PaletteHint => "typ om te zoeken · Enter voert uit · Esc terug", "type to search · Enter runs · Esc back";
        PaletteNone => "Geen opdracht gevonden", "No command found";
        Global => "overal", "everywhere";
        GroupDo => "Doen", "Do";
        GroupView => "Bekijken en kiezen", "Look and choose";
        GroupMove => "Bewegen", "Move";
        GroupTabs => "Tabbladen", "Tabs";
        GroupSteps => "Stappen", "Steps";
        GroupAnswer => "Het antwoord", "The answer";
        GroupText => "Tekst bewerken", "Editing text";
        GroupChoice => "Een keuze maken", "Choosing an option";
        GroupGeneral => "Overal", "Everywhere";
        GroupAdded => "Je eigen toetsen", "Your own keys";
        ModeHome => "klantenlijst", "client list";
        ModePicker => "kiezen", "choosing";
        ModeResume => "onderbroken interviews", "interrupted interviews";
        ModeTags => "tags", "tags";
        ModeSearch => "zoeken", "search";
        ModePalette => "opdrachten", "commands";
        ModeFilter => "filter", "filter";
        ModeForm => "formulier", "form";
        ModeInput => "tekstveld", "text field";
        ModeChoice => "keuzeveld", "choice field";
        ModeEditor => "interview, typen", "interview, typing";
        ModeInterview => "interview, lijst", "interview, list";
        ModeSummary => "samenvatting", "summary";
        ModeConfirm => "vraag", "question";
        ModeChart => "paretografiek", "Pareto chart";
        ModeInfo => "venster", "window";
        ModeClient => "klant", "client";
        ModeExpectation => "verwachting", "expectation";
        ModeReclassify => "wow herzien", "reviewing a delighter";
        ModeConflict => "ook gewijzigd door een collega", "also changed by a colleague";
        BadKey => "config.toml [keys.{0}]: '{1}' is geen toets", "config.toml [keys.{0}]: '{1}' is not a key";
        Conflict => "config.toml [keys.{0}]: '{1}' was '{2}' en is nu '{3}'", "config.toml [keys.{0}]: '{1}' was '{2}' and is now '{3}'";
    }
);
