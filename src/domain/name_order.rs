//! The order of client names in the list: as their lower-case forms (`str::to_lowercase`)
//! compare. Start sorts every client by name within equal revenues, and revenues tie often
//! (amounts are round), so the lower-case forms are made once, into one buffer.

use std::cmp::Ordering;

/// Names in lower case, one after the other in one buffer, each with its first eight bytes
/// as a number, so that most comparisons compare two numbers.
pub struct LowerNames {
    text: String,
    /// Per name: its first eight bytes (big-endian, zeros after a shorter name) and where it
    /// lies in `text`.
    names: Vec<(u64, usize, usize)>,
}

impl LowerNames {
    pub fn new<'a>(names: impl ExactSizeIterator<Item = &'a str>) -> LowerNames {
        let mut lower = LowerNames {
            text: String::new(),
            names: Vec::with_capacity(names.len()),
        };
        for name in names {
            let start = lower.text.len();
            if name.is_ascii() {
                // For ASCII text `to_lowercase` is `to_ascii_lowercase`, byte for byte.
                lower.text.push_str(name);
                if let Some(added) = lower.text.get_mut(start..) {
                    added.make_ascii_lowercase();
                }
            } else {
                lower.text.push_str(&name.to_lowercase());
            }
            let end = lower.text.len();
            let mut head = [0u8; 8];
            let bytes = lower.text.as_bytes().get(start..end).unwrap_or_default();
            for (to, from) in head.iter_mut().zip(bytes) {
                *to = *from;
            }
            lower.names.push((u64::from_be_bytes(head), start, end));
        }
        lower
    }

    /// Name `a` against name `b` (their places in the names given), exactly as
    /// `a.to_lowercase().cmp(&b.to_lowercase())`.
    pub fn cmp(&self, a: usize, b: usize) -> Ordering {
        let ((head_a, start_a, end_a), (head_b, start_b, end_b)) = (self.names[a], self.names[b]);
        // Zeros after a shorter name order it before a longer one that begins the same, as
        // the whole names do; so heads that differ decide, and equal ones leave it to the rest.
        head_a.cmp(&head_b).then_with(|| {
            let text = self.text.as_bytes();
            text[start_a..end_a].cmp(&text[start_b..end_b])
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Names whose lower-case forms are equal, or differ only past ASCII or past eight bytes:
    /// accents, mixed case, a final sigma (`str::to_lowercase` makes it `ς`, one letter alone
    /// `σ`), `ß`, a dotted capital I (two letters in lower case), a zero byte, empty and equal
    /// names.
    pub(crate) const AWKWARD: [&str; 32] = [
        "Één",
        "één",
        "Eén",
        "een",
        "EEN",
        "ÉÉN",
        "Een",
        "ΣΑΣ",
        "σας",
        "Σ",
        "σ",
        "ς",
        "Straße",
        "STRASSE",
        "strasse",
        "İzmir",
        "izmir",
        "Izmir",
        "",
        "",
        "a",
        "A",
        "Zoë",
        "zoe",
        "Installatiebedrijf Zandwold",
        "installatiebedrijf zandwold",
        "Installatiebedrijf",
        "Installa",
        "installa\0",
        "Installatiebedrijf Één",
        "Bakkerij",
        "bakkerij B",
    ];

    #[test]
    fn names_are_ordered_as_their_lower_case_forms() {
        let lower = LowerNames::new(AWKWARD.into_iter());
        for (i, a) in AWKWARD.iter().enumerate() {
            for (j, b) in AWKWARD.iter().enumerate() {
                assert_eq!(
                    lower.cmp(i, j),
                    a.to_lowercase().cmp(&b.to_lowercase()),
                    "{a:?} against {b:?}"
                );
            }
        }
    }
}
