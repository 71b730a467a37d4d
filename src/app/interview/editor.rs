//! The answer editor. An answer can be megabytes (a pasted document), and the text-area widget
//! recomputes its whole screen map on every edit, so it never holds more than a window of the
//! text: the lines around the cursor, up to [`BUDGET`] bytes. The lines above and below wait
//! outside and are moved in as the cursor nears an edge. A small answer fits in the window
//! whole, and the editor behaves exactly as the widget does.

use ratatui_textarea::{CursorMove, DataCursor, TextArea, WrapMode};

/// Bytes of text the window holds at most (at least the cursor's line).
const BUDGET: usize = 32 * 1024;
/// Lines the window holds at most.
const MOST_LINES: usize = 1024;

#[derive(Clone, Debug)]
pub struct Editor {
    /// The lines above the window, in order.
    above: Vec<String>,
    /// The window: the lines being edited, and the cursor.
    window: TextArea<'static>,
    /// The lines below the window, the nearest last.
    below: Vec<String>,
}

impl Default for Editor {
    fn default() -> Self {
        Editor::with_text("")
    }
}

fn area(lines: Vec<String>, DataCursor(row, col): DataCursor) -> TextArea<'static> {
    let mut area = TextArea::new(lines);
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    let to_u16 = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    area.move_cursor(CursorMove::Jump(to_u16(row), to_u16(col)));
    area
}

impl Editor {
    /// An editor holding `text`, the cursor at its end. Stored text may come from anywhere: it
    /// is sanitised as every output is, its lines kept.
    pub fn with_text(text: &str) -> Editor {
        let text = crate::sanitize::clean_lines(text);
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let last = lines.len() - 1;
        let end = lines[last].chars().count();
        let mut editor = Editor {
            above: Vec::new(),
            window: area(Vec::new(), DataCursor(0, 0)),
            below: Vec::new(),
        };
        editor.place(lines, last, end);
        editor
    }

    /// The window, as the widget that draws it.
    pub fn window(&self) -> &TextArea<'static> {
        &self.window
    }

    /// Every line of the text.
    pub fn lines(&self) -> impl Iterator<Item = &String> {
        self.above
            .iter()
            .chain(self.window.lines())
            .chain(self.below.iter().rev())
    }

    pub fn text(&self) -> String {
        let mut text = String::new();
        for (i, line) in self.lines().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str(line);
        }
        text
    }

    /// Whether the text is nothing but white space (asked while drawing: stops at the first
    /// line that holds something).
    pub fn is_blank(&self) -> bool {
        self.lines().all(|l| l.trim().is_empty())
    }

    /// The cursor: line in the whole text, character in that line.
    pub fn cursor(&self) -> (usize, usize) {
        let DataCursor(row, col) = self.window.cursor();
        (self.above.len() + row, col)
    }

    /// The character just before the cursor.
    pub fn char_before_cursor(&self) -> Option<char> {
        let DataCursor(row, col) = self.window.cursor();
        self.window
            .lines()
            .get(row)?
            .chars()
            .nth(col.checked_sub(1)?)
    }

    /// A key for the widget (typing, moving, deleting); whether the text changed.
    pub fn input(&mut self, key: ratatui::crossterm::event::KeyEvent) -> bool {
        let changed = self.window.input(key);
        self.settle();
        changed
    }

    /// Performs an editing action of the keymap; `None` when `action` is none. Returns whether
    /// the text changed.
    pub fn edit(&mut self, action: crate::app::Action) -> Option<bool> {
        use crate::app::Action as A;
        let w = &mut self.window;
        let moved = |w: &mut TextArea<'static>, m: CursorMove| {
            w.move_cursor(m);
            false
        };
        let changed = match action {
            A::CursorLeft => moved(w, CursorMove::Back),
            A::CursorRight => moved(w, CursorMove::Forward),
            A::CursorUp => moved(w, CursorMove::Up),
            A::CursorDown => moved(w, CursorMove::Down),
            A::WordLeft => moved(w, CursorMove::WordBack),
            A::WordRight => moved(w, CursorMove::WordForward),
            A::LineStart => moved(w, CursorMove::Head),
            A::LineEnd => moved(w, CursorMove::End),
            A::TextStart => moved(w, CursorMove::Top),
            A::TextEnd => moved(w, CursorMove::Bottom),
            A::DeleteBefore => w.delete_char(),
            A::DeleteAfter => w.delete_next_char(),
            A::DeleteWord => w.delete_word(),
            A::DeleteWordAfter => w.delete_next_word(),
            A::DeleteToLineEnd => w.delete_line_by_end(),
            A::UndoTyping => w.undo(),
            A::RedoTyping => w.redo(),
            _ => return None,
        };
        self.settle();
        Some(changed)
    }

    pub fn insert_newline(&mut self) {
        self.window.insert_newline();
        self.settle();
    }

    pub fn insert_str(&mut self, text: &str) {
        self.window.insert_str(text);
        self.settle();
    }

    /// Moves lines in or out of the window when the cursor nears one of its edges with more
    /// text beyond, or when the window grew past its budget (a paste).
    fn settle(&mut self) {
        let lines = self.window.lines();
        let DataCursor(row, _) = self.window.cursor();
        let margin = (lines.len() / 4).max(1);
        let near_top = !self.above.is_empty() && row < margin;
        let near_bottom = !self.below.is_empty() && lines.len() - 1 - row < margin;
        let mut bytes = 0;
        let too_big = lines.len() > MOST_LINES
            || lines.iter().any(|l| {
                bytes += l.len() + 1;
                bytes > 2 * BUDGET
            });
        // Only the window's edges call for moving lines; a window of one long line is as small
        // as it gets.
        let moving = near_top || near_bottom || (too_big && lines.len() > 1);
        if !moving {
            return;
        }
        let (row, col) = self.cursor();
        let window = std::mem::replace(&mut self.window, area(Vec::new(), DataCursor(0, 0)));
        let mut all = std::mem::take(&mut self.above);
        all.extend(window.into_lines());
        all.extend(std::mem::take(&mut self.below).into_iter().rev());
        self.place(all, row, col);
    }

    /// Holds `all` with the cursor at (`row`, `col`), the window around it.
    fn place(&mut self, mut all: Vec<String>, row: usize, col: usize) {
        let (mut first, mut end) = (row, row + 1);
        let mut bytes = all[row].len();
        loop {
            let mut grew = false;
            for up in [true, false] {
                let next = if up {
                    first.checked_sub(1)
                } else {
                    Some(end).filter(|e| *e < all.len())
                };
                if let Some(i) = next
                    && end - first < MOST_LINES
                    && bytes + all[i].len() < BUDGET
                {
                    bytes += all[i].len() + 1;
                    if up {
                        first -= 1;
                    } else {
                        end += 1;
                    }
                    grew = true;
                }
            }
            if !grew {
                break;
            }
        }
        let mut below = all.split_off(end);
        below.reverse();
        let window = all.split_off(first);
        self.above = all;
        self.below = below;
        self.window = area(window, DataCursor(row - first, col));
    }
}

/// Rows the editor's text takes at `width` columns, counted only up to `cap`: what the
/// layout needs to size the editor, without wrapping a large text whole.
pub fn rows_up_to<'a>(lines: impl Iterator<Item = &'a String>, width: usize, cap: usize) -> usize {
    let width = width.max(1);
    let mut rows = 0;
    for line in lines {
        // A line of more characters than `cap` rows hold takes at least `cap` rows.
        rows += if line.len() > cap * width * 4 {
            cap
        } else {
            crate::app::briefing::wrapped_rows(line, width)
        };
        if rows >= cap {
            return cap;
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn big() -> String {
        (0..20_000)
            .map(|i| format!("regel {i:06} met wat tekst over de levertijd"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_small_text_is_held_whole() {
        let mut e = Editor::with_text("een\ntwee");
        assert_eq!(e.window().lines(), ["een", "twee"]);
        assert_eq!(e.cursor(), (1, 4));
        e.input(key(KeyCode::Char('!')));
        assert_eq!(e.text(), "een\ntwee!");
        assert_eq!(e.char_before_cursor(), Some('!'));
    }

    #[test]
    fn a_large_text_keeps_every_line_and_a_small_window() {
        let text = big();
        let mut e = Editor::with_text(&text);
        assert_eq!(e.text(), text);
        assert!(e.window().lines().join("\n").len() <= BUDGET);
        assert_eq!(e.cursor(), (19_999, 44));
        // Typing at the end, then walking up through the whole text and typing at the top.
        e.input(key(KeyCode::Char('x')));
        for _ in 0..19_999 {
            e.input(key(KeyCode::Up));
        }
        assert_eq!(e.cursor().0, 0);
        e.input(key(KeyCode::Home));
        e.input(key(KeyCode::Char('y')));
        let expected = format!("y{text}x");
        assert_eq!(e.text(), expected);
        assert!(e.window().lines().len() < 2_000);
    }

    #[test]
    fn a_paste_into_a_small_text_is_windowed() {
        let mut e = Editor::with_text("begin ");
        let text = big();
        e.insert_str(&text);
        assert_eq!(e.text(), format!("begin {text}"));
        assert!(e.window().lines().join("\n").len() <= BUDGET);
        assert_eq!(e.cursor().0, 19_999);
        e.insert_newline();
        e.insert_str("einde");
        assert!(e.text().ends_with("levertijd\neinde"));
    }

    #[test]
    fn one_huge_line_is_one_window() {
        let line = "abcdefghij".repeat(100_000);
        let mut e = Editor::with_text(&line);
        e.input(key(KeyCode::Char('z')));
        assert_eq!(e.text().len(), line.len() + 1);
        assert_eq!(e.window().lines().len(), 1);
    }
}
