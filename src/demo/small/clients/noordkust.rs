//! Hogeschool Noordkust: a service desk that must cope with the September rush.

use crate::demo::small::spec::*;
use crate::domain::{Level::*, Nature::*, Source::*, Status::*};

pub static CLIENT: ClientSpec = ClientSpec {
    name: "Hogeschool Noordkust",
    sector: "onderwijs",
    revenue: 208_000,
    notes: "Eerstelijns servicedesk voor studenten en medewerkers; piek in september.",
    owner: "meryem",
    since: 390,
    minutes_a_week: 60,
    contacts: &[
        contact(
            "Ingrid Wolters",
            "manager bedrijfsvoering",
            "i.wolters@hsnoordkust.nl",
        ),
        contact("Thijs Brink", "ICT-coördinator", "t.brink@hsnoordkust.nl"),
    ],
    interviews: &[],
    expectations: &[
        ExpectationSpec {
            contact: 1,
            title: "Servicedesk opgeschaald in de introductieweken",
            description: "Vorig jaar liep de telefoon in de eerste collegeweek vast.",
            source: EarlierExperience,
            level: Basic,
            measure: [
                "wachttijd telefoon in de introductieweek",
                "14",
                "3",
                "minuten",
            ],
            due: Some(-35),
            grade: 7,
            days_ago: 150,
            by: "meryem",
            changes: &[
                change(120, "meryem", Edit::Status(InProgress)),
                change(60, "meryem", Edit::Current("9")),
                change(33, "meryem", Edit::Current("5")),
                change(30, "meryem", Edit::Status(Missed)),
            ],
            experiences: &[complaint(
                32,
                "meryem",
                5,
                "Studenten klaagden over de wachttijd in de eerste collegeweek.",
                Some(25),
            )],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 0,
            title: "Studenten waarderen de servicedesk met minstens een 7,5",
            source: Other,
            measure: ["gemiddeld cijfer studentenenquête", "6,8", "7,5", "cijfer"],
            due: Some(150),
            days_ago: 140,
            by: "meryem",
            changes: &[change(19, "meryem", Edit::Current("7,1"))],
            experiences: &[seen(20, "meryem", 7, "Eerste meting na de zomer: een 7,1.")],
            ..EXPECTATION
        },
        ExpectationSpec {
            contact: 1,
            title: "Meedenken over de chatbot",
            description: "Thijs hoorde op een congres dat andere hogescholen hun leverancier laten meedenken.",
            nature: Emotional,
            source: WordOfMouth,
            level: Delighter,
            measure: ["voorstellen", "0", "2", "per kwartaal"],
            due: Some(-15),
            days_ago: 100,
            by: "meryem",
            tags: &["chatbot"],
            ..EXPECTATION
        },
    ],
    experiences: &[],
    reports: &[],
};
