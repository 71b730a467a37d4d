//! Names for the example data.
//! All fictional; any likeness to a real organisation is a coincidence of common words.

/// The colleagues who "wrote" the example: OS user names, as the store records authors.
pub const COLLEAGUES: &[&str] = &["anouk", "daan", "fleur", "joris", "meryem", "sven"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colleagues_are_user_names() {
        assert!(
            COLLEAGUES
                .iter()
                .all(|c| c.chars().all(|ch| ch.is_ascii_lowercase()))
        );
    }
}
