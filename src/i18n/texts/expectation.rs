crate::texts!(
    /// Field names and messages of the expectation form.
    ExpectationText {
        Title => "Titel", "Title";
        Whose => "Van wie", "Whose";
        Nobody => "(niemand in het bijzonder)", "(nobody in particular)";
        Nature => "Aard", "Nature";
        Source => "Bron", "Source";
        Level => "Waardeniveau", "Value level";
        Status => "Status", "Status";
        TitleRequired => "vul een titel in", "enter a title";
        MetricRequired => "noem eerst wat je meet", "name what you measure first";
        NewTitle => "Nieuwe verwachting van {0}", "New expectation of {0}";
        EditTitle => "Verwachting bijwerken", "Update expectation";
        ProposalTitle => "Voorstel {0} van {1}", "Proposal {0} of {1}";
        Updated => "Verwachting bijgewerkt", "Expectation updated";
    }
);
