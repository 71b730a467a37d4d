//! The text sets, one per area of the program, each in its own file.

mod amounts;
mod backup;
mod cli;
mod dates;
mod errors;
mod home;
mod import;
mod labels;

pub use amounts::{AmountText, describe_amount_error};
pub use backup::{BackupText, describe_backup_error};
pub use cli::CliText;
pub use dates::{DateText, describe_date_error};
pub use errors::{ErrorText, describe_store_error};
pub use home::HomeText;
pub use import::{ImportText, describe_problem, imported_summary};
pub use labels::{HasLabel, Label, label};

#[cfg(test)]
mod tests {
    use super::super::completeness::check;
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        check::<AmountText>();
        check::<BackupText>();
        check::<CliText>();
        check::<DateText>();
        check::<ErrorText>();
        check::<HomeText>();
        check::<ImportText>();
        check::<Label>();
    }
}
