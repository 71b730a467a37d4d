//! The program in a shell: a closed or full standard output or error is no panic (exit 101),
//! and the full-screen program without a terminal says so in one line instead of failing
//! obscurely or drawing into a file.

mod cli_support;

use std::fs::File;
use std::process::{Command, Stdio};

use cli_support::{Sandbox, seeded};

/// `verwacht --db DB --lang LANG ARGS…` as a plain process, so its streams can go anywhere.
fn verwacht(s: &Sandbox, lang: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_verwacht"));
    cmd.env_remove("VERWACHT_DB")
        .env("VERWACHT_USER", "anna")
        .env("VERWACHT_CONFIG", s.dir.path().join("no-config.toml"))
        .current_dir(s.dir.path())
        .arg("--db")
        .arg(&s.db)
        .args(["--lang", lang])
        .args(args);
    cmd
}

fn dev_full() -> Stdio {
    Stdio::from(File::options().write(true).open("/dev/full").unwrap())
}

/// A pipe whose reader is gone: writing to it fails with a broken pipe.
fn broken_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Stdio::from(writer)
}

#[test]
fn an_error_line_to_a_full_or_broken_stderr_is_no_panic() {
    let s = seeded();
    for (how, stderr) in [("full", dev_full()), ("broken pipe", broken_pipe())] {
        let out = verwacht(&s, "en", &["brief", "zzzz"])
            .stderr(stderr)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "stderr {how}");
    }
    // No database there, reported the same way.
    let empty = Sandbox::new();
    let out = verwacht(&empty, "en", &["rank"])
        .stderr(dev_full())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!empty.db.exists());
}

#[test]
fn notes_and_import_problems_to_a_broken_stderr_do_not_change_the_outcome() {
    let s = seeded();
    // A guessed client is named on stderr; the briefing still comes.
    let out = verwacht(&s, "en", &["brief", "acm"])
        .stderr(broken_pipe())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout).unwrap().contains("Acme"));
    // Import reports each bad row on stderr, then fails as always.
    let bad = s.file("bad.csv", "name,revenue\nNieuw,veel\n");
    let out = verwacht(&s, "en", &["import", "clients", &bad])
        .stderr(broken_pipe())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_confirmation_to_a_full_stdout_does_not_undo_the_work() {
    let s = Sandbox::new();
    let status = verwacht(&s, "en", &["init"])
        .stdout(dev_full())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    assert!(s.db.exists(), "the database is created");
    let file = s.file("clients.csv", "name,revenue\nAcme,1000\n");
    let status = verwacht(&s, "nl", &["import", "clients", &file])
        .stdout(broken_pipe())
        .stderr(dev_full())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    assert!(s.export().contains("\"Acme\""), "the client is imported");
}

#[test]
fn results_that_cannot_be_written_are_one_error_line_not_a_panic() {
    let s = seeded();
    for args in [
        &["search", "acme"][..],
        &["config", "--print-default"],
        &["config"],
    ] {
        let out = verwacht(&s, "en", args)
            .stdout(dev_full())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("cannot write"), "{args:?}: {err}");
    }
    // A reader that stops early (`verwacht search x | head`) is no error.
    let status = verwacht(&s, "en", &["search", "acme"])
        .stdout(broken_pipe())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn a_closed_stderr_is_no_panic() {
    let s = seeded();
    let run = |args: &str| {
        Command::new("sh")
            .arg("-c")
            .arg(format!("\"$0\" --db \"$1\" --lang en {args} 2>&-"))
            .arg(env!("CARGO_BIN_EXE_verwacht"))
            .arg(&s.db)
            .env("VERWACHT_USER", "anna")
            .env("VERWACHT_CONFIG", s.dir.path().join("no-config.toml"))
            .output()
            .unwrap()
    };
    assert_eq!(run("rank").status.code(), Some(0));
    assert_eq!(run("brief zzzz").status.code(), Some(1));
}
