crate::texts!(
    /// The briefing of a client: on the home screen, the client screen and `verwacht brief`.
    BriefText {
        Title => "Briefing", "Briefing";
        Header => "{0} — klasse {1} · omzet {2} ({3}, cumulatief {4}) · prioriteit {5}",
            "{0} — class {1} · revenue {2} ({3}, cumulative {4}) · priority {5}";
        Sector => "Sector: {0}", "Sector: {0}";
        People => "Mensen en wat ze verwachten", "People and what they expect";
        NoPeople => "Nog niemand vastgelegd.", "Nobody recorded yet.";
        Person => "{0} ({1}): {2} open", "{0} ({1}): {2} open";
        PersonNoRole => "{0}: {1} open", "{0}: {1} open";
        Unassigned => "(niemand in het bijzonder)", "(nobody in particular)";
        Open => "Open verwachtingen, op deadline", "Open expectations, by deadline";
        NoOpen => "Geen open verwachtingen.", "No open expectations.";
        NoDeadline => "geen deadline", "no deadline";
        OverdueMark => "TE LAAT", "OVERDUE";
        LastInterview => "Laatste interview", "Last interview";
        NoInterview => "Nog geen interview gehouden: druk i om er een te beginnen.",
            "No interview held yet: press i to start one.";
        InterviewLine => "{0} met {1}: {2} antwoorden, stap {3} van 7 ({4})",
            "{0} with {1}: {2} answers, step {3} of 7 ({4})";
        InProgress => "nog bezig", "in progress";
        Completed => "afgerond", "completed";
        Judgement => "Oordeel", "Judgement";
        GradeLine => "Laatste cijfer {0} op {1}", "Latest grade {0} on {1}";
        NoGrade => "Nog geen cijfer.", "No grade yet.";
        GapLine => "Gat (ervaring − verwachting): {0}", "Gap (experience − expectation): {0}";
        Complaints => "Open klachten", "Open complaints";
        NoComplaints => "Geen open klachten.", "No open complaints.";
        Changes => "Recente wijzigingen", "Recent changes";
        NoChanges => "Nog geen wijzigingen.", "No changes yet.";
        ChangeLine => "{0} {1}: {2} {3} “{4}”", "{0} {1}: {2} {3} “{4}”";
        Review => "Verrassingen om te herzien (ouder dan {0} dagen)",
            "Delighters due for review (older than {0} days)";
        ReviewLine => "{0} — sinds {1}: is dit inmiddels basis?", "{0} — since {1}: is this a basic by now?";
        Time => "Tijd besteed (laatste {0} dagen): {1} min · {2} van alle tijd, {3} van de omzet",
            "Time spent (last {0} days): {1} min · {2} of all time, {3} of revenue";
        Created => "aangemaakt", "created";
        Updated => "gewijzigd", "updated";
        Archived => "gearchiveerd", "archived";
        Restored => "teruggezet", "restored";
        Deleted => "verwijderd", "deleted";
        Reported => "voortgangsrapport gemaakt voor", "progress report made for";
        KindClient => "klant", "client";
        KindContact => "persoon", "person";
        KindInterview => "interview", "interview";
        KindAnswer => "antwoord", "answer";
        KindExpectation => "verwachting", "expectation";
        KindExperience => "ervaring", "experience";
        KindTime => "tijd", "time";
    }
);
