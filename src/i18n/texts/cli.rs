crate::texts!(
    /// Messages of the plain-text commands.
    CliText {
        Created => "Database aangemaakt: {0}", "Database created: {0}";
        ConfigAt => "Configuratiebestand: {0} (verwacht config --print-default toont alle sleutels)",
            "Config file: {0} (verwacht config --print-default shows every key)";
        ConfigIgnored => "configuratie genegeerd, standaardwaarden gebruikt: {0}",
            "config ignored, using the defaults: {0}";
        CreatedShared => "Teamdatabase aangemaakt: {0} (lezen en schrijven voor eigenaar en groep)",
            "Team database created: {0} (read and write for owner and group)";
        FolderCreated => "Map aangemaakt: {0} (modus {1}, {2}: {3})", "Folder created: {0} (mode {1}, {2}: {3})";
        FolderShared => "lezen, schrijven en openen voor eigenaar en groep; wat erin komt hoort bij de groep",
            "read, write and enter for owner and group; what is made inside belongs to the group";
        FolderPrivate => "alleen voor jou", "yours alone";
        NoDefaultPath => "Geen standaardlocatie voor de database gevonden; geef --db PAD of VERWACHT_DB op",
            "No default location for the database; give --db PATH or set VERWACHT_DB";
        DemoLoaded => "Voorbeeld geladen: {0}, {1}, {2}, {3}",
            "Example loaded: {0}, {1}, {2}, {3}";
        DemoNotEmpty => "De database bevat al klanten; het voorbeeld hoort in een lege database (kies een ander bestand met --db)",
            "The database already holds clients; the example goes into an empty database (pick another file with --db)";
        BackupNeedsEmpty => "Een back-up terugzetten kan alleen in een lege database", "A backup can only be restored into an empty database";
        Exported => "Geëxporteerd naar {0}", "Exported to {0}";
        Error => "fout", "error";
        Repairing => "de database is niet netjes afgesloten; herstellen… {0}",
            "the database was not closed cleanly; repairing… {0}";
        Repaired => "database hersteld", "database repaired";
        Upgrading => "de database is van een oudere versie en wordt bijgewerkt (de zoekindex wordt gemaakt); bij een groot bestand duurt dat even…",
            "the database is from an older version and is being brought up to date (the search index is made); on a large file this takes a while…";
        NeedsTerminal => "het schermprogramma heeft een terminal nodig; gebruik in scripts rank, brief, search of export",
            "the full-screen program needs a terminal; for scripts use rank, brief, search or export";
    }
);
