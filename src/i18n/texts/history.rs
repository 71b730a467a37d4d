crate::texts!(
    /// An expectation's history in words: field names people say, values as they read them.
    HistoryText {
        Title => "titel", "title";
        Description => "omschrijving", "description";
        Contact => "van wie", "whose";
        Nature => "aard", "nature";
        Source => "bron", "source";
        Level => "waardeniveau", "value level";
        Metric => "maatstaf", "metric";
        Baseline => "nulmeting", "baseline";
        Target => "doel", "target";
        Unit => "eenheid", "unit";
        Current => "stand nu", "current level";
        Deadline => "deadline", "deadline";
        Status => "status", "status";
        ExpectedGrade => "verwacht cijfer", "expected grade";
        Tags => "tags", "tags";
        Archived => "gearchiveerd", "archived";
        Reviewed => "bevestigd", "confirmed";
        Point => "meting", "measurement";
        Empty => "leeg", "empty";
        Created => "aangemaakt", "created";
        Entry => "{0} · {1}: {2}", "{0} · {1}: {2}";
        Change => "{0} {1} → {2}", "{0} {1} → {2}";
        Set => "{0} {1}", "{0} {1}";
        Added => "{0} {1} toegevoegd", "{0} {1} added";
        Removed => "{0} {1} weggehaald", "{0} {1} taken away";
        Yes => "ja", "yes";
        No => "nee", "no";
    }
);
