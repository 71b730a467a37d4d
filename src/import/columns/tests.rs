//! Column names and the binding of headers.

use super::*;
use crate::import::read_table;

#[test]
fn every_name_is_unique_within_a_kind() {
    for kind in [
        ImportKind::Clients,
        ImportKind::Contacts,
        ImportKind::Expectations,
    ] {
        let mut seen: Vec<(String, Column)> = Vec::new();
        for def in column_defs(kind) {
            for name in [def.en, def.nl].iter().chain(def.aliases) {
                let folded = fold_header(name);
                if let Some((_, other)) = seen.iter().find(|(n, _)| *n == folded) {
                    assert_eq!(*other, def.column, "{name} means two columns in {kind:?}");
                }
                seen.push((folded, def.column));
            }
        }
    }
}

#[test]
fn the_readme_lists_every_column_name() {
    let readme = include_str!("../../../README.md");
    for kind in [
        ImportKind::Clients,
        ImportKind::Contacts,
        ImportKind::Expectations,
    ] {
        for def in column_defs(kind) {
            for name in [def.en, def.nl].iter().chain(def.aliases) {
                assert!(readme.contains(name), "README.md does not mention {name}");
            }
        }
    }
}

#[test]
fn header_names_in_either_language_and_any_case() {
    let t = read_table("NAAM;Omzet (€);Branche\nAcme;1;bouw\n").unwrap();
    let b = Bound::new(&t, ImportKind::Clients).unwrap();
    assert_eq!(b.get(&t.rows[0], Column::Name), "Acme");
    assert_eq!(b.get(&t.rows[0], Column::Revenue), "1");
    assert_eq!(b.get(&t.rows[0], Column::Sector), "bouw");
    assert_eq!(b.get(&t.rows[0], Column::Notes), "");
}

#[test]
fn unknown_repeated_and_missing_columns() {
    let t = read_table("naam,sectr,client\nAcme,x,y\n").unwrap();
    let problems = Bound::new(&t, ImportKind::Clients).err().unwrap();
    let issues: Vec<&Issue> = problems.iter().map(|p| &p.issue).collect();
    assert_eq!(
        issues,
        [
            &Issue::UnknownColumn(ImportKind::Clients),
            &Issue::DuplicateColumn("naam".into()),
            &Issue::MissingColumn,
        ]
    );
    assert_eq!(problems[2].column, Some(Where::Missing(Column::Revenue)));
}

#[test]
fn extra_values_and_unnamed_columns() {
    let t = read_table("name,revenue\nAcme,1,50\nBeta,2,\n").unwrap();
    let problems = Bound::new(&t, ImportKind::Clients).err().unwrap();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, Some(2));
    let t = read_table("name,revenue,\nAcme,1,\nBeta,2,x\n").unwrap();
    let problems = Bound::new(&t, ImportKind::Clients).err().unwrap();
    assert_eq!(
        problems,
        [Problem::at(
            3,
            Some(Where::Number(3)),
            Issue::ValueWithoutColumn
        )]
    );
}
