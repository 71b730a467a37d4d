crate::texts!(
    /// Field names and messages of the expectation form.
    ExpectationText {
        Title => "Titel", "Title";
        Whose => "Van wie", "Whose";
        Nobody => "(geen contactpersoon)", "(no contact person)";
        Description => "Omschrijving", "Description";
        Current => "Stand nu", "Current level";
        ExpectedGrade => "Verwacht cijfer", "Expected grade";
        Tags => "Tags", "Tags";
        BadGrade => "een cijfer van 1 tot 10, of leeg", "a grade from 1 to 10, or empty";
        MeasurementTitle => "Nieuwe meting: {0}", "New measurement: {0}";
        MeasuredOn => "Gemeten op", "Measured on";
        ValueRequired => "vul de gemeten stand in", "enter the level measured";
        NotInFuture => "een meting ligt niet in de toekomst", "a measurement cannot be in the future";
        Nature => "Aard", "Nature";
        Source => "Bron", "Source";
        Level => "Waardeniveau", "Value level";
        Status => "Status", "Status";
        TitleRequired => "vul een titel in", "enter a title";
        MetricRequired => "noem eerst wat je meet", "name what you measure first";
        NewTitle => "Nieuwe verwachting van {0}", "New expectation from {0}";
        EditTitle => "Verwachting bijwerken", "Update expectation";
        ProposalTitle => "Voorstel {0} van {1}", "Proposal {0} of {1}";
        Updated => "Verwachting bijgewerkt", "Expectation updated";
    }
);
