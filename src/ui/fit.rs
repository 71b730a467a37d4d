//! Cutting text to the room it has: by display width (wide characters take two cells, combining
//! marks none, a grapheme is never split), marked with `…` where something was cut.

use unicode_truncate::UnicodeTruncateStr;
use unicode_width::UnicodeWidthStr;

/// `text` in at most `width` columns, ending in `…` when it had to be cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let (kept, _) = text.unicode_truncate(width - 1);
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_by_width_and_marks_the_cut() {
        assert_eq!(fit("Woonstichting", 6), "Woons…");
        assert_eq!(fit("Acme", 6), "Acme");
        assert_eq!(fit("東京商事株式会社", 7), "東京商…");
        assert_eq!(fit("Café Zoë", 5), "Café…");
        assert_eq!(fit("abc def", 5), "abc…", "no space before the mark");
        assert_eq!(fit("abc", 0), "");
    }
}
