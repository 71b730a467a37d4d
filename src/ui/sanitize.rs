//! Text from the database is drawn only after control and escape characters are made
//! harmless, so a client named with an escape sequence cannot reach the terminal.

use std::borrow::Cow;

/// Whether a character must not reach the terminal as is.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        // Bidirectional overrides and isolates can make text display differently from what it is.
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One line of display text: control characters (ESC, BEL, CR, LF, TAB, C1 controls, DEL…)
/// become a visible `�`, except tabs and newlines, which become spaces.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\t' | '\n' | '\r' => ' ',
                c if is_unsafe(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
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
}
