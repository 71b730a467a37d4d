//! Gemeente Zuidervaart: a municipality measured against what the neighbouring one gets.

use crate::demo::small::spec::*;
use crate::domain::{Level::*, Nature::*, Source::*, Status::*};

pub static CLIENT: ClientSpec = ClientSpec {
    name: "Gemeente Zuidervaart",
    sector: "gemeente",
    revenue: 518_000,
    notes: "Dienstverleningsovereenkomst klantcontactcentrum en digitale balie; evaluatie elk jaar in maart.",
    owner: "joris",
    since: 700,
    minutes_a_week: 150,
    contacts: &[
        contact(
            "Willem Hoekstra",
            "afdelingshoofd Publiekszaken",
            "w.hoekstra@zuidervaart.nl",
        ),
        contact(
            "Priya Ramdin",
            "contractmanager",
            "p.ramdin@zuidervaart.nl, 14 0555",
        ),
        contact(
            "Bas de Graaf",
            "beleidsadviseur dienstverlening",
            "06-28 44 19 07",
        ),
    ],
    interviews: &[InterviewSpec {
        contact: 1,
        days_ago: 97,
        by: "joris",
        minutes: 55,
        done: true,
        answers: &[
            (
                1,
                "Dat de wettelijke termijnen voor vergunningen gehaald worden is geen verwachting maar de wet. Niemand noemt het, iedereen rekent erop. #basis #onuitgesproken",
            ),
            (
                2,
                "Vanaf 1 januari moet de digitale balie ook in het Engels en in eenvoudige taal beschikbaar zijn. #deadline",
            ),
            (
                3,
                "Priya bewaakt het contract en de facturen; Willem wil vooral geen klachten van inwoners op zijn bureau. Bas denkt al aan de volgende aanbesteding.",
            ),
            (
                4,
                "Een buurgemeente werkt met een andere leverancier en vertelt overal hoe snel die antwoordt. #mond-tot-mond Daar worden wij nu mee vergeleken.",
            ),
            (
                5,
                "Vooral rationeel: cijfers, termijnen, rapportages. #rationeel Wel vindt ze het prettig als we vooraf bellen in plaats van achteraf mailen. #emotioneel",
            ),
            (
                6,
                "Inwoners verwachten sinds de coronatijd dat alles online kan, ook 's avonds. Het loket is niet meer het eerste contact. #veranderd",
            ),
            (
                7,
                "Maatstaf: 90% van de chatvragen binnen 2 minuten beantwoord; nu 71%. Evaluatie in maart. #meetbaar",
            ),
        ],
    }],
    expectations: &[
        ExpectationSpec {
            contact: 1,
            title: "Chatvragen binnen 2 minuten beantwoord",
            description: "De buurgemeente is de maatstaf geworden.",
            source: WordOfMouth,
            measure: ["chatvragen binnen 2 minuten beantwoord", "71", "90", "%"],
            due: Some(40),
            days_ago: 95,
            by: "joris",
            from: Some(0),
            changes: &[
                change(80, "joris", Edit::Status(InProgress)),
                change(40, "meryem", Edit::Current("79")),
                change(8, "meryem", Edit::Current("84")),
            ],
            experiences: &[seen(
                30,
                "joris",
                6,
                "Priya: de chat gaat beter, maar 's avonds is hij nog traag.",
            )],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 2,
            title: "Digitale balie in het Engels en in eenvoudige taal",
            source: PersonalNeed,
            level: Basic,
            measure: [
                "formulieren in het Engels en op B1-niveau",
                "0",
                "42",
                "formulieren",
            ],
            due: Some(55),
            grade: 8,
            days_ago: 95,
            by: "joris",
            from: Some(0),
            changes: &[
                change(70, "joris", Edit::Status(InProgress)),
                change(20, "daan", Edit::Current("18")),
                change(19, "daan", Edit::Target("48")),
            ],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 1,
            title: "Vooraf bellen bij storingen en wijzigingen",
            nature: Emotional,
            source: PersonalNeed,
            level: Delighter,
            measure: ["wijzigingen vooraf telefonisch gemeld", "30", "100", "%"],
            due: Some(90),
            days_ago: 94,
            by: "joris",
            from: Some(0),
            changes: &[
                change(61, "joris", Edit::Current("100")),
                change(60, "joris", Edit::Status(Exceeded)),
            ],
            experiences: &[seen(
                58,
                "joris",
                9,
                "Priya bedankte voor het telefoontje vóór de storing van vrijdag.",
            )],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 0,
            title: "Wettelijke termijnen voor vergunningen halen",
            source: Other,
            level: Basic,
            measure: ["aanvragen binnen de wettelijke termijn", "96", "100", "%"],
            due: Some(-20),
            grade: 8,
            tags: &["onuitgesproken"],
            days_ago: 94,
            by: "joris",
            changes: &[
                change(60, "meryem", Edit::Current("97")),
                change(24, "meryem", Edit::Current("94")),
            ],
            experiences: &[complaint(
                25,
                "joris",
                3,
                "Twee vergunningen over de termijn; een inwoner diende bezwaar in.",
                None,
            )],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 1,
            title: "Kwartaalrapportage klantcontact op tijd",
            source: Promise,
            measure: ["rapportage na kwartaaleinde", "15", "5", "werkdagen"],
            due: Some(-70),
            days_ago: 160,
            by: "joris",
            changes: &[
                change(120, "joris", Edit::Status(InProgress)),
                change(76, "joris", Edit::Current("19")),
                change(75, "joris", Edit::Status(Missed)),
            ],
            experiences: &[complaint(
                74,
                "joris",
                4,
                "Rapportage over het tweede kwartaal drie weken te laat; Priya moest erom vragen.",
                Some(60),
            )],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 1,
            title: "Dagelijks bijgewerkt dashboard klantcontact",
            description: "Priya wilde niet op de maandrapportage wachten. Een dashboard dat elke dag bijgewerkt is, kende ze toen van geen enkele leverancier.",
            source: PersonalNeed,
            level: Delighter,
            measure: [
                "vertraging van de cijfers in het dashboard",
                "20",
                "1",
                "werkdagen",
            ],
            due: Some(-215),
            tags: &["dashboard", "wow"],
            days_ago: 300,
            by: "joris",
            changes: &[
                change(280, "joris", Edit::Status(InProgress)),
                change(255, "daan", Edit::Current("5")),
                change(232, "daan", Edit::Current("0")),
                change(230, "joris", Edit::Status(Exceeded)),
            ],
            experiences: &[seen(
                228,
                "joris",
                9,
                "Priya liet het dashboard trots aan de wethouder zien.",
            )],
            ..EXPECTATION
        },
    ],
    experiences: &[seen(
        12,
        "meryem",
        7,
        "Evaluatiegesprek: tevreden over de samenwerking, zorgen over de chat in de avond.",
    )],
    reports: &[],
};
