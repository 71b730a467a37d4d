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

/// `text` in at most `width` columns around its first matched character: a cut on either side
/// is marked with `…`, and `indices` (character positions of the match) move with the text.
/// A little of what comes before the match stays, the rest of the room goes to what follows.
pub fn fit_around(text: &str, indices: &[usize], width: usize) -> (String, Vec<usize>) {
    use unicode_width::UnicodeWidthChar;
    let chars: Vec<char> = text.chars().collect();
    let w = |c: &char| c.width().unwrap_or(0);
    if text.width() <= width {
        return (text.to_string(), indices.to_vec());
    }
    if width < 2 {
        return (fit(text, width), Vec::new());
    }
    let first = indices.iter().copied().min().unwrap_or(0).min(chars.len());
    // The window [start, end) in `room` columns: first leaving room for both marks, then again
    // with the room of a mark that turned out not to be needed.
    let window = |room: usize| {
        let mut start = first;
        let mut used = 0;
        while start > 0 && used + w(&chars[start - 1]) <= room / 4 {
            start -= 1;
            used += w(&chars[start]);
        }
        let mut end = first;
        while end < chars.len() && used + w(&chars[end]) <= room {
            used += w(&chars[end]);
            end += 1;
        }
        while start > 0 && used + w(&chars[start - 1]) <= room {
            start -= 1;
            used += w(&chars[start]);
        }
        (start, end)
    };
    let (mut start, mut end) = window(width - 2);
    let marks = usize::from(start > 0) + usize::from(end < chars.len());
    if marks < 2 {
        (start, end) = window(width - marks);
    }
    let before = start > 0;
    let mut out = String::new();
    if before {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push('…');
    }
    let shift = usize::from(before);
    let moved = indices
        .iter()
        .filter(|&&i| (start..end).contains(&i))
        .map(|&i| i - start + shift)
        .collect();
    (out, moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_match_in_view_when_a_text_is_cut() {
        let text = "de wettelijke termijnen voor vergunningen gehaald";
        let at = text.find("vergun").unwrap();
        let indices: Vec<usize> = (at..at + 6).collect();
        let (cut, moved) = fit_around(text, &indices, 24);
        assert_eq!(cut.width(), 24, "{cut}");
        assert!(cut.starts_with('…') && cut.ends_with('…'), "{cut}");
        let shown: String = moved.iter().map(|&i| cut.chars().nth(i).unwrap()).collect();
        assert_eq!(shown, "vergun");
        assert_eq!(fit_around("kort", &[0], 10), ("kort".to_string(), vec![0]));
        let (start, _) = fit_around(text, &[0, 1], 10);
        assert_eq!(start, "de wettel…");
        let (end, moved) = fit_around(text, &[text.len() - 1], 10);
        assert_eq!(end, "…n gehaald");
        assert_eq!(moved, vec![9]);
    }

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
