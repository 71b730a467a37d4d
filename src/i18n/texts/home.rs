crate::texts!(
    /// The client list (home screen).
    HomeText {
        Title => "Klanten", "Clients";
        Rank => "#", "#";
        Class => "Kl", "Cl";
        Name => "Naam", "Name";
        Revenue => "Omzet", "Revenue";
        Share => "Aandeel", "Share";
        Cumulative => "Cumulatief", "Cumulative";
        Summary => "{0} klanten · A {1} · B {2} · C {3} · totale omzet {4}",
            "{0} clients · A {1} · B {2} · C {3} · total revenue {4}";
        EmptyTitle => "Nog geen klanten", "No clients yet";
        EmptyIntro => "Deze database is leeg. Zo begin je:", "This database is empty. To start:";
        EmptyDemo => "verwacht demo                     laad een realistisch voorbeeld",
            "verwacht demo                     load a realistic example";
        EmptyImport => "verwacht import clients FILE.csv  importeer je klantenlijst (naam,omzet[,sector])",
            "verwacht import clients FILE.csv  import your client list (name,revenue[,sector])";
        EmptyQuit => "Druk op q om te stoppen en een van de opdrachten uit te voeren.",
            "Press q to quit and run one of the commands.";
        TooSmall => "Venster te klein: minstens {0}×{1} nodig (nu {2}×{3})",
            "Window too small: needs at least {0}×{1} (now {2}×{3})";
        HintMove => "bewegen", "move";
        HintQuit => "stoppen", "quit";
        ReadOnlyBanner => "ALLEEN LEZEN", "READ-ONLY";
        Open => "Open", "Open";
        ShareShort => "Aand.", "Share";
        CumulativeShort => "Cum.", "Cum.";
        DaysShort => "Dgn", "Days";
        GradeShort => "Cijf", "Grd";
        Overdue => "Laat", "Late";
        Days => "Dagen", "Days";
        Grade => "Cijfer", "Grade";
        Priority => "Prio", "Prio";
        TimeLow => "Tijd", "Time";
        TimeLowMark => "▼", "▼";
        SortedBy => "sortering: {0}", "sorted by: {0}";
        SortPriority => "prioriteit", "priority";
        SortRevenue => "omzet", "revenue";
        SortName => "naam", "name";
        SortLastContact => "laatste contact", "last contact";
        SortOverdue => "te laat", "overdue";
        FilterClass => "klasse {0}", "class {0}";
        FilterText => "filter “{0}”", "filter “{0}”";
        FilterPrompt => "Filter op naam of sector (Enter houden, Esc wissen): ", "Filter by name or sector (Enter keep, Esc clear): ";
        NoMatch => "Geen klanten die aan het filter voldoen. Esc of c wist het filter.", "No clients match the filter. Esc or c clears it.";
        BreakdownTitle => "Waarom {0} bovenaan staat: prioriteit {1}", "Why {0} ranks here: priority {1}";
        BreakdownValue => "waarde", "value";
        BreakdownWeight => "gewicht", "weight";
        BreakdownPoints => "punten", "points";
        BreakdownTotal => "totaal", "total";
        BreakdownEmpty => "Geen factoren: prioriteit 0.", "No factors: priority 0.";
        BreakdownHint => "Gewichten instellen in config.toml onder [priority] · Esc sluit", "Set the weights in config.toml under [priority] · Esc closes";
        FactorClass => "omzetklasse {0}", "revenue class {0}";
        FactorOpenBasic => "open basisverwachtingen", "open basic expectations";
        FactorOpenPerformance => "open prestatieverwachtingen", "open performance expectations";
        FactorOpenDelighter => "open verrassingen", "open delighters";
        FactorOverdue => "deadlines verstreken", "deadlines passed";
        FactorDueSoon => "deadlines binnenkort", "deadlines soon";
        FactorNegativeGap => "punten onder verwachting", "points below expectation";
        FactorOpenComplaints => "open klachten", "open complaints";
        FactorPositive => "positieve ervaringen", "positive experiences";
        FactorDays => "dagen sinds laatste contact", "days since last contact";
        FactorTime => "procentpunt tijd onder omzetaandeel", "percentage points of time below revenue share";
        ChartTitle => "Pareto: omzet per klant en cumulatief aandeel", "Pareto: revenue per client and cumulative share";
        ChartLegend => "█ omzetaandeel per klant (hoogste eerst)  ⠤ cumulatief aandeel  ─ 80% en 95%",
            "█ revenue share per client (highest first)  ⠤ cumulative share  ─ 80% and 95%";
        ChartClass => "{0}: {1} klanten, {2} van de omzet", "{0}: {1} clients, {2} of revenue";
    }
);
