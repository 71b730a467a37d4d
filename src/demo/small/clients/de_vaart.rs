//! Woonstichting De Vaart: the biggest client, and the one that gets the least time per euro.

use crate::demo::small::spec::*;
use crate::domain::{Level::*, Nature::*, Source::*, Status::*};

pub static CLIENT: ClientSpec = ClientSpec {
    name: "Woonstichting De Vaart",
    sector: "woningcorporatie",
    revenue: 762_400,
    notes: "Raamcontract onderhoud en klantcontact voor 6.400 huurwoningen; loopt tot eind volgend jaar.",
    owner: "anouk",
    since: 820,
    minutes_a_week: 35,
    contacts: &[
        contact(
            "Marieke de Vries",
            "directeur-bestuurder",
            "m.devries@devaart.nl",
        ),
        contact(
            "Jeroen Bakker",
            "manager vastgoed",
            "j.bakker@devaart.nl, 06-21 48 90 13",
        ),
        contact(
            "Fatima el Amrani",
            "teamleider klantcontact",
            "06-41 27 83 90",
        ),
        contact("Henk Postma", "inkoper", "h.postma@devaart.nl"),
    ],
    interviews: &[
        InterviewSpec {
            contact: 1,
            days_ago: 64,
            by: "anouk",
            minutes: 48,
            done: true,
            answers: &[
                (
                    1,
                    "Dat een storing aan de cv-ketel binnen een dag verholpen is, zegt hij niet eens meer: dat is voor hem vanzelfsprekend. #basis #onuitgesproken",
                ),
                (
                    2,
                    "Vóór de zomer wil hij de achterstand in planmatig onderhoud in de Rivierbuurt weggewerkt hebben; daarna begint de renovatie.",
                ),
                (
                    3,
                    "Jeroen kijkt naar doorlooptijden en kosten. Fatima van klantcontact let op hoe huurders het ervaren. Die twee verwachten echt iets anders.",
                ),
                (
                    4,
                    "Bij de aanbesteding is 'binnen 24 uur ter plaatse' beloofd #belofte. De vorige leverancier haalde dat zelden, daar zijn ze nog wantrouwig over. #eerdere-ervaring",
                ),
                (
                    5,
                    "Vooral rationeel: planning en kosten #rationeel. Maar hij zei ook: 'Ik wil niet zelf achter jullie monteurs aan hoeven bellen.' #emotioneel",
                ),
                (
                    6,
                    "Huurders verwachten tegenwoordig een tijdvak van twee uur en een bericht als de monteur onderweg is, zoals bij pakketbezorging. #veranderd",
                ),
                (
                    7,
                    "Maatstaf: storingen binnen 24 uur verholpen, nu 78%, doel 95% vanaf het derde kwartaal. Maandelijks rapporteren. #meetbaar",
                ),
            ],
        },
        InterviewSpec {
            contact: 2,
            days_ago: 21,
            by: "fleur",
            minutes: 26,
            done: false,
            answers: &[
                (
                    1,
                    "Huurders verwachten dat ze één keer bellen en dat het dan geregeld is. #basis",
                ),
                (
                    2,
                    "Over een halfjaar wil ze minder terugbellers over dezelfde melding; nu belt ongeveer één op de vijf huurders opnieuw.",
                ),
                (
                    3,
                    "Fatima spreekt namens haar team van twaalf medewerkers: zij krijgen de boze telefoontjes als een afspraak niet doorgaat. #persoonlijk",
                ),
            ],
        },
    ],
    expectations: &[
        ExpectationSpec {
            contact: 1,
            title: "Storingen binnen 24 uur verholpen",
            description: "Beloofd bij de aanbesteding; de vorige leverancier haalde het niet.",
            nature: Rational,
            source: Promise,
            level: Basic,
            measure: ["storingen binnen 24 uur verholpen", "78", "95", "%"],
            due: Some(-9),
            grade: 8,
            tags: &["belofte", "storingen"],
            days_ago: 63,
            from: Some(0),
            changes: &[
                change(50, "anouk", Edit::Status(InProgress)),
                change(30, "joris", Edit::Current("84")),
                change(12, "joris", Edit::Current("88")),
            ],
            experiences: &[
                complaint(
                    40,
                    "anouk",
                    3,
                    "Lift Havenstraat drie dagen defect; huurders boos en de wethouder belde.",
                    Some(33),
                ),
                seen(
                    10,
                    "anouk",
                    7,
                    "Storingen deze maand meestal binnen een dag opgelost.",
                ),
            ],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 1,
            title: "Achterstand onderhoud Rivierbuurt weggewerkt",
            description: "Voor de renovatie begint moeten alle openstaande orders dicht zijn.",
            source: PersonalNeed,
            measure: [
                "openstaande onderhoudsorders Rivierbuurt",
                "140",
                "0",
                "orders",
            ],
            due: Some(12),
            tags: &["planning"],
            days_ago: 63,
            from: Some(0),
            changes: &[
                change(45, "anouk", Edit::Status(InProgress)),
                change(20, "daan", Edit::Current("61")),
                change(5, "daan", Edit::Current("38")),
            ],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 1,
            title: "Tijdvak van twee uur en bericht als de monteur onderweg is",
            description: "Huurders kennen het van pakketbezorgers en verwachten het nu ook van ons.",
            nature: Emotional,
            source: EarlierExperience,
            level: Delighter,
            measure: ["afspraken met tijdvak van 2 uur", "0", "80", "%"],
            due: Some(75),
            tags: &["huurders"],
            days_ago: 62,
            from: Some(0),
            changes: &[
                change(45, "fleur", Edit::Status(InProgress)),
                change(30, "joris", Edit::Current("12")),
                change(25, "fleur", Edit::Level(Performance)),
                change(8, "joris", Edit::Current("31")),
            ],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 1,
            title: "Niet zelf achter monteurs aan hoeven bellen",
            nature: Emotional,
            source: PersonalNeed,
            level: Basic,
            measure: [
                "keren dat De Vaart zelf moest navragen",
                "6",
                "0",
                "per maand",
            ],
            due: Some(-3),
            grade: 8,
            days_ago: 62,
            from: Some(0),
            changes: &[
                change(40, "anouk", Edit::Status(InProgress)),
                change(30, "anouk", Edit::Current("3")),
            ],
            experiences: &[complaint(
                18,
                "anouk",
                4,
                "Jeroen moest twee keer bellen over de planning van de renovatie.",
                None,
            )],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 0,
            title: "Maandrapportage huurderstevredenheid binnen 3 werkdagen",
            source: Promise,
            measure: ["rapportage na maandeinde", "10", "3", "werkdagen"],
            due: Some(-55),
            days_ago: 150,
            changes: &[
                change(120, "anouk", Edit::Status(InProgress)),
                change(48, "anouk", Edit::Due(-40)),
                change(35, "joris", Edit::Current("3")),
                change(33, "anouk", Edit::Status(Met)),
            ],
            experiences: &[seen(
                30,
                "anouk",
                8,
                "Marieke blij met het eerste dashboard; wil het ook in het bestuur laten zien.",
            )],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 0,
            title: "Bestuur persoonlijk bijpraten over de voortgang",
            nature: Emotional,
            source: PersonalNeed,
            level: Delighter,
            measure: ["gesprekken met het bestuur", "0", "4", "per jaar"],
            due: Some(30),
            grade: 8,
            days_ago: 200,
            changes: &[
                change(140, "anouk", Edit::Status(InProgress)),
                change(80, "anouk", Edit::Current("2")),
                change(15, "anouk", Edit::Current("4")),
                change(14, "anouk", Edit::Status(Exceeded)),
            ],
            experiences: &[seen(
                13,
                "anouk",
                9,
                "Marieke: 'Zo goed geïnformeerd waren we nog nooit.'",
            )],
            ..EXPECTATION
        },
    ],
    experiences: &[seen(
        70,
        "anouk",
        7,
        "Kwartaaloverleg: tevreden over de monteurs, minder over de planning.",
    )],
    reports: &[],
};
