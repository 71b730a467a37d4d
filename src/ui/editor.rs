//! The interview's answer editor as drawn. A pasted answer can be megabytes; drawing it must
//! cost what the visible rows cost, not what the text costs. The editor holds only a window of
//! a large text (see `app::interview::editor`); that window is drawn as it is while it is
//! small, and otherwise (one very long line) through a window of its own: the lines around the
//! cursor, each cut to what could be shown of it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, DataCursor, TextArea, WrapMode};

use super::Theme;

/// Up to this many bytes the editor is drawn as it is.
const SMALL: usize = 64 * 1024;

/// The editor's text as drawn in `rows` rows of `width` columns: the lines around the cursor,
/// each at most as long as all rows could show, the cursor's line cut around the cursor.
/// `None` while the text is small enough to draw whole.
pub fn window(editor: &TextArea<'_>, rows: usize, width: usize) -> Option<TextArea<'static>> {
    let lines = editor.lines();
    // Stops counting once it is clear the text is large.
    let mut bytes = 0;
    if lines.iter().all(|l| {
        bytes += l.len() + 1;
        bytes <= SMALL
    }) {
        return None;
    }
    let DataCursor(row, col) = editor.cursor();
    let rows = rows.max(1);
    // Every line takes at least one row: more lines than rows above or below cannot show.
    let first = row.saturating_sub(rows);
    let last = (row + rows).min(lines.len().saturating_sub(1));
    // A line longer than the whole editor can show is cut: around the cursor on its line,
    // from its start elsewhere.
    let room = (rows * width.max(1)).clamp(256, 60_000);
    let mut shown = Vec::with_capacity(last + 1 - first);
    let mut cursor_col = col;
    for (i, line) in lines.iter().enumerate().take(last + 1).skip(first) {
        let start = if i == row {
            col.saturating_sub(room / 2)
        } else {
            0
        };
        if i == row {
            cursor_col = col - start;
        }
        shown.push(line.chars().skip(start).take(room).collect::<String>());
    }
    let mut area = TextArea::new(shown);
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    let to_u16 = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    area.move_cursor(CursorMove::Jump(to_u16(row - first), to_u16(cursor_col)));
    Some(area)
}

/// Draws the editor in `inner`, focused or not, with `placeholder` while it is empty.
pub fn draw(
    frame: &mut Frame,
    inner: Rect,
    editor: &TextArea<'_>,
    placeholder: &str,
    focused: bool,
    theme: &Theme,
) {
    let window = window(editor, usize::from(inner.height), usize::from(inner.width));
    let mut shown = window.unwrap_or_else(|| editor.clone());
    shown.set_style(theme.text);
    shown.set_cursor_line_style(Style::default());
    shown.set_placeholder_text(placeholder.to_string());
    shown.set_placeholder_style(theme.muted);
    shown.set_cursor_style(if focused {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default()
    });
    frame.render_widget(&shown, inner);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::interview::editor::rows_up_to;

    fn editor(lines: Vec<String>, row: u16, col: u16) -> TextArea<'static> {
        let mut e = TextArea::new(lines);
        e.move_cursor(CursorMove::Jump(row, col));
        e
    }

    #[test]
    fn a_small_text_is_drawn_whole() {
        let e = editor(vec!["een".into(), "twee".into()], 1, 2);
        assert!(window(&e, 10, 80).is_none());
    }

    #[test]
    fn a_large_text_is_drawn_around_the_cursor() {
        let lines: Vec<String> = (0..50_000)
            .map(|i| format!("regel {i} met wat tekst"))
            .collect();
        let e = editor(lines, 30_000, 5);
        let w = window(&e, 10, 80).unwrap();
        assert_eq!(w.lines().len(), 21);
        assert_eq!(w.lines()[10], "regel 30000 met wat tekst");
        assert_eq!(w.cursor(), DataCursor(10, 5));
        assert!(rows_up_to(e.lines().iter(), 80, 15) == 15);
    }

    #[test]
    fn one_huge_line_is_cut_around_the_cursor() {
        let line: String = "abcdefghij".repeat(500_000);
        let e = editor(vec![line], 0, 40_000);
        let w = window(&e, 10, 80).unwrap();
        assert_eq!(w.lines().len(), 1);
        assert_eq!(w.lines()[0].chars().count(), 800);
        let DataCursor(_, col) = w.cursor();
        assert_eq!(col, 400);
        // The character under the cursor is the same one.
        assert_eq!(w.lines()[0].chars().nth(col), Some('a'));
        assert_eq!(rows_up_to(e.lines().iter(), 80, 15), 15);
    }
}
