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

/// `texts` cut so that together they take at most `room` columns: the widest is cut first, so
/// short ones stay whole and long ones end in `…`. No text is cut below `least` columns.
pub fn fit_together(texts: &[String], room: usize, least: usize) -> Vec<String> {
    let mut widths: Vec<usize> = texts.iter().map(|t| t.width()).collect();
    while widths.iter().sum::<usize>() > room {
        let Some((widest, w)) = widths
            .iter()
            .copied()
            .enumerate()
            .max_by_key(|&(i, w)| (w, std::cmp::Reverse(i)))
        else {
            break;
        };
        if w <= least {
            break;
        }
        widths[widest] = w - 1;
    }
    texts.iter().zip(widths).map(|(t, w)| fit(t, w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_the_widest_first_when_texts_share_a_line() {
        let texts = ["1 Briefing", "2 People", "6 Timeline"].map(String::from);
        assert_eq!(fit_together(&texts, 40, 3), texts.to_vec());
        assert_eq!(
            fit_together(&texts, 24, 3),
            ["1 Brief…", "2 People", "6 Timel…"]
        );
        assert_eq!(fit_together(&texts, 3, 3), ["1…", "2…", "6…"]);
    }

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
