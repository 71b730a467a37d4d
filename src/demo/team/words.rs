//! Phrases the team fixture builds its texts from: what people say in each step of an
//! interview, and what expectations are about. Placeholders: `{who}` a person or group,
//! `{topic}` and `{topic2}` what it is about, `{when}` a horizon, `{num}` a number, `{trend}`
//! a development in the world.

/// Sentences per characteristic, 1 to 7, each with the tags that fit it.
pub const STEPS: [&[&str]; 7] = [
    &[
        "{who} gaat er vanzelfsprekend van uit dat {topic} gewoon op orde is.",
        "Niemand zegt het hardop, maar {topic} moet gewoon kloppen.",
        "Over {topic} wordt pas gesproken als het een keer misgaat.",
        "Dat {topic} in orde is, zien ze niet als iets bijzonders maar als de basis.",
        "{who} noemde {topic} niet, maar reageerde fel toen het ter sprake kwam.",
    ],
    &[
        "{when} wil {who_lc} dat {topic} merkbaar beter geregeld is.",
        "De verwachting is dat {topic} {when_lc} op het afgesproken niveau zit.",
        "{when} moet duidelijk zijn hoe {topic} er straks uitziet.",
        "{who} kijkt vooruit: {when_lc} begint een nieuw project en dan moet {topic} staan.",
    ],
    &[
        "{who} kijkt vooral naar {topic}; anderen in de organisatie letten meer op {topic2}.",
        "Voor {who_lc} persoonlijk is {topic} het belangrijkst, want daar wordt {who_lc} intern op aangesproken.",
        "{who} spreekt namens een team van {num} mensen die dagelijks met {topic} werken.",
        "De financiële kant wil vooral grip op {topic2}, de gebruikers willen dat {topic} soepel loopt.",
    ],
    &[
        "Bij de vorige leverancier ging {topic} regelmatig mis. #eerdere-ervaring",
        "In de offerte is toegezegd dat {topic} binnen {num} werkdagen geregeld is. #belofte",
        "Via een collega uit de branche hoorde {who_lc} hoe goed {topic} elders geregeld is. #mond-tot-mond",
        "De behoefte komt voort uit de groei van de afgelopen jaren: {topic} kan het niet meer bijbenen. #behoefte",
        "Bij een webwinkel gaat {topic} tegenwoordig razendsnel, en dat verwachten ze nu ook van ons. #eerdere-ervaring",
    ],
    &[
        "Het is een zakelijke verwachting: {topic} moet aantoonbaar kloppen. #rationeel",
        "Eigenlijk gaat het om vertrouwen: {who_lc} wil niet hoeven controleren of {topic} gebeurt. #emotioneel",
        "Cijfers over {topic} zijn belangrijk, maar een telefoontje op tijd maakt het verschil. #emotioneel",
        "Rationeel gezien gaat het om {topic2}, maar de toon van de samenwerking weegt minstens zo zwaar. #emotioneel",
        "{who} wil harde afspraken over {topic} en een maandelijkse rapportage. #rationeel",
    ],
    &[
        "Sinds {trend} verwacht {who_lc} meer van {topic} dan een paar jaar geleden. #veranderd",
        "Wat vroeger bijzonder was aan {topic}, is nu de norm geworden. #veranderd",
        "Door {trend} is {topic} belangrijker geworden dan bij de start van het contract.",
        "Twee jaar geleden vroeg niemand naar {topic}; nu staat het bovenaan de lijst.",
    ],
    &[
        "Maatstaf: {topic} binnen {num} werkdagen, {when_lc} te beginnen. #meetbaar",
        "Ze willen het meten aan het aantal klachten over {topic}: nu {num} per maand, straks hooguit één.",
        "Afgesproken is om {topic} elk kwartaal te beoordelen met een rapportcijfer; nu een 6, het doel is een 8.",
        "Meetbaar maken: het percentage meldingen over {topic} dat binnen een dag is afgehandeld, nu {num}%.",
    ],
];

/// Sentences that add detail to any answer.
pub const ASIDES: &[&str] = &[
    "Dat kwam in het gesprek twee keer terug.",
    "Dit wil {who_lc} graag terugzien bij de volgende evaluatie.",
    "Hierover is nog niets op papier gezet.",
    "Goed om dit bij het volgende overleg te bevestigen.",
    "Er werd bij gezegd dat de concurrent hier ook naar vraagt.",
    "{who} gaf aan dat het geen breekpunt is, maar wel een ergernis.",
    "Het team van {who_lc} merkt het dagelijks.",
    "Ik heb toegezegd hier binnen een week op terug te komen.",
];

pub const WHO: &[&str] = &[
    "De klant",
    "De directie",
    "De inkoper",
    "Onze contactpersoon",
    "Het management",
    "De teamleider",
    "De controller",
    "De afdeling",
];

pub const TOPICS: &[&str] = &[
    "de planning",
    "de facturatie",
    "de bereikbaarheid van de servicedesk",
    "de maandrapportage",
    "de doorlooptijd van offertes",
    "het onderhoud",
    "de communicatie bij storingen",
    "de kwaliteit van het schoonmaakwerk",
    "de levertijd",
    "de afhandeling van klachten",
    "het klantportaal",
    "de telefonische bereikbaarheid",
    "de overdracht tussen de teams",
    "de beveiliging van gegevens",
    "de nazorg na oplevering",
    "de terugkoppeling na een melding",
    "de inzet van vaste medewerkers",
    "het contact met de eindgebruikers",
    "het kostenniveau per melding",
    "de naleving van de afspraken",
    "de bezetting in de piekweken",
    "het bijhouden van de dossiers",
];

pub const WHEN: &[&str] = &[
    "Voor de zomer",
    "Binnen drie maanden",
    "Vanaf het nieuwe jaar",
    "Voor het einde van het kwartaal",
    "Bij de volgende evaluatie",
    "Binnen een halfjaar",
    "Voor de contractverlenging",
];

pub const TRENDS: &[&str] = &[
    "de komst van de app",
    "de personeelstekorten",
    "de nieuwe wetgeving",
    "de coronajaren",
    "de stijgende kosten",
    "het thuiswerken",
    "de digitalisering",
    "de fusie",
];

pub const TITLES: &[&str] = &[
    "Storingen binnen een dag verholpen",
    "Facturen zonder correcties",
    "Maandrapportage op tijd",
    "Vast aanspreekpunt",
    "Vooraf bellen bij wijzigingen",
    "Offerte binnen een week",
    "Telefoon binnen 30 seconden opgenomen",
    "Klachten binnen twee werkdagen afgehandeld",
    "Vaste gezichten op locatie",
    "Meedenken over verbeteringen",
    "Planning een week vooruit bekend",
    "Bevestiging per app",
    "Levering op de afgesproken dag",
    "Heldere communicatie bij vertraging",
    "Terugbelverzoek dezelfde dag",
    "Jaarlijkse evaluatie met de directie",
    "Gegevens veilig en vertrouwelijk",
    "Rapportcijfer van minstens een 8",
    "Nazorg binnen een week na oplevering",
    "Proactief advies over kostenbesparing",
    "Bereikbaar in de avonduren",
    "Eén keer bellen en het is geregeld",
];

/// metric, baseline, target, unit
pub const MEASURES: &[[&str; 4]] = &[
    ["storingen binnen 24 uur verholpen", "78", "95", "%"],
    ["facturen met een correctie", "12", "2", "%"],
    ["rapportage na maandeinde", "10", "3", "werkdagen"],
    ["wisselingen van aanspreekpunt", "2", "0", "per jaar"],
    ["doorlooptijd offerte", "12", "5", "werkdagen"],
    ["gesprekken binnen 30 seconden aangenomen", "70", "90", "%"],
    ["klachten binnen 2 werkdagen afgehandeld", "55", "90", "%"],
    ["diensten door vaste medewerkers", "55", "80", "%"],
    ["verbetervoorstellen", "0", "4", "per jaar"],
    ["leveringen op de afgesproken dag", "86", "98", "%"],
    ["terugbelverzoeken dezelfde dag", "60", "95", "%"],
    ["gemiddeld rapportcijfer", "6,5", "8", "cijfer"],
    ["klachten over bejegening", "5", "0", "per kwartaal"],
    ["meldingen via het portaal", "20", "70", "%"],
];

pub const TAGS: &[&str] = &[
    "planning",
    "factuur",
    "storingen",
    "rapportage",
    "portaal",
    "bereikbaarheid",
    "privacy",
    "onderhoud",
    "klachten",
    "contract",
    "evaluatie",
    "levertijd",
];
