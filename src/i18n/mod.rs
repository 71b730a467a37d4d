//! Dutch and English. Every text the program shows is declared once with both translations
//! (the [`texts!`] macro will not compile a text that lacks one), and chosen by [`Lang`].

pub mod format;
pub mod guide;
pub mod lang;
mod texts;

pub use format::{fmt_count, fmt_date, fmt_decimal, fmt_money, fmt_percent};
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
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = template.to_string();
    for (i, arg) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), &arg.to_string());
    }
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
