//! Why a typed amount of money was not understood, in the user's language.

use crate::domain::AmountError;
use crate::i18n::{Lang, Localized};

crate::texts!(
    AmountText {
        Empty => "geen bedrag ingevuld", "no amount given";
        NotANumber => "'{0}' is geen bedrag (schrijf bijvoorbeeld 1.234.567,89 of 1234567.89)",
            "'{0}' is not an amount (write e.g. 1,234,567.89 or 1.234.567,89)";
        TooManyDecimals => "'{0}' heeft meer dan twee decimalen", "'{0}' has more than two decimals";
        BadGrouping => "'{0}': groepen van duizendtallen moeten drie cijfers hebben, zoals 1.234.567",
            "'{0}': groups of thousands must have three digits, as in 1,234,567";
        TooLarge => "'{0}' is te groot", "'{0}' is too large";
    }
);

/// Why `text` is not an amount.
pub fn describe_amount_error(e: &AmountError, text: &str, lang: Lang) -> String {
    use AmountText as T;
    let t = match e {
        AmountError::Empty => T::Empty,
        AmountError::NotANumber => T::NotANumber,
        AmountError::TooManyDecimals => T::TooManyDecimals,
        AmountError::BadGrouping => T::BadGrouping,
        AmountError::TooLarge => T::TooLarge,
    };
    t.fill(lang, &[&text])
}
