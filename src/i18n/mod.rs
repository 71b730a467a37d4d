//! Dutch and English. Every text the program shows is declared once with both translations
//! (the [`texts!`] macro will not compile a text that lacks one), and chosen by [`Lang`].

pub mod fields;
pub mod format;
pub mod guide;
pub mod lang;
mod texts;

pub use fields::field_word;
pub use format::{fmt_count, fmt_date, fmt_date_long, fmt_decimal, fmt_money, fmt_percent};
pub use lang::Lang;
pub use texts::*;

/// A set of texts in both languages.
pub trait Localized: Copy + 'static {
    const SET: &'static str;
    fn all() -> &'static [Self];
    fn nl(self) -> &'static str;
    fn en(self) -> &'static str;
    fn name(self) -> &'static str;

    fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl(),
            Lang::En => self.en(),
        }
    }

    /// The text with `{0}`, `{1}`, … replaced by `args`.
    fn fill(self, lang: Lang, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.get(lang), args)
    }
}

/// Replaces `{0}`, `{1}`, … in `template`. Positional, so a translation may reorder them.
/// One pass over the template: an argument's text is never searched for placeholders, so a
/// client named `x {1}` stays `x {1}`. A placeholder without an argument stays as written.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let arg = (digits > 0 && after[digits..].starts_with('}'))
            .then(|| after[..digits].parse::<usize>().ok())
            .flatten()
            .and_then(|i| args.get(i));
        match arg {
            Some(arg) => {
                // Writing to a String cannot fail.
                let _ = write!(out, "{arg}");
                rest = &after[digits + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Declares an enum of texts, each with its Dutch and English wording.
#[macro_export]
macro_rules! texts {
    ($(#[$meta:meta])* $set:ident { $($name:ident => $nl:literal, $en:literal;)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $set { $($name),* }

        impl $crate::i18n::Localized for $set {
            const SET: &'static str = stringify!($set);
            fn all() -> &'static [Self] {
                &[$($set::$name),*]
            }
            fn nl(self) -> &'static str {
                match self { $($set::$name => $nl),* }
            }
            fn en(self) -> &'static str {
                match self { $($set::$name => $en),* }
            }
            fn name(self) -> &'static str {
                match self { $($set::$name => stringify!($name)),* }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn an_argument_is_never_filled_in_itself() {
        assert_eq!(
            fill("{0} heeft {1} verwachtingen", &[&"x {1}", &3]),
            "x {1} heeft 3 verwachtingen"
        );
        assert_eq!(fill("{1} en {0}", &[&"{1}", &"{0}"]), "{0} en {1}");
        assert_eq!(fill("{0}{0}", &[&"{0}"]), "{0}{0}");
    }

    #[test]
    fn other_braces_and_missing_arguments_stay_as_written() {
        assert_eq!(fill("{2} {x} {} {", &[&"a"]), "{2} {x} {} {");
        assert_eq!(fill("{{0}}", &[&"a"]), "{a}");
        assert_eq!(fill("€ {0}, {10}", &[&"ç", &1]), "€ ç, {10}");
        assert_eq!(fill("", &[]), "");
    }
}

#[cfg(test)]
pub(crate) mod completeness {
    use super::Localized;

    /// The `{n}` placeholders of a text, sorted.
    fn placeholders(text: &str) -> Vec<String> {
        let mut found: Vec<String> = (0..10)
            .map(|i| format!("{{{i}}}"))
            .filter(|p| text.contains(p.as_str()))
            .collect();
        found.sort();
        found
    }

    /// Both translations exist, are not empty, and use the same placeholders.
    pub fn check<T: Localized>() {
        for t in T::all() {
            let (nl, en) = (t.nl(), t.en());
            assert!(
                !nl.trim().is_empty(),
                "{}::{} has no Dutch text",
                T::SET,
                t.name()
            );
            assert!(
                !en.trim().is_empty(),
                "{}::{} has no English text",
                T::SET,
                t.name()
            );
            assert_eq!(
                placeholders(nl),
                placeholders(en),
                "{}::{}: Dutch and English use different placeholders",
                T::SET,
                t.name()
            );
        }
    }
}
