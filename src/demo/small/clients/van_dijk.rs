//! Van Dijk Installatietechniek: an installer whose night line failed once, after months of
//! doing fine.

use crate::demo::small::spec::*;
use crate::domain::{Level::*, Nature::*, Source::*, Status::*};

pub static CLIENT: ClientSpec = ClientSpec {
    name: "Van Dijk Installatietechniek B.V.",
    sector: "installatietechniek",
    revenue: 261_000,
    notes: "Wij doen hun planning, het klantcontact en de storingslijn buiten kantooruren.",
    owner: "daan",
    since: 460,
    minutes_a_week: 95,
    contacts: &[
        contact("Gerrit van Dijk", "eigenaar", "06-51 72 08 44"),
        contact(
            "Lotte Kramer",
            "projectleider",
            "l.kramer@vandijkinstallatie.nl",
        ),
        contact(
            "Youssef Ouali",
            "servicecoördinator",
            "y.ouali@vandijkinstallatie.nl",
        ),
    ],
    interviews: &[InterviewSpec {
        contact: 0,
        days_ago: 45,
        by: "daan",
        minutes: 38,
        done: true,
        answers: &[
            (
                1,
                "Dat de telefoon 's nachts opgenomen wordt, vindt Gerrit net zo gewoon als stroom uit het stopcontact. #basis",
            ),
            (
                2,
                "Binnen drie maanden wil hij dat monteurs hun werkbon op de tablet afronden en dat de factuur dezelfde dag de deur uit gaat.",
            ),
            (
                3,
                "Gerrit denkt in omzet en monteursuren; Youssef wil vooral dat de planning niet elke ochtend omgegooid wordt.",
            ),
            (
                4,
                "Hij hoorde van een collega-installateur dat wij daar ook de planning doen en dat dat goed bevalt. #mond-tot-mond",
            ),
            (
                5,
                "Gerrit is zakelijk #rationeel, maar hecht aan een vast aanspreekpunt dat zijn bedrijf kent. #emotioneel",
            ),
            (
                6,
                "Zijn klanten verwachten tegenwoordig een bevestiging per app met een foto van de monteur. Twee jaar geleden vroeg niemand daarom. #veranderd #wow",
            ),
            (
                7,
                "Maatstaf: van werkbon tot factuur binnen 1 werkdag, nu gemiddeld 9. #meetbaar",
            ),
        ],
    }],
    expectations: &[
        ExpectationSpec {
            contact: 0,
            title: "Van werkbon tot factuur binnen één werkdag",
            source: PersonalNeed,
            measure: ["doorlooptijd werkbon tot factuur", "9", "1", "werkdagen"],
            due: Some(80),
            days_ago: 44,
            by: "daan",
            from: Some(0),
            changes: &[
                change(30, "daan", Edit::Status(InProgress)),
                change(22, "daan", Edit::Current("6")),
                change(10, "joris", Edit::Current("4")),
            ],
            experiences: &[seen(
                11,
                "daan",
                8,
                "Gerrit: de facturen gaan nu binnen een week de deur uit.",
            )],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 0,
            title: "Storingslijn 's nachts altijd bereikbaar",
            source: Promise,
            level: Basic,
            measure: [
                "nachtelijke oproepen binnen 30 seconden aangenomen",
                "97",
                "99",
                "%",
            ],
            due: Some(200),
            grade: 8,
            tags: &["belofte", "storingslijn"],
            days_ago: 400,
            by: "daan",
            changes: &[
                change(380, "daan", Edit::Status(InProgress)),
                change(300, "daan", Edit::Current("98")),
                change(201, "daan", Edit::Current("99")),
                change(200, "daan", Edit::Status(Met)),
                change(16, "fleur", Edit::Current("96")),
                change(15, "fleur", Edit::Status(InProgress)),
                change(15, "fleur", Edit::Due(10)),
            ],
            experiences: &[
                seen(
                    150,
                    "daan",
                    8,
                    "Halfjaargesprek: geen gemiste nachtelijke oproepen.",
                ),
                complaint(
                    16,
                    "daan",
                    2,
                    "Zaterdagnacht 40 minuten geen gehoor op de storingslijn; een klant zat zonder verwarming.",
                    None,
                ),
            ],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 0,
            title: "Een vast aanspreekpunt dat het bedrijf kent",
            nature: Emotional,
            source: PersonalNeed,
            measure: ["wisselingen van aanspreekpunt", "2", "0", "per jaar"],
            due: Some(180),
            days_ago: 43,
            by: "daan",
            from: Some(0),
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 2,
            title: "Bevestiging per app met foto van de monteur",
            nature: Emotional,
            source: EarlierExperience,
            level: Delighter,
            measure: ["afspraken met app-bevestiging", "0", "90", "%"],
            due: Some(120),
            tags: &["wow"],
            days_ago: 43,
            by: "daan",
            from: Some(0),
            ..EXPECTATION
        },
    ],
    experiences: &[],
    reports: &[],
};
