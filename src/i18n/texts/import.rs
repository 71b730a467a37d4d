//! Import problems as `FILE:LINE: column: problem` lines, and the summary of an import, in the
//! user's language.

use crate::domain::{Level, Nature, Source, Status};
use crate::i18n::{Lang, Localized, describe_amount_error, describe_date_error, label};
use crate::import::{Column, ImportKind, Issue, Problem, Where, column_defs, column_names};

crate::texts!(
    /// Import problems and summaries.
    ImportText {
        FileEmpty => "het bestand is leeg", "the file is empty";
        NoRows => "het bestand heeft een kopregel maar geen rijen", "the file has a header but no rows";
        NotUtf8 => "geen UTF-8-tekst; sla het bestand op als 'CSV UTF-8'",
            "not UTF-8 text; save the file as 'CSV UTF-8'";
        Tabs => "de kolommen zijn gescheiden door tabs; gebruik komma's of puntkomma's",
            "the columns are separated by tabs; use commas or semicolons";
        Csv => "onleesbare CSV: {0}", "unreadable CSV: {0}";
        UnknownColumn => "onbekende kolom; bekende kolommen: {0}", "unknown column; known columns: {0}";
        DuplicateColumn => "betekent hetzelfde als kolom '{0}'", "means the same as column '{0}'";
        MissingColumn => "deze kolom ontbreekt en is verplicht", "this column is missing and is required";
        TooManyValues => "{0} waarden in deze rij, maar {1} kolommen in de kopregel (zet aanhalingstekens om een waarde met '{2}' erin)",
            "{0} values in this row but {1} columns in the header (put quotes around a value containing '{2}')";
        ValueWithoutColumn => "een waarde in een kolom zonder naam", "a value in a column without a name";
        ColumnNumber => "kolom {0}", "column {0}";
        Required => "leeg, maar verplicht", "empty, but required";
        Negative => "mag niet negatief zijn", "cannot be negative";
        BadChoice => "'{0}' is onbekend; kies uit: {1}", "'{0}' is not known; choose from: {1}";
        BadGrade => "'{0}' is geen rapportcijfer van 1 tot en met 10", "'{0}' is not a report grade from 1 to 10";
        UnknownClient => "geen klant met de naam '{0}'", "no client named '{0}'";
        AmbiguousClient => "{1} klanten heten '{0}'", "{1} clients are named '{0}'";
        UnknownContact => "klant '{0}' heeft geen contactpersoon '{1}'", "client '{0}' has no contact named '{1}'";
        AmbiguousContact => "klant '{0}' heeft {2} contactpersonen met de naam '{1}'",
            "client '{0}' has {2} contacts named '{1}'";
        ClientExists => "er is al een klant met de naam '{0}'", "a client named '{0}' already exists";
        ContactExists => "klant '{0}' heeft al een contactpersoon '{1}'", "client '{0}' already has a contact named '{1}'";
        Repeated => "'{0}' staat ook op regel {1}", "'{0}' also appears on line {1}";
        CannotRead => "{0}: kan niet lezen: {1}", "{0}: cannot read: {1}";
        MoreProblems => "… en nog {0}", "… and {0} more";
        NothingImportedOne => "niets geïmporteerd: 1 probleem in {0}", "nothing imported: 1 problem in {0}";
        NothingImportedMany => "niets geïmporteerd: {0} problemen in {1}", "nothing imported: {0} problems in {1}";
        ClientsOne => "1 klant geïmporteerd", "1 client imported";
        ClientsMany => "{0} klanten geïmporteerd", "{0} clients imported";
        ContactsOne => "1 contactpersoon geïmporteerd", "1 contact imported";
        ContactsMany => "{0} contactpersonen geïmporteerd", "{0} contacts imported";
        ExpectationsOne => "1 verwachting geïmporteerd", "1 expectation imported";
        ExpectationsMany => "{0} verwachtingen geïmporteerd", "{0} expectations imported";
    }
);

/// "12 clients imported".
pub fn imported_summary(kind: ImportKind, count: usize, lang: Lang) -> String {
    use ImportText as T;
    let (one, many) = match kind {
        ImportKind::Clients => (T::ClientsOne, T::ClientsMany),
        ImportKind::Contacts => (T::ContactsOne, T::ContactsMany),
        ImportKind::Expectations => (T::ExpectationsOne, T::ExpectationsMany),
    };
    if count == 1 {
        one.get(lang).to_string()
    } else {
        many.fill(lang, &[&count])
    }
}

fn column_name(column: Column, lang: Lang) -> &'static str {
    let (en, nl) = column_names(column);
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// The words a column accepts, in the user's language.
fn choices(column: Column, lang: Lang) -> String {
    let words: Vec<&str> = match column {
        Column::Nature => Nature::ALL.iter().map(|v| label(*v, lang)).collect(),
        Column::Source => Source::ALL.iter().map(|v| label(*v, lang)).collect(),
        Column::Level => Level::ALL.iter().map(|v| label(*v, lang)).collect(),
        Column::Status => Status::ALL.iter().map(|v| label(*v, lang)).collect(),
        _ => Vec::new(),
    };
    words.join(", ")
}

fn describe_issue(issue: &Issue, lang: Lang) -> String {
    use ImportText as T;
    match issue {
        Issue::FileEmpty => T::FileEmpty.get(lang).to_string(),
        Issue::NoRows => T::NoRows.get(lang).to_string(),
        Issue::NotUtf8 => T::NotUtf8.get(lang).to_string(),
        Issue::Tabs => T::Tabs.get(lang).to_string(),
        Issue::Csv(e) => T::Csv.fill(lang, &[e]),
        Issue::UnknownColumn(kind) => {
            let known: Vec<&str> = column_defs(*kind)
                .iter()
                .map(|d| column_name(d.column, lang))
                .collect();
            T::UnknownColumn.fill(lang, &[&known.join(", ")])
        }
        Issue::DuplicateColumn(first) => T::DuplicateColumn.fill(lang, &[first]),
        Issue::MissingColumn => T::MissingColumn.get(lang).to_string(),
        Issue::TooManyValues {
            found,
            expected,
            delimiter,
        } => T::TooManyValues.fill(lang, &[found, expected, delimiter]),
        Issue::ValueWithoutColumn => T::ValueWithoutColumn.get(lang).to_string(),
        Issue::Required => T::Required.get(lang).to_string(),
        Issue::Amount(text, e) => describe_amount_error(e, text, lang),
        Issue::Negative => T::Negative.get(lang).to_string(),
        Issue::Date(e) => describe_date_error(e, lang),
        Issue::BadChoice(column, text) => T::BadChoice.fill(lang, &[text, &choices(*column, lang)]),
        Issue::BadGrade(text) => T::BadGrade.fill(lang, &[text]),
        Issue::UnknownClient(name) => T::UnknownClient.fill(lang, &[name]),
        Issue::AmbiguousClient(name, n) => T::AmbiguousClient.fill(lang, &[name, n]),
        Issue::UnknownContact(client, name) => T::UnknownContact.fill(lang, &[client, name]),
        Issue::AmbiguousContact(client, name, n) => {
            T::AmbiguousContact.fill(lang, &[client, name, n])
        }
        Issue::ClientExists(name) => T::ClientExists.fill(lang, &[name]),
        Issue::ContactExists(client, name) => T::ContactExists.fill(lang, &[client, name]),
        Issue::Repeated(name, line) => T::Repeated.fill(lang, &[name, line]),
    }
}

/// `FILE:LINE: column: problem`, or `FILE: problem` for the file as a whole.
pub fn describe_problem(problem: &Problem, file: &str, lang: Lang) -> String {
    let mut out = file.to_string();
    if let Some(line) = problem.line {
        out.push_str(&format!(":{line}"));
    }
    match &problem.column {
        Some(Where::Named(name)) => out.push_str(&format!(": {name}")),
        Some(Where::Number(n)) => {
            out.push_str(": ");
            out.push_str(&ImportText::ColumnNumber.fill(lang, &[n]));
        }
        Some(Where::Missing(column)) => {
            out.push_str(": ");
            out.push_str(column_name(*column, lang));
        }
        None => {}
    }
    out.push_str(": ");
    out.push_str(&describe_issue(&problem.issue, lang));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::AmountError;

    #[test]
    fn problem_lines_name_file_line_and_column() {
        let p = Problem::at(
            3,
            Some(Where::Named("Omzet".into())),
            Issue::Amount("12,34,5".into(), AmountError::BadGrouping),
        );
        assert_eq!(
            describe_problem(&p, "klanten.csv", Lang::Nl),
            "klanten.csv:3: Omzet: '12,34,5': groepen van duizendtallen moeten drie cijfers hebben, zoals 1.234.567"
        );
        let p = Problem::at(
            1,
            Some(Where::Missing(Column::Revenue)),
            Issue::MissingColumn,
        );
        assert_eq!(
            describe_problem(&p, "c.csv", Lang::En),
            "c.csv:1: revenue: this column is missing and is required"
        );
        assert_eq!(
            describe_problem(&p, "c.csv", Lang::Nl),
            "c.csv:1: omzet: deze kolom ontbreekt en is verplicht"
        );
        let p = Problem::file(Issue::FileEmpty);
        assert_eq!(
            describe_problem(&p, "c.csv", Lang::En),
            "c.csv: the file is empty"
        );
    }

    #[test]
    fn choices_and_known_columns_in_the_users_language() {
        let p = Problem::at(
            2,
            Some(Where::Named("aard".into())),
            Issue::BadChoice(Column::Nature, "vaag".into()),
        );
        assert_eq!(
            describe_problem(&p, "v.csv", Lang::Nl),
            "v.csv:2: aard: 'vaag' is onbekend; kies uit: rationeel, emotioneel"
        );
        let p = Problem::at(
            1,
            Some(Where::Named("sectr".into())),
            Issue::UnknownColumn(ImportKind::Clients),
        );
        assert_eq!(
            describe_problem(&p, "k.csv", Lang::En),
            "k.csv:1: sectr: unknown column; known columns: name, revenue, sector, notes"
        );
    }

    #[test]
    fn every_label_reads_back_as_its_value() {
        // The choices offered in a message must be accepted in the file.
        for lang in [Lang::Nl, Lang::En] {
            for v in Nature::ALL {
                assert_eq!(Nature::from_key(label(*v, lang)), Some(*v));
            }
            for v in Source::ALL {
                assert_eq!(Source::from_key(label(*v, lang)), Some(*v));
            }
            for v in Level::ALL {
                assert_eq!(Level::from_key(label(*v, lang)), Some(*v));
            }
            for v in Status::ALL {
                assert_eq!(Status::from_key(label(*v, lang)), Some(*v));
            }
        }
    }

    #[test]
    fn summaries_count_in_words() {
        assert_eq!(
            imported_summary(ImportKind::Clients, 12, Lang::En),
            "12 clients imported"
        );
        assert_eq!(
            imported_summary(ImportKind::Clients, 1, Lang::Nl),
            "1 klant geïmporteerd"
        );
        assert_eq!(
            imported_summary(ImportKind::Expectations, 0, Lang::Nl),
            "0 verwachtingen geïmporteerd"
        );
    }
}
