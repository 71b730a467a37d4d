//! Hostile text stays harmless everywhere: names and notes holding escape sequences, control
//! characters, bidirectional overrides and isolates, and invisible joiners and spaces reach no
//! output as they are — not the screen, not plain text, CSV, Markdown or JSON — and leave no
//! stale cells behind on the screen. One sanitiser does it for every output.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use std::path::Path;

use common::tmux::{self, Session, verwacht};

/// A name with a bit of everything: an escape sequence, a control character, a right-to-left
/// override, the isolates, joiners and zero-width spaces.
const EVIL: &str = "Evil\u{1b}[2J\u{202E}LIVE\u{2066}x\u{2067}y\u{2068}z\u{2069}\u{1} BV";
const JOINED: &str =
    "Bak\u{200D}ker\u{200B}ij\u{200D} Zon\u{200B}\u{200B}\u{200B}\u{200B}\u{2060}\u{FEFF} BV";

/// Characters that must never reach an output as they are.
fn harmful(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        || matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}'
        )
}

fn assert_harmless(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<String> = text
        .chars()
        .filter(|c| harmful(*c))
        .map(|c| format!("U+{:04X}", c as u32))
        .collect();
    assert!(bad.is_empty(), "{what} passes on {bad:?}:\n{text}");
}

fn hostile(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("hostile.redb");
    assert!(verwacht(&db, &["--lang", "nl", "demo"]).status.success());
    let clients = dir.join("clients.csv");
    std::fs::write(
        &clients,
        format!("naam,omzet,notities\n\"{EVIL}\",8000000,\"storing \u{202E}gnirots\"\n\"{JOINED}\",9000000,storing\n"),
    )
    .unwrap();
    let contacts = dir.join("contacts.csv");
    std::fs::write(
        &contacts,
        format!("klant,naam,rol\n\"{JOINED}\",\"Els\u{200D}\u{1b}]0;pwned\u{7} Bakker\",\"fin\u{2066}ance\"\n"),
    )
    .unwrap();
    let expectations = dir.join("expectations.csv");
    std::fs::write(
        &expectations,
        format!(
            "klant,contactpersoon,titel,omschrijving,deadline\n\
             \"{JOINED}\",\"Els\u{200D}\u{1b}]0;pwned\u{7} Bakker\",\"Storing \u{202E}snel\u{200B} opgelost\",\"een\nstoring\u{1b}[31m\",31-12-2026\n"
        ),
    )
    .unwrap();
    for (kind, file) in [
        ("clients", &clients),
        ("contacts", &contacts),
        ("expectations", &expectations),
    ] {
        let out = verwacht(
            &db,
            &["--lang", "nl", "import", kind, file.to_str().unwrap()],
        );
        assert!(
            out.status.success(),
            "{kind}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    db
}

#[test]
fn every_plain_output_is_sanitised() {
    let dir = tempfile::tempdir().unwrap();
    let db = hostile(dir.path());
    let csv_dir = dir.path().join("csv");
    let csv_dir = csv_dir.to_str().unwrap();
    let runs: [&[&str]; 10] = [
        &["search", "storing"],
        &["search", "Evil"],
        &["rank"],
        &["rank", "--format", "csv"],
        &["rank", "--format", "json"],
        &["rank", "--by-class"],
        &["brief", "Bakkerij Zon"],
        &[
            "export",
            "--format",
            "md",
            "--client",
            "Bakkerij Zon",
            "--preview",
        ],
        &["export", "--format", "json"],
        &["export", "--format", "csv", "-o", csv_dir],
    ];
    for args in runs {
        let mut all = vec!["--lang", "nl"];
        all.extend(args);
        let out = verwacht(&db, &all);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_harmless(&format!("{args:?} (stdout)"), &out.stdout);
        assert_harmless(&format!("{args:?} (stderr)"), &out.stderr);
    }
    for file in std::fs::read_dir(csv_dir).unwrap() {
        let path = file.unwrap().path();
        assert_harmless(&path.display().to_string(), &std::fs::read(&path).unwrap());
    }
    // An error that quotes what was asked for is sanitised too.
    let out = verwacht(&db, &["--lang", "nl", "brief", "Zzz\u{1b}[2J\u{202E}"]);
    assert_eq!(out.status.code(), Some(1));
    assert_harmless("an error line", &out.stderr);
    // Search shows bidi controls as a visible mark, like every other output, and invisible
    // joiners not at all.
    let out = verwacht(&db, &["--lang", "nl", "search", "Evil"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Evil\u{FFFD}[2J\u{FFFD}LIVE\u{FFFD}x\u{FFFD}y\u{FFFD}z\u{FFFD}\u{FFFD} BV"),
        "{text}"
    );
    let out = verwacht(&db, &["--lang", "nl", "search", "Zon"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Bakkerij Zon BV"));
}

#[test]
fn the_backup_keeps_hostile_text_exactly_yet_shows_it_harmlessly() {
    let dir = tempfile::tempdir().unwrap();
    let db = hostile(dir.path());
    let backup = verwacht(&db, &["export", "--format", "json"]).stdout;
    assert_harmless("the backup", &backup);
    let text = String::from_utf8(backup.clone()).unwrap();
    assert!(text.contains("\\u202e"), "escaped, not lost");
    let file = dir.path().join("backup.json");
    std::fs::write(&file, &backup).unwrap();
    let restored = dir.path().join("restored.redb");
    let out = verwacht(&restored, &["import", "json", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = verwacht(&restored, &["export", "--format", "json"]).stdout;
    assert_eq!(again, backup, "byte for byte the same backup");
    let name = |json: &[u8]| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_slice(json).unwrap();
        v["clients"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        name(&again).contains(&EVIL.to_string()),
        "the name itself is kept"
    );
    assert!(name(&again).contains(&JOINED.to_string()));
}

/// The screen as drawn after the program has drawn all of it anew (a resize clears and redraws
/// every cell): what the screen should show when no cell is stale.
fn redrawn(s: &Session, (w, h): (u16, u16)) -> String {
    // The frame's bottom-right corner sits in the last column once the program has drawn.
    let drawn_at = |width: u16| {
        move |screen: &str| {
            screen
                .lines()
                .any(|l| l.chars().count() == usize::from(width) && l.ends_with('┘'))
        }
    };
    s.resize(w + 1, h);
    s.wait_until("the wider frame", 5, drawn_at(w + 1));
    s.resize(w, h);
    s.wait_until("the frame back at its size", 5, drawn_at(w));
    stable(s)
}

/// The screen once two looks a moment apart agree.
fn stable(s: &Session) -> String {
    let mut last = s.screen();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(150));
        let now = s.screen();
        if now == last {
            return now;
        }
        last = now;
    }
}

fn no_stale_cells(lang: &str, (w, h): (u16, u16)) {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = hostile(dir.path());
    let s = Session::start_sized(
        &format!("hostile-{lang}-{w}"),
        &db,
        &["--lang", lang],
        (w, h),
    );
    let list = s.wait_for("Bakkerij Zon BV", 10);
    assert!(list.contains("Evil"), "{list}");
    for line in list.lines() {
        assert!(!line.chars().any(harmful), "on the screen: {line:?}");
    }
    // Every row of the list lines up: the share column ends where the header's does.
    let header = list
        .lines()
        .find(|l| l.contains("Omzet") || l.contains("Revenue"))
        .unwrap();
    let rows: Vec<&str> = list
        .lines()
        .filter(|l| l.contains('€') && l.starts_with('│'))
        .collect();
    assert!(rows.len() > 5, "{list}");
    let ends = |l: &str| l.chars().count();
    for row in &rows {
        assert_eq!(
            ends(row),
            ends(header),
            "the row is as wide as the header: {row:?}\n{list}"
        );
    }
    // Open the client with the joiners in its name: the briefing leaves nothing of the list.
    s.type_text("/");
    s.type_text("Bakkerij Zon");
    s.wait_for("Bakkerij Zon BV", 5);
    s.keys(&["Enter"]);
    s.wait_until("the client's screen", 5, |screen| {
        screen.contains("Briefing") && !screen.contains("Zoeken") && !screen.contains("Search")
    });
    s.wait_until("the briefing drawn", 5, |screen| {
        screen.contains("9.000.000") || screen.contains("9,000,000")
    });
    let before = stable(&s);
    assert_eq!(
        before,
        redrawn(&s, (w, h)),
        "no stale cells after opening the client"
    );
    for line in before.lines() {
        assert!(!line.chars().any(harmful), "on the screen: {line:?}");
    }
}

#[test]
fn joiners_leave_no_stale_cells_in_dutch_at_80x24() {
    no_stale_cells("nl", (80, 24));
}

#[test]
fn joiners_leave_no_stale_cells_in_english_wide() {
    no_stale_cells("en", (160, 45));
}
