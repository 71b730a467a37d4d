//! The one sanitiser for text from the database (and from files being imported), used by every
//! output: the screen, plain text on the command line, CSV, Markdown and the JSON backup. What
//! it does is the same everywhere:
//!
//! - control characters (ESC, BEL, C1 controls, DEL…) and the bidirectional overrides, embeddings,
//!   isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which can make
//!   text display differently from what it is, become a visible `�`;
//! - invisible characters of no width (zero-width space, joiners, word joiner, byte-order mark,
//!   soft hyphen, variation selectors, tag characters) are left out: terminals disagree about
//!   their width (a joiner glues the next character into the cell before it), so drawing them
//!   leaves stale cells on the screen. The width of a text is computed on what remains, which is
//!   what is drawn;
//! - tabs and line breaks become spaces where a value is one line; where lines are kept
//!   ([`clean_lines`]) every line break becomes `\n`.
//!
//! The JSON backup keeps the text as it is, but writes the characters above as `\u` escapes
//! ([`json_escapes`]), so that it stays lossless and still harmless on a terminal.

use std::borrow::Cow;

/// What happens to one character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fate {
    Keep,
    /// A line break or tab.
    Break,
    /// Shown as `�`.
    Mark,
    /// Left out.
    Drop,
}

fn fate(c: char) -> Fate {
    match c {
        '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => Fate::Break,
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}' => Fate::Mark,
        '\u{00AD}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200D}'
        | '\u{2060}'..='\u{2065}'
        | '\u{206A}'..='\u{206F}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}'
        | '\u{E0000}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}' => Fate::Drop,
        c if c.is_control() => Fate::Mark,
        _ => Fate::Keep,
    }
}

/// Whether `c` is changed by the sanitiser (for callers that check before they copy).
pub fn is_unsafe(c: char) -> bool {
    fate(c) != Fate::Keep
}

/// How `c` is shown on one line: as itself, as `�`, as a space, or not at all.
pub fn shown(c: char) -> Option<char> {
    match fate(c) {
        Fate::Keep => Some(c),
        Fate::Mark => Some('\u{FFFD}'),
        Fate::Break => Some(' '),
        Fate::Drop => None,
    }
}

fn sanitised(text: &str, keep_lines: bool) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match fate(c) {
            Fate::Keep => out.push(c),
            Fate::Mark => out.push('\u{FFFD}'),
            Fate::Drop => {}
            Fate::Break if !keep_lines || c == '\t' => out.push(' '),
            Fate::Break => {
                // CR LF is one break.
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
        }
    }
    Cow::Owned(out)
}

/// One line of display text: see the module documentation; tabs and line breaks become spaces.
pub fn clean(text: &str) -> Cow<'_, str> {
    sanitised(text, false)
}

/// [`clean`] for a text with marked characters (a search match): `indices`, character positions
/// in `text`, move with what is left out. A left-out character that was marked marks nothing.
pub fn clean_marked(text: &str, indices: &[usize]) -> (String, Vec<usize>) {
    if !text.chars().any(is_unsafe) {
        return (text.to_string(), indices.to_vec());
    }
    let mut out = String::with_capacity(text.len());
    let mut moved = Vec::with_capacity(indices.len());
    let mut drawn = 0;
    for (i, c) in text.chars().enumerate() {
        if let Some(c) = shown(c) {
            if indices.contains(&i) {
                moved.push(drawn);
            }
            out.push(c);
            drawn += 1;
        }
    }
    (out, moved)
}

/// Display text whose lines are kept (an answer in plain text or a CSV cell): as [`clean`],
/// but every line break becomes `\n`.
pub fn clean_lines(text: &str) -> Cow<'_, str> {
    sanitised(text, true)
}

/// One line, safe in Markdown: [`clean`], trimmed, and the characters Markdown gives a meaning
/// escaped.
pub fn markdown(text: &str) -> String {
    let text = clean(text);
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// JSON text with every character the sanitiser would change written as a `\u` escape (JSON
/// encoders escape only C0 controls): the same data when read back, harmless when shown. Such
/// characters occur only inside strings, where an escape means the same.
pub fn json_escapes(json: &str) -> Cow<'_, str> {
    use std::fmt::Write;
    let needs = |c: char| is_unsafe(c) && !matches!(c, '\t' | '\n' | '\r');
    if !json.chars().any(needs) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 64);
    for c in json.chars() {
        if needs(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_defused() {
        let evil = "Evil\x1b]0;pwned\x07 BV\x1b[2J\u{9b}31m\u{202E}";
        let shown = clean(evil);
        assert!(!shown.chars().any(|c| c.is_control()));
        assert_eq!(
            shown,
            "Evil\u{FFFD}]0;pwned\u{FFFD} BV\u{FFFD}[2J\u{FFFD}31m\u{FFFD}"
        );
        assert!(matches!(clean("Bakkerij Één"), Cow::Borrowed(_)));
        assert_eq!(clean("a\tb\nc"), "a b c");
    }

    #[test]
    fn bidi_controls_are_marked_and_invisible_characters_left_out() {
        assert_eq!(
            clean("a\u{202E}b\u{2066}c\u{2067}d\u{2068}e\u{2069}f\u{200F}"),
            "a�b�c�d�e�f�"
        );
        assert_eq!(
            clean("Bak\u{200D}ker\u{200B}ij\u{FEFF} Zon\u{2060}\u{FE0F}"),
            "Bakkerij Zon"
        );
        // What is drawn is as wide as what is measured.
        use unicode_width::UnicodeWidthStr;
        assert_eq!(clean("👩\u{200D}💻").width(), 4);
    }

    #[test]
    fn marks_move_with_what_is_left_out() {
        let (text, marks) = clean_marked("a\u{200B}\u{200D}bc\u{202E}d", &[0, 1, 3, 5, 6]);
        assert_eq!(text, "abc�d");
        assert_eq!(marks, vec![0, 1, 3, 4]);
    }

    #[test]
    fn lines_are_kept_where_asked() {
        assert_eq!(
            clean_lines("one\r\ntwo\rthree\nfour\tfive\u{2028}six"),
            "one\ntwo\nthree\nfour five\nsix"
        );
        assert_eq!(clean_lines("\x1b[31mred"), "�[31mred");
    }

    #[test]
    fn markdown_escapes_its_own_characters() {
        assert_eq!(
            markdown(" *bold* [x](y) \u{202E}"),
            "\\*bold\\* \\[x\\](y) �"
        );
    }

    #[test]
    fn json_keeps_the_text_but_escapes_what_is_unsafe() {
        let text = "Evil\u{202E}x\u{200D}\u{7f}\u{9b}\u{E0041}";
        let json = serde_json::to_string(text).unwrap();
        let escaped = json_escapes(&json);
        assert!(
            escaped.is_ascii() || !escaped.chars().any(is_unsafe),
            "{escaped}"
        );
        assert!(
            escaped.contains("\\u202e") && escaped.contains("\\udb40\\udc41"),
            "{escaped}"
        );
        let back: String = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, text);
    }
}
