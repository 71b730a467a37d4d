//! The file as a table: UTF-8 with or without a byte-order mark, `,` or `;` between the
//! values (whichever the header line uses), a header row, then the rows with their line
//! numbers. Rows with nothing in them are skipped.

use super::{Issue, Problem};

/// The header and the rows of a CSV file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub delimiter: char,
    pub header_line: u64,
    /// As written, trimmed.
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

/// One row: the line it starts on (1-based) and its values, trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub values: Vec<String>,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The text of a file's bytes: UTF-8, with the byte-order mark removed if there is one.
pub fn decode(bytes: &[u8]) -> Result<&str, Problem> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = 1 + before.iter().filter(|b| **b == b'\n').count() as u64;
        Problem::at(line, None, Issue::NotUtf8)
    })
}

/// The first line with something on it, and its 1-based number.
fn header_line(text: &str) -> (u64, &str) {
    text.lines()
        .enumerate()
        .find(|(_, l)| !l.trim().is_empty())
        .map_or((1, ""), |(i, l)| (i as u64 + 1, l))
}

/// `;` when the header has more semicolons than commas, else `,`. A header separated by tabs
/// is an error rather than a guess: the user should know which format is expected.
fn delimiter(header: &str) -> Result<u8, Issue> {
    let (mut comma, mut semicolon, mut tab) = (0, 0, 0);
    let mut quoted = false;
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => comma += 1,
            ';' if !quoted => semicolon += 1,
            '\t' if !quoted => tab += 1,
            _ => {}
        }
    }
    if tab > comma.max(semicolon) {
        Err(Issue::Tabs)
    } else if semicolon > comma {
        Ok(b';')
    } else {
        Ok(b',')
    }
}

/// Splits the text into the header and the rows.
pub fn read_table(text: &str) -> Result<Table, Vec<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![Problem::file(Issue::FileEmpty)]);
    }
    let (first_line, header) = header_line(text);
    let delimiter =
        delimiter(header).map_err(|issue| vec![Problem::at(first_line, None, issue)])?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut lines = LineCounter::new(text);
    for result in reader.records() {
        let record = result.map_err(|e| {
            let line = e.position().map_or(first_line, |p| lines.line_at(p.byte()));
            vec![Problem::at(line, None, Issue::Csv(e.to_string()))]
        })?;
        let values: Vec<String> = record.iter().map(|v| v.trim().to_string()).collect();
        if values.iter().all(String::is_empty) {
            continue;
        }
        let line = record
            .position()
            .map_or(first_line, |p| lines.line_at(p.byte()));
        records.push(Row { line, values });
    }
    let mut records = records.into_iter();
    let Some(header) = records.next() else {
        return Err(vec![Problem::file(Issue::FileEmpty)]);
    };
    let rows: Vec<Row> = records.collect();
    if rows.is_empty() {
        return Err(vec![Problem::file(Issue::NoRows)]);
    }
    Ok(Table {
        delimiter: char::from(delimiter),
        header_line: header.line,
        headers: header.values,
        rows,
    })
}

/// Line numbers of byte offsets, counted from the last offset asked for (the offsets only
/// grow), so a long file is read once. The reader reports a record as starting at the line
/// break before it; the break is skipped so the line is the one the text is on.
struct LineCounter<'t> {
    text: &'t str,
    byte: usize,
    line: u64,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t str) -> Self {
        Self {
            text,
            byte: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, byte: u64) -> u64 {
        let bytes = self.text.as_bytes();
        let mut target = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        while target < bytes.len() && matches!(bytes[target], b'\r' | b'\n') {
            target += 1;
        }
        if target < self.byte {
            // Not expected; count again from the start rather than give a wrong line.
            self.byte = 0;
            self.line = 1;
        }
        let newlines = bytes[self.byte..target]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.line += newlines as u64;
        self.byte = target;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Table {
        read_table(text).unwrap()
    }

    #[test]
    fn commas_or_semicolons_by_the_header() {
        let t = table("name,revenue\nAcme,\"1.234,50\"\n");
        assert_eq!(t.delimiter, ',');
        assert_eq!(t.headers, ["name", "revenue"]);
        assert_eq!(t.rows[0].values, ["Acme", "1.234,50"]);
        assert_eq!(t.rows[0].line, 2);
        let t = table("naam;omzet\nAcme;1.234,50\r\nBeta;12\r\n");
        assert_eq!(t.delimiter, ';');
        assert_eq!(t.rows[1].values, ["Beta", "12"]);
        assert_eq!(t.rows[1].line, 3);
        // A comma inside a quoted header name does not count.
        assert_eq!(table("\"name, full\";omzet\nA;1\n").delimiter, ';');
    }

    #[test]
    fn blank_rows_are_skipped_and_lines_still_count() {
        let t = table("\nname,revenue\n\nAcme,1\n , \nBeta,2\n");
        assert_eq!(t.header_line, 2);
        let lines: Vec<u64> = t.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [4, 6]);
    }

    #[test]
    fn quoted_values_over_several_lines_keep_the_starting_line() {
        let t = table("name,notes\nAcme,\"one\ntwo\"\nBeta,x\n");
        assert_eq!(t.rows[0].values[1], "one\ntwo");
        assert_eq!(t.rows[1].line, 4);
    }

    #[test]
    fn byte_order_mark_is_removed() {
        let bytes = b"\xEF\xBB\xBFname,revenue\nAcme,1\n";
        let t = table(decode(bytes).unwrap());
        assert_eq!(t.headers[0], "name");
        assert_eq!(table("\u{feff}name\nAcme\n").headers[0], "name");
    }

    #[test]
    fn problems_with_the_file_as_a_whole() {
        assert_eq!(read_table(""), Err(vec![Problem::file(Issue::FileEmpty)]));
        assert_eq!(
            read_table(" \n\n"),
            Err(vec![Problem::file(Issue::FileEmpty)])
        );
        assert_eq!(
            read_table("name,revenue\n"),
            Err(vec![Problem::file(Issue::NoRows)])
        );
        assert_eq!(
            read_table("name\trevenue\nAcme\t1\n"),
            Err(vec![Problem::at(1, None, Issue::Tabs)])
        );
        assert_eq!(
            decode(b"name\nCaf\xe9\n"),
            Err(Problem::at(2, None, Issue::NotUtf8))
        );
        // UTF-16, as some spreadsheet programs save "Unicode text".
        assert_eq!(
            decode(b"\xff\xfen\x00"),
            Err(Problem::at(1, None, Issue::NotUtf8))
        );
    }
}
