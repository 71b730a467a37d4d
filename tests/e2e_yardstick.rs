//! The yardstick and the gap end to end, in the real binary under tmux (issue #11): an
//! interview with two answers in different steps, each given its own deadline and measure
//! (and one an expected grade) with `Ctrl-F`; the summary with titles of our own; the two new
//! expectations in `verwacht export --format json`, each with its own fields; on the
//! expectation screen two measurements of the current level (trend and progress), the expected
//! grade set in the form and an experience one grade above it (gap +1, the sweet spot); the gap
//! and the progress in the briefing, in `verwacht brief` (English and Dutch) and in the client's
//! progress report, which shows the accepted titles and never the words of the answers.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{Months, NaiveDate};
use common::tmux::{self, Session, verwacht};
use serde_json::Value;

const CLIENT: &str = "Zorggroep Het Baken";

// Step 2: by when should it be true? Deadline `+3m`, a falling measure, no expected grade.
const ANSWER_2: &str = "Vanaf het voorjaar alle storingen binnen vier uur verholpen";
const TITLE_2: &str = "Storingen binnen vier uur";
const METRIC_2: &str = "hersteltijd";
const UNIT_2: &str = "uur";

// Step 7: the yardstick. Deadline `+1y`, a rising measure and the grade she expects.
const ANSWER_7: &str = "Ze wil dat de planning elke week op maandag klopt #prestatie";
const SUGGESTED_7: &str = "De planning elke week op maandag klopt";
const TITLE_7: &str = "Planning klopt elke maandag";
const METRIC_7: &str = "planning op tijd";
const UNIT_7: &str = "%";

/// Runs a plain command and returns its standard output; panics with its errors if it fails.
fn run(db: &Path, args: &[&str]) -> String {
    let out = verwacht(db, args);
    assert!(
        out.status.success(),
        "verwacht {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of the screen's rightmost column as one flowing line: each row's last part between
/// box lines, joined with spaces, so that an answer or a briefing line the screen wraps reads
/// whole again.
fn flowing(screen: &str) -> String {
    screen
        .lines()
        .map(|line| {
            line.split('│')
                .map(str::trim)
                .rfind(|part| !part.is_empty())
                .unwrap_or("")
        })
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Waits until the rightmost column, read as one line, holds `text`.
fn wait_for_flowing(s: &Session, text: &str) -> String {
    s.wait_until(&format!("{text:?} (wrapped lines joined)"), 5, |screen| {
        flowing(screen).contains(text)
    })
}

/// Whether a form on the screen shows `value` in the field labelled `label`.
fn field_shows(screen: &str, label: &str, value: &str) -> bool {
    screen.lines().any(|line| {
        line.match_indices(label)
            .any(|(at, _)| line[at + label.len()..].trim_start().starts_with(value))
    })
}

/// Types `value` into the focused field, and waits until it stands in the field `label` (so a
/// focus on the wrong field fails here, with the form on screen).
fn fill(s: &Session, label: &str, value: &str) {
    s.type_text(value);
    s.wait_until(
        &format!("the field {label:?} to hold {value:?}"),
        5,
        |screen| field_shows(screen, label, value),
    );
}

/// Scrolls the briefing down with `j` until it shows `text` (wrapped lines joined); fails when
/// the briefing ends without it.
fn scroll_until(s: &Session, text: &str) -> String {
    let mut screen = s.screen();
    loop {
        if flowing(&screen).contains(text) {
            return screen;
        }
        s.keys(&["j"]);
        let start = Instant::now();
        let before = screen;
        loop {
            screen = s.screen();
            if screen != before || flowing(&screen).contains(text) {
                break;
            }
            if start.elapsed() > Duration::from_secs(2) {
                panic!("the briefing ends without {text:?}:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// The exported expectation with this title; panics with every title otherwise.
fn expectation<'a>(json: &'a Value, title: &str) -> &'a Value {
    let all = json["expectations"]
        .as_array()
        .expect("expectations in the export");
    all.iter().find(|e| e["title"] == title).unwrap_or_else(|| {
        let titles: Vec<&str> = all.iter().filter_map(|e| e["title"].as_str()).collect();
        panic!("no expectation {title:?} in the export; titles: {titles:#?}")
    })
}

fn export_json(db: &Path) -> Value {
    serde_json::from_str(&run(db, &["export", "--format", "json"])).unwrap()
}

fn in_months(today: NaiveDate, months: u32) -> NaiveDate {
    today.checked_add_months(Months::new(months)).unwrap()
}

#[test]
fn two_answers_with_their_own_measure_become_a_yardstick_and_a_gap() {
    if !tmux::require() {
        return;
    }
    let started = Instant::now();
    let today = chrono::Local::now().date_naive();
    let deadline_2 = in_months(today, 3);
    let deadline_7 = in_months(today, 12);
    let (d2, d7) = (deadline_2.format("%Y-%m-%d"), deadline_7.format("%Y-%m-%d"));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e2e-yardstick.redb");
    run(&db, &["--lang", "en", "demo"]);

    let s = Session::start("yardstick", &db, &["--lang", "en"]);
    s.wait_for("Clients", 10);
    // Zorggroep Het Baken has no interview in progress (it would be offered first).
    s.keys(&["f"]);
    s.type_text("Baken");
    s.keys(&["Enter"]);
    s.wait_for("filter “Baken”", 5);
    s.keys(&["i"]);
    s.wait_for("who are you talking to?", 5);
    s.keys(&["1"]);
    s.wait_for("1. Always present", 5);

    // 1. Step 2: an answer with, while it is still in the editor, its deadline and measure.
    s.keys(&["M-2"]);
    s.wait_for("2. About the future", 5);
    s.type_text(ANSWER_2);
    s.wait_for(ANSWER_2, 5);
    s.keys(&["C-f"]);
    s.wait_for("With this answer: deadline, measure, expected grade", 5);
    fill(&s, "Deadline", "+3m"); // the focus starts on the deadline at step 2
    for (label, value) in [
        ("Metric", METRIC_2),
        ("Unit", UNIT_2),
        ("Baseline", "24"),
        ("Target", "4"),
    ] {
        s.keys(&["Tab"]);
        fill(&s, label, value);
    }
    s.keys(&["Enter"]);
    let own_2 = format!("[deadline {d2} · {METRIC_2}: 24 → 4 {UNIT_2}]");
    wait_for_flowing(
        &s,
        &format!("With this answer: deadline {d2} · {METRIC_2}: 24 → 4 {UNIT_2}"),
    );
    s.keys(&["Enter"]);
    wait_for_flowing(&s, &format!("• {ANSWER_2} {own_2}"));

    // Step 7: the answer first, then Ctrl-F with the editor empty: the form is for it.
    s.keys(&["M-7"]);
    s.wait_for("7. The yardstick for judging", 5);
    s.type_text(ANSWER_7);
    s.wait_for(ANSWER_7, 5);
    s.keys(&["Enter"]);
    wait_for_flowing(&s, &format!("• {ANSWER_7}"));
    s.keys(&["C-f"]);
    s.wait_for("With this answer: deadline, measure, expected grade", 5);
    fill(&s, "Metric", METRIC_7); // the focus starts on the metric at step 7
    for (label, value) in [
        ("Unit", UNIT_7),
        ("Baseline", "60"),
        ("Target", "95"),
        ("Expected grade", "8"),
    ] {
        s.keys(&["Tab"]);
        fill(&s, label, value);
    }
    s.keys(&["BTab", "BTab", "BTab", "BTab", "BTab"]);
    fill(&s, "Deadline", "+1y");
    s.keys(&["Enter"]);
    let own_7 = format!("[deadline {d7} · {METRIC_7}: 60 → 95 {UNIT_7} · grade 8]");
    let screen = wait_for_flowing(&s, &format!("• {ANSWER_7} {own_7}"));
    assert!(
        !flowing(&screen).contains(METRIC_2),
        "step 7 shows only its own measure:\n{screen}"
    );

    // Step 2 still has its own deadline and measure, not those given at step 7.
    s.keys(&["M-2"]);
    s.wait_for("2. About the future", 5);
    let screen = wait_for_flowing(&s, &format!("• {ANSWER_2} {own_2}"));
    let text = flowing(&screen);
    assert!(
        !text.contains(METRIC_7) && !text.contains("grade 8") && !text.contains(&d7.to_string()),
        "step 2 shows only its own fields:\n{screen}"
    );

    // 2. The summary: each proposal inherits its own fields and gets a title of our own.
    s.escape_to("i type");
    s.keys(&["f"]);
    s.wait_for("Summary: what becomes an expectation?", 5);
    s.wait_for("2 proposals · 0 accepted", 5);
    let screen = wait_for_flowing(&s, &format!("Title: {ANSWER_2}"));
    let text = flowing(&screen);
    for shown in [
        format!("Deadline: {d2}"),
        format!("Metric: {METRIC_2}: 24 → 4 {UNIT_2}"),
        "Expected grade: not filled in yet".to_string(),
    ] {
        assert!(
            text.contains(&shown),
            "proposal 1 shows {shown:?}:\n{screen}"
        );
    }
    s.keys(&["t"]);
    s.wait_for("Proposal 1 of 2", 5);
    s.keys(&["C-u"]);
    fill(&s, "Title", TITLE_2);
    s.keys(&["Enter"]);
    wait_for_flowing(&s, &format!("Title: {TITLE_2}"));

    s.keys(&["j"]);
    let screen = wait_for_flowing(&s, &format!("Title: {SUGGESTED_7}"));
    let text = flowing(&screen);
    for shown in [
        format!("Deadline: {d7}"),
        format!("Metric: {METRIC_7}: 60 → 95 {UNIT_7}"),
        "Expected grade: 8".to_string(),
    ] {
        assert!(
            text.contains(&shown),
            "proposal 2 shows {shown:?}:\n{screen}"
        );
    }
    s.keys(&["t"]);
    s.wait_for("Proposal 2 of 2", 5);
    s.keys(&["C-u"]);
    fill(&s, "Title", TITLE_7);
    s.keys(&["Enter"]);
    wait_for_flowing(&s, &format!("Title: {TITLE_7}"));
    s.keys(&["A"]);
    s.wait_for("2 proposals · 2 accepted", 5);
    s.keys(&["f"]);
    s.wait_for("Interview finished: 2 expectations created", 5);
    s.wait_for("Clients · sorted by", 5);

    // 3. Two new expectations with our titles, each with its own deadline and measure.
    let json = export_json(&db);
    let e2 = expectation(&json, TITLE_2);
    assert_eq!(e2["description"], ANSWER_2, "{e2:#}");
    assert_eq!(e2["deadline"], d2.to_string(), "{e2:#}");
    assert_eq!(e2["measure"]["metric"], METRIC_2, "{e2:#}");
    assert_eq!(e2["measure"]["unit"], UNIT_2, "{e2:#}");
    assert_eq!(e2["measure"]["baseline"], "24", "{e2:#}");
    assert_eq!(e2["measure"]["target"], "4", "{e2:#}");
    assert!(e2["expected_grade"].is_null(), "{e2:#}");
    let e7 = expectation(&json, TITLE_7);
    assert_eq!(e7["description"], ANSWER_7, "{e7:#}");
    assert_eq!(e7["deadline"], d7.to_string(), "{e7:#}");
    assert_eq!(e7["measure"]["metric"], METRIC_7, "{e7:#}");
    assert_eq!(e7["measure"]["unit"], UNIT_7, "{e7:#}");
    assert_eq!(e7["measure"]["baseline"], "60", "{e7:#}");
    assert_eq!(e7["measure"]["target"], "95", "{e7:#}");
    assert_eq!(e7["expected_grade"], 8, "{e7:#}");

    // 4. The step-2 expectation on its own screen.
    s.keys(&["Enter"]);
    s.wait_for("1 Briefing │ 2 People │ 3 Expectations", 5);
    s.keys(&["3"]);
    s.wait_for("┌Expectations", 5);
    let screen = s.wait_for(TITLE_2, 5);
    let lines: Vec<&str> = screen.lines().collect();
    let header = lines
        .iter()
        .position(|l| l.contains("Status") && l.contains("Title"))
        .unwrap_or_else(|| panic!("the expectations tab has a header:\n{screen}"));
    let row = lines.iter().position(|l| l.contains(TITLE_2)).unwrap();
    assert!(row > header, "{TITLE_2} is a row of the table:\n{screen}");
    for _ in 0..row - header - 1 {
        s.keys(&["j"]);
    }
    s.keys(&["Enter"]);
    s.wait_for(&format!("verwacht {CLIENT} › {TITLE_2}"), 5);
    s.wait_for(&format!("{METRIC_2}: 24 {UNIT_2} (target 4)"), 5);

    // Two measurements of the current level: the trend and the way toward the target.
    s.keys(&["m"]);
    s.wait_for(&format!("New measurement: {TITLE_2}"), 5);
    fill(&s, &format!("Current level ({UNIT_2})"), "12");
    s.keys(&["Enter"]);
    s.wait_for(
        &format!("{METRIC_2}: 24 → now 12 {UNIT_2} (target 4) · 60% of the way"),
        5,
    );
    s.keys(&["m"]);
    s.wait_for(&format!("New measurement: {TITLE_2}"), 5);
    fill(&s, &format!("Current level ({UNIT_2})"), "8");
    s.keys(&["Enter"]);
    let trend = format!("{METRIC_2}: 24 → 12 → now 8 {UNIT_2} (target 4) · 80% of the way");
    s.wait_for(&trend, 5);

    // It had no expected grade: give it in the form (the 14th field).
    s.wait_for("Expected grade: not filled in yet", 5);
    s.keys(&["e"]);
    s.wait_for(&format!("Edit expectation at {CLIENT}"), 5);
    for _ in 0..13 {
        s.keys(&["Tab"]);
    }
    fill(&s, "Expected grade", "8");
    s.keys(&["Enter"]);
    s.wait_for("Expected grade: 8", 5);

    // An experience one grade above it: the sweet spot.
    s.keys(&["r"]);
    s.wait_for(&format!("Record an experience at {CLIENT}"), 5);
    let screen = s.screen();
    assert!(
        field_shows(&screen, "About", TITLE_2),
        "the experience is about this expectation:\n{screen}"
    );
    s.keys(&["C-u"]);
    fill(&s, "Grade (1–10)", "9");
    s.keys(&["Tab"]);
    fill(&s, "Note", "Storing in De Linde binnen drie uur opgelost");
    s.keys(&["Enter"]);
    s.wait_for(
        "grade 9 against 8 expected: gap +1, just above the bar: the sweet spot",
        5,
    );

    // 5. The briefing: the yardstick with its progress, and the gap with its meaning.
    s.escape_to("1 Briefing │ 2 People");
    s.keys(&["1"]);
    s.wait_for("┌Briefing", 5);
    s.wait_for(&trend, 5);
    scroll_until(
        &s,
        &format!(
            "{TITLE_2}: grade 9 against 8 expected: gap +1, just above the bar: the sweet spot"
        ),
    );
    s.escape_to("Clients · sorted by");
    s.keys(&["q"]);
    s.wait_until_ended("q to end the program", 5);

    // The measurements and the grade are stored with the expectation.
    let json = export_json(&db);
    let e2 = expectation(&json, TITLE_2);
    assert_eq!(e2["measure"]["current"], "8", "{e2:#}");
    assert_eq!(e2["expected_grade"], 8, "{e2:#}");

    // 6. `verwacht brief`, in English and in Dutch.
    let brief = run(&db, &["--lang", "en", "brief", "baken"]);
    for shown in [
        trend.clone(),
        format!(
            "{TITLE_2}: grade 9 against 8 expected: gap +1, just above the bar: the sweet spot"
        ),
    ] {
        assert!(brief.contains(&shown), "brief shows {shown:?}:\n{brief}");
    }
    let brief = run(&db, &["--lang", "nl", "brief", "baken"]);
    for shown in [
        format!("{METRIC_2}: 24 → 12 → nu 8 {UNIT_2} (doel 4) · 80% op weg naar het doel"),
        format!("{TITLE_2}: cijfer 9 tegen verwacht 8: verschil +1, net boven de lat"),
        format!("{}  {TITLE_2}", deadline_2.format("%d-%m-%Y")),
    ] {
        assert!(
            brief.contains(&shown),
            "brief in Dutch shows {shown:?}:\n{brief}"
        );
    }

    // 7. The client's progress report: the titles and the progress, not the answers' words.
    let report = run(
        &db,
        &[
            "--lang",
            "en",
            "export",
            "--format",
            "md",
            "--client",
            "baken",
            "--preview",
        ],
    );
    for shown in [
        format!("**{TITLE_2}** — open · due {d2}"),
        format!("Measure: {trend}"),
        format!("**{TITLE_7}** — open · due {d7}"),
        format!("Measure: {METRIC_7}: 60 {UNIT_7} (target 95)"),
    ] {
        assert!(
            report.contains(&shown),
            "the report shows {shown:?}:\n{report}"
        );
    }
    for unsaid in [ANSWER_2, ANSWER_7, SUGGESTED_7, "#prestatie"] {
        assert!(
            !report.contains(unsaid),
            "the report does not quote the answer {unsaid:?}:\n{report}"
        );
    }
    eprintln!("the yardstick end to end took {:?}", started.elapsed());
}
