crate::texts!(
    /// The client screen.
    ClientText {
        TabBriefing => "Briefing", "Briefing";
        TabPeople => "Contactpersonen", "People";
        TabExpectations => "Verwachtingen", "Expectations";
        TabInterviews => "Interviews", "Interviews";
        TabExperiences => "Ervaringen", "Experiences";
        TabTimeline => "Tijdlijn", "Timeline";
        Name => "Naam", "Name";
        Role => "Rol", "Role";
        Reach => "Contactgegevens", "Contact details";
        OpenCount => "Open", "Open";
        NotAsked => "nog niet gevraagd", "not asked yet";
        ArchivedMark => "gearchiveerd", "archived";
        ArchivedShown => "met archief", "archive shown";
        Status => "Status", "Status";
        Level => "Niveau", "Level";
        Title => "Titel", "Title";
        Whose => "Van wie", "Whose";
        Deadline => "Deadline", "Deadline";
        Date => "Datum", "Date";
        Step => "Stap", "Step";
        Answers => "Antwoorden", "Answers";
        Duration => "Duur", "Duration";
        By => "Door", "By";
        Grade => "Cijfer", "Grade";
        Complaint => "Klacht", "Complaint";
        ComplaintOpen => "open", "open";
        ComplaintResolved => "opgelost", "resolved";
        Note => "Notitie", "Note";
        Change => "Wijziging (wanneer, wie, wat)", "Change (when, who, what)";
        Empty => "Nog niets vastgelegd.", "Nothing recorded yet.";
    }
);
