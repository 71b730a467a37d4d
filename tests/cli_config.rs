//! `verwacht config --print-default` prints the documented default, which parses to the
//! built-in defaults; a bad config file is reported with its file, line and value.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use std::process::Command;

fn verwacht(config: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_verwacht"))
        .args(args)
        .env("VERWACHT_CONFIG", config)
        .output()
        .unwrap()
}

#[test]
fn print_default_is_the_documented_default() {
    let dir = tempfile::tempdir().unwrap();
    let out = verwacht(
        &dir.path().join("none.toml"),
        &["config", "--print-default"],
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text, verwacht::config::DEFAULT);
    let parsed = verwacht::config::parse(&text).unwrap();
    assert_eq!(
        parsed.priority,
        verwacht::domain::priority::Weights::default()
    );
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(
        readme.contains(verwacht::config::DEFAULT.trim()),
        "the README shows every key"
    );
}

#[test]
fn a_bad_config_is_reported_and_the_defaults_are_used() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[priority]\noverdue = \"veel\"\n").unwrap();
    let db = dir.path().join("v.redb");
    let out = verwacht(
        &config,
        &["--lang", "en", "--db", db.to_str().unwrap(), "init"],
    );
    assert!(out.status.success(), "the command still runs");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("config.toml") && err.contains("line 2") && err.contains("veel"),
        "{err}"
    );
}

#[test]
fn help_speaks_the_users_language() {
    let help = |lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_verwacht"))
            .args(["--lang", lang, "--help"])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let nl = help("nl");
    assert!(
        nl.contains("Opdrachten") && nl.contains("Maak het databasebestand aan"),
        "{nl}"
    );
    assert!(nl.contains("Toon deze hulp"));
    let en = help("en");
    assert!(en.contains("Create the database file"), "{en}");
}
