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
        Since => "sinds {0}", "since {0}";
        Deadline => "Deadline", "Deadline";
        IsArchived => "Gearchiveerd: telt niet meer mee.", "Archived: no longer counted.";
        ReviewDue => "Wow die sinds {0} gehaald is: is dit inmiddels basis? Druk op w om te herzien.", "A delighter delivered since {0}: is this a basic by now? Press w to review.";
        Yardstick => "Maatstaf", "Yardstick";
        NoMeasure => "Nog geen maatstaf: wat meet je, vanaf welke nulmeting, naar welk doel? Druk op e.", "No measure yet: what do you measure, from which baseline, to which target? Press e.";
        Measurements => "Metingen", "Measurements";
        Judgement => "Oordeel", "Judgement";
        Experiences => "Ervaringen en klachten ({0})", "Experiences and complaints ({0})";
        NoExperiences => "Nog geen ervaring vastgelegd: druk op r.", "No experience recorded yet: press r.";
        ComplaintOpen => "klacht, open", "complaint, open";
        ComplaintResolved => "klacht, afgehandeld", "complaint, resolved";
        GradeValue => "cijfer {0}", "grade {0}";
        History => "Geschiedenis", "History";
        ScreenTitle => "Verwachting", "Expectation";
        ReviewQuestion => "“{0}” was een wow en is gehaald sinds {1}. Wat je vandaag verrast, vindt de klant morgen gewoon. Is het inmiddels basis?", "“{0}” was a delighter, delivered since {1}. Today's wow is tomorrow's basic: is it a basic by now?";
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
