//! `verwacht import clients|contacts|expectations`: files that work, and files that are
//! refused with `FILE:LINE: column: problem` lines while the database stays exactly as it was.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod cli_support;

use cli_support::{Sandbox, seeded};

/// Imports `content` as `kind`, expects exit code 1 with `expected` on stderr, and checks that
/// nothing in the database changed.
fn refused(s: &Sandbox, kind: &str, content: &[u8], expected: &[&str]) {
    let before = s.export();
    let file = s.file("bad.csv", content);
    let out = s.cmd(&["import", kind, &file]).assert().code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    for line in expected {
        assert!(stderr.contains(line), "{line:?} not in:\n{stderr}");
    }
    assert!(stderr.contains("nothing imported"), "{stderr}");
    assert!(out.get_output().stdout.is_empty());
    assert_eq!(s.export(), before, "the database changed");
}

#[test]
fn a_bad_amount_stops_the_whole_file() {
    refused(
        &seeded(),
        "clients",
        b"name,revenue\nGood One,1000\nBad One,12x\nAlso Bad,\"12,34,5\"\n",
        &[
            "bad.csv:3: revenue: '12x' is not an amount",
            "bad.csv:4: revenue: '12,34,5': groups of thousands must have three digits",
        ],
    );
}

#[test]
fn a_missing_column_is_named() {
    refused(
        &seeded(),
        "clients",
        b"name,sector\nCafe Noord,horeca\n",
        &["bad.csv:1: revenue: this column is missing and is required"],
    );
}

#[test]
fn an_unknown_client_is_named() {
    refused(
        &seeded(),
        "expectations",
        b"client,title\nAcme,Fast answers\nGamma BV,Reports on time\n",
        &["bad.csv:3: client: no client named 'Gamma BV'"],
    );
    refused(
        &seeded(),
        "contacts",
        b"klant;naam\nOnbekend;Jan\n",
        &["bad.csv:2: klant: no client named 'Onbekend'"],
    );
}

#[test]
fn an_empty_file_is_refused() {
    refused(&seeded(), "clients", b"", &["bad.csv: the file is empty"]);
    refused(
        &seeded(),
        "clients",
        b"name,revenue\n",
        &["bad.csv: the file has a header but no rows"],
    );
}

#[test]
fn a_tab_separated_file_is_refused_clearly() {
    refused(
        &seeded(),
        "clients",
        b"name\trevenue\nCafe Noord\t1000\n",
        &["bad.csv:1: the columns are separated by tabs; use commas or semicolons"],
    );
}

#[test]
fn problems_are_reported_in_dutch_too() {
    let s = seeded();
    let before = s.export();
    let file = s.file("fout.csv", "naam;omzet\nCafe Noord;veel\n");
    let out = s
        .cmd_in("nl", &s.db, &["import", "clients", &file])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.starts_with("fout.csv:2: omzet: 'veel' is geen bedrag"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("verwacht: fout: niets geïmporteerd: 1 probleem in fout.csv\n"),
        "{stderr}"
    );
    assert_eq!(s.export(), before);
}

#[test]
fn a_file_with_a_byte_order_mark_works() {
    let s = Sandbox::new();
    let out = s.import_ok(
        "clients",
        "bom.csv",
        b"\xEF\xBB\xBFName,Revenue\nAcme,\"1,234,567.89\"\n",
    );
    assert_eq!(out, "1 client imported\n");
    let export = s.export();
    assert!(export.contains("\"name\": \"Acme\""), "{export}");
    assert!(export.contains("\"revenue\": 123456789"), "{export}");
}

#[test]
fn a_semicolon_file_with_dutch_amounts_works() {
    let s = Sandbox::new();
    let out = s.import_ok(
        "clients",
        "klanten.csv",
        "Naam;Omzet;Sector\nWoonstichting De Linde;€ 1.234.567,89;wonen\nKoffiebar Boon;12.000;horeca\nGemeente Zuidveen;250.000,-;overheid\n",
    );
    assert_eq!(out, "3 clients imported\n");
    let export = s.export();
    for revenue in ["123456789", "1200000", "25000000"] {
        assert!(
            export.contains(&format!("\"revenue\": {revenue}")),
            "{export}"
        );
    }
}

#[test]
fn expectations_with_dutch_words_and_dates() {
    let s = seeded();
    let out = s.import_ok(
        "expectations",
        "verwachtingen.csv",
        "klant;contactpersoon;titel;aard;bron;niveau;maatstaf;nulmeting;doel;eenheid;deadline;status\n\
         bakkerij van dam;piet;Levering voor 7 uur;rationeel;belofte;basis;levertijd;9;7;uur;31-3-2027;bezig\n",
    );
    assert_eq!(out, "1 expectation imported\n");
    let export = s.export();
    for field in [
        "\"title\": \"Levering voor 7 uur\"",
        "\"source\": \"promise\"",
        "\"level\": \"basic\"",
        "\"deadline\": \"2027-03-31\"",
        "\"status\": \"in_progress\"",
        "\"unit\": \"uur\"",
    ] {
        assert!(export.contains(field), "{field} not in export");
    }
}
