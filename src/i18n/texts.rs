//! The text sets, one per area of the program, each in its own file.

mod brief;
mod cli;
mod client;
mod dates;
mod errors;
mod expectation;
mod home;
mod interview;
mod labels;

pub use brief::BriefText;
pub use cli::CliText;
pub use client::ClientText;
pub use dates::{DateText, describe_date_error};
pub use errors::{ErrorText, describe_store_error};
pub use expectation::ExpectationText;
pub use home::HomeText;
pub use interview::InterviewText;
pub use labels::{HasLabel, Label, label};

#[cfg(test)]
mod tests {
    use super::super::completeness::check;
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        check::<BriefText>();
        check::<CliText>();
        check::<ClientText>();
        check::<DateText>();
        check::<ErrorText>();
        check::<ExpectationText>();
        check::<HomeText>();
        check::<InterviewText>();
        check::<Label>();
    }
}
