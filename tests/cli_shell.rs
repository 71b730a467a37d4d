//! The program in a shell: a closed or full standard output or error is no panic (exit 101),
//! and the full-screen program without a terminal says so in one line instead of failing
//! obscurely or drawing into a file.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod cli_support;

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

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

/// Waits for `child`, killing it (and failing) when it takes longer than `limit`.
fn wait_at_most(child: &mut Child, limit: Duration) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("verwacht did not end within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A pseudo-terminal: (the terminal emulator's side, the program's side). It is not the
/// controlling terminal of the program, just a terminal on the descriptors it is given.
fn pty() -> (File, File) {
    use rustix::fs::{Mode, OFlags, open};
    use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
    let emulator = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).expect("openpt");
    grantpt(&emulator).expect("grantpt");
    unlockpt(&emulator).expect("unlockpt");
    let name = ptsname(&emulator, Vec::new()).expect("ptsname");
    let program = open(
        name.as_c_str(),
        OFlags::RDWR | OFlags::NOCTTY,
        Mode::empty(),
    )
    .expect("the program's side");
    (File::from(emulator), File::from(program))
}

/// Everything the program writes to the terminal, read until it closes its side.
fn read_all(mut emulator: File) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0; 4096];
        // Reading the emulator's side fails (EIO) once no program holds the other side.
        while let Ok(n) = emulator.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.extend_from_slice(&buf[..n]);
        }
        String::from_utf8_lossy(&seen).into_owned()
    })
}

const NEEDS_TERMINAL_EN: &str =
    "the full-screen program needs a terminal; for scripts use rank, brief, search or export";
const NEEDS_TERMINAL_NL: &str = "het schermprogramma heeft een terminal nodig; gebruik in scripts rank, brief, search of export";

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

#[test]
fn without_a_terminal_the_full_screen_program_says_so_in_one_line() {
    for (lang, line) in [("en", NEEDS_TERMINAL_EN), ("nl", NEEDS_TERMINAL_NL)] {
        let s = Sandbox::new();
        let out = s
            .cmd_in(lang, &s.db, &[])
            .pipe_stdin("/dev/null")
            .unwrap()
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("verwacht: ") && err.contains(line), "{err}");
        assert!(out.stdout.is_empty());
        assert!(!s.db.exists(), "nothing is created");
    }
}

#[test]
fn standard_input_from_dev_null_is_refused_even_on_a_terminal() {
    let s = Sandbox::new();
    let (emulator, program) = pty();
    let mut child = verwacht(&s, "en", &[])
        .stdin(File::open("/dev/null").unwrap())
        .stdout(program.try_clone().unwrap())
        .stderr(program)
        .env("TERM", "xterm-256color")
        .spawn()
        .unwrap();
    let seen = read_all(emulator);
    let status = wait_at_most(&mut child, Duration::from_secs(20));
    assert_eq!(status.code(), Some(1));
    let seen = seen.join().unwrap();
    assert_eq!(seen.trim_end().lines().count(), 1, "{seen:?}");
    assert!(seen.contains(NEEDS_TERMINAL_EN), "{seen:?}");
    assert!(!seen.contains('\x1b'), "nothing is drawn: {seen:?}");
}

#[test]
fn standard_output_to_a_file_is_refused_without_drawing_or_hanging() {
    let s = Sandbox::new();
    let file = s.dir.path().join("out.txt");
    let (emulator, program) = pty();
    let mut child = verwacht(&s, "en", &[])
        .stdin(program.try_clone().unwrap())
        .stdout(File::create(&file).unwrap())
        .stderr(program)
        .env("TERM", "xterm-256color")
        .spawn()
        .unwrap();
    let seen = read_all(emulator);
    let status = wait_at_most(&mut child, Duration::from_secs(20));
    assert_eq!(status.code(), Some(1));
    assert_eq!(
        std::fs::read(&file).unwrap(),
        b"",
        "nothing drawn into the file"
    );
    let seen = seen.join().unwrap();
    assert!(seen.contains(NEEDS_TERMINAL_EN), "{seen:?}");
    assert!(!Path::new(&s.db).exists(), "nothing is created");
}
