//! Just enough of a terminal emulator to read the screen back: text, cursor moves and
//! erasing. Colours and modes are skipped. What ratatui's crossterm backend sends is all this
//! needs to follow.

use unicode_width::UnicodeWidthChar;

/// Where the parser is inside the byte stream.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Ground,
    Escape,
    /// `ESC (`, `ESC )` and the like: one more byte follows.
    Charset,
    Csi,
    /// An operating-system command, up to BEL or `ESC \`.
    Osc,
    OscEscape,
}

/// A byte-stream parser that reports printed characters and control sequences.
struct Parser {
    state: State,
    params: Vec<u8>,
    utf8: Vec<u8>,
}

enum Item {
    Print(char),
    Control(u8),
    Csi { params: Vec<u8>, last: u8 },
}

impl Parser {
    fn new() -> Parser {
        Parser {
            state: State::Ground,
            params: Vec::new(),
            utf8: Vec::new(),
        }
    }

    /// Feeds one byte; returns what it completed, if anything.
    fn byte(&mut self, b: u8) -> Option<Item> {
        match self.state {
            State::Ground => match b {
                0x1b => {
                    self.utf8.clear();
                    self.state = State::Escape;
                    None
                }
                0x00..=0x1f | 0x7f => Some(Item::Control(b)),
                _ => {
                    self.utf8.push(b);
                    match std::str::from_utf8(&self.utf8) {
                        Ok(s) => {
                            let c = s.chars().next();
                            self.utf8.clear();
                            c.map(Item::Print)
                        }
                        Err(e) if e.error_len().is_some() || self.utf8.len() >= 4 => {
                            self.utf8.clear();
                            Some(Item::Print('\u{FFFD}'))
                        }
                        Err(_) => None,
                    }
                }
            },
            State::Escape => {
                self.state = match b {
                    b'[' => {
                        self.params.clear();
                        State::Csi
                    }
                    b']' => State::Osc,
                    b'(' | b')' | b'*' | b'+' | b'#' | b'%' => State::Charset,
                    _ => State::Ground,
                };
                None
            }
            State::Charset => {
                self.state = State::Ground;
                None
            }
            State::Csi => {
                if (0x40..=0x7e).contains(&b) {
                    self.state = State::Ground;
                    Some(Item::Csi {
                        params: std::mem::take(&mut self.params),
                        last: b,
                    })
                } else {
                    self.params.push(b);
                    None
                }
            }
            State::Osc => {
                self.state = match b {
                    0x07 => State::Ground,
                    0x1b => State::OscEscape,
                    _ => State::Osc,
                };
                None
            }
            State::OscEscape => {
                self.state = State::Ground;
                None
            }
        }
    }
}

/// Where the first `c` printed as text in `bytes` is (its last byte), if anywhere. `bytes`
/// must start outside an escape sequence.
pub fn printed(bytes: &[u8], c: char) -> Option<usize> {
    let mut parser = Parser::new();
    bytes
        .iter()
        .position(|&b| matches!(parser.byte(b), Some(Item::Print(p)) if p == c))
}

/// The cells of the screen. A wide character's second cell holds `None`.
pub struct Screen {
    cols: usize,
    rows: usize,
    cells: Vec<Option<char>>,
    row: usize,
    col: usize,
    parser: Parser,
}

impl Screen {
    pub fn new(cols: u16, rows: u16) -> Screen {
        let (cols, rows) = (usize::from(cols), usize::from(rows));
        Screen {
            cols,
            rows,
            cells: vec![Some(' '); cols * rows],
            row: 0,
            col: 0,
            parser: Parser::new(),
        }
    }

    pub fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            match self.parser.byte(b) {
                None => {}
                Some(Item::Print(c)) => self.print(c),
                Some(Item::Control(c)) => self.control(c),
                Some(Item::Csi { params, last }) => self.csi(&params, last),
            }
        }
    }

    fn print(&mut self, c: char) {
        let width = c.width().unwrap_or(0);
        if width == 0 {
            return;
        }
        if self.col + width > self.cols {
            self.col = 0;
            self.row = (self.row + 1).min(self.rows - 1);
        }
        let at = self.row * self.cols + self.col;
        self.cells[at] = Some(c);
        if width == 2 {
            self.cells[at + 1] = None;
        }
        self.col += width;
    }

    fn control(&mut self, c: u8) {
        match c {
            b'\r' => self.col = 0,
            b'\n' => self.row = (self.row + 1).min(self.rows - 1),
            0x08 => self.col = self.col.saturating_sub(1),
            b'\t' => self.col = ((self.col / 8 + 1) * 8).min(self.cols - 1),
            _ => {}
        }
    }

    fn erase(&mut self, from: usize, to: usize) {
        let to = to.min(self.cells.len());
        for cell in &mut self.cells[from.min(to)..to] {
            *cell = Some(' ');
        }
    }

    fn csi(&mut self, params: &[u8], last: u8) {
        // Private modes (`?25l`, `?1049h`, `?2004h`) and the like change nothing drawn.
        if params
            .first()
            .is_some_and(|p| !p.is_ascii_digit() && *p != b';')
        {
            return;
        }
        let numbers: Vec<usize> = std::str::from_utf8(params)
            .unwrap_or("")
            .split(';')
            .map(|n| n.parse().unwrap_or(0))
            .collect();
        let n = |i: usize, default: usize| match numbers.get(i) {
            Some(&0) | None => default,
            Some(&v) => v,
        };
        let here = self.row * self.cols + self.col;
        match last {
            b'H' | b'f' => {
                self.row = (n(0, 1) - 1).min(self.rows - 1);
                self.col = (n(1, 1) - 1).min(self.cols - 1);
            }
            b'A' => self.row = self.row.saturating_sub(n(0, 1)),
            b'B' => self.row = (self.row + n(0, 1)).min(self.rows - 1),
            b'C' => self.col = (self.col + n(0, 1)).min(self.cols - 1),
            b'D' => self.col = self.col.saturating_sub(n(0, 1)),
            b'G' => self.col = (n(0, 1) - 1).min(self.cols - 1),
            b'd' => self.row = (n(0, 1) - 1).min(self.rows - 1),
            b'J' => match numbers.first().copied().unwrap_or(0) {
                0 => self.erase(here, self.cells.len()),
                1 => self.erase(0, here + 1),
                _ => self.erase(0, self.cells.len()),
            },
            b'K' => {
                let start = self.row * self.cols;
                match numbers.first().copied().unwrap_or(0) {
                    0 => self.erase(here, start + self.cols),
                    1 => self.erase(start, here + 1),
                    _ => self.erase(start, start + self.cols),
                }
            }
            _ => {}
        }
    }

    /// How many rows the screen has.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The text of row `row` (from 0), blanks kept.
    pub fn row_text(&self, row: usize) -> String {
        self.cells[row * self.cols..(row + 1) * self.cols]
            .iter()
            .flatten()
            .collect()
    }

    /// Whether one of the rows shows `text`.
    pub fn contains(&self, text: &str) -> bool {
        (0..self.rows).any(|r| self.row_text(r).contains(text))
    }

    /// The whole screen, a line per row, trailing blanks cut.
    pub fn text(&self) -> String {
        (0..self.rows)
            .map(|r| self.row_text(r).trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }
}
