//! The command line's help in Dutch: clap's texts come from the doc comments in `args.rs`
//! (English); for Dutch users they are replaced here before parsing, and so are clap's own
//! words: headings, value names, defaults, the usage lines, and (in `usage_nl`) its usage
//! errors. Dutch is chosen as every command chooses it: `--lang`, the config file, the locale.

use clap::{CommandFactory, FromArgMatches};

use super::Cli;
use super::usage_nl::Dutch;
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
        "demo",
        "scale",
        "alleen team: N keer het teamvoorbeeld, 1 tot en met 100 (4: 40.000 klanten, 800.000 antwoorden); betekent --size team",
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

/// The value names in `args.rs` (and clap's own, from an argument's id) in Dutch.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("PATH", "PAD"),
    ("NAME", "NAAM"),
    ("FILE|DIR", "BESTAND|MAP"),
    ("FILE.csv", "BESTAND.csv"),
    ("FILE.json", "BESTAND.json"),
    ("QUERY", "ZOEKTERM"),
    ("FORMAT", "FORMAAT"),
    ("SIZE", "OMVANG"),
    ("N", "N"),
    ("nl|en", "nl|en"),
];

const OPTIONS: &str = "Opties";
const ARGUMENTS: &str = "Argumenten";
/// Display orders: a command's own arguments first, in their order, then the global ones,
/// then help and version.
const GLOBAL_ORDER: usize = 100;
const HELP_ORDER: usize = 1000;

fn localize(mut cmd: clap::Command) -> clap::Command {
    for (path, arg, text) in DUTCH {
        let words: Vec<&str> = path.split_whitespace().collect();
        cmd = edit(cmd, &words, arg, text);
    }
    let mut cmd = chrome(cmd);
    // The usage lines clap writes say `[OPTIONS]`: render them once, in Dutch, and use those.
    cmd.build();
    dutch_usage(&mut cmd);
    cmd
}

/// clap's own words: headings, value names, defaults, the help flag and the help command.
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
        .disable_help_flag(true);
    // `mut_arg` moves the argument to the end, so this keeps their order.
    for (order, id) in ids.iter().enumerate() {
        let global = DUTCH
            .iter()
            .find(|(path, arg, _)| path.is_empty() && arg == id)
            .map(|(_, _, text)| *text);
        cmd = cmd.mut_arg(id, |a| {
            let a = match global {
                Some(text) => a.help(text),
                None => a,
            };
            dutch_arg(a, order)
        });
    }
    cmd = cmd.arg(
        clap::Arg::new("help")
            .short('h')
            .long("help")
            .action(clap::ArgAction::Help)
            .help("Toon deze hulp")
            .help_heading(OPTIONS)
            .display_order(HELP_ORDER),
    );
    if cmd.get_version().is_some() {
        cmd = cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help("Toon de versie")
                .help_heading(OPTIONS)
                .display_order(HELP_ORDER + 1),
        );
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(name, chrome);
    }
    cmd
}

/// One argument in Dutch: its heading, value name, default, and no English lists (the Dutch
/// help texts name the possible values themselves).
fn dutch_arg(a: clap::Arg, order: usize) -> clap::Arg {
    let heading = if a.is_positional() {
        ARGUMENTS
    } else {
        OPTIONS
    };
    let order = if a.is_global_set() {
        GLOBAL_ORDER + order
    } else {
        order
    };
    let names: Vec<&'static str> = value_names(&a)
        .iter()
        .map(|name| dutch_value_name(name))
        .collect();
    let mut help = a.get_help().map(ToString::to_string).unwrap_or_default();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() {
        help = format!("{help} [standaard: {}]", defaults.join(", "));
    }
    if let Some(var) = a.get_env() {
        help = format!("{help} [ook via {}]", var.to_string_lossy());
    }
    let mut a = a.help_heading(heading).display_order(order);
    if a.get_action().takes_values() {
        a = a
            .hide_default_value(true)
            .hide_possible_values(true)
            .hide_env(true);
    }
    let a = if help.is_empty() { a } else { a.help(help) };
    let a = match a.get_id().as_str() {
        "lang" => a.value_parser(parse_lang_nl),
        "scale" => a.value_parser(parse_scale_nl),
        _ => a,
    };
    if names.is_empty() {
        a
    } else {
        a.value_names(names)
    }
}

/// The value names clap shows for an argument that takes values: the ones set, else its id
/// in capitals (positionals as written).
fn value_names(a: &clap::Arg) -> Vec<String> {
    if !a.get_action().takes_values() {
        return Vec::new();
    }
    match a.get_value_names() {
        Some(names) => names.iter().map(ToString::to_string).collect(),
        None if a.is_positional() => vec![a.get_id().to_string()],
        None => vec![a.get_id().as_str().to_uppercase()],
    }
}

fn dutch_value_name(english: &str) -> &'static str {
    VALUE_NAMES
        .iter()
        .find(|(en, _)| *en == english)
        .map_or("WAARDE", |(_, nl)| nl)
}

fn parse_lang_nl(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| format!("onbekende taal '{text}': kies nl of en"))
}

fn parse_scale_nl(text: &str) -> Result<u64, String> {
    super::args::scale_of(text).ok_or_else(|| {
        format!(
            "de schaal is een geheel getal van 1 tot en met {} (4: vier keer het teamvoorbeeld)",
            super::args::MAX_SCALE
        )
    })
}

/// Sets each command's usage to what clap would write, in Dutch. `cmd` must be built, so
/// that every command knows its full name (`verwacht import clients`).
fn dutch_usage(cmd: &mut clap::Command) {
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage:")
        .unwrap_or(&usage)
        .trim()
        .replace("[OPTIONS]", "[OPTIES]");
    *cmd = std::mem::take(cmd).override_usage(usage);
    for sub in cmd.get_subcommands_mut() {
        dutch_usage(sub);
    }
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

/// The language asked for on the command line, if a known one is.
fn lang_of_args(args: &[String]) -> Option<Lang> {
    let mut it = args.iter().skip(1).take_while(|a| *a != "--");
    while let Some(a) = it.next() {
        if let Some(v) = a.strip_prefix("--lang=") {
            return Lang::parse(v);
        }
        if a == "--lang" {
            return it.next().and_then(|v| Lang::parse(v));
        }
    }
    None
}

/// Parses the command line with help and usage errors in the user's language (`--lang`,
/// the config file, the locale: as every command decides); usage errors exit with code 2.
pub fn parse() -> Cli {
    let args: Vec<String> = std::env::args().collect();
    let lang = crate::session::lang_of(lang_of_args(&args));
    parse_from(args, lang).unwrap_or_else(|stop| stop.exit())
}

/// Why parsing stopped short of a command: help or the version was asked for, or the
/// command line is wrong. Printed in the language it was parsed in.
#[derive(Debug)]
pub(crate) enum Stop {
    En(clap::Error),
    Nl(clap::error::Error<Dutch>),
}

impl Stop {
    /// Prints the text (help and version to stdout, errors to stderr) and exits: 0 for help
    /// and version, 2 for a usage error.
    pub fn exit(&self) -> ! {
        match self {
            Stop::En(e) => e.exit(),
            Stop::Nl(e) => e.exit(),
        }
    }

    #[cfg(test)]
    pub fn exit_code(&self) -> i32 {
        match self {
            Stop::En(e) => e.exit_code(),
            Stop::Nl(e) => e.exit_code(),
        }
    }

    #[cfg(test)]
    pub fn render(&self) -> String {
        match self {
            Stop::En(e) => e.render().to_string(),
            Stop::Nl(e) => e.render().to_string(),
        }
    }
}

/// The command line parsed, or why not.
pub(crate) fn parse_from(args: Vec<String>, lang: Lang) -> Result<Cli, Stop> {
    let parse = |mut cmd: clap::Command| {
        let matches = cmd.try_get_matches_from_mut(args)?;
        let cli = Cli::from_arg_matches(&matches)?;
        check(&cli, &mut cmd)?;
        Ok(cli)
    };
    match lang {
        Lang::En => parse(Cli::command()).map_err(Stop::En),
        Lang::Nl => parse(localize(Cli::command())).map_err(|e| Stop::Nl(e.apply::<Dutch>())),
    }
}

/// What clap cannot say by itself: `--scale` goes with the team example only. Said as clap
/// says a conflict, with the usage of the command.
fn check(cli: &Cli, cmd: &mut clap::Command) -> Result<(), clap::Error> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let Some(super::Command::Demo {
        size: super::DemoSize::Small,
        scale: Some(_),
    }) = &cli.command
    else {
        return Ok(());
    };
    let Some(demo) = cmd.find_subcommand_mut("demo") else {
        return Ok(());
    };
    let mut error = clap::Error::new(ErrorKind::ArgumentConflict).with_cmd(demo);
    error.insert(
        ContextKind::InvalidArg,
        ContextValue::String("--scale <N>".to_string()),
    );
    error.insert(
        ContextKind::PriorArg,
        ContextValue::String("--size small".to_string()),
    );
    error.insert(
        ContextKind::Usage,
        ContextValue::StyledStr(demo.render_usage()),
    );
    Err(error)
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

    /// clap's English words, and ours, that Dutch help and usage errors must not show.
    const ENGLISH: &[&str] = &[
        "Usage",
        "[OPTIONS]",
        "<COMMAND>",
        "[COMMAND]",
        "Options:",
        "Commands:",
        "Arguments:",
        "Print help",
        "Print version",
        "error:",
        "required argument",
        "unexpected",
        "unrecognized",
        "invalid value",
        "possible values",
        "Possible values",
        "[default:",
        "[env:",
        "tip:",
        "similar",
        "For more information",
        "was provided",
        "were provided",
        "cannot be used",
        "<PATH>",
        "<NAME>",
        "<FILE",
        "<QUERY>",
        "<FORMAT>",
        "<SIZE>",
        "unknown language",
        "Everything, losslessly",
        "clients with people",
    ];

    fn args(line: &str) -> Vec<String> {
        std::iter::once("verwacht")
            .chain(line.split_whitespace())
            .map(String::from)
            .collect()
    }

    fn stop(line: &str, lang: Lang) -> Stop {
        match parse_from(args(line), lang) {
            Ok(cli) => panic!("'{line}' parsed: {cli:?}"),
            Err(stop) => stop,
        }
    }

    fn assert_dutch(text: &str, line: &str) {
        for word in ENGLISH {
            assert!(!text.contains(word), "'{line}' shows '{word}':\n{text}");
        }
    }

    /// Every command path: "", "init", "import clients", …
    fn command_paths() -> Vec<String> {
        fn walk(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
            out.push(prefix.trim().to_string());
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{prefix} {}", sub.get_name()), out);
            }
        }
        let mut out = Vec::new();
        walk(&Cli::command(), "", &mut out);
        out
    }

    #[test]
    fn dutch_help_of_every_command_is_dutch() {
        let english = Cli::command();
        for path in command_paths() {
            for flag in ["--help", "-h"] {
                let line = format!("{path} {flag}");
                let help = stop(&line, Lang::Nl);
                assert_eq!(help.exit_code(), 0, "{line}");
                let text = help.render();
                assert!(text.contains("Gebruik: verwacht"), "{line}:\n{text}");
                assert!(text.contains("Toon deze hulp"), "{line}:\n{text}");
                assert_dutch(&text, &line);
                // No English description of any command or argument is left.
                let mut cmd = &english;
                for w in path.split_whitespace() {
                    cmd = cmd.find_subcommand(w).unwrap();
                }
                for arg in cmd.get_arguments() {
                    if let Some(h) = arg.get_help().map(ToString::to_string) {
                        assert!(!text.contains(&h), "{line} shows '{h}'");
                    }
                }
            }
        }
        let root = stop("--help", Lang::Nl).render();
        assert!(
            root.contains("Opdrachten:")
                && root.contains("Opties:")
                && root.contains("[OPTIES] [OPDRACHT]")
                && root.contains("--db <PAD>")
                && root.contains("Toon de versie"),
            "{root}"
        );
        let brief = stop("brief --help", Lang::Nl).render();
        assert!(
            brief.contains("Argumenten:") && brief.contains("<NAAM>..."),
            "{brief}"
        );
        let export = stop("export --help", Lang::Nl).render();
        assert!(
            export.contains("--output <BESTAND|MAP>") && export.contains("[standaard: json]"),
            "{export}"
        );
    }

    #[test]
    fn usage_errors_are_dutch_and_exit_with_2() {
        for line in [
            "brief",
            "search",
            "--frob",
            "rnak",
            "--dbb x rank",
            "rank --format xx",
            "rank extra",
            "demo --size",
            "export -o",
            "--db a --db b rank",
            "init --shared=x",
            "import clients a b",
            "--lang fr",
            "search -x",
            "demo --size team --scale 0",
            "demo --scale x",
            "demo --size small --scale 4",
        ] {
            let error = stop(line, Lang::Nl);
            assert_eq!(error.exit_code(), 2, "{line}");
            let text = error.render();
            assert!(text.starts_with("fout: "), "{line}:\n{text}");
            assert!(text.contains("'--help'"), "{line}:\n{text}");
            assert_dutch(&text, line);
        }
        let missing = stop("brief", Lang::Nl).render();
        assert!(
            missing.contains("dit verplichte argument ontbreekt:\n  <NAAM>...")
                && missing.contains("Gebruik: verwacht brief [OPTIES] <NAAM>..."),
            "{missing}"
        );
        let typo = stop("rnak", Lang::Nl).render();
        assert!(typo.contains("bedoel je 'rank'?"), "{typo}");
        let value = stop("rank --format xx", Lang::Nl).render();
        assert!(
            value.contains("[mogelijke waarden: text, csv, json]"),
            "{value}"
        );
        let scale = stop("demo --scale 0", Lang::Nl).render();
        assert!(
            scale.starts_with("fout: ongeldige waarde '0' voor '--scale <N>': de schaal is"),
            "{scale}"
        );
        let small = stop("demo --size small --scale 4", Lang::Nl).render();
        assert!(
            small.starts_with("fout: '--scale <N>' gaat niet samen met '--size small'\n")
                && small.contains("Gebruik: verwacht demo [OPTIES]"),
            "{small}"
        );
        let dash = stop("search -x", Lang::Nl).render();
        assert!(
            dash.contains("om '-x' als waarde mee te geven: '-- -x'"),
            "{dash}"
        );
    }

    /// `--scale` takes the team example, said or implied; 1 is the team example itself.
    #[test]
    fn a_scale_goes_with_the_team_example() {
        let demo = |line: &str| match parse_from(args(line), Lang::En) {
            Ok(Cli {
                command: Some(super::super::Command::Demo { size, scale }),
                ..
            }) => (size, scale),
            other => panic!("'{line}': {other:?}"),
        };
        use super::super::DemoSize::{Small, Team};
        assert_eq!(demo("demo"), (Small, None));
        assert_eq!(demo("demo --size team"), (Team, None));
        assert_eq!(demo("demo --size team --scale 4"), (Team, Some(4)));
        assert_eq!(demo("demo --scale 4"), (Team, Some(4)));
        assert_eq!(demo("demo --scale=1 --size team"), (Team, Some(1)));
        let english = stop("demo --size small --scale 4", Lang::En);
        assert_eq!(english.exit_code(), 2);
        assert!(
            english.render().starts_with(
                "error: the argument '--scale <N>' cannot be used with '--size small'"
            ),
            "{}",
            english.render()
        );
    }

    #[test]
    fn english_stays_as_clap_writes_it() {
        let help = stop("--help", Lang::En).render();
        assert!(
            help.contains("Usage: verwacht [OPTIONS] [COMMAND]") && help.contains("Print help"),
            "{help}"
        );
        let error = stop("brief", Lang::En);
        assert_eq!(error.exit_code(), 2);
        assert!(
            error
                .render()
                .contains("the following required arguments were not provided")
        );
    }

    #[test]
    fn every_value_name_has_a_dutch_one() {
        fn walk(cmd: &clap::Command) {
            for arg in cmd.get_arguments() {
                for name in value_names(arg) {
                    assert!(
                        VALUE_NAMES.iter().any(|(en, _)| *en == name),
                        "no Dutch for <{name}> of '{}'",
                        arg.get_id()
                    );
                }
            }
            cmd.get_subcommands().for_each(walk);
        }
        walk(&Cli::command());
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
