//! `verwacht export --format csv -o DIR`: seven files with fixed headers; clients, contacts
//! and expectations import back into a new database and export again unchanged.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

mod cli_support;

use std::os::unix::fs::PermissionsExt;

use cli_support::fixture::{self, run};

const FILES: [(&str, &str); 7] = [
    ("clients.csv", "name,revenue,sector,notes"),
    ("contacts.csv", "client,name,role,reach"),
    (
        "expectations.csv",
        "client,contact,title,description,nature,source,level,metric,baseline,target,unit,current,deadline,status,expected_grade,tags",
    ),
    (
        "interviews.csv",
        "id,client,contact,started,ended,interviewer,step,status,duration_seconds",
    ),
    (
        "answers.csv",
        "id,interview_id,client,contact,step,text,tags,created,created_by",
    ),
    (
        "experiences.csv",
        "id,client,contact,expectation,at,grade,positive,complaint,resolved,note,created_by",
    ),
    (
        "time.csv",
        "id,client,contact,interview_id,at,minutes,note,created_by",
    ),
];

fn read(dir: &std::path::Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap()
}

#[test]
fn every_table_is_written_with_its_header() {
    let s = fixture::build();
    let out = run(&s, "en", &["export", "--format", "csv", "-o", "out/csv"])
        .assert()
        .success();
    let said = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(said, "Wrote 7 CSV files to out/csv\n");
    let dir = s.dir.path().join("out/csv");
    for (file, header) in FILES {
        let text = read(&dir, file);
        assert_eq!(text.lines().next(), Some(header), "{file}");
        let mode = std::fs::metadata(dir.join(file))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{file}");
    }
    assert_eq!(
        read(&dir, "clients.csv"),
        "name,revenue,sector,notes\n\
         Woonstichting De Linde,900000.00,,\n\
         Acme,250000.00,,\n\
         Bakkerij Van Dam,120000.00,,\n\
         Acme Holding,20000.00,,\n",
        "the archived client is left out"
    );
    assert!(read(&dir, "expectations.csv").contains(
        "Acme,Els,Invoices always right,,rational,other,basic,error rate,5,0,%,2,2026-11-01,in_progress,8,\n"
    ));
    assert!(read(&dir, "experiences.csv").contains(
        ",Acme,,Invoices always right,2026-11-10T14:00:00Z,3,false,true,false,Wrong again,anna\n"
    ));
    assert!(
        read(&dir, "time.csv")
            .contains(",Woonstichting De Linde,,,2026-11-20T10:00:00Z,60,,anna\n")
    );
    // A second export replaces the files.
    run(&s, "en", &["export", "--format", "csv", "-o", "out/csv"])
        .assert()
        .success();
}

#[test]
fn clients_contacts_and_expectations_import_back_unchanged() {
    let s = fixture::build();
    run(&s, "en", &["export", "--format", "csv", "-o", "first"])
        .assert()
        .success();
    let copy = s.dir.path().join("copy.redb");
    for kind in ["clients", "contacts", "expectations"] {
        let file = format!("first/{kind}.csv");
        s.cmd_in("en", &copy, &["import", kind, &file])
            .assert()
            .success();
    }
    s.cmd_in("en", &copy, &["export", "--format", "csv", "-o", "second"])
        .assert()
        .success();
    for file in ["clients.csv", "contacts.csv", "expectations.csv"] {
        assert_eq!(
            read(&s.dir.path().join("first"), file),
            read(&s.dir.path().join("second"), file),
            "{file}"
        );
    }
}

#[test]
fn one_client_and_the_errors() {
    let s = fixture::build();
    run(
        &s,
        "en",
        &[
            "export", "--format", "csv", "--client", "bakkerij", "-o", "b",
        ],
    )
    .assert()
    .success();
    let clients = read(&s.dir.path().join("b"), "clients.csv");
    assert_eq!(
        clients,
        "name,revenue,sector,notes\nBakkerij Van Dam,120000.00,,\n"
    );
    let out = run(&s, "en", &["export", "--format", "csv"])
        .assert()
        .code(1);
    assert_eq!(
        String::from_utf8(out.get_output().stderr.clone()).unwrap(),
        "verwacht: error: export --format csv writes a directory of CSV files: name it with -o DIR\n"
    );
    run(
        &s,
        "en",
        &["export", "--format", "csv", "--client", "acm", "-o", "x"],
    )
    .assert()
    .code(1);
    assert!(
        !s.dir.path().join("x").exists(),
        "nothing written on a bad name"
    );
    s.file("plain", "not a directory");
    run(&s, "en", &["export", "--format", "csv", "-o", "plain"])
        .assert()
        .code(1);
}
