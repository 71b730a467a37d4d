//! Huge input stays whole and the program stays usable: a 5 MB answer pasted into the
//! interview's editor is kept to the last character, typing goes on at its end, and saving it
//! stores it exactly. (How fast this is lives in `benches/pty.rs`, not in a test.)
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use common::tmux::{self, Session, verwacht};

/// About 5 MB of answer, in lines of about 80 characters with a blank line now and then.
fn five_megabytes() -> String {
    let words = [
        "de",
        "klant",
        "verwacht",
        "levertijd",
        "storing",
        "afspraak",
        "rapport",
        "planning",
        "monteur",
        "kwaliteit",
        "factuur",
        "het",
        "een",
    ];
    let mut x: u64 = 7;
    let mut text = String::new();
    let mut line: u32 = 0;
    while text.len() < 5_000_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        text.push_str(words[(x % words.len() as u64) as usize]);
        line += 1;
        if line.is_multiple_of(12) {
            text.push('\n');
            if x.is_multiple_of(20) {
                text.push('\n');
            }
        } else {
            text.push(' ');
        }
    }
    text.push_str("laatste regel");
    text
}

#[test]
fn a_five_megabyte_answer_is_kept_exactly_and_typing_goes_on() {
    if !tmux::require() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("huge.redb");
    assert!(verwacht(&db, &["--lang", "nl", "demo"]).status.success());
    let s = Session::start("huge-answer", &db, &["--lang", "nl"]);
    s.wait_for("Klanten", 10);
    s.keys(&["i"]);
    s.wait_for("met wie spreek je?", 5);
    s.keys(&["1"]);
    s.wait_for("Antwoord", 5);
    let text = five_megabytes();
    s.paste(&text);
    s.wait_for("laatste regel", 30);
    s.type_text(" en nog wat");
    s.wait_for("laatste regel en nog wat", 10);
    s.keys(&["Enter"]);
    s.wait_for("Antwoord opgeslagen", 30);
    // Typing the next answer goes on as usual.
    s.type_text("kort antwoord");
    s.wait_for("kort antwoord", 10);
    s.keys(&["Enter"]);
    s.wait_for("• kort antwoord", 10);
    let backup = verwacht(&db, &["export", "--format", "json"]);
    let backup: serde_json::Value = serde_json::from_slice(&backup.stdout).unwrap();
    let answers: Vec<&str> = backup["answers"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["text"].as_str())
        .collect();
    let expected = format!("{text} en nog wat");
    let huge = answers
        .iter()
        .find(|a| a.len() > 1_000_000)
        .expect("the huge answer");
    assert_eq!(huge.len(), expected.len());
    assert!(*huge == expected, "stored exactly, to the last character");
    assert!(answers.contains(&"kort antwoord"));
}
