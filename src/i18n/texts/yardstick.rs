crate::texts!(
    /// The yardstick and the gap, in words: on the expectation screen, in briefings and in the
    /// progress report.
    YardstickText {
        Target => "doel {0}", "target {0}";
        Now => "nu {0}", "now {0}";
        Progress => "{0} op weg naar het doel", "{0} of the way";
        Reached => "doel gehaald", "target reached";
        WrongWay => "de verkeerde kant op", "going the wrong way";
        Gap => "verschil {0}", "gap {0}";
        GapOf => "cijfer {0} tegen verwacht {1}: verschil {2}, {3}", "grade {0} against {1} expected: gap {2}, {3}";
        Disappointed => "teleurgesteld", "disappointed";
        Met => "precies waargemaakt, dus inwisselbaar", "met exactly, and so interchangeable";
        JustAbove => "net boven de lat: zo wil je het", "just above the bar: the sweet spot";
        TooFarAbove => "ruim erboven: verwachting te laag gezet of meer gedaan dan nodig", "far above: expectation set too low, or more invested than needed";
        NoExpectedGrade => "geen verwacht cijfer: vraag welk cijfer de klant wil kunnen geven", "no expected grade: ask which grade the client wants to be able to give";
        NoExperience => "nog geen ervaring vastgelegd", "no experience recorded yet";
        RepairOne => "Nog niet goedgemaakt: na de slechte ervaring is nog 1 goede nodig", "Not yet made good: 1 more good experience is needed after the bad one";
        RepairMany => "Nog niet goedgemaakt: na de slechte ervaringen zijn nog {0} goede nodig", "Not yet made good: {0} more good experiences are needed after the bad ones";
    }
);
