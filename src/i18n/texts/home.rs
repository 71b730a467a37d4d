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
    }
);
