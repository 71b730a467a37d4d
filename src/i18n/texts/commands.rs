crate::texts!(
    /// Messages of `rank`, `brief` and `export --format csv|md`.
    CommandText {
        BadToday => "VERWACHT_TODAY: “{0}” is geen datum (JJJJ-MM-DD)",
            "VERWACHT_TODAY: “{0}” is not a date (YYYY-MM-DD)";
        NoMatch => "geen klant past bij \"{0}\"; dichtstbij: {1}",
            "no client matches \"{0}\"; nearest: {1}";
        NoClients => "geen klant past bij \"{0}\": de database heeft nog geen klanten",
            "no client matches \"{0}\": the database holds no clients";
        Ambiguous => "\"{0}\" past bij meerdere klanten: {1}; typ meer van de naam",
            "\"{0}\" is ambiguous: {1}; type more of the name";
        AndMore => "en {0} meer", "and {0} more";
        NoSureMatch => "geen klantnaam bevat \"{0}\"; dichtstbij: {1}; geef meer van de naam",
            "no client name contains \"{0}\"; nearest: {1}; give more of the name";
        Took => "\"{0}\" opgevat als {1}", "\"{0}\" taken to mean {1}";
        CsvNeedsDir => "export --format csv schrijft een map met CSV-bestanden: geef die op met -o MAP",
            "export --format csv writes a directory of CSV files: name it with -o DIR";
        CannotCreateDir => "{0}: kan de map niet maken: {1}", "{0}: cannot create the directory: {1}";
        CsvExported => "{0} CSV-bestanden geschreven in {1}", "Wrote {0} CSV files to {1}";
        MdNeedsClient => "export --format md is het voortgangsrapport voor één klant: geef --client NAAM op",
            "export --format md is the progress report for one client: give --client NAME";
        ReportWritten => "Voortgangsrapport voor {0} geschreven naar {1}",
            "Progress report for {0} written to {1}";
        PreviewOnlyMd => "--preview geldt alleen voor --format md", "--preview applies only to --format md";
        ReportNotRecorded => "het rapport is geschreven, maar de datum ervan kon niet worden vastgelegd: {0}",
            "the report was written, but its date could not be recorded: {0}";
    }
);
