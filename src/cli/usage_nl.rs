//! clap's usage errors in Dutch: the same facts clap reports (its error kind and context),
//! written by a formatter of our own instead of clap's English one.

use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, Error, ErrorFormatter, ErrorKind};

/// Formats clap's errors in Dutch, as clap's own formatter does in English: the message, the
/// suggestions, the usage line and where to find more help.
pub(crate) struct Dutch;

impl ErrorFormatter for Dutch {
    fn format_error(error: &Error<Self>) -> StyledStr {
        let mut out = format!("fout: {}", message(error));
        let tips = suggestions(error);
        if !tips.is_empty() {
            out.push('\n');
            for tip in tips {
                let _ = write!(out, "\n  {tip}");
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim();
            let _ = write!(out, "\n\nGebruik: {usage}");
        }
        out.push_str("\n\nMeer uitleg met '--help'.\n");
        StyledStr::from(out)
    }
}

fn string(error: &Error<Dutch>, kind: ContextKind) -> Option<&str> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

fn strings(error: &Error<Dutch>, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(list)) => list.clone(),
        _ => Vec::new(),
    }
}

fn number(error: &Error<Dutch>, kind: ContextKind) -> Option<isize> {
    match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    }
}

fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("'{i}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "1 waarde", "2 waarden".
fn values(n: isize) -> String {
    if n == 1 {
        "1 waarde".to_string()
    } else {
        format!("{n} waarden")
    }
}

/// "er is er 1 gegeven", "er zijn er 2 gegeven".
fn given(n: isize) -> String {
    if n == 1 {
        "er is er 1 gegeven".to_string()
    } else {
        format!("er zijn er {n} gegeven")
    }
}

/// The first line: what is wrong.
fn message(error: &Error<Dutch>) -> String {
    let arg = string(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = string(error, ContextKind::InvalidValue).unwrap_or_default();
    match error.kind() {
        ErrorKind::ArgumentConflict => {
            let prior = strings(error, ContextKind::PriorArg);
            if let Some(sub) = string(error, ContextKind::InvalidSubcommand) {
                format!("de opdracht '{sub}' gaat niet samen met {}", quoted(&prior))
            } else if prior.len() == 1 && prior[0] == arg {
                format!("'{arg}' mag maar één keer gegeven worden")
            } else if prior.is_empty() {
                format!("'{arg}' gaat niet samen met de andere argumenten")
            } else {
                format!("'{arg}' gaat niet samen met {}", quoted(&prior))
            }
        }
        ErrorKind::NoEquals => format!("'{arg}' krijgt zijn waarde met een =-teken"),
        ErrorKind::InvalidValue => {
            let mut text = if value.is_empty() {
                format!("'{arg}' vraagt om een waarde, maar er is er geen gegeven")
            } else {
                format!("ongeldige waarde '{value}' voor '{arg}'")
            };
            let valid = strings(error, ContextKind::ValidValue);
            if !valid.is_empty() {
                let _ = write!(text, "\n  [mogelijke waarden: {}]", valid.join(", "));
            }
            text
        }
        ErrorKind::InvalidSubcommand => format!(
            "onbekende opdracht '{}'",
            string(error, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(error, ContextKind::InvalidArg);
            let mut text = if missing.len() == 1 {
                "dit verplichte argument ontbreekt:".to_string()
            } else {
                "deze verplichte argumenten ontbreken:".to_string()
            };
            for m in missing {
                let _ = write!(text, "\n  {m}");
            }
            text
        }
        ErrorKind::MissingSubcommand => {
            let mut text = format!(
                "'{}' vraagt om een opdracht, maar er is er geen gegeven",
                string(error, ContextKind::InvalidSubcommand).unwrap_or_default()
            );
            let valid = strings(error, ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                let _ = write!(text, "\n  [opdrachten: {}]", valid.join(", "));
            }
            text
        }
        ErrorKind::InvalidUtf8 => "een argument is geen geldige UTF-8-tekst".to_string(),
        ErrorKind::TooManyValues => {
            format!("onverwachte waarde '{value}' voor '{arg}': er werden er niet meer verwacht")
        }
        ErrorKind::TooFewValues => format!(
            "'{arg}' vraagt om minstens {}; {}",
            values(number(error, ContextKind::MinValues).unwrap_or_default()),
            given(number(error, ContextKind::ActualNumValues).unwrap_or_default())
        ),
        ErrorKind::WrongNumberOfValues => format!(
            "'{arg}' vraagt om {}; {}",
            values(number(error, ContextKind::ExpectedNumValues).unwrap_or_default()),
            given(number(error, ContextKind::ActualNumValues).unwrap_or_default())
        ),
        ErrorKind::ValueValidation => {
            let mut text = format!("ongeldige waarde '{value}' voor '{arg}'");
            // The reason comes from our own value parsers, in Dutch (see `help_nl`).
            if let Some(source) = std::error::Error::source(error) {
                let _ = write!(text, ": {source}");
            }
            text
        }
        ErrorKind::UnknownArgument => format!("onverwacht argument '{arg}'"),
        ErrorKind::Io | ErrorKind::Format => "de uitvoer kon niet geschreven worden".to_string(),
        _ => "de opdrachtregel klopt niet".to_string(),
    }
}

/// The lines after the message: what was probably meant.
fn suggestions(error: &Error<Dutch>) -> Vec<String> {
    let mut tips = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        let meant = strings(error, kind);
        if !meant.is_empty() {
            tips.push(format!("bedoel je {}?", or_list(&meant)));
        }
    }
    if let Some(ContextValue::StyledStrs(hints)) = error.get(ContextKind::Suggested) {
        tips.extend(hints.iter().filter_map(|h| hint(&h.to_string())));
    }
    tips
}

/// "'a'", "'a' of 'b'", "'a', 'b' of 'c'".
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, [])) => format!("'{last}'"),
        Some((last, rest)) => format!("{} of '{last}'", quoted(rest)),
        None => String::new(),
    }
}

/// clap's English hints (the ones its parser gives) in Dutch; one it does not know yet is
/// left out rather than shown in English.
fn hint(english: &str) -> Option<String> {
    let quoted: Vec<&str> = english.split('\'').skip(1).step_by(2).collect();
    if english.starts_with("to pass ") && quoted.len() == 2 {
        Some(format!(
            "om '{}' als waarde mee te geven: '{}'",
            quoted[0], quoted[1]
        ))
    } else if english.starts_with("subcommand ") && !quoted.is_empty() {
        Some(format!(
            "de opdracht '{}' bestaat; haal de '--' ervoor weg",
            quoted[0]
        ))
    } else if english.ends_with(" exists") && quoted.len() == 1 {
        Some(format!("'{}' bestaat", quoted[0]))
    } else {
        None
    }
}
