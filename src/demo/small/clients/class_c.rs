//! The C clients: the long tail that makes the last 5% of revenue, and sometimes takes far
//! more time than that.

use crate::demo::small::spec::*;
use crate::domain::{Level::*, Nature::*, Source::*, Status::*};

/// A client of the tail, with its one contact; expectations and experiences added per client.
const fn tail(
    name: &'static str,
    sector: &'static str,
    revenue: i64,
    owner: &'static str,
    minutes_a_week: u32,
    contacts: &'static [ContactSpec],
) -> ClientSpec {
    ClientSpec {
        name,
        sector,
        revenue,
        notes: "",
        owner,
        since: 240,
        minutes_a_week,
        contacts,
        interviews: &[],
        expectations: &[],
        experiences: &[],
        reports: &[],
    }
}

pub const CLIENTS: &[ClientSpec] = &[
    ClientSpec {
        expectations: &[ExpectationSpec {
            title: "Herinnering voor afspraken per sms",
            source: Other,
            level: Basic,
            measure: ["afspraken met herinnering", "70", "100", "%"],
            due: Some(20),
            days_ago: 45,
            by: "sven",
            ..EXPECTATION
        }],
        ..tail(
            "Tandartspraktijk Lachgrens",
            "zorg",
            16_000,
            "sven",
            15,
            &[contact(
                "Floor Dekker",
                "praktijkmanager",
                "f.dekker@lachgrens.nl",
            )],
        )
    },
    ClientSpec {
        expectations: &[ExpectationSpec {
            contact: 1,
            title: "Bestellingen van horecaklanten foutloos doorgezet",
            source: EarlierExperience,
            level: Basic,
            measure: ["fouten in doorgezette bestellingen", "5", "0", "per maand"],
            due: Some(-8),
            grade: 8,
            days_ago: 75,
            by: "fleur",
            experiences: &[complaint(
                20,
                "fleur",
                3,
                "Zaterdagbestelling van het hotel verkeerd doorgegeven: veertig broden te weinig.",
                Some(18),
            )],
            ..EXPECTATION
        }],
        ..tail(
            "Bakkerij Van der Meer",
            "voeding",
            14_000,
            "fleur",
            30,
            &[
                contact("Jan van der Meer", "eigenaar", "06-22 73 61 08"),
                contact(
                    "Roos van der Meer",
                    "bedrijfsleider",
                    "roos@bakkerijvandermeer.nl",
                ),
            ],
        )
    },
    ClientSpec {
        expectations: &[ExpectationSpec {
            title: "Reserveringen ook in het weekend bevestigd",
            source: WordOfMouth,
            measure: [
                "weekendreserveringen binnen 2 uur bevestigd",
                "40",
                "95",
                "%",
            ],
            due: Some(35),
            days_ago: 50,
            by: "sven",
            ..EXPECTATION
        }],
        ..tail(
            "Hotel De Zilveren Maan",
            "horeca",
            12_000,
            "sven",
            25,
            &[contact(
                "Yvonne Smits",
                "general manager",
                "y.smits@zilverenmaan.nl",
            )],
        )
    },
    tail(
        "Architectenbureau Lijnwerk",
        "architectuur",
        11_000,
        "daan",
        10,
        &[contact(
            "Maarten Vermeulen",
            "partner",
            "maarten@lijnwerk.nl",
        )],
    ),
    ClientSpec {
        expectations: &[ExpectationSpec {
            title: "Spoedlijn buiten kantooruren",
            source: PersonalNeed,
            level: Basic,
            measure: ["spoedoproepen doorverbonden", "85", "100", "%"],
            due: Some(-45),
            days_ago: 150,
            by: "meryem",
            changes: &[
                change(51, "meryem", Edit::Current("100")),
                change(50, "meryem", Edit::Status(Met)),
            ],
            ..EXPECTATION
        }],
        ..tail(
            "Dierenkliniek De Hoefslag",
            "zorg",
            10_000,
            "meryem",
            15,
            &[contact(
                "Karin de Bruijn",
                "praktijkmanager",
                "k.debruijn@dehoefslag.nl",
            )],
        )
    },
    tail(
        "Sportschool FitFabriek",
        "sport",
        9_000,
        "sven",
        20,
        &[contact("Dennis Kok", "eigenaar", "dennis@fitfabriek.nl")],
    ),
    tail(
        "Drukkerij Tegelaar",
        "grafisch",
        8_000,
        "daan",
        10,
        &[
            contact(
                "Mark Tegelaar",
                "eigenaar",
                "m.tegelaar@drukkerijtegelaar.nl",
            ),
            contact(
                "Ilse Maas",
                "verkoop binnendienst",
                "i.maas@drukkerijtegelaar.nl",
            ),
        ],
    ),
    ClientSpec {
        expectations: &[ExpectationSpec {
            title: "Boekingsvragen in het voorseizoen snel beantwoord",
            source: EarlierExperience,
            measure: ["boekingsvragen binnen 4 uur beantwoord", "50", "85", "%"],
            due: Some(40),
            days_ago: 30,
            by: "fleur",
            ..EXPECTATION
        }],
        ..tail(
            "Camping De Duinpan",
            "recreatie",
            7_000,
            "fleur",
            15,
            &[contact("Erik Schouten", "eigenaar", "info@deduinpan.nl")],
        )
    },
    tail(
        "Huisartsenpraktijk Oosterpark",
        "zorg",
        6_500,
        "meryem",
        20,
        &[contact(
            "Nina Willems",
            "praktijkmanager",
            "n.willems@hapoosterpark.nl",
        )],
    ),
    ClientSpec {
        notes: "Chantal belt graag; veel tijd voor weinig omzet.",
        expectations: &[ExpectationSpec {
            title: "Elke week even bellen",
            nature: Emotional,
            source: PersonalNeed,
            level: Delighter,
            measure: ["belmomenten", "0", "4", "per maand"],
            due: Some(60),
            days_ago: 120,
            by: "sven",
            changes: &[change(40, "sven", Edit::Status(Exceeded))],
            experiences: &[seen(38, "sven", 10, "Chantal: 'Jullie zijn goud waard.'")],
            ..EXPECTATION
        }],
        ..tail(
            "Kapsalon Knipwerk",
            "persoonlijke verzorging",
            5_500,
            "sven",
            45,
            &[contact("Chantal Peters", "eigenaar", "06-47 05 92 31")],
        )
    },
    tail(
        "Bloemenwebshop Pluk & Zo",
        "webshop",
        4_500,
        "sven",
        15,
        &[contact("Lars Meijer", "eigenaar", "lars@plukenzo.nl")],
    ),
    ClientSpec {
        expectations: &[ExpectationSpec {
            title: "Groepsreserveringen direct doorgezet",
            source: Promise,
            level: Basic,
            measure: [
                "groepsreserveringen dezelfde dag doorgezet",
                "90",
                "100",
                "%",
            ],
            due: Some(-4),
            grade: 8,
            days_ago: 40,
            by: "fleur",
            experiences: &[complaint(
                3,
                "fleur",
                1,
                "Reservering voor twintig personen niet doorgegeven; Marco was woedend.",
                None,
            )],
            ..EXPECTATION
        }],
        ..tail(
            "Restaurant De Gouden Lepel",
            "horeca",
            3_500,
            "fleur",
            30,
            &[contact("Marco de Groot", "eigenaar", "06-38 16 70 24")],
        )
    },
    tail(
        "Stichting Buurthuis De Schakel",
        "maatschappelijk",
        3_000,
        "joris",
        10,
        &[contact(
            "Tom Lammers",
            "coördinator vrijwilligers",
            "t.lammers@deschakel.nl",
        )],
    ),
];
