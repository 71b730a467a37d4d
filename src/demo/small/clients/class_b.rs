//! The B clients: together the next 15% of revenue.

use crate::demo::small::spec::*;
use crate::domain::{Level::*, Nature::*, Source::*, Status::*};

pub const CLIENTS: &[ClientSpec] = &[
    ClientSpec {
        name: "Accountantskantoor Bakker & De Wit",
        sector: "accountancy",
        revenue: 101_000,
        notes: "Telefonische bereikbaarheid en secretariaat; in het aangifteseizoen het dubbele volume.",
        owner: "fleur",
        since: 610,
        minutes_a_week: 70,
        contacts: &[
            contact("Esther de Wit", "partner", "e.dewit@bakkerdewit.nl"),
            contact(
                "Koen Smit",
                "office manager",
                "k.smit@bakkerdewit.nl, 06-30 11 52 76",
            ),
        ],
        interviews: &[InterviewSpec {
            contact: 0,
            days_ago: 160,
            by: "fleur",
            minutes: 40,
            done: true,
            answers: &[
                (
                    1,
                    "In het drukke seizoen gaat ze ervan uit dat er nooit iets misgaat met vertrouwelijke gegevens. Dat zegt ze niet, dat weet ze gewoon. #basis #onuitgesproken",
                ),
                (
                    2,
                    "Vóór 1 mei wil ze dat klanten hun stukken veilig uploaden in plaats van ze te mailen.",
                ),
                (
                    4,
                    "Ze heeft het van een partner uit haar netwerk: die kantoren werken al met een klantportaal. #mond-tot-mond",
                ),
                (
                    5,
                    "Esther is heel precies #rationeel, maar wil wel merken dat we haar kantoor kennen en niet elke keer uitleg nodig hebben. #emotioneel",
                ),
                (
                    7,
                    "Doel: 70% van de stukken via het portaal, nu nog niets. Per maand meten. #meetbaar",
                ),
            ],
        }],
        expectations: &[
            ExpectationSpec {
                contact: 0,
                title: "Klanten uploaden hun stukken via het portaal",
                source: WordOfMouth,
                measure: ["stukken via het portaal", "0", "70", "%"],
                due: Some(-25),
                days_ago: 158,
                by: "fleur",
                from: Some(0),
                changes: &[
                    change(130, "fleur", Edit::Status(InProgress)),
                    change(60, "fleur", Edit::Current("52")),
                    change(28, "fleur", Edit::Current("74")),
                    change(27, "fleur", Edit::Status(Met)),
                ],
                experiences: &[seen(
                    26,
                    "fleur",
                    8,
                    "Esther: het portaal werkt en klanten zijn positief.",
                )],
                ..EXPECTATION
            },
            ExpectationSpec {
                contact: 0,
                title: "Vertrouwelijke gegevens blijven vertrouwelijk",
                source: Other,
                level: Basic,
                measure: ["incidenten met klantgegevens", "0", "0", "per jaar"],
                due: Some(120),
                grade: 8,
                tags: &["onuitgesproken", "privacy"],
                days_ago: 157,
                by: "fleur",
                from: Some(0),
                ..EXPECTATION
            },
        ],
        experiences: &[],
    },
    ClientSpec {
        name: "Trapkracht.nl",
        sector: "webshop",
        revenue: 86_500,
        notes: "Webshop in e-bikes en onderdelen; wij doen het klantcontact via chat en mail.",
        owner: "sven",
        since: 300,
        minutes_a_week: 45,
        contacts: &[
            contact("Niels Vos", "eigenaar", "niels@trapkracht.nl"),
            contact(
                "Sophie Kuipers",
                "teamleider klantenservice",
                "s.kuipers@trapkracht.nl",
            ),
        ],
        interviews: &[],
        expectations: &[
            ExpectationSpec {
                contact: 1,
                title: "Elke mail binnen 24 uur beantwoord",
                description: "Klanten kennen 'vandaag besteld, morgen in huis' en verwachten net zo snel antwoord.",
                source: EarlierExperience,
                level: Basic,
                measure: ["mails binnen 24 uur beantwoord", "82", "98", "%"],
                due: Some(9),
                days_ago: 70,
                by: "sven",
                changes: &[
                    change(50, "sven", Edit::Status(InProgress)),
                    change(14, "sven", Edit::Current("91")),
                ],
                ..EXPECTATION
            },
            ExpectationSpec {
                contact: 0,
                title: "Zelf bericht sturen bij leververtraging",
                nature: Emotional,
                source: PersonalNeed,
                level: Delighter,
                measure: [
                    "vertraagde orders met bericht vóór de klant belt",
                    "20",
                    "90",
                    "%",
                ],
                due: Some(60),
                days_ago: 69,
                by: "sven",
                experiences: &[complaint(
                    7,
                    "sven",
                    2,
                    "Klant kreeg zijn fiets twee weken later zonder bericht en schreef een slechte review.",
                    None,
                )],
                ..EXPECTATION
            },
        ],
        experiences: &[],
    },
    ClientSpec {
        name: "Transportbedrijf Gebr. Hoekstra",
        sector: "logistiek",
        revenue: 66_000,
        notes: "Planning en klantcontact voor de koelritten.",
        owner: "daan",
        since: 500,
        minutes_a_week: 50,
        contacts: &[
            contact("Harm Hoekstra", "directeur", "h.hoekstra@gebrhoekstra.nl"),
            contact("Linda Veenstra", "planner", "l.veenstra@gebrhoekstra.nl"),
            contact("Rob Zwart", "controller", "r.zwart@gebrhoekstra.nl"),
        ],
        interviews: &[],
        expectations: &[
            ExpectationSpec {
                contact: 2,
                title: "Facturen zonder correcties",
                source: EarlierExperience,
                level: Basic,
                measure: ["facturen met een correctie", "12", "2", "%"],
                due: Some(-30),
                days_ago: 200,
                by: "daan",
                changes: &[
                    change(170, "daan", Edit::Status(InProgress)),
                    change(60, "daan", Edit::Current("4")),
                    change(29, "daan", Edit::Status(Met)),
                ],
                ..EXPECTATION
            },
            ExpectationSpec {
                contact: 1,
                title: "Meedenken over de ritplanning op piekdagen",
                nature: Emotional,
                source: PersonalNeed,
                measure: ["piekdagen met gezamenlijk overleg", "0", "12", "per jaar"],
                due: Some(45),
                days_ago: 80,
                by: "daan",
                ..EXPECTATION
            },
        ],
        experiences: &[seen(
            35,
            "daan",
            6,
            "Harm: 'Het loopt, maar het mag wat soepeler.'",
        )],
    },
    ClientSpec {
        name: "Waterschap Lage Landen",
        sector: "overheid",
        revenue: 52_000,
        notes: "Klantcontact rond de aanslagen waterschapsbelasting; piek in maart.",
        owner: "joris",
        since: 640,
        minutes_a_week: 30,
        contacts: &[
            contact("Ruud Jansen", "contractmanager", "r.jansen@lagelanden.nl"),
            contact(
                "Hanneke Boersma",
                "teamleider klantcontact",
                "h.boersma@lagelanden.nl",
            ),
        ],
        interviews: &[],
        expectations: &[
            ExpectationSpec {
                contact: 1,
                title: "Belastingvragen in piekweken binnen één werkdag",
                source: Promise,
                measure: ["vragen binnen 1 werkdag afgehandeld", "74", "90", "%"],
                due: Some(25),
                days_ago: 90,
                by: "joris",
                changes: &[change(40, "joris", Edit::Status(InProgress))],
                ..EXPECTATION
            },
            ExpectationSpec {
                contact: 0,
                title: "Jaarlijkse evaluatie met het bestuur",
                nature: Emotional,
                source: Other,
                level: Delighter,
                measure: ["evaluaties met het bestuur", "0", "1", "per jaar"],
                due: Some(200),
                days_ago: 88,
                by: "joris",
                ..EXPECTATION
            },
        ],
        experiences: &[],
    },
    ClientSpec {
        name: "Advocatenkantoor Mulder Hendriks",
        sector: "juridisch",
        revenue: 41_000,
        notes: "Telefoonservice met doorverbinden naar de advocaten.",
        owner: "fleur",
        since: 420,
        minutes_a_week: 35,
        contacts: &[
            contact(
                "Judith Hendriks",
                "managing partner",
                "j.hendriks@mulderhendriks.nl",
            ),
            contact("Wouter Bos", "office manager", "w.bos@mulderhendriks.nl"),
        ],
        interviews: &[],
        expectations: &[
            ExpectationSpec {
                contact: 0,
                title: "Telefoon aangenomen met de naam van de advocaat",
                nature: Emotional,
                source: EarlierExperience,
                measure: ["gesprekken persoonlijk aangenomen", "85", "100", "%"],
                due: Some(30),
                days_ago: 110,
                by: "fleur",
                changes: &[change(60, "fleur", Edit::Status(Met))],
                ..EXPECTATION
            },
            ExpectationSpec {
                contact: 1,
                title: "Terugbelverzoeken dezelfde dag doorgezet",
                source: Promise,
                level: Basic,
                measure: ["terugbelverzoeken dezelfde dag doorgezet", "90", "100", "%"],
                due: Some(-12),
                grade: 8,
                days_ago: 109,
                by: "fleur",
                ..EXPECTATION
            },
        ],
        experiences: &[],
    },
    ClientSpec {
        name: "Bouwbedrijf De Hoeksteen",
        sector: "bouw",
        revenue: 33_500,
        notes: "Bewonerscommunicatie bij renovatieprojecten.",
        owner: "daan",
        since: 350,
        minutes_a_week: 40,
        contacts: &[
            contact("Pieter de Boer", "directeur", "p.deboer@dehoeksteen.nl"),
            contact("Nadia Bouma", "projectleider", "06-19 84 27 35"),
        ],
        interviews: &[],
        expectations: &[
            ExpectationSpec {
                contact: 1,
                title: "Bewonersavonden bij elk renovatieproject",
                nature: Emotional,
                source: WordOfMouth,
                level: Delighter,
                measure: ["bewonersavonden", "0", "2", "per project"],
                due: Some(70),
                days_ago: 120,
                by: "daan",
                changes: &[change(90, "daan", Edit::Status(InProgress))],
                ..EXPECTATION
            },
            ExpectationSpec {
                contact: 0,
                title: "Offerte voor bewonerscommunicatie binnen een week",
                source: Promise,
                measure: ["doorlooptijd offerte", "12", "5", "werkdagen"],
                due: Some(-60),
                days_ago: 119,
                by: "daan",
                changes: &[change(70, "fleur", Edit::Status(Dropped))],
                ..EXPECTATION
            },
        ],
        experiences: &[],
    },
    ClientSpec {
        name: "Kinderopvang Het Kwetternest",
        sector: "kinderopvang",
        revenue: 29_000,
        notes: "Wachtlijstbeheer en vragen van ouders.",
        owner: "meryem",
        since: 280,
        minutes_a_week: 25,
        contacts: &[
            contact("Sanne Visser", "directeur", "s.visser@kwetternest.nl"),
            contact("Lieke de Haan", "locatiemanager", "l.dehaan@kwetternest.nl"),
        ],
        interviews: &[],
        expectations: &[
            ExpectationSpec {
                contact: 1,
                title: "Ouders binnen een dag antwoord over plaatsing",
                source: PersonalNeed,
                measure: [
                    "vragen over plaatsing binnen een dag beantwoord",
                    "60",
                    "90",
                    "%",
                ],
                due: Some(14),
                days_ago: 60,
                by: "meryem",
                experiences: &[seen(
                    6,
                    "meryem",
                    6,
                    "Lieke: beter, maar vragen over de wachtlijst blijven liggen.",
                )],
                ..EXPECTATION
            },
            ExpectationSpec {
                contact: 0,
                title: "Een warme toon naar ouders",
                nature: Emotional,
                source: Other,
                level: Basic,
                measure: ["klachten over bejegening", "3", "0", "per kwartaal"],
                due: Some(90),
                days_ago: 59,
                by: "meryem",
                ..EXPECTATION
            },
        ],
        experiences: &[],
    },
];
