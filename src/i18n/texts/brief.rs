crate::texts!(
    /// The briefing of a client: on the home screen, the client screen and `verwacht brief`.
    BriefText {
        Title => "Briefing", "Briefing";
        Header => "{0} — klasse {1} · omzet {2} ({3}, cumulatief {4}) · prioriteit {5}",
            "{0} — class {1} · revenue {2} ({3}, cumulative {4}) · priority {5}";
        Sector => "Sector: {0}", "Sector: {0}";
        People => "Contactpersonen en wat ze verwachten", "People and what they expect";
        NoPeople => "Nog niemand vastgelegd.", "Nobody recorded yet.";
        Person => "{0} ({1}): {2}", "{0} ({1}): {2}";
        PersonNoRole => "{0}: {1}", "{0}: {1}";
        OpenCount => "{0} open", "{0} open";
        NotAsked => "nog niet gevraagd", "not asked yet";
        Unassigned => "(geen contactpersoon)", "(no contact person)";
        Open => "Open verwachtingen, op volgorde van deadline", "Open expectations, by deadline";
        NoOpen => "Geen open verwachtingen.", "No open expectations.";
        NoDeadline => "geen deadline", "no deadline";
        OverdueMark => "TE LAAT", "OVERDUE";
        LastInterview => "Laatste interview", "Last interview";
        NoInterview => "Nog geen interview gehouden.", "No interview held yet.";
        InterviewLine => "{0} met {1}: {2}, stap {3} van 7 ({4})",
            "{0} with {1}: {2}, step {3} of 7 ({4})";
        InProgress => "nog bezig", "in progress";
        Completed => "afgerond", "completed";
        Abandoned => "afgebroken", "abandoned";
        Judgement => "Oordeel", "Judgement";
        GradeLine => "Laatste cijfer {0} op {1}", "Latest grade {0} on {1}";
        NoGrade => "Nog geen cijfer.", "No grade yet.";
        Complaints => "Eerst herstellen: open klachten", "Recover first: open complaints";
        About => " — over “{0}”", " — about “{0}”";
        GradeOf => "cijfer {0}", "grade {0}";
        Today => "vandaag", "today";
        OneDayOld => "1 dag oud", "1 day old";
        DaysOld => "{0} dagen oud", "{0} days old";
        Changes => "Recente wijzigingen", "Recent changes";
        NoChanges => "Nog geen wijzigingen.", "No changes yet.";
        ChangeLine => "{0} · {1}: {2}", "{0} · {1}: {2}";
        ChangeWhat => "{1} “{2}” {0}", "{0} {1} “{2}”";
        Review => "Wow om te herzien (langer dan {0} geleden gehaald)",
            "Delighters due for review (delivered more than {0} ago)";
        ReviewLine => "{0} — gehaald sinds {1}: is dit inmiddels basis?", "{0} — delivered since {1}: is this a basic by now?";
        Time => "Tijd besteed (laatste {0}): {1} · {2} van al je tijd, {3} van de omzet",
            "Time spent (last {0}): {1} · {2} of all your time, {3} of revenue";
        TimeUnder => " — {0}× het omzetaandeel: te weinig tijd", " — {0}× its revenue share: too little time";
        TimeOver => " — {0}× het omzetaandeel: veel meer tijd dan de omzet vraagt", " — {0}× its revenue share: far more time than its revenue asks";
        TimeNoRevenue => " — tijd zonder omzet", " — time without revenue";
        NoTime => "Nog geen tijd geregistreerd: het 80/20-antwoord volgt zodra je tijd logt.", "No time logged yet: the 80/20 answer follows once you log time.";
        Hours => "u", "h";
        Created => "aangemaakt", "created";
        Logged => "vastgelegd", "logged";
        Updated => "gewijzigd", "updated";
        Archived => "gearchiveerd", "archived";
        Restored => "teruggezet", "restored";
        Deleted => "verwijderd", "deleted";
        Reported => "voortgangsrapport gemaakt voor", "progress report made for";
        KindClient => "klant", "client";
        KindContact => "contactpersoon", "contact person";
        KindInterview => "interview", "interview";
        KindAnswer => "antwoord", "answer";
        KindExpectation => "verwachting", "expectation";
        KindExperience => "ervaring", "experience";
        KindTime => "tijd", "time";
    }
);
