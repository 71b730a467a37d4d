//! `verwacht import clients`: name, revenue, and optionally sector and notes.

use super::columns::{Bound, Column};
use super::fields::Fields;
use super::lookup::{Clients, FirstSeen};
use super::table::Table;
use super::{ImportKind, Issue, Problem, fold_name};
use crate::domain::Client;

/// The new clients of the file, or every problem with it. A name may not be used twice, in
/// the file or next to the clients already stored.
pub fn clients(table: &Table, existing: &[Client]) -> Result<Vec<Client>, Vec<Problem>> {
    let bound = Bound::new(table, ImportKind::Clients)?;
    let stored = Clients::new(existing);
    let mut seen = FirstSeen::default();
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for row in &table.rows {
        let mut f = Fields::new(&bound, row);
        let name = f.required(Column::Name);
        if let Some(name) = name {
            if stored.contains(name) {
                f.report(Column::Name, Issue::ClientExists(name.to_string()));
            } else if let Some(first) = seen.note(fold_name(name), row.line) {
                f.report(Column::Name, Issue::Repeated(name.to_string(), first));
            }
        }
        let revenue = f.amount(Column::Revenue);
        if let (Some(name), Some(revenue), true) = (name, revenue, f.problems.is_empty()) {
            out.push(Client {
                sector: f.text(Column::Sector).to_string(),
                notes: f.text(Column::Notes).to_string(),
                ..Client::new(name, revenue)
            });
        }
        problems.append(&mut f.problems);
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AmountError, Cents};
    use crate::import::{Where, read_table};

    fn import(text: &str, existing: &[Client]) -> Result<Vec<Client>, Vec<Problem>> {
        clients(&read_table(text).unwrap(), existing)
    }

    #[test]
    fn dutch_file_with_dutch_amounts() {
        let got = import(
            "Naam;Omzet;Sector\nBakkerij Van Dam;€ 1.234.567,89;retail\nKoffiebar Boon;12.000;\n",
            &[],
        )
        .unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].name, "Bakkerij Van Dam");
        assert_eq!(got[0].revenue, Cents(123_456_789));
        assert_eq!(got[0].sector, "retail");
        assert_eq!(got[1].revenue, Cents(1_200_000));
        assert_eq!(got[1].sector, "");
    }

    #[test]
    fn every_bad_value_is_reported_with_line_and_column() {
        let problems = import("name,revenue\nAcme,12x\n,5\nBeta,-3\nGamma,\n", &[]).unwrap_err();
        let at = |line, col: &str, issue| Problem::at(line, Some(Where::Named(col.into())), issue);
        assert_eq!(
            problems,
            [
                at(
                    2,
                    "revenue",
                    Issue::Amount("12x".into(), AmountError::NotANumber)
                ),
                at(3, "name", Issue::Required),
                at(4, "revenue", Issue::Negative),
                at(5, "revenue", Issue::Required),
            ]
        );
    }

    #[test]
    fn names_are_unique_ignoring_case() {
        let existing = [Client::new("Acme", Cents(0))];
        let problems = import("name,revenue\nACME,1\nBeta,1\nbeta ,2\n", &existing).unwrap_err();
        let issues: Vec<Issue> = problems.into_iter().map(|p| p.issue).collect();
        assert_eq!(
            issues,
            [
                Issue::ClientExists("ACME".into()),
                Issue::Repeated("beta".into(), 3)
            ]
        );
    }
}
