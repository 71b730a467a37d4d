//! The command line's help in Dutch: clap's texts come from the doc comments in `args.rs`
//! (English); for Dutch users they are replaced here before parsing.

use clap::{CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::Lang;

/// (subcommand path, argument or "" for the command itself, Dutch text)
const DUTCH: &[(&str, &str, &str)] = &[
    (
        "",
        "",
        "Ontdek wat elke klant verwacht, maak het meetbaar, volg het, en besteed je tijd aan de klanten die ertoe doen.",
    ),
    (
        "",
        "db",
        "Het databasebestand [standaard: ~/.local/share/verwacht/verwacht.redb]",
    ),
    (
        "",
        "lang",
        "Taal van alle uitvoer: nl of en [standaard: uit LANG]",
    ),
    (
        "",
        "theme",
        "Kleurenschema: dark, light, high-contrast, monochrome of een eigen thema",
    ),
    ("init", "", "Maak het databasebestand aan"),
    (
        "init",
        "shared",
        "Maak een teambestand: lezen en schrijven voor je groep, nooit voor anderen",
    ),
    (
        "import",
        "",
        "Importeer klanten, contactpersonen of verwachtingen uit een CSV-bestand (alles of niets), of zet een JSON-back-up terug",
    ),
    (
        "import clients",
        "",
        "Klanten: naam, omzet [, sector, notities]",
    ),
    (
        "import contacts",
        "",
        "Contactpersonen: klant, naam [, rol, contactgegevens]",
    ),
    (
        "import expectations",
        "",
        "Verwachtingen: klant, titel [, contactpersoon, omschrijving, aard, bron, niveau, maatstaf, nulmeting, doel, eenheid, actueel, deadline, status, verwacht cijfer, tags]",
    ),
    (
        "import json",
        "",
        "Een back-up van `verwacht export --format json`, in een lege database",
    ),
    (
        "export",
        "",
        "Exporteer alles als JSON-back-up (terugzetten met `import json`) of als CSV-bestanden, of schrijf het voortgangsrapport van één klant (Markdown)",
    ),
    (
        "export",
        "format",
        "json: back-up van alles; csv: elke tabel als CSV-bestand in map -o MAP; md: het voortgangsrapport voor --client NAAM",
    ),
    (
        "export",
        "output",
        "json, md: schrijf naar BESTAND in plaats van de standaarduitvoer; csv: de map voor de bestanden (verplicht; wordt aangemaakt)",
    ),
    (
        "export",
        "client",
        "De klant (een paar letters van de naam): verplicht bij md; csv: alleen de gegevens van die klant",
    ),
    (
        "export",
        "preview",
        "md: toon of schrijf het rapport zonder het als verstuurd te registreren, zodat het volgende rapport nog alles laat zien sinds het laatste dat wel verstuurd is",
    ),
    (
        "search",
        "",
        "Zoek in klanten, contactpersonen, verwachtingen, antwoorden en tags; één resultaat per regel (soort, titel, waar, tekst rond de treffer), gescheiden door tabs",
    ),
    (
        "search",
        "query",
        "Wat je zoekt; `c:` klanten, `p:` contactpersonen, `e:` verwachtingen, `a:` antwoorden, `#tag`",
    ),
    (
        "config",
        "",
        "Waar het configuratiebestand staat; met --print-default de standaardconfiguratie met elke sleutel",
    ),
    (
        "config",
        "print_default",
        "Toon het standaardconfiguratiebestand, elke sleutel met uitleg",
    ),
    (
        "demo",
        "",
        "Vul een lege database met een realistisch voorbeeld (Nederlandse namen)",
    ),
    (
        "demo",
        "size",
        "small: 25 klanten om rond te kijken; team: de grote set voor de benchmarks",
    ),
    (
        "rank",
        "",
        "De klanten op volgorde van prioriteit, zoals op het hoofdscherm; met --by-class het 80/20-antwoord: per klasse het aandeel in klanten, omzet en tijd",
    ),
    (
        "rank",
        "by_class",
        "Per klasse A, B en C: klanten, aandeel in klanten, omzet en bestede tijd (laatste 90 dagen), open en te late verwachtingen",
    ),
    (
        "rank",
        "format",
        "text: kolommen in jouw taal; csv, json: vaste Engelse sleutels",
    ),
    (
        "brief",
        "",
        "De briefing van één klant als platte tekst: NAAM is een paar letters van de naam",
    ),
    ("brief", "name", "Een paar letters van de naam van de klant"),
];

fn localize(mut cmd: clap::Command) -> clap::Command {
    for (path, arg, text) in DUTCH {
        let words: Vec<&str> = path.split_whitespace().collect();
        cmd = edit(cmd, &words, arg, text);
    }
    chrome(cmd)
}

/// clap's own words: headings, the help flag and the help command.
fn chrome(cmd: clap::Command) -> clap::Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_string())
        .collect();
    let mut cmd = cmd
        .help_template("{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("Opdrachten")
        .subcommand_value_name("OPDRACHT")
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help("Toon deze hulp"),
        );
    for id in ids {
        let global = DUTCH
            .iter()
            .find(|(path, arg, _)| path.is_empty() && *arg == id)
            .map(|(_, _, text)| *text);
        cmd = cmd.mut_arg(&id, |a| {
            let a = a.help_heading("Opties");
            match global {
                Some(text) => a.help(text),
                None => a,
            }
        });
    }
    if cmd.get_version().is_some() {
        cmd = cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help("Toon de versie")
                .help_heading("Opties"),
        );
    }
    cmd = cmd.mut_arg("help", |a| a.help_heading("Opties"));
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(name, chrome);
    }
    cmd
}

fn edit(cmd: clap::Command, path: &[&str], arg: &'static str, text: &'static str) -> clap::Command {
    match path.split_first() {
        Some((first, rest)) => cmd.mut_subcommand(*first, |sub| edit(sub, rest, arg, text)),
        None if arg.is_empty() => cmd.about(text),
        None => {
            if cmd.get_arguments().any(|a| a.get_id().as_str() == arg) {
                cmd.mut_arg(arg, |a| a.help(text))
            } else {
                cmd
            }
        }
    }
}

/// The language asked for on the command line, else from the environment.
fn lang_of_args(args: &[String]) -> Lang {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if let Some(v) = a.strip_prefix("--lang=") {
            return Lang::parse(v).unwrap_or_else(Lang::from_env);
        }
        if a == "--lang" {
            return it
                .next()
                .and_then(|v| Lang::parse(v))
                .unwrap_or_else(Lang::from_env);
        }
    }
    Lang::from_env()
}

/// Parses the command line with help in the user's language; usage errors exit with code 2.
pub fn parse() -> Cli {
    let args: Vec<String> = std::env::args().collect();
    let cmd = match lang_of_args(&args) {
        Lang::Nl => localize(Cli::command()),
        Lang::En => Cli::command(),
    };
    let matches = cmd.get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dutch_text_finds_its_command_and_argument() {
        let cmd = Cli::command();
        for (path, arg, _) in DUTCH {
            let mut c = &cmd;
            for w in path.split_whitespace() {
                c = c
                    .get_subcommands()
                    .find(|s| s.get_name() == w)
                    .unwrap_or_else(|| panic!("no command {path}"));
            }
            if !arg.is_empty() {
                assert!(
                    c.get_arguments().any(|a| a.get_id().as_str() == *arg),
                    "no argument {arg} in '{path}'"
                );
            }
        }
        // Every command has a Dutch description.
        for sub in cmd.get_subcommands() {
            assert!(
                DUTCH
                    .iter()
                    .any(|(p, a, _)| *p == sub.get_name() && a.is_empty()),
                "{} has no Dutch help",
                sub.get_name()
            );
        }
    }

    /// The column names the import help gives, in both languages, are ones import takes.
    #[test]
    fn the_import_help_names_columns_import_accepts() {
        use crate::import::{ImportKind, Issue, read_table};
        let english = Cli::command();
        let import = english.find_subcommand("import").unwrap();
        for (name, kind) in [
            ("clients", ImportKind::Clients),
            ("contacts", ImportKind::Contacts),
            ("expectations", ImportKind::Expectations),
        ] {
            let path = format!("import {name}");
            let dutch = DUTCH
                .iter()
                .find(|(p, a, _)| *p == path && a.is_empty())
                .map(|(_, _, text)| text.to_string())
                .unwrap();
            let english = import
                .find_subcommand(name)
                .and_then(|c| c.get_about())
                .map(ToString::to_string)
                .unwrap();
            for help in [dutch, english] {
                let (_, list) = help.split_once(':').unwrap();
                let columns: Vec<&str> = list
                    .split([',', '[', ']'])
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .collect();
                assert!(columns.len() >= 2, "{help}");
                let row = vec!["x"; columns.len()].join(",");
                let csv = format!("{}\n{row}\n", columns.join(","));
                let table = read_table(&csv).unwrap();
                let problems = match kind {
                    ImportKind::Clients => crate::import::clients(&table, &[]).err(),
                    ImportKind::Contacts => crate::import::contacts(&table, &[], &[]).err(),
                    ImportKind::Expectations => {
                        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
                        crate::import::expectations(&table, &[], &[], today).err()
                    }
                };
                let header_problems: Vec<_> = problems
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|p| {
                        matches!(
                            p.issue,
                            Issue::UnknownColumn(_)
                                | Issue::DuplicateColumn(_)
                                | Issue::MissingColumn
                        )
                    })
                    .collect();
                assert!(header_problems.is_empty(), "{help}: {header_problems:?}");
            }
        }
    }
}
