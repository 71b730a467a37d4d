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
        Summary => "{0} · A {1} · B {2} · C {3} · totale omzet {4}",
            "{0} · A {1} · B {2} · C {3} · total revenue {4}";
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
        DaysShort => "Dgn", "Days";
        Overdue => "Te laat", "Overdue";
        Days => "Dagen", "Days";
        Grade => "Cijfer", "Grade";
        Priority => "Prio", "Prio";
        TimeLow => "Tijd", "Time";
        TimeLowMark => "▼", "▼";
        TimeHighMark => "▲", "▲";
        ListRebuilt => "De lijst van klanten liep niet gelijk met de klanten en is opnieuw opgebouwd",
            "The client list's table was out of step with the clients and has been built anew";
        SharesLine => "{0} ({1}) · {2} van de omzet", "{0} ({1}) · {2} of revenue";
        SharesTime => " · {0} van je tijd", " · {0} of your time";
        SharesNoTime => " · nog geen tijd gelogd", " · no time logged yet";
        SharesUnder => "▼ te weinig tijd", "▼ too little time";
        SharesOver => "▲ te veel tijd", "▲ too much time";
        SharesFair => "in verhouding", "in proportion";
        SharesWork => " · {0} open, {1} te laat", " · {0} open, {1} overdue";
        BandOne => "eerst herstellen: 1 met klacht", "recover first: 1 with a complaint";
        BandMany => "eerst herstellen: {0} met klacht", "recover first: {0} with a complaint";
        BandMark => "!{0}d ", "!{0}d ";
        Complaint => "Klacht", "Complaint";
        ComplaintAge => "{0} d", "{0} d";
        Clients => "Klanten", "Clients";
        ClassLong => "Klasse", "Class";
        ClientShare => "Klanten %", "Clients %";
        RevenueShare => "Omzet %", "Revenue %";
        TimeShare => "Tijd % ({0} d)", "Time % ({0} d)";
        Verdict => "Tijd t.o.v. omzet", "Time vs revenue";
        VerdictUnder => "{0}× — te weinig", "{0}× — too little";
        VerdictOver => "{0}× — te veel", "{0}× — too much";
        VerdictFair => "{0}× — in verhouding", "{0}× — in proportion";
        VerdictNoRevenue => "tijd zonder omzet", "time without revenue";
        Total => "Totaal", "Total";
        ClassAnswer => "{0}: {1} van de klanten · {2} van de omzet · {3} van je tijd", "{0}: {1} of clients · {2} of revenue · {3} of your time";
        ClassAnswerNoTime => "{0}: {1} van de klanten · {2} van de omzet", "{0}: {1} of clients · {2} of revenue";
        NoTimeYet => "Nog geen tijd geregistreerd: leg tijd vast om te zien waar je tijd heen gaat.", "No time logged yet: log time to see where your time goes.";
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
        BreakdownTitle => "Waarom {0} op deze plek staat: prioriteit {1}", "Why {0} ranks here: priority {1}";
        BreakdownValueLine => "Waarde: {0} van de omzet = {1}× een gemiddelde klant ({2})", "Value: {0} of revenue = {1}× an average client ({2})";
        BreakdownUrgencyTitle => "Urgentie", "Urgency";
        BreakdownValue => "waarde", "value";
        BreakdownWeight => "gewicht", "weight";
        BreakdownPoints => "punten", "points";
        BreakdownUrgency => "urgentie", "urgency";
        BreakdownFormula => "prioriteit = waarde × urgentie = {0} × {1} = {2}", "priority = value × urgency = {0} × {1} = {2}";
        BreakdownEmpty => "Niets dat aandacht vraagt.", "Nothing that needs attention.";
        BreakdownHint => "Gewichten instellen in config.toml onder [priority] · Esc sluit", "Set the weights in config.toml under [priority] · Esc closes";
        FactorComplaint => "open klacht wijst erop", "an open complaint points at it";
        FactorMissed => "gemist, nog niet hersteld", "missed, not yet recovered";
        FactorNegativeGap => "ervaring onder verwachting", "experience below expectation";
        FactorOverdue => "te laat", "overdue";
        FactorDueSoon => "deadline binnen {0}", "due within {0}";
        FactorOpen => "open", "open";
        FactorNegativeExperiences => "slechte ervaringen nog niet goedgemaakt", "bad experiences not yet made good";
        FactorDays => "dagen sinds laatste contact", "days since last contact";
        FactorTimeShort => "deel van zijn tijdaandeel niet gekregen", "part of its fair share of time not given";
        FactorTimeOver => "keer zijn omzetaandeel boven de grens", "times its revenue share above the limit";
        ChartTitle => "Pareto: omzet en tijd per klant, cumulatief", "Pareto: revenue and time per client, cumulative";
        ChartLegend => "█ omzetaandeel per klant (hoogste eerst) · ⠤ cumulatieve omzet · • cumulatieve tijd · ─ 80% en 95%",
            "█ revenue share per client (highest first) · ⠤ cumulative revenue · • cumulative time · ─ 80% and 95%";
    }
);
