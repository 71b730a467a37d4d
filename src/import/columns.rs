//! The columns each kind of file may have, the names (Dutch and English) they are known by,
//! and the binding of a file's header to them.

use super::table::{Row, Table};
use super::{ImportKind, Issue, Problem, Where};

/// A column's meaning, whatever the file calls it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// The client's name (clients) or the contact's name (contacts).
    Name,
    Revenue,
    Sector,
    Notes,
    /// The client a contact or expectation belongs to, by name.
    Client,
    Role,
    Reach,
    /// Whose expectation, by contact name.
    Contact,
    Title,
    Description,
    Nature,
    Source,
    Level,
    Metric,
    Baseline,
    Target,
    Unit,
    Current,
    Deadline,
    Status,
    ExpectedGrade,
    Tags,
}

/// One column of a file format: its English and Dutch names (both accepted), other names
/// accepted, and whether the file must have it.
#[derive(Clone, Copy, Debug)]
pub struct ColumnDef {
    pub column: Column,
    pub en: &'static str,
    pub nl: &'static str,
    pub aliases: &'static [&'static str],
    pub required: bool,
}

const fn col(
    column: Column,
    en: &'static str,
    nl: &'static str,
    aliases: &'static [&'static str],
    required: bool,
) -> ColumnDef {
    ColumnDef {
        column,
        en,
        nl,
        aliases,
        required,
    }
}

use Column as C;

const CLIENTS: &[ColumnDef] = &[
    col(
        C::Name,
        "name",
        "naam",
        &["client", "klant", "company", "bedrijf", "organisatie"],
        true,
    ),
    col(
        C::Revenue,
        "revenue",
        "omzet",
        &["annual revenue", "jaaromzet", "turnover"],
        true,
    ),
    col(
        C::Sector,
        "sector",
        "sector",
        &["branche", "industry"],
        false,
    ),
    col(
        C::Notes,
        "notes",
        "notities",
        &["note", "notitie", "opmerkingen", "remarks"],
        false,
    ),
];

const CONTACTS: &[ColumnDef] = &[
    col(
        C::Client,
        "client",
        "klant",
        &["company", "bedrijf", "organisatie"],
        true,
    ),
    col(
        C::Name,
        "name",
        "naam",
        &["contact", "contactpersoon", "person", "persoon"],
        true,
    ),
    col(
        C::Role,
        "role",
        "rol",
        &["functie", "function", "position"],
        false,
    ),
    col(
        C::Reach,
        "reach",
        "bereikbaar",
        &[
            "contact details",
            "contactgegevens",
            "email",
            "phone",
            "telefoon",
        ],
        false,
    ),
];

const EXPECTATIONS: &[ColumnDef] = &[
    col(
        C::Client,
        "client",
        "klant",
        &["company", "bedrijf", "organisatie"],
        true,
    ),
    col(
        C::Contact,
        "contact",
        "contactpersoon",
        &["person", "persoon", "whose", "van wie"],
        false,
    ),
    col(
        C::Title,
        "title",
        "titel",
        &["expectation", "verwachting"],
        true,
    ),
    col(
        C::Description,
        "description",
        "omschrijving",
        &["beschrijving", "toelichting"],
        false,
    ),
    col(
        C::Nature,
        "nature",
        "aard",
        &["emotional or rational", "emotioneel of rationeel"],
        false,
    ),
    col(C::Source, "source", "bron", &["herkomst"], false),
    col(
        C::Level,
        "level",
        "niveau",
        &["value level", "waardeniveau", "kano"],
        false,
    ),
    col(
        C::Metric,
        "metric",
        "maatstaf",
        &["measure", "meting", "kpi"],
        false,
    ),
    col(
        C::Baseline,
        "baseline",
        "nulmeting",
        &["startwaarde", "beginwaarde"],
        false,
    ),
    col(
        C::Target,
        "target",
        "doel",
        &["streefwaarde", "doelwaarde", "goal"],
        false,
    ),
    col(C::Unit, "unit", "eenheid", &[], false),
    col(
        C::Current,
        "current",
        "actueel",
        &["huidig", "gemeten"],
        false,
    ),
    col(
        C::Deadline,
        "deadline",
        "deadline",
        &["datum", "date", "due", "uiterlijk"],
        false,
    ),
    col(C::Status, "status", "status", &["stand", "state"], false),
    col(
        C::ExpectedGrade,
        "expected grade",
        "verwacht cijfer",
        &["grade", "cijfer"],
        false,
    ),
    col(C::Tags, "tags", "tags", &["labels", "trefwoorden"], false),
];

/// The columns a file of this kind may have, required ones first.
pub fn column_defs(kind: ImportKind) -> &'static [ColumnDef] {
    match kind {
        ImportKind::Clients => CLIENTS,
        ImportKind::Contacts => CONTACTS,
        ImportKind::Expectations => EXPECTATIONS,
    }
}

/// The English and Dutch name of a column.
pub fn column_names(column: Column) -> (&'static str, &'static str) {
    [CLIENTS, CONTACTS, EXPECTATIONS]
        .iter()
        .flat_map(|defs| defs.iter())
        .find(|d| d.column == column)
        .map_or(("?", "?"), |d| (d.en, d.nl))
}

/// Header names compare on their letters and digits only, ignoring case: `Annual revenue`,
/// `annual_revenue` and `Omzet (€)` match `annual revenue` and `omzet`.
fn fold_header(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl ColumnDef {
    fn matches(&self, folded: &str) -> bool {
        [self.en, self.nl]
            .iter()
            .chain(self.aliases)
            .any(|name| fold_header(name) == folded)
    }
}

/// A file's header bound to the columns of its kind.
pub struct Bound<'t> {
    table: &'t Table,
    /// Which value of a row holds each column the file has.
    index: Vec<(Column, usize)>,
}

impl<'t> Bound<'t> {
    /// Binds the header, or reports every unknown, repeated and missing column and every row
    /// with more values than the header has columns.
    pub fn new(table: &'t Table, kind: ImportKind) -> Result<Self, Vec<Problem>> {
        let defs = column_defs(kind);
        let mut index: Vec<(Column, usize)> = Vec::new();
        let mut problems = Vec::new();
        let header_at = |i: usize, issue| {
            Problem::at(
                table.header_line,
                Some(Where::Named(table.headers[i].clone())),
                issue,
            )
        };
        for (i, header) in table.headers.iter().enumerate() {
            if header.is_empty() {
                // An unnamed column is fine as long as nothing is in it.
                for row in &table.rows {
                    if row.values.get(i).is_some_and(|v| !v.is_empty()) {
                        problems.push(Problem::at(
                            row.line,
                            Some(Where::Number(i + 1)),
                            Issue::ValueWithoutColumn,
                        ));
                    }
                }
                continue;
            }
            let folded = fold_header(header);
            match defs.iter().find(|d| d.matches(&folded)) {
                None => problems.push(header_at(i, Issue::UnknownColumn(kind))),
                Some(def) => match index.iter().find(|(c, _)| *c == def.column) {
                    Some((_, first)) => problems.push(header_at(
                        i,
                        Issue::DuplicateColumn(table.headers[*first].clone()),
                    )),
                    None => index.push((def.column, i)),
                },
            }
        }
        for def in defs.iter().filter(|d| d.required) {
            if !index.iter().any(|(c, _)| *c == def.column) {
                problems.push(Problem::at(
                    table.header_line,
                    Some(Where::Missing(def.column)),
                    Issue::MissingColumn,
                ));
            }
        }
        let expected = table.headers.len();
        for row in &table.rows {
            let extra = row.values.iter().skip(expected);
            if extra.clone().any(|v| !v.is_empty()) {
                problems.push(Problem::at(
                    row.line,
                    None,
                    Issue::TooManyValues {
                        found: row.values.len(),
                        expected,
                        delimiter: table.delimiter,
                    },
                ));
            }
        }
        if problems.is_empty() {
            Ok(Bound { table, index })
        } else {
            Err(problems)
        }
    }

    fn position(&self, column: Column) -> Option<usize> {
        self.index
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, i)| *i)
    }

    /// The row's value in `column`, trimmed; empty when the file has no such column or the
    /// row stops early.
    pub fn get<'r>(&self, row: &'r Row, column: Column) -> &'r str {
        self.position(column)
            .and_then(|i| row.values.get(i))
            .map_or("", String::as_str)
    }

    /// A problem with the row's value in `column`, named as the file names it.
    pub fn problem(&self, row: &Row, column: Column, issue: Issue) -> Problem {
        let at = match self.position(column) {
            Some(i) => Where::Named(self.table.headers[i].clone()),
            None => Where::Missing(column),
        };
        Problem::at(row.line, Some(at), issue)
    }
}

#[cfg(test)]
mod tests;
