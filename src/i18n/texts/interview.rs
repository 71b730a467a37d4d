crate::texts!(
    /// The contact picker, the interview screen and its summary.
    InterviewText {
        PickTitle => "Interview bij {0}: met wie spreek je?", "Interview at {0}: who are you talking to?";
        PickResume => "verder met {0} — stap {1}, begonnen {2} (r)", "continue with {0} — step {1}, started {2} (r)";
        PickNew => "+ nieuwe contactpersoon (n)", "+ new person (n)";
        NewContactTitle => "Nieuwe persoon bij {0}", "New person at {0}";
        ContactName => "Naam", "Name";
        ContactRole => "Rol", "Role";
        NameRequired => "vul een naam in", "enter a name";
        NoClient => "Kies eerst een klant", "Select a client first";
        ReadOnly => "Alleen lezen: interviews afnemen kan hier niet", "Read-only: interviews cannot be held here";
        Title => "Interview", "Interview";
        Steps => "Stappen", "Steps";
        Ask => "Vragen", "Ask";
        ListenFor => "Luister naar", "Listen for";
        Answers => "Antwoorden", "Answers";
        NoAnswers => "Nog geen antwoorden in deze stap.", "No answers in this step yet.";
        Existing => "Antwoorden en open verwachtingen", "Answers and open expectations";
        NoExisting => "Geen open verwachtingen bij deze klant.", "No open expectations at this client.";
        Editor => "Antwoord", "Answer";
        EditorEditing => "Antwoord bewerken", "Editing answer";
        Paused => "gepauzeerd", "paused";
        DraftRestored => "Concept teruggezet: je kunt verder typen", "Draft restored: carry on typing";
        Resumed => "Interview hervat bij stap {0}", "Interview resumed at step {0}";
        AskAbandonEmpty => "Interview met {0} afbreken? Er is nog niets vastgelegd; het wordt niet meer aangeboden.",
            "Abandon the interview with {0}? Nothing was recorded yet; it will not be offered again.";
        AskAbandonOne => "Interview met {0} afbreken? Het antwoord blijft bewaard; het interview wordt niet meer aangeboden en telt niet als gesprek.",
            "Abandon the interview with {0}? The answer is kept; the interview will not be offered again and does not count as a conversation.";
        AskAbandon => "Interview met {0} afbreken? De {1} antwoorden blijven bewaard; het interview wordt niet meer aangeboden en telt niet als gesprek.",
            "Abandon the interview with {0}? The {1} answers are kept; the interview will not be offered again and does not count as a conversation.";
        Abandoned => "Interview met {0} afgebroken", "Interview with {0} abandoned";
        NotOffered => "Interview met {0} wordt niet meer aangeboden; verdergaan kan bij de klant (i, r)",
            "The interview with {0} is no longer offered; continue it from the client (i, r)";
        Viewing => "Afgerond interview van {0}: je bekijkt het; stappen wisselen verandert niets", "Completed interview of {0}: you are looking at it; moving through the steps changes nothing";
        Saved => "Antwoord opgeslagen", "Answer saved";
        Deleted => "Antwoord verwijderd — druk op u om dit ongedaan te maken", "Answer deleted — press u to undo";
        Restored => "Teruggezet", "Restored";
        NothingToUndo => "Niets om ongedaan te maken", "Nothing to undo";
        Confirmed => "Verwachting bevestigd", "Expectation confirmed";
        DroppedMsg => "Verwachting vervallen — druk op u om dit ongedaan te maken", "Expectation dropped — press u to undo";
        EmptyAnswer => "Leeg antwoord: typ eerst iets", "Empty answer: type something first";
        ResumeTitle => "Onderbroken interviews", "Interrupted interviews";
        ResumeIntro => "Deze interviews zijn niet afgerond. Verdergaan?", "These interviews were not finished. Continue?";
        ResumeItem => "{0} · {1} — stap {2}: {3}", "{0} · {1} — step {2}: {3}";
        NoDraft => "(geen concept)", "(no draft)";
        ResumeHint => "Enter verder · x niet meer aanbieden · Esc later", "Enter continue · x don't offer again · Esc later";
        TagsTitle => "Tag toevoegen", "Add a tag";
        TagsFilter => "Filter of nieuwe tag", "Filter or new tag";
        TagsStep => "bij deze stap", "for this step";
        TagsRecent => "eerder gebruikt", "used before";
        TagsNew => "nieuw", "new";
        SummaryTitle => "Samenvatting: wat wordt een verwachting?", "Summary: what becomes an expectation?";
        SummaryIntro => "{0} · {1} overgenomen · {2} afgewezen", "{0} · {1} accepted · {2} rejected";
        ProposalsOne => "1 voorstel", "1 proposal";
        ProposalsMany => "{0} voorstellen", "{0} proposals";
        SummaryNone => "Geen antwoorden om om te zetten. Druk f om af te ronden.", "No answers to turn into expectations. Press f to finish.";
        Accepted => "overgenomen", "accepted";
        Discarded => "afgewezen", "rejected";
        Undecided => "open", "undecided";
        FinishUndecidedOne => "1 voorstel is nog open en wordt niet aangemaakt. Toch afronden?",
            "1 proposal is undecided and will not be created. Finish anyway?";
        FinishUndecided => "{0} voorstellen zijn nog open en worden niet aangemaakt. Toch afronden?",
            "{0} proposals are undecided and will not be created. Finish anyway?";
        FinishedOne => "Interview afgerond: 1 verwachting aangemaakt, {1} geregistreerd",
            "Interview finished: 1 expectation created, {1} logged";
        Finished => "Interview afgerond: {0} verwachtingen aangemaakt, {1} geregistreerd",
            "Interview finished: {0} expectations created, {1} logged";
        Created => "Verwachting aangemaakt", "Expectation created";
        Whose => "van", "whose";
        Deadline => "deadline", "deadline";
        Measure => "maatstaf", "measure";
        FieldMetric => "Maatstaf", "Metric";
        FieldBaseline => "Nulmeting", "Baseline";
        FieldTarget => "Doel", "Target";
        FieldUnit => "Eenheid", "Unit";
        FieldDeadline => "Deadline", "Deadline";
        DeadlineHelp => "bijv. 2027-03-31, 31-3-2027, +3m, q2", "e.g. 2027-03-31, 31-3-2027, +3m, q2";
        Failed => "Niet gelukt: {0}", "Failed: {0}";
        DraftAside => "De database kan het concept niet opslaan (schijf vol?): het staat apart in {0} en komt terug zodra het kan",
            "The database cannot take the draft (disk full?): it is kept in {0} and goes back as soon as it can";
        DraftNowhere => "Het concept kon nergens worden bewaard; het staat nog in de editor. {0}",
            "The draft could be kept nowhere; it is still in the editor. {0}";
        PickHint => "1–9 of Enter kiezen · n nieuwe contactpersoon · Esc terug", "1–9 or Enter choose · n new person · Esc back";
        PickHintResume => "1–9 of Enter kiezen · n nieuwe contactpersoon · r verder · Esc terug", "1–9 or Enter choose · n new person · r resume · Esc back";
        TagsHint => "typ om te zoeken · Enter of spatie kiest · Esc terug", "type to filter · Enter or space picks · Esc back";
        EditorPlaceholder => "Typ wat je hoort… #tags maken het vindbaar (Ctrl-T)", "Type what you hear… #tags make it findable (Ctrl-T)";
        FormHint => "Tab volgend veld · ←/→ kiezen · Enter opslaan · Esc terug", "Tab next field · ←/→ choose · Enter save · Esc back";
        FieldsTitle => "Bij dit antwoord: deadline, maatstaf, verwacht cijfer", "With this answer: deadline, measure, expected grade";
        FieldsHint => "Ctrl-F of m: deadline, maatstaf, verwacht cijfer", "Ctrl-F or m: deadline, measure, expected grade";
        FieldsSaved => "Bij het antwoord vastgelegd: deadline, maatstaf en cijfer", "Kept with the answer: deadline, measure and grade";
        FieldsPending => "wordt bewaard bij het antwoord dat je nu typt", "kept with the answer you are typing";
        FieldsNoAnswer => "Typ eerst een antwoord of kies er een in de lijst", "Type an answer first, or select one in the list";
        NoneYet => "nog niet ingevuld", "not filled in yet";
        WithAnswer => "Bij dit antwoord", "With this answer";
        SelectDelighter => "Kies eerst een wow in de lijst", "Select a delighter in the list first";
        ReviewedAs => "Herzien: “{0}” is nu {1}", "Reviewed: “{0}” is now {1}";
        ReviewItem => "wow, gehaald sinds {0}: nu basis?", "delighter, delivered since {0}: basic by now?";
        TitleHint => "(t: titel aanpassen)", "(t: edit the title)";
        GradeShort => "cijfer {0}", "grade {0}";
        SaveFirst => "Sla het antwoord eerst op (Enter)", "Save the answer first (Enter)";
        SelectAnswer => "Kies eerst een antwoord in de lijst", "Select an answer in the list first";
        EditorNotEmpty => "Er staat nog tekst in de editor: sla die op (Enter) of wis die eerst",
            "The editor still holds text: save it (Enter) or clear it first";
        Reviewed => "bevestigd {0}", "confirmed {0}";
        Overdue => "te laat", "overdue";
        Timer => "Gesprek", "Call";
        With => "met {0}", "with {0}";
        LinkedAlready => "al een verwachting", "already an expectation";
    }
);
