//! The text sets, one per area of the program, each in its own file.

mod amounts;
mod backup;
mod brief;
mod cli;
mod client;
mod commands;
pub mod count;
mod dates;
mod demo;
mod errors;
mod expectation;
mod help;
mod history;
mod home;
mod import;
mod interview;
mod labels;
mod record;
mod report;
mod search;
mod team;
mod yardstick;

pub use amounts::{AmountText, describe_amount_error};
pub use backup::{BackupText, describe_backup_error};
pub use brief::BriefText;
pub use cli::CliText;
pub use client::ClientText;
pub use commands::CommandText;
pub use count::{CountText, Noun, count};
pub use dates::{DateText, describe_date_error};
pub use demo::DemoText;
pub use errors::{ErrorText, describe_store_error, describe_store_error_here};
pub use expectation::ExpectationText;
pub use help::HelpText;
pub use history::HistoryText;
pub use home::HomeText;
pub use import::{ImportText, describe_problem, imported_summary};
pub use interview::InterviewText;
pub use labels::{HasLabel, Label, label};
pub use record::RecordText;
pub use report::ReportText;
pub use search::{SearchText, kind_name};
pub use team::TeamText;
pub use yardstick::YardstickText;

#[cfg(test)]
mod tests {
    use super::super::completeness::check;
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        check::<AmountText>();
        check::<BackupText>();
        check::<BriefText>();
        check::<CliText>();
        check::<ClientText>();
        check::<CommandText>();
        check::<CountText>();
        check::<DateText>();
        check::<DemoText>();
        check::<ErrorText>();
        check::<ExpectationText>();
        check::<HelpText>();
        check::<HistoryText>();
        check::<HomeText>();
        check::<ImportText>();
        check::<InterviewText>();
        check::<Label>();
        check::<RecordText>();
        check::<SearchText>();
        check::<ReportText>();
        check::<TeamText>();
        check::<YardstickText>();
    }
}
