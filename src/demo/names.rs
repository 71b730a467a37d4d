//! Dutch names for the example data: colleagues, people, roles, organisations and places.
//! All fictional; any likeness to a real organisation is a coincidence of common words.

use super::prng::Rng;

/// The colleagues who "wrote" the example: OS user names, as the store records authors.
pub const COLLEAGUES: &[&str] = &["anouk", "daan", "fleur", "joris", "meryem", "sven"];

pub const FIRST_NAMES: &[&str] = &[
    "Anna", "Annelies", "Bart", "Bas", "Bram", "Carla", "Chantal", "Daan", "Dennis", "Dirk", "Els",
    "Emma", "Erik", "Esther", "Fatima", "Femke", "Floor", "Frank", "Gerrit", "Hanneke", "Hans",
    "Harm", "Ilse", "Ingrid", "Jan", "Janneke", "Jasper", "Jeroen", "Joost", "Judith", "Karin",
    "Kees", "Koen", "Lars", "Laura", "Lieke", "Linda", "Lotte", "Maarten", "Marco", "Marieke",
    "Mark", "Marloes", "Martijn", "Mehmet", "Mohamed", "Monique", "Nadia", "Niels", "Nina", "Noor",
    "Patrick", "Paul", "Peter", "Petra", "Pieter", "Priya", "Remco", "Rik", "Rob", "Roos", "Ruud",
    "Sanne", "Saskia", "Sem", "Sophie", "Stefan", "Thijs", "Tim", "Tom", "Wendy", "Willem",
    "Wouter", "Yasmina", "Youssef", "Yvonne", "Ayşe", "Kevin", "Mirjam", "Rachid",
];

pub const SURNAMES: &[&str] = &[
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "de Bruijn",
    "de Bruin",
    "van der Heijden",
    "Schouten",
    "van Beek",
    "Willems",
    "van Vliet",
    "van de Ven",
    "Hoekstra",
    "Maas",
    "Verhoeven",
    "Koster",
    "van Dam",
    "van der Wal",
    "Prins",
    "Blom",
    "Huisman",
    "Peeters",
    "el Amrani",
    "Yilmaz",
    "Ramdin",
    "Kramer",
    "Postma",
    "Kuipers",
    "Veenstra",
    "Wijnands",
    "Tegelaar",
    "Brink",
    "Boersma",
    "Timmermans",
    "Groen",
    "Sanders",
    "Bosman",
    "Scholten",
    "Koning",
    "Hermans",
    "Molenaar",
    "Lammers",
    "Wolters",
    "Ouali",
    "Demir",
    "Nijholt",
    "Zwart",
    "Ruiter",
    "Evers",
    "Bouma",
];

pub const ROLES: &[&str] = &[
    "directeur",
    "directeur-bestuurder",
    "financieel directeur",
    "controller",
    "inkoper",
    "hoofd inkoop",
    "contractmanager",
    "facilitair manager",
    "projectleider",
    "teamleider klantcontact",
    "office manager",
    "ICT-coördinator",
    "manager bedrijfsvoering",
    "manager vastgoed",
    "beleidsadviseur",
    "eigenaar",
    "operationeel manager",
    "kwaliteitsmedewerker",
    "eindgebruiker",
    "marketingmanager",
    "hoofd onderhoud",
    "servicecoördinator",
];

/// Kinds of organisation: the word in the name and the sector.
pub const ORG_KINDS: &[(&str, &str)] = &[
    ("Woonstichting", "woningcorporatie"),
    ("Woningcorporatie", "woningcorporatie"),
    ("Gemeente", "gemeente"),
    ("Accountantskantoor", "accountancy"),
    ("Administratiekantoor", "accountancy"),
    ("Installatiebedrijf", "installatietechniek"),
    ("Elektrotechniek", "installatietechniek"),
    ("Zorggroep", "zorg"),
    ("Thuiszorg", "zorg"),
    ("Huisartsenpraktijk", "zorg"),
    ("Webwinkel", "webshop"),
    ("Bouwbedrijf", "bouw"),
    ("Aannemersbedrijf", "bouw"),
    ("Transportbedrijf", "logistiek"),
    ("Advocatenkantoor", "juridisch"),
    ("Notariskantoor", "juridisch"),
    ("Kinderopvang", "kinderopvang"),
    ("Scholengroep", "onderwijs"),
    ("Architectenbureau", "architectuur"),
    ("Drukkerij", "grafisch"),
    ("Bakkerij", "voeding"),
    ("Tandartspraktijk", "zorg"),
    ("Dierenkliniek", "zorg"),
    ("Hotel", "horeca"),
    ("Restaurant", "horeca"),
    ("Camping", "recreatie"),
    ("Sportschool", "sport"),
    ("Hoveniersbedrijf", "groen"),
    ("Schoonmaakbedrijf", "facilitair"),
    ("Autobedrijf", "mobiliteit"),
    ("Waterschap", "overheid"),
    ("Stichting", "maatschappelijk"),
];

const PLACE_HEADS: &[&str] = &[
    "Zuider", "Noorder", "Ooster", "Wester", "Hoog", "Laag", "Nieuw", "Oud", "Groot", "Klein",
    "Heer", "Vrouwen", "Bergen", "Dijk", "Molen", "Linden", "Eiken", "Beuken", "Wilgen", "Mark",
    "Veen", "Zand", "Klei", "Ruiter", "Hazel", "Kraai", "Vlier", "Rozen", "Haven", "Kerk",
];

const PLACE_TAILS: &[&str] = &[
    "veen", "dam", "dijk", "wold", "horst", "broek", "hoven", "kerk", "zijl", "meer", "rade",
    "loo", "hout", "sloot", "burg", "haar", "beek", "woude", "wijk", "vaart", "stein", "lo",
    "geest", "dorp", "kamp",
];

/// "Anna de Vries": a first name and a surname.
pub fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.word(FIRST_NAMES), rng.word(SURNAMES))
}

/// A fictional place name: "Zuiderveen", "Molenbroek".
pub fn place(rng: &mut Rng) -> String {
    format!("{}{}", rng.word(PLACE_HEADS), rng.word(PLACE_TAILS))
}

/// The surname as it starts a name: "Van den Berg", "Jansen".
pub fn capitalised(surname: &str) -> String {
    let mut chars = surname.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An organisation's name and sector: "Installatiebedrijf Hoekstra", "Gemeente Zuiderveen".
pub fn organisation(rng: &mut Rng) -> (String, &'static str) {
    let (kind, sector) = rng.pick(ORG_KINDS).copied().unwrap_or(("Stichting", ""));
    let name = match (sector, rng.below(4)) {
        ("gemeente" | "overheid" | "woningcorporatie", _) | (_, 0) => {
            format!("{kind} {}", place(rng))
        }
        (_, 1) => format!(
            "{kind} {} & {}",
            capitalised(rng.word(SURNAMES)),
            capitalised(rng.word(SURNAMES))
        ),
        (_, 2) => format!("{kind} {} {}", capitalised(rng.word(SURNAMES)), place(rng)),
        _ => format!("{kind} {}", capitalised(rng.word(SURNAMES))),
    };
    (name, sector)
}

/// Letters and digits only, lower case: the part of a name that fits in an address.
pub fn slug(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// "a.devries@zuiderveen.nl" for Anna de Vries at an organisation.
pub fn email(person: &str, organisation: &str) -> String {
    let (first, last) = person.split_once(' ').unwrap_or((person, ""));
    let initial = first.chars().next().map(|c| c.to_lowercase().to_string());
    let domain: String = organisation
        .split_whitespace()
        .last()
        .map(slug)
        .unwrap_or_default();
    format!("{}.{}@{domain}.nl", initial.unwrap_or_default(), slug(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_filled() {
        for list in [
            COLLEAGUES,
            FIRST_NAMES,
            SURNAMES,
            ROLES,
            PLACE_HEADS,
            PLACE_TAILS,
        ] {
            assert!(!list.is_empty());
        }
        assert!(!ORG_KINDS.is_empty());
    }

    #[test]
    fn names_read_naturally() {
        assert_eq!(capitalised("van den Berg"), "Van den Berg");
        assert_eq!(
            email("Anna de Vries", "Gemeente Zuiderveen"),
            "a.devries@zuiderveen.nl"
        );
        let mut rng = Rng::new(3);
        for _ in 0..200 {
            let (name, sector) = organisation(&mut rng);
            assert!(name.split_whitespace().count() >= 2, "{name}");
            assert!(!sector.is_empty());
            assert!(person(&mut rng).contains(' '));
        }
    }
}
