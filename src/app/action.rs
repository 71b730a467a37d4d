//! Everything a key can be bound to. The keymap file names these in snake_case; the help
//! screen, the hint bar and the command palette show their descriptions, which are written here
//! once, in Dutch and English.

use serde::{Deserialize, Serialize};

use crate::i18n::Localized;

macro_rules! actions {
    ($($(#[$meta:meta])* $variant:ident => $nl:literal, $en:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Action { $($(#[$meta])* $variant),* }

        crate::texts!(
            /// What each action does, for the hint bar and the help screen.
            ActionText { $($variant => $nl, $en;)* }
        );

        impl Action {
            pub fn text(self) -> ActionText {
                match self { $(Action::$variant => ActionText::$variant),* }
            }
        }
    };
}

actions! {
    /// Leave the program.
    Quit => "stoppen", "quit";
    /// Move the selection up one row.
    Up => "omhoog", "up";
    /// Move the selection down one row.
    Down => "omlaag", "down";
    /// Jump to the first row.
    Top => "begin", "top";
    /// Jump to the last row.
    Bottom => "eind", "bottom";
    /// Move one page up.
    PageUp => "pagina omhoog", "page up";
    /// Move one page down.
    PageDown => "pagina omlaag", "page down";
    /// Change the order of the client list.
    Sort => "sorteren", "sort";
    /// Show only class A, B, C, or all.
    ClassFilter => "klasse", "class";
    /// Filter the client list by name or sector.
    Filter => "filter", "filter";
    /// Show why the selected client has its priority.
    Breakdown => "waarom", "why";
    /// The Pareto chart of revenue.
    Chart => "pareto", "pareto";
    /// Show or hide the 80/20 answer: per class the share of clients, revenue and time.
    Shares => "80/20", "80/20";
    /// Search clients, people, expectations, answers and tags.
    Search => "zoeken", "search";
    /// Show every key of this screen.
    Help => "toetsen", "keys";
    /// Find and run any command by name.
    Palette => "opdrachten", "commands";
    /// Add a record of the current tab (person, expectation, experience).
    Add => "toevoegen", "add";
    /// Archive (or delete) the selected record, after asking.
    Archive => "archiveren", "archive";
    /// Show or hide archived people and expectations.
    ShowArchived => "archief tonen", "show archived";
    /// Change the selected expectation's status.
    SetStatus => "status", "status";
    /// Record an experience: a grade, a note, maybe a complaint.
    AddExperience => "ervaring", "experience";
    /// Log time spent on the client.
    AddTime => "tijd", "time";
    /// Edit the client's name, revenue, sector and notes.
    EditClient => "klant bewerken", "edit client";
    /// Add a client.
    NewClient => "nieuwe klant", "new client";
    /// Open the selected client's screen.
    Open => "openen", "open";
    /// Next tab.
    NextTab => "volgende tab", "next tab";
    /// Previous tab.
    PreviousTab => "vorige tab", "previous tab";
    /// Start (or resume) an interview with someone at the selected client.
    StartInterview => "interview", "interview";
    /// Choose the selected item.
    Select => "kiezen", "choose";
    /// Go back without choosing.
    Back => "terug", "back";
    /// Break the interview off: kept, never offered again, no conversation.
    Abandon => "interview afbreken", "abandon interview";
    /// Do not offer this interrupted interview at start any more.
    NotNow => "niet meer aanbieden", "don't offer again";
    /// Continue an interrupted interview.
    Resume => "verder met interview", "resume interview";
    /// Add a new contact person.
    NewContact => "nieuwe persoon", "new person";
    /// Next field of a form.
    NextField => "volgend veld", "next field";
    /// Previous field of a form.
    PreviousField => "vorig veld", "previous field";
    /// Save the form.
    Submit => "opslaan", "save";
    /// Save the answer in the editor.
    SaveAnswer => "antwoord opslaan", "save answer";
    /// Start a new line in the answer.
    NewLine => "nieuwe regel", "new line";
    /// Go to the next step of the interview.
    NextStep => "volgende stap", "next step";
    /// Go to the previous step of the interview.
    PreviousStep => "vorige stap", "previous step";
    /// Go to step 1 of the interview (`step1` in configs written before it had this name).
    #[serde(alias = "step1")]
    GoToStep1 => "naar stap 1", "to step 1";
    /// Go to step 2 of the interview (`step2` in configs written before it had this name).
    #[serde(alias = "step2")]
    GoToStep2 => "naar stap 2", "to step 2";
    /// Go to step 3 of the interview (`step3` in configs written before it had this name).
    #[serde(alias = "step3")]
    GoToStep3 => "naar stap 3", "to step 3";
    /// Go to step 4 of the interview (`step4` in configs written before it had this name).
    #[serde(alias = "step4")]
    GoToStep4 => "naar stap 4", "to step 4";
    /// Go to step 5 of the interview (`step5` in configs written before it had this name).
    #[serde(alias = "step5")]
    GoToStep5 => "naar stap 5", "to step 5";
    /// Go to step 6 of the interview (`step6` in configs written before it had this name).
    #[serde(alias = "step6")]
    GoToStep6 => "naar stap 6", "to step 6";
    /// Go to step 7 of the interview (`step7` in configs written before it had this name).
    #[serde(alias = "step7")]
    GoToStep7 => "naar stap 7", "to step 7";
    /// The briefing tab of the client screen.
    TabBriefing => "naar briefing", "to the briefing";
    /// The contact persons tab.
    TabPeople => "naar contactpersonen", "to the people";
    /// The expectations tab.
    TabExpectations => "naar verwachtingen", "to the expectations";
    /// The interviews tab.
    TabInterviews => "naar interviews", "to the interviews";
    /// The experiences tab.
    TabExperiences => "naar ervaringen", "to the experiences";
    /// The timeline tab.
    TabTimeline => "naar tijdlijn", "to the timeline";
    /// Pick a tag to add to the answer.
    Tags => "tags", "tags";
    /// Turn this answer into a tracked expectation.
    MakeExpectation => "maak verwachting", "make expectation";
    /// Fill in the interview's measure and deadline (steps 2 and 7).
    Fields => "maatstaf en deadline", "measure and deadline";
    /// Pause or continue the call timer.
    PauseTimer => "timer pauze", "pause timer";
    /// Leave the editor (the draft is kept).
    LeaveEditor => "editor uit", "leave editor";
    /// Type in the editor.
    Type => "typen", "type";
    /// Edit the selected item.
    Edit => "bewerken", "edit";
    /// Delete the selected answer.
    Delete => "verwijderen", "delete";
    /// Undo the last deletion.
    Undo => "ongedaan maken", "undo";
    /// Confirm the selected expectation still holds.
    Confirm => "bevestigen", "confirm";
    /// Drop the selected expectation.
    Drop => "laten vervallen", "drop";
    /// Finish the interview: review what becomes an expectation.
    Finish => "afronden", "finish";
    /// Change the suggested title of the proposal.
    EditTitle => "titel aanpassen", "edit title";
    /// Accept the proposed expectation.
    Accept => "overnemen", "accept";
    /// Accept every undecided proposal.
    AcceptAll => "alles overnemen", "accept all";
    /// Discard the proposed expectation.
    Discard => "afwijzen", "reject";
    /// Record a new measurement of the current level, with its date.
    Measure => "meting toevoegen", "add measurement";
    /// Reopen the expectation a complaint points at (or a missed one) with a recovery deadline.
    Recover => "herstellen", "recover";
    /// Review a delivered delighter: basic by now, performance, or still a delighter.
    Review => "wow herzien", "review delighter";
    /// It is a basic by now.
    MakeBasic => "is nu basis", "basic by now";
    /// It is a performance expectation by now.
    MakePerformance => "is nu prestatie", "performance by now";
    /// It still delights.
    StillDelighter => "blijft wow", "still a delighter";
    /// After a conflict: save my version of the fields a colleague changed too.
    KeepMine => "mijn versie opslaan", "save my version";
    /// After a conflict: keep the colleague's version of those fields (mine of the others).
    KeepTheirs => "de andere versie houden", "keep the other version";
    /// Choose the contact person numbered 1 in the picker.
    Pick1 => "contactpersoon 1 kiezen", "choose person 1";
    /// Choose the contact person numbered 2 in the picker.
    Pick2 => "contactpersoon 2 kiezen", "choose person 2";
    /// Choose the contact person numbered 3 in the picker.
    Pick3 => "contactpersoon 3 kiezen", "choose person 3";
    /// Choose the contact person numbered 4 in the picker.
    Pick4 => "contactpersoon 4 kiezen", "choose person 4";
    /// Choose the contact person numbered 5 in the picker.
    Pick5 => "contactpersoon 5 kiezen", "choose person 5";
    /// Choose the contact person numbered 6 in the picker.
    Pick6 => "contactpersoon 6 kiezen", "choose person 6";
    /// Choose the contact person numbered 7 in the picker.
    Pick7 => "contactpersoon 7 kiezen", "choose person 7";
    /// Choose the contact person numbered 8 in the picker.
    Pick8 => "contactpersoon 8 kiezen", "choose person 8";
    /// Choose the contact person numbered 9 in the picker.
    Pick9 => "contactpersoon 9 kiezen", "choose person 9";
    /// Typing in a field: delete the word before the cursor.
    DeleteWord => "woord wissen", "delete word";
    /// Typing in a field: delete everything typed.
    ClearInput => "alles wissen", "clear the field";
    /// Typing in a field: the cursor to the start.
    LineStart => "naar het begin", "to the start";
    /// Typing in a field: the cursor to the end.
    LineEnd => "naar het eind", "to the end";
    /// Typing in a field: delete the character before the cursor.
    DeleteBefore => "teken voor de cursor wissen", "delete before the cursor";
    /// Typing in a field: delete the character at the cursor.
    DeleteAfter => "teken na de cursor wissen", "delete after the cursor";
    /// Typing in a field: the cursor one character left.
    CursorLeft => "cursor naar links", "cursor left";
    /// Typing in a field: the cursor one character right.
    CursorRight => "cursor naar rechts", "cursor right";
    /// Typing an answer: the cursor one line up.
    CursorUp => "cursor een regel omhoog", "cursor one line up";
    /// Typing an answer: the cursor one line down.
    CursorDown => "cursor een regel omlaag", "cursor one line down";
    /// Typing an answer: the cursor to the start of the word.
    WordLeft => "cursor een woord terug", "cursor one word back";
    /// Typing an answer: the cursor past the next word.
    WordRight => "cursor een woord verder", "cursor one word on";
    /// Typing an answer: the cursor to the start of the answer.
    TextStart => "naar het begin van het antwoord", "to the start of the answer";
    /// Typing an answer: the cursor to the end of the answer.
    TextEnd => "naar het eind van het antwoord", "to the end of the answer";
    /// Typing an answer: delete the word after the cursor.
    DeleteWordAfter => "woord na de cursor wissen", "delete the word after the cursor";
    /// Typing an answer: delete from the cursor to the end of the line.
    DeleteToLineEnd => "tot het eind van de regel wissen", "delete to the end of the line";
    /// Typing an answer: take back the last edit.
    UndoTyping => "typen ongedaan maken", "undo typing";
    /// Typing an answer: do the edit taken back again.
    RedoTyping => "typen opnieuw doen", "redo typing";
    /// A choice field: the next option.
    NextOption => "volgende keuze", "next option";
    /// A choice field: the previous option.
    PreviousOption => "vorige keuze", "previous option";
    /// The tag picker: take what is typed as the tag.
    TakeTag => "getypte tag nemen", "take the typed tag";
    /// The client list's filter: close it, keeping what is typed.
    KeepFilter => "filter houden", "keep the filter";
    /// The client list's filter: close it and show every client again.
    ClearFilter => "filter wissen", "clear the filter";
    /// Answer yes.
    Yes => "ja", "yes";
    /// Answer no.
    No => "nee", "no";
}

impl Action {
    pub fn describe(self, lang: crate::i18n::Lang) -> &'static str {
        self.text().get(lang)
    }

    /// For the tab actions of the client screen: the tab, 1 to 6.
    pub fn tab_number(self) -> Option<usize> {
        Some(match self {
            Action::TabBriefing => 1,
            Action::TabPeople => 2,
            Action::TabExpectations => 3,
            Action::TabInterviews => 4,
            Action::TabExperiences => 5,
            Action::TabTimeline => 6,
            _ => return None,
        })
    }

    /// For the step actions of the interview: the step, 1 to 7.
    pub fn step_number(self) -> Option<u8> {
        Some(match self {
            Action::GoToStep1 => 1,
            Action::GoToStep2 => 2,
            Action::GoToStep3 => 3,
            Action::GoToStep4 => 4,
            Action::GoToStep5 => 5,
            Action::GoToStep6 => 6,
            Action::GoToStep7 => 7,
            _ => return None,
        })
    }

    /// For the picker's numbered choices: the number, 1 to 9.
    pub fn pick_number(self) -> Option<usize> {
        Some(match self {
            Action::Pick1 => 1,
            Action::Pick2 => 2,
            Action::Pick3 => 3,
            Action::Pick4 => 4,
            Action::Pick5 => 5,
            Action::Pick6 => 6,
            Action::Pick7 => 7,
            Action::Pick8 => 8,
            Action::Pick9 => 9,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Action;

    #[test]
    fn every_action_text_exists_in_both_languages() {
        crate::i18n::completeness::check::<super::ActionText>();
    }

    #[test]
    fn step_actions_are_read_under_their_old_names_too() {
        let read = |name: &str| toml::Value::String(name.into()).try_into::<Action>().ok();
        assert_eq!(read("go_to_step3"), Some(Action::GoToStep3));
        assert_eq!(read("step3"), Some(Action::GoToStep3));
        assert_eq!(Action::GoToStep3.step_number(), Some(3));
        assert_eq!(Action::Pick9.pick_number(), Some(9));
    }
}
