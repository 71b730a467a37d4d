//! Zorggroep Het Baken: care homes where familiar faces matter more than any figure.

use crate::demo::small::spec::*;
use crate::domain::{Level::*, Nature::*, Source::*, Status::*};

pub static CLIENT: ClientSpec = ClientSpec {
    name: "Zorggroep Het Baken",
    sector: "zorg",
    revenue: 402_500,
    notes: "Facilitaire dienstverlening voor vier locaties; de verlenging wordt dit najaar besproken.",
    owner: "anouk",
    since: 540,
    minutes_a_week: 40,
    contacts: &[
        contact(
            "Annelies Mulder",
            "facilitair manager",
            "a.mulder@hetbaken.nl",
        ),
        contact(
            "Mehmet Yilmaz",
            "hoofd technische dienst",
            "m.yilmaz@hetbaken.nl",
        ),
        contact(
            "Saskia Brouwer",
            "locatiemanager De Linde",
            "06-12 90 33 58",
        ),
    ],
    interviews: &[InterviewSpec {
        contact: 0,
        days_ago: 130,
        by: "anouk",
        minutes: 42,
        done: true,
        answers: &[
            (
                1,
                "Schone, veilige gebouwen zijn voor haar zo vanzelfsprekend dat ze er pas over begint als het misgaat. #basis",
            ),
            (
                2,
                "Voor de inspectie in november moet het legionellabeheer op alle locaties aantoonbaar op orde zijn. #deadline",
            ),
            (
                3,
                "Annelies is eindverantwoordelijk, maar Saskia van De Linde spreekt de bewoners en hun familie. Zij wil vooral rust op de afdeling.",
            ),
            (
                4,
                "Bij de vorige leverancier kwamen steeds andere mensen over de vloer; dat gaf onrust bij bewoners met dementie. #eerdere-ervaring Vaste gezichten is de behoefte. #behoefte",
            ),
            (
                5,
                "Het emotionele punt is vertrouwen: ze wil niet hoeven controleren of iets gebeurd is. #emotioneel",
            ),
            (
                6,
                "Door de personeelstekorten verwacht ze meer zelfstandigheid van onze mensen dan twee jaar geleden. #veranderd",
            ),
            (
                7,
                "Meetbaar: vaste medewerkers op minstens 80% van de diensten per locatie, nu ongeveer 55%. #meetbaar",
            ),
        ],
    }],
    expectations: &[
        ExpectationSpec {
            contact: 2,
            title: "Vaste gezichten op de afdelingen",
            description: "Wisselende schoonmakers geven onrust bij bewoners met dementie.",
            nature: Emotional,
            source: EarlierExperience,
            measure: ["diensten door vaste medewerkers", "55", "80", "%"],
            due: Some(20),
            grade: 8,
            tags: &["dementie"],
            days_ago: 128,
            from: Some(0),
            changes: &[
                change(110, "anouk", Edit::Status(InProgress)),
                change(60, "sven", Edit::Current("63")),
                change(14, "sven", Edit::Current("68")),
            ],
            experiences: &[
                complaint(
                    50,
                    "anouk",
                    4,
                    "Familie van een bewoner klaagde over steeds andere schoonmakers op De Linde.",
                    Some(44),
                ),
                seen(9, "sven", 7, "Saskia: merkbaar rustiger op de gang."),
            ],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 1,
            title: "Legionellabeheer aantoonbaar op orde voor de inspectie",
            source: Other,
            level: Basic,
            measure: ["locaties met sluitend logboek", "1", "4", "locaties"],
            due: Some(-6),
            grade: 8,
            days_ago: 127,
            from: Some(0),
            changes: &[
                change(100, "sven", Edit::Status(InProgress)),
                change(30, "sven", Edit::Current("3")),
                change(12, "sven", Edit::Current("4")),
                change(5, "sven", Edit::Status(Met)),
            ],
            experiences: &[seen(
                5,
                "sven",
                8,
                "Inspectie geweest: het legionellabeheer is op alle vier locaties op orde.",
            )],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 0,
            title: "Zelf niet hoeven controleren",
            description: "Een weekbericht zonder dat Annelies erom hoeft te vragen.",
            nature: Emotional,
            source: PersonalNeed,
            level: Delighter,
            measure: ["weken met bericht zonder navraag", "40", "100", "%"],
            due: Some(100),
            days_ago: 127,
            from: Some(0),
            changes: &[
                change(110, "anouk", Edit::Status(InProgress)),
                change(75, "anouk", Edit::Current("60")),
                change(40, "anouk", Edit::Current("75")),
                change(12, "anouk", Edit::Current("90")),
            ],
            experiences: &[seen(
                11,
                "anouk",
                8,
                "Annelies: 'Ik hoef niet meer na te bellen of iets gebeurd is.'",
            )],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 2,
            title: "Schoonmaakrooster in het bewonersportaal",
            description: "Andere zorginstellingen in de regio laten het rooster aan familie zien.",
            source: WordOfMouth,
            level: Delighter,
            measure: ["locaties met rooster in het portaal", "0", "4", "locaties"],
            due: Some(30),
            days_ago: 90,
            by: "sven",
            changes: &[change(40, "anouk", Edit::Status(Dropped))],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 0,
            title: "Elk kwartaal een voortgangsrapportage",
            description: "Na de eerste rapportage vroeg Annelies er elk kwartaal een, als onderbouwing voor de verlenging.",
            source: PersonalNeed,
            measure: ["voortgangsrapportages", "1", "4", "per jaar"],
            due: Some(60),
            tags: &["rapportage", "verlenging"],
            days_ago: 28,
            ..EXPECTATION
        },
    ],
    experiences: &[seen(
        29,
        "anouk",
        8,
        "Annelies over de voortgangsrapportage: 'Eindelijk alles op één A4.' Ze wil er elk kwartaal een.",
    )],
    reports: &[30],
};
