//! Everything a key can be bound to. The keymap file names these in snake_case; the help
//! screen and the hint bar show their descriptions.

use serde::{Deserialize, Serialize};

use crate::i18n::Localized;

macro_rules! actions {
    ($($(#[doc = $doc:literal])* $variant:ident => $nl:literal, $en:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Action { $($(#[doc = $doc])* $variant),* }

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
    /// Go to step 1.
    Step1 => "stap 1", "step 1";
    /// Go to step 2.
    Step2 => "stap 2", "step 2";
    /// Go to step 3.
    Step3 => "stap 3", "step 3";
    /// Go to step 4.
    Step4 => "stap 4", "step 4";
    /// Go to step 5.
    Step5 => "stap 5", "step 5";
    /// Go to step 6.
    Step6 => "stap 6", "step 6";
    /// Go to step 7.
    Step7 => "stap 7", "step 7";
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
    pub fn tab(self) -> Option<usize> {
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

    /// What kind of thing an action does, for grouping the help.
    pub fn group(self) -> Group {
        use Action::*;
        match self {
            Up | Down | Top | Bottom | PageUp | PageDown | NextTab | PreviousTab | TabBriefing
            | TabPeople | TabExpectations | TabInterviews | TabExperiences | TabTimeline
            | NextField | PreviousField | NextStep | PreviousStep | Step1 | Step2 | Step3
            | Step4 | Step5 | Step6 | Step7 => Group::Move,
            Open | Select | Back | Yes | No | Submit | Chart | Breakdown | Shares | Sort
            | ClassFilter | Filter | ShowArchived | Type | LeaveEditor => Group::View,
            Quit | Search | Help | Palette | Undo => Group::General,
            _ => Group::Do,
        }
    }

    /// For the step actions: the step number.
    pub fn step(self) -> Option<u8> {
        Some(match self {
            Action::Step1 => 1,
            Action::Step2 => 2,
            Action::Step3 => 3,
            Action::Step4 => 4,
            Action::Step5 => 5,
            Action::Step6 => 6,
            Action::Step7 => 7,
            _ => return None,
        })
    }
}

/// The groups of the help, in the order it shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// Doing something: recording, changing, starting.
    Do,
    /// Looking: opening, choosing, sorting, filtering.
    View,
    /// Moving through lists, tabs, fields and steps.
    Move,
    /// Everywhere: search, keys, commands, undo, quit.
    General,
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_action_text_exists_in_both_languages() {
        crate::i18n::completeness::check::<super::ActionText>();
    }
}
