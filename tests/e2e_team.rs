//! A team on a shared server, end to end with the real binary: a colleague's change appears
//! in an open program; SIGHUP, SIGTERM and SIGINT mid-sentence keep the draft and end the
//! program within a second; a killed terminal leaves no process behind; `kill -9` during writes
//! keeps every committed write; a read-only file opens with a banner and edits say why; a
//! crash restores the terminal, keeps the draft and says where the details are; `init
//! --shared` makes a group file. The terminal tests run in tmux: without it they fail under CI and are skipped elsewhere.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::tmux::{self, Session, verwacht};

fn demo(dir: &Path, name: &str) -> PathBuf {
    let db = dir.join(name);
    let out = verwacht(&db, &["--lang", "nl", "demo"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

fn export(db: &Path) -> String {
    let out = verwacht(db, &["export", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Filters the client list to the client whose name holds `name` and opens the contact picker
/// there.
fn pick_contact_at(s: &Session, name: &str) {
    s.keys(&["f"]);
    s.type_text(name);
    s.keys(&["Enter"]);
    s.wait_for(&format!("filter “{name}”"), 5);
    s.keys(&["i"]);
    s.wait_for("met wie spreek je?", 5);
}

/// Starts an interview with the first person at Zorggroep Het Baken (no interview in progress
/// there) and types `text`, with no pause for the draft to be saved by itself.
fn type_mid_sentence(s: &Session, text: &str) {
    s.wait_for("Klanten", 10);
    pick_contact_at(s, "Baken");
    s.keys(&["1"]);
    s.wait_for("1. Altijd aanwezig", 5);
    s.type_text(text);
    s.wait_for(text, 5);
}

/// Sends `sig` mid-sentence: the program is gone within a second (measured; the wait is
/// generous) and the draft is in the file.
fn stop_mid_sentence(name: &str, sig: &str) -> (tempfile::TempDir, PathBuf, Session) {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), &format!("{name}.redb"));
    let s = Session::start(name, &db, &["--lang", "nl"]);
    s.remain_on_exit();
    let text = format!("Halve zin voor {sig} over de fac");
    type_mid_sentence(&s, &text);
    let pid = tmux::pid_of(&db).expect("the program runs");
    tmux::signal(pid, sig);
    let took = tmux::gone_within(pid, 3).expect("the program ends");
    eprintln!("{sig}: gone after {took:?}");
    assert!(export(&db).contains(&text), "the draft is stored");
    (dir, db, s)
}

#[test]
fn sighup_mid_sentence_keeps_the_draft_for_the_next_start() {
    if !tmux::require() {
        return;
    }
    let (_dir, db, s) = stop_mid_sentence("hup", "HUP");
    drop(s);
    let s = Session::start("hup-again", &db, &["--lang", "nl"]);
    s.wait_for("Onderbroken interviews", 10);
    s.wait_for("Halve zin voor HUP over de fac", 2);
    s.keys(&["Enter"]);
    let screen = s.wait_for("Concept teruggezet", 5);
    assert!(
        screen.contains("Halve zin voor HUP over de fac"),
        "{screen}"
    );
}

#[test]
fn sigterm_mid_sentence_restores_the_terminal_and_says_so() {
    if !tmux::require() {
        return;
    }
    let (_dir, _db, s) = stop_mid_sentence("term", "TERM");
    s.wait_for_in_history("verwacht: gestopt door SIGTERM; het concept is bewaard", 3);
    // The alternate screen was left: the program's screen is gone, the shell's is back.
    let screen = s.screen();
    assert!(
        !screen.contains("Altijd aanwezig"),
        "the full screen is gone:\n{screen}"
    );
}

#[test]
fn sigint_mid_sentence_keeps_the_draft() {
    if !tmux::require() {
        return;
    }
    let (_dir, _db, s) = stop_mid_sentence("int", "INT");
    s.wait_for_in_history("gestopt door SIGINT; het concept is bewaard", 3);
}

#[test]
fn closing_the_terminal_ends_the_program_and_keeps_the_draft() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), "closed.redb");
    let s = Session::start("closed", &db, &["--lang", "nl"]);
    type_mid_sentence(&s, "Verbinding valt weg midden in de zin");
    let pid = tmux::pid_of(&db).expect("the program runs");
    s.kill();
    // Gone, not spinning on a terminal that is not there.
    let took = tmux::gone_within(pid, 2).expect("no process left behind");
    eprintln!("closed terminal: gone after {took:?}");
    assert!(export(&db).contains("Verbinding valt weg midden in de zin"));
}

#[test]
fn a_colleagues_change_appears_in_the_open_program() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), "live.redb");
    let s = Session::start("live", &db, &["--lang", "nl"]);
    s.wait_for("25 klanten", 10);

    // A new client, imported by a colleague's process, shows up on the list.
    let clients = dir.path().join("clients.csv");
    std::fs::write(
        &clients,
        "naam;omzet;sector\nZeeuwse Energie BV;€ 900.000;energie\n",
    )
    .unwrap();
    let out = verwacht(&db, &["import", "clients", clients.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    s.wait_for("26 klanten", 3);
    s.wait_for("Zeeuwse Energie BV", 2);

    // Mid-sentence at step 6 of an interview: a colleague's new expectation for this client
    // appears in the list while the half-typed sentence stays in the editor.
    pick_contact_at(&s, "Baken");
    s.keys(&["1"]);
    s.wait_for("1. Altijd aanwezig", 5);
    s.keys(&["M-6"]);
    s.wait_for("6. Ze veranderen", 5);
    s.type_text("Concept dat blijft staan");
    s.wait_for("Concept dat blijft staan", 5);
    let json: serde_json::Value = serde_json::from_str(&export(&db)).unwrap();
    let mut csv = String::from("klant;titel\n");
    for c in json["clients"].as_array().unwrap() {
        csv.push_str(&format!(
            "{};Nieuw van een collega\n",
            c["name"].as_str().unwrap()
        ));
    }
    let file = dir.path().join("expectations.csv");
    std::fs::write(&file, csv).unwrap();
    let out = verwacht(&db, &["import", "expectations", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let screen = s.wait_for("Nieuw van een collega", 3);
    assert!(screen.contains("Concept dat blijft staan"), "{screen}");
    assert!(screen.contains("6. Ze veranderen"), "{screen}");
}

#[test]
fn kill_9_during_imports_keeps_every_committed_import() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("burst.redb");
    assert!(verwacht(&db, &["init"]).status.success());
    // 40 files of 5 clients each, imported one after the other; each import is one
    // transaction and says so when it is committed.
    for f in 0..40 {
        let rows: String = (0..5)
            .map(|r| format!("Klant {f:02}-{r};{}\n", 1000 + r))
            .collect();
        std::fs::write(
            dir.path().join(format!("c{f:02}.csv")),
            format!("naam;omzet\n{rows}"),
        )
        .unwrap();
    }
    let script = format!(
        "for f in {dir}/c*.csv; do VERWACHT_USER=e2e {bin} --db {db} import clients \"$f\" || exit 1; echo \"committed $f\"; done",
        dir = dir.path().display(),
        bin = tmux::binary().display(),
        db = db.display(),
    );
    let mut shell = Command::new("sh")
        .args(["-c", &script])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Each import prints its own line too; count the shell's.
    let mut lines = BufReader::new(shell.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
        .filter(|l| l.starts_with("committed"));
    let mut committed = 0;
    while committed < 8 {
        lines.next().expect("imports go on");
        committed += 1;
    }
    // The next import is under way: kill it with -9, mid-write if the timing falls so.
    let mut killed = false;
    for _ in 0..500 {
        // An import may end between finding it and killing it: then try the next one.
        if let Some(pid) = tmux::pid_of(&db)
            && tmux::try_signal(pid, "KILL")
        {
            killed = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    assert!(killed, "an import was running");
    let done: usize = committed + lines.count();
    let _ = shell.wait();

    // The file opens again; every committed import is there, whole, and the killed one is
    // there whole or not at all.
    let json: serde_json::Value = serde_json::from_str(&export(&db)).unwrap();
    let count = json["clients"].as_array().unwrap().len();
    assert!(
        count >= done * 5,
        "{count} clients for {done} committed imports"
    );
    assert!(count <= (done + 1) * 5);
    assert_eq!(count % 5, 0, "an import is all or nothing");
    // And it takes writes again.
    let extra = dir.path().join("extra.csv");
    std::fs::write(&extra, "naam;omzet\nNa de crash;1\n").unwrap();
    assert!(
        verwacht(&db, &["import", "clients", extra.to_str().unwrap()])
            .status
            .success()
    );
}

/// The user id, to know whether file permissions apply (they do not to root).
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[test]
fn a_read_only_file_shows_a_banner_and_edits_say_why() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), "readonly.redb");
    use std::os::unix::fs::PermissionsExt;
    // Root may write anything: run the program as `nobody`, who may read the file only.
    let root = is_root();
    let setpriv = Command::new("setpriv").arg("--version").output();
    if root && !setpriv.is_ok_and(|o| o.status.success()) {
        tmux::cannot_run("running as root without setpriv (util-linux) to be another user");
        return;
    }
    let prefix: &[&str] = if root {
        &[
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "--",
        ]
    } else {
        &[]
    };
    let mode = if root { 0o644 } else { 0o444 };
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(mode)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let home = dir.path().display().to_string();
    // `nobody` may not be able to reach the build directory: give it a copy of its own.
    let program = if root {
        let copy = dir.path().join("verwacht");
        std::fs::copy(tmux::binary(), &copy).unwrap();
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).unwrap();
        copy
    } else {
        tmux::binary()
    };
    let s = Session::start_with(
        "readonly",
        &program,
        &db,
        &["--lang", "nl"],
        &[("HOME", &home), ("XDG_CONFIG_HOME", &home)],
        prefix,
    );
    let screen = s.wait_for("ALLEEN LEZEN", 10);
    assert!(screen.contains("25 klanten"), "{screen}");
    s.keys(&["i"]);
    s.wait_for("Alleen lezen: interviews afnemen kan hier niet", 3);
    s.keys(&["n"]);
    s.wait_for("Alleen lezen: wijzigen kan niet in dit bestand", 3);
    // The client screen shows the banner too, and its edit keys say why.
    s.keys(&["Enter"]);
    s.wait_for("Contactpersonen", 5);
    s.keys(&["3", "a"]);
    let screen = s.wait_for("Alleen lezen: wijzigen kan niet in dit bestand", 3);
    assert!(screen.contains("ALLEEN LEZEN"), "{screen}");
    s.keys(&["u"]);
    s.wait_for("Alleen lezen: wijzigen kan niet in dit bestand", 3);
}

#[test]
fn a_crash_restores_the_terminal_keeps_the_draft_and_says_where() {
    if !tmux::require() {
        return;
    }
    if !cfg!(debug_assertions) {
        tmux::cannot_run("the crash key exists in debug builds only");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), "crash.redb");
    let crashes = dir.path().join("crashes");
    let s = Session::start_with(
        "crash",
        &tmux::binary(),
        &db,
        &["--lang", "nl"],
        &[
            ("VERWACHT_DEBUG_KEYS", "1"),
            ("VERWACHT_CRASH_DIR", crashes.to_str().unwrap()),
        ],
        &[],
    );
    s.remain_on_exit();
    type_mid_sentence(&s, "Net voor de crash getypt");
    s.keys(&["F12"]);
    let all = s.wait_for_in_history("details in", 5);
    assert!(
        !s.screen().contains("Altijd aanwezig"),
        "the full screen is gone"
    );
    let printed: Vec<&str> = all
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("Pane is dead"))
        .collect();
    assert_eq!(printed.len(), 1, "one line:\n{all}");
    assert!(printed[0].starts_with("verwacht: "), "{all}");
    assert!(printed[0].contains("onverwacht gestopt"), "{all}");
    assert!(printed[0].contains("het concept is bewaard"), "{all}");
    let reports: Vec<_> = std::fs::read_dir(&crashes).unwrap().collect();
    assert_eq!(reports.len(), 1);
    let report = std::fs::read_to_string(reports[0].as_ref().unwrap().path()).unwrap();
    assert!(report.contains("F12 pressed"), "{report}");
    assert!(export(&db).contains("Net voor de crash getypt"));
}

#[test]
fn a_stuck_program_still_stops_on_sigterm_and_keeps_the_draft() {
    if !tmux::require() {
        return;
    }
    if !cfg!(debug_assertions) {
        tmux::cannot_run("the hang key exists in debug builds only");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path(), "stuck.redb");
    let s = Session::start_with(
        "stuck",
        &tmux::binary(),
        &db,
        &["--lang", "nl"],
        &[("VERWACHT_DEBUG_KEYS", "1")],
        &[],
    );
    s.remain_on_exit();
    type_mid_sentence(&s, "Getypt voordat alles vastliep");
    // The loop hangs (as in a terminal read that spins); the watchdog stores the draft kept
    // from the last key and ends the program.
    s.keys(&["F11"]);
    let pid = tmux::pid_of(&db).expect("the program runs");
    tmux::signal(pid, "TERM");
    let took = tmux::gone_within(pid, 3).expect("the program ends");
    eprintln!("stuck, TERM: gone after {took:?}");
    s.wait_for_in_history("gestopt door SIGTERM; het concept is bewaard", 10);
    assert!(export(&db).contains("Getypt voordat alles vastliep"));
}

#[test]
fn init_shared_makes_a_group_file_never_a_world_one() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("team").join("shared").join("verwacht.redb");
    // Even with a strict umask the file and the folders made for it are the group's; others
    // get nothing.
    let out = Command::new("sh")
        .args([
            "-c",
            &format!(
                "umask 077 && {} --lang en --db {} init --shared",
                tmux::binary().display(),
                db.display()
            ),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o660);
    let dir_mode = std::fs::metadata(db.parent().unwrap())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(dir_mode & 0o007, 0, "the directory is not open to others");
    // Every missing folder was made usable by the group, and the user is told which and how.
    let said = String::from_utf8_lossy(&out.stdout);
    for folder in [
        dir.path().join("team"),
        dir.path().join("team").join("shared"),
    ] {
        let mode = std::fs::metadata(&folder).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode, 0o2770, "{}", folder.display());
        assert!(
            said.contains(&format!(
                "Folder created: {} (mode 2770, drwxrws---",
                folder.display()
            )),
            "{said}"
        );
    }
    assert_eq!(said.matches("Folder created").count(), 2, "{said}");
    assert!(!said.contains(&format!("Folder created: {} ", dir.path().display())));
    // A file others may write is refused.
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o666)).unwrap();
    let out = verwacht(&db, &["export"]);
    assert!(!out.status.success());
}
