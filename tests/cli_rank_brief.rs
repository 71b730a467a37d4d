//! `verwacht rank` and `verwacht brief` on a fixed database: the priority order and classes,
//! the CSV and JSON shapes, and finding a client by name (found, ambiguous, not found).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod cli_support;

use cli_support::Sandbox;
use cli_support::fixture::{self, run};

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

#[test]
fn rank_lists_clients_in_priority_order_with_their_classes() {
    let s = fixture::build();
    let out = run(&s, "en", &["rank"]).assert().success();
    let text = stdout(out.get_output());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "#  Cl  Name                     Revenue  Share  Cumulative  Open  Overdue  Days  Grade  Time  Complaint  Prio",
            "1  A   Acme                    €250,000  19.4%       89.1%     1        1    12      3  ▼     12 d       14.1",
            "2  B   Bakkerij Van Dam        €120,000   9.3%       98.4%     1        0     7      8  ▼                 1.5",
            "3  C   Acme Holding             €20,000   1.6%      100.0%     0        0     -      -  ▼                 0.4",
            "4  A   Woonstichting De Linde  €900,000  69.8%       69.8%     0        0     2      -                    0.1",
        ],
        "\n{text}"
    );
    let nl = stdout(run(&s, "nl", &["rank"]).assert().success().get_output());
    assert!(nl.starts_with("#  Kl  Naam"), "{nl}");
    assert!(nl.contains("€ 250.000    19,4%"), "{nl}");
}

#[test]
fn rank_csv_has_stable_keys_and_plain_numbers() {
    let s = fixture::build();
    let out = run(&s, "nl", &["rank", "--format", "csv"])
        .assert()
        .success();
    let text = stdout(out.get_output());
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "rank",
            "id",
            "class",
            "name",
            "revenue",
            "share_pct",
            "cumulative_pct",
            "open",
            "overdue",
            "days_since_contact",
            "last_grade",
            "time_share_pct",
            "time_low",
            "priority",
            "time_over",
            "recover_first",
            "complaint_age_days",
            "value",
            "urgency"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let column = |i: usize| -> Vec<&str> { rows.iter().map(|r| &r[i]).collect() };
    assert_eq!(
        column(3),
        [
            "Acme",
            "Bakkerij Van Dam",
            "Acme Holding",
            "Woonstichting De Linde"
        ]
    );
    assert_eq!(column(2), ["A", "B", "C", "A"]);
    assert_eq!(
        column(4),
        ["250000.00", "120000.00", "20000.00", "900000.00"]
    );
    assert_eq!(column(13), ["14.14", "1.54", "0.41", "0.11"]);
    assert_eq!(column(9), ["12", "7", "", "2"]);
    assert_eq!(column(12), ["true", "true", "true", "false"]);
    assert_eq!(
        column(15),
        ["true", "false", "false", "false"],
        "recover first"
    );
    assert_eq!(
        column(16),
        ["12", "", "", ""],
        "the complaint's age in days"
    );
    assert_eq!(column(11), ["0.0", "0.0", "0.0", "100.0"], "time shares");
}

#[test]
fn rank_json_includes_the_priority_breakdown() {
    let s = fixture::build();
    let out = run(&s, "en", &["rank", "--format", "json"])
        .assert()
        .success();
    let value: serde_json::Value = serde_json::from_str(&stdout(out.get_output())).unwrap();
    let clients = value.as_array().unwrap();
    assert_eq!(clients.len(), 4, "the archived client is left out");
    let acme = &clients[0];
    assert_eq!(acme["name"], "Acme");
    assert_eq!(acme["rank"], 1);
    assert_eq!(acme["class"], "A");
    assert_eq!(acme["revenue_cents"], 25_000_000);
    assert_eq!(acme["overdue"], 1);
    assert_eq!(acme["last_grade"], 3);
    assert_eq!(acme["priority"], 14.14);
    let terms = acme["breakdown"].as_array().unwrap();
    let factors: Vec<&str> = terms
        .iter()
        .map(|t| t["factor"].as_str().unwrap())
        .collect();
    // The overdue basic with a negative gap and a complaint pointing at it is one incident:
    // it counts once, by its worst state.
    assert_eq!(
        factors,
        [
            "complaint",
            "negative_experiences",
            "days_since_contact",
            "time_short"
        ]
    );
    assert_eq!(terms[0]["levels"]["basic"], 1);
    assert_eq!(terms[0]["points"], 12.0, "a basic (1.5) × 8");
    let sum: f64 = terms.iter().map(|t| t["points"].as_f64().unwrap()).sum();
    assert!(
        (sum - acme["urgency"].as_f64().unwrap()).abs() < 0.01,
        "{sum}"
    );
    let product = acme["value"].as_f64().unwrap() * acme["urgency"].as_f64().unwrap();
    assert!((product - 14.14).abs() < 0.01, "value × urgency: {product}");
    assert_eq!(clients[2]["days_since_contact"], serde_json::Value::Null);
}

#[test]
fn rank_of_an_empty_or_missing_database() {
    let s = Sandbox::new();
    let out = run(&s, "en", &["rank"]).assert().code(1);
    assert!(stderr(out.get_output()).starts_with("verwacht: error: "));
    s.cmd(&["init"]).assert().success();
    let out = run(&s, "en", &["rank", "--format", "json"])
        .assert()
        .success();
    assert_eq!(stdout(out.get_output()), "[]\n");
    let out = run(&s, "en", &["rank", "--format", "csv"])
        .assert()
        .success();
    assert_eq!(stdout(out.get_output()).lines().count(), 1);
    run(&s, "en", &["rank", "--format", "xml"]).assert().code(2);
}

#[test]
fn brief_prints_the_best_match_as_plain_text() {
    let s = fixture::build();
    let out = run(&s, "en", &["brief", "acme"]).assert().success();
    let text = stdout(out.get_output());
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("Acme — class A · revenue €250,000"),
        "{text}"
    );
    assert!(lines[1].chars().all(|c| c == '=') && lines[1].len() > 20);
    assert!(text.contains("\nPeople and what they expect\n---------------------------\n"));
    assert!(text.contains("• Els (finance director): 1 open — Invoices always right"));
    assert!(
        text.contains("! 2026-11-01  Invoices always right [basic, in progress] — Els OVERDUE")
    );
    assert!(
        text.contains("! 12 days old (grade 3): Wrong again — about “Invoices always right”"),
        "open complaint marked, with its age, first:\n{text}"
    );
    assert!(!text.contains('\x1b'), "no colour in a pipe");
    // A few letters anywhere in the name, in any case, several words.
    let out = run(&s, "nl", &["brief", "BAKKERIJ", "van"])
        .assert()
        .success();
    assert!(stdout(out.get_output()).starts_with("Bakkerij Van Dam — klasse B"));
    let out = run(&s, "en", &["brief", "wsdl"]).assert().success();
    assert!(stdout(out.get_output()).starts_with("Woonstichting De Linde"));
}

#[test]
fn brief_of_an_ambiguous_or_unknown_name_fails_with_one_line() {
    let s = fixture::build();
    let out = run(&s, "en", &["brief", "acm"]).assert().code(1);
    assert_eq!(
        stderr(out.get_output()),
        "verwacht: error: \"acm\" is ambiguous: Acme, Acme Holding; type more of the name\n"
    );
    assert!(stdout(out.get_output()).is_empty());
    let out = run(&s, "en", &["brief", "xyzzy"]).assert().code(1);
    let err = stderr(out.get_output());
    assert!(
        err.starts_with("verwacht: error: no client matches \"xyzzy\"; nearest: "),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    // Archived clients are not briefed.
    let out = run(&s, "nl", &["brief", "Oud BV"]).assert().code(1);
    assert!(
        stderr(out.get_output())
            .starts_with("verwacht: fout: geen klant past bij \"Oud BV\"; dichtstbij: "),
        "{}",
        stderr(out.get_output())
    );
    run(&s, "en", &["brief"]).assert().code(2);
}

#[test]
fn rank_by_class_answers_the_eighty_twenty_question_and_matches_the_clients() {
    let s = fixture::build();
    let json = |args: &[&str]| -> serde_json::Value {
        let out = run(&s, "en", args).assert().success();
        serde_json::from_str(&stdout(out.get_output())).unwrap()
    };
    let classes = json(&["rank", "--by-class", "--format", "json"]);
    let clients = json(&["rank", "--format", "json"]);
    let classes = classes.as_array().unwrap();
    assert_eq!(classes.len(), 3);
    for key in ["clients_pct", "revenue_pct", "time_pct"] {
        let sum: f64 = classes.iter().map(|c| c[key].as_f64().unwrap()).sum();
        assert!((sum - 100.0).abs() < 1e-9, "{key} sums to {sum}");
    }
    for class in classes {
        let letter = class["class"].as_str().unwrap();
        let members: Vec<&serde_json::Value> = clients
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["class"] == letter)
            .collect();
        assert_eq!(class["clients"], members.len());
        let share: f64 = members
            .iter()
            .map(|c| c["share_pct"].as_f64().unwrap())
            .sum();
        let time: f64 = members
            .iter()
            .map(|c| c["time_share_pct"].as_f64().unwrap())
            .sum();
        assert!(
            (class["revenue_pct"].as_f64().unwrap() - share).abs() < 0.1,
            "{letter}"
        );
        assert!(
            (class["time_pct"].as_f64().unwrap() - time).abs() < 0.1,
            "{letter}"
        );
        let open: u64 = members.iter().map(|c| c["open"].as_u64().unwrap()).sum();
        assert_eq!(class["open"], open);
    }
    // The text names the answer in a sentence per class, in the user's language.
    let out = run(&s, "nl", &["rank", "--by-class"]).assert().success();
    let text = stdout(out.get_output());
    assert!(
        text.contains("A: 50,0% van de klanten · 89,1% van de omzet · 100,0% van je tijd"),
        "{text}"
    );
    assert!(text.contains("Totaal"), "{text}");
    let csv = stdout(
        run(&s, "en", &["rank", "--by-class", "--format", "csv"])
            .assert()
            .success()
            .get_output(),
    );
    assert!(
        csv.starts_with("class,clients,clients_pct,revenue_pct,time_pct,minutes,open,overdue\n"),
        "{csv}"
    );
}
