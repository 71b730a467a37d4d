crate::texts!(
    /// The progress report a user sends to a client (`export --format md --client NAME`):
    /// plain words, none of the program's own terms.
    ReportText {
        Title => "Voortgangsrapportage {0}", "Progress report {0}";
        Date => "Datum: {0}", "Date: {0}";
        Intro => "Wat u en uw collega’s van ons verwachten, en waar het nu staat.",
            "What you and your colleagues expect from us, and where it stands.";
        General => "Algemeen", "General";
        NoExpectations => "Er zijn nog geen verwachtingen vastgelegd.",
            "No expectations have been recorded yet.";
        Deadline => "uiterlijk {0}", "due {0}";
        Measure => "Maatstaf: {0}", "Measure: {0}";
        Now => "nu {0}", "now {0}";
        Changes => "Wat er is veranderd sinds de vorige rapportage", "What changed since the last report";
        ChangesSince => "Wat er is veranderd sinds de vorige rapportage ({0})",
            "What changed since the last report ({0})";
        FirstReport => "Dit is de eerste rapportage.", "This is the first report.";
        NothingChanged => "Er is niets veranderd.", "Nothing has changed.";
        New => "Nieuw: {0}", "New: {0}";
        Changed => "{0}: {1}", "{0}: {1}";
        StatusNow => "status nu {0}", "status now {0}";
        DeadlineNow => "deadline nu {0}", "deadline now {0}";
        DeadlineRemoved => "geen deadline meer", "deadline removed";
        MeasureUpdated => "maatstaf of stand bijgewerkt", "measure or level updated";
        Renamed => "nieuwe titel", "renamed";
        DescriptionUpdated => "omschrijving bijgewerkt", "description updated";
        PersonNow => "nu bij {0}", "now with {0}";
        NoLongerTracked => "{0}: niet langer op de lijst", "{0}: no longer on the list";
        Conversation => "Gesprek met {0} op {1}", "Conversation with {0} on {1}";
        ComplaintDealtWith => "Uw klacht van {0} is afgehandeld", "Your complaint from {0} has been resolved";
    }
);
