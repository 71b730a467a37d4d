crate::texts!(
    /// Forms and messages for clients, people, experiences and time on the client screens.
    RecordText {
        NewClient => "Nieuwe klant", "New client";
        EditClient => "Klant {0} bewerken", "Edit client {0}";
        NewContact => "Nieuwe persoon bij {0}", "New person at {0}";
        EditContact => "Persoon bij {0} bewerken", "Edit person at {0}";
        NewExpectation => "Nieuwe verwachting bij {0}", "New expectation at {0}";
        EditExpectation => "Verwachting bij {0} bewerken", "Edit expectation at {0}";
        NewExperience => "Ervaring vastleggen bij {0}", "Record an experience at {0}";
        EditExperience => "Ervaring bij {0} bewerken", "Edit experience at {0}";
        NewTime => "Tijd vastleggen bij {0}", "Log time at {0}";
        EditTime => "Tijd bij {0} bewerken", "Edit time at {0}";
        StatusTitle => "Status van “{0}”", "Status of “{0}”";
        Name => "Naam", "Name";
        Revenue => "Omzet per jaar (€)", "Annual revenue (€)";
        Sector => "Sector", "Sector";
        Notes => "Notities", "Notes";
        Role => "Rol", "Role";
        Reach => "Contactgegevens", "Contact details";
        Grade => "Cijfer (1–10)", "Grade (1–10)";
        Note => "Notitie", "Note";
        Complaint => "Klacht", "Complaint";
        Resolved => "Opgelost", "Resolved";
        About => "Over", "About";
        AboutClient => "(de klant in het algemeen)", "(the client in general)";
        Whose => "Van wie", "Whose";
        Nobody => "(geen contactpersoon)", "(no contact person)";
        Minutes => "Minuten", "Minutes";
        Date => "Datum", "Date";
        NotInFuture => "die dag moet nog komen", "that day is still to come";
        Status => "Status", "Status";
        Yes => "ja", "yes";
        No => "nee", "no";
        Required => "vul dit in", "fill this in";
        BadGrade => "een cijfer van 1 tot en met 10", "a grade from 1 to 10";
        BadMinutes => "een aantal minuten van 1 tot 1440", "a number of minutes from 1 to 1440";
        Saved => "Opgeslagen: {0}", "Saved: {0}";
        Archived => "Gearchiveerd: {0} — druk op u om dit ongedaan te maken", "Archived: {0} — press u to undo";
        Deleted => "Verwijderd: {0} — druk op u om dit ongedaan te maken", "Deleted: {0} — press u to undo";
        Undone => "Ongedaan gemaakt: {0}", "Undone: {0}";
        NothingToUndo => "Niets om ongedaan te maken", "Nothing to undo";
        AskArchive => "“{0}” archiveren? Het blijft bewaard; druk daarna op u om het terug te halen.",
            "Archive “{0}”? It is kept; press u afterwards to bring it back.";
        AskRestore => "“{0}” terughalen uit het archief?", "Bring “{0}” back from the archive?";
        Unarchived => "Teruggehaald uit het archief: {0}", "Back from the archive: {0}";
        AskDelete => "“{0}” verwijderen? Druk daarna op u om het terug te halen.",
            "Delete “{0}”? Press u afterwards to bring it back.";
        NothingSelected => "Kies eerst een regel", "Select a row first";
        NotADelighter => "Alleen een wow valt te herzien", "Only a delighter can be reviewed";
        NoComplaintExpectation => "Deze klacht wijst niet naar een verwachting: koppel die eerst (e)", "This complaint points at no expectation: link one first (e)";
        NothingToRecover => "Niets te herstellen: geen open klacht en niet gemist", "Nothing to recover: no open complaint, and not missed";
        RecoverTitle => "Herstellen: “{0}” weer open", "Recover: reopen “{0}”";
        RecoveryDeadline => "Hersteld uiterlijk", "Put right by";
        ComplaintsDealtWith => "Klachten afgehandeld ({0})", "Complaints resolved ({0})";
        NotHere => "Dat kan niet op dit tabblad", "Not on this tab";
        ReadOnly => "Alleen lezen: wijzigen kan niet in dit bestand", "Read-only: this file cannot be changed";
        ConflictTitle => "Ook gewijzigd door {0}", "Also changed by {0}";
        ConflictIntro => "{0} heeft “{1}” gewijzigd terwijl jij ermee bezig was, in dezelfde velden:",
            "{0} changed “{1}” while you were working on it, in the same fields:";
        ConflictUndoIntro => "Ongedaan maken zou terugdraaien wat {0} daarna aan “{1}” veranderde:",
            "Undoing would take back what {0} changed in “{1}” since:";
        ConflictField => "{0}: jouw versie {1} · die van {2} {3}", "{0}: yours {1} · {2}'s {3}";
        ConflictOthers => "Je andere wijzigingen worden hoe dan ook opgeslagen.",
            "Your other changes are saved either way.";
        ConflictShown => "{0} heeft “{1}” intussen ook gewijzigd: kies welke versie blijft",
            "{0} also changed “{1}” meanwhile: choose which version stays";
        KeptTheirs => "De versie van {0} blijft: {1}", "{0}'s version stays: {1}";
        NothingSaved => "Niets opgeslagen", "Nothing saved";
        AskDeleteChanged => "{0} heeft “{1}” gewijzigd nadat je het zag. Toch verwijderen?",
            "{0} changed “{1}” after you saw it. Delete it anyway?";
    }
);
