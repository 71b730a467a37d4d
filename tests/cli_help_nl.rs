//! Dutch users get Dutch help and Dutch usage errors, whichever way they chose Dutch:
//! `--lang nl`, the locale, or `lang = "nl"` in the config file. English stays as clap
//! writes it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use std::path::Path;

use assert_cmd::Command;

/// clap's English words that Dutch output must not show.
const ENGLISH: &[&str] = &[
    "Usage:",
    "[OPTIONS]",
    "<COMMAND>",
    "[COMMAND]",
    "Options:",
    "Commands:",
    "Arguments:",
    "Print help",
    "Print version",
    "error:",
    "the following required arguments were not provided",
    "unexpected argument",
    "<PATH>",
    "<NAME>",
    "<FILE",
    "tip:",
    "For more information",
    "[default:",
    "[env:",
    "Possible values",
];

/// `verwacht ARGS…` with no locale, no database variable and the given config file.
fn verwacht(config: &Path, args: &[&str]) -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("verwacht");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("VERWACHT_DB")
        .env("VERWACHT_CONFIG", config)
        .args(args);
    cmd
}

fn assert_dutch(text: &str, how: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "{how}: shows '{word}':\n{text}");
    }
}

fn dutch_help(out: &std::process::Output, how: &str) {
    assert_eq!(out.status.code(), Some(0), "{how}");
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(
        text.contains("Gebruik: verwacht [OPTIES] [OPDRACHT]")
            && text.contains("Opdrachten:")
            && text.contains("Opties:")
            && text.contains("--db <PAD>")
            && text.contains("Toon deze hulp"),
        "{how}:\n{text}"
    );
    assert_dutch(&text, how);
}

#[test]
fn help_is_dutch_by_flag_by_locale_and_by_config_file() {
    let dir = tempfile::tempdir().unwrap();
    let none = dir.path().join("none.toml");

    let out = verwacht(&none, &["--lang", "nl", "--help"])
        .output()
        .unwrap();
    dutch_help(&out, "--lang nl");

    let out = verwacht(&none, &["--help"])
        .env("LANG", "nl_NL.UTF-8")
        .output()
        .unwrap();
    dutch_help(&out, "LANG=nl_NL.UTF-8");

    let config = dir.path().join("config.toml");
    std::fs::write(&config, "lang = \"nl\"\n").unwrap();
    let out = verwacht(&config, &["--help"])
        .env("LANG", "en_GB.UTF-8")
        .output()
        .unwrap();
    dutch_help(&out, "lang = \"nl\" in the config file");
    // --lang still wins over the config file.
    let out = verwacht(&config, &["--lang", "en", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Usage: verwacht [OPTIONS] [COMMAND]"),
        "{text}"
    );

    // A subcommand's help, with its own value names.
    let out = verwacht(&none, &["--lang", "nl", "export", "--help"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Gebruik: verwacht export [OPTIES]")
            && text.contains("--output <BESTAND|MAP>")
            && text.contains("--client <NAAM>")
            && text.contains("[standaard: json]"),
        "{text}"
    );
    assert_dutch(&text, "export --help");
}

#[test]
fn a_usage_error_is_dutch_and_exits_with_2() {
    let dir = tempfile::tempdir().unwrap();
    let none = dir.path().join("none.toml");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "lang = \"nl\"\n").unwrap();
    for (how, cmd) in [
        ("--lang nl", verwacht(&none, &["--lang", "nl", "brief"])),
        ("config", verwacht(&config, &["brief"])),
    ] {
        let mut cmd = cmd;
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{how}");
        assert!(out.stdout.is_empty());
        let text = String::from_utf8(out.stderr).unwrap();
        assert!(
            text.starts_with("fout: dit verplichte argument ontbreekt:")
                && text.contains("<NAAM>...")
                && text.contains("Gebruik: verwacht brief [OPTIES] <NAAM>..."),
            "{how}:\n{text}"
        );
        assert_dutch(&text, how);
    }
    let out = verwacht(&none, &["--lang", "nl", "--frob"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(
        text.starts_with("fout: onverwacht argument '--frob'"),
        "{text}"
    );
    assert_dutch(&text, "--frob");
}

#[test]
fn english_help_and_errors_stay_as_they_were() {
    let dir = tempfile::tempdir().unwrap();
    let none = dir.path().join("none.toml");
    let out = verwacht(&none, &["--help"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Usage: verwacht [OPTIONS] [COMMAND]")
            && text.contains("Commands:")
            && text.contains("--db <PATH>")
            && text.contains("Print help"),
        "{text}"
    );
    let out = verwacht(&none, &["--lang", "en", "brief"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(
        text.starts_with("error: the following required arguments were not provided"),
        "{text}"
    );
}

#[test]
fn the_error_line_of_a_command_follows_the_config_file_too() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "lang = \"nl\"\n").unwrap();
    let db = dir.path().join("missing.redb");
    let out = verwacht(&config, &["--db", db.to_str().unwrap(), "rank"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(text.starts_with("verwacht: fout: "), "{text}");
}
