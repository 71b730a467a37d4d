//! The text sets, one per area of the program, each in its own file.

mod cli;
mod demo;
mod errors;
mod home;
mod labels;

pub use cli::CliText;
pub use demo::DemoText;
pub use errors::{ErrorText, describe_store_error};
pub use home::HomeText;
pub use labels::{HasLabel, Label, label};

#[cfg(test)]
mod tests {
    use super::super::completeness::check;
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        check::<CliText>();
        check::<DemoText>();
        check::<ErrorText>();
        check::<HomeText>();
        check::<Label>();
    }
}
