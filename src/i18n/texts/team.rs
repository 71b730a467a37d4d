crate::texts!(
    /// Messages about sharing the file with a team: stopping on a signal, crashes.
    TeamText {
        Stopped => "gestopt door {0}", "stopped by {0}";
        DraftKept => "het concept is bewaard", "the draft is saved";
        DraftLost => "het concept kon niet worden bewaard: {0}", "the draft could not be saved: {0}";
        DraftAside => "de database kon het concept niet opslaan; het staat apart in {0} en wordt bij de volgende start teruggezet",
            "the database could not take the draft; it is kept in {0} and put back at the next start";
        DraftsStillAside => "nog apart bewaard in {1}: {0}; de database kan ze nog niet opslaan",
            "still kept in {1}: {0}; the database cannot take them yet";
        Crashed => "onverwacht gestopt: interne fout ({0})",
            "stopped unexpectedly: internal error ({0})";
        Details => "details in {0}", "details in {0}";
        NoDetails => "er kon geen verslag worden geschreven", "no report could be written";
        CreatedBy => "aangemaakt: {0} {1}", "created: {0} {1}";
        ChangedBy => "gewijzigd: {0} {1}", "changed: {0} {1}";
    }
);
