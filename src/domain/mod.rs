//! Plain types and pure logic: what a client, contact, interview, answer, expectation,
//! experience and time entry are, and how clients are ranked. No IO lives here.

pub mod change;
pub mod client;
pub mod dates;
pub mod digest;
pub mod expectation;
pub mod experience;
pub mod gap;
pub mod ids;
pub mod interview;
pub mod money;
pub mod name_order;
pub mod priority;
pub mod proposal;
pub mod ranking;
pub mod stamp;
pub mod tags;

pub use change::{Change, ChangeAction, Kind};
pub use client::{Client, Contact, ListedClient};
pub use dates::{DateError, parse_date};
pub use digest::{ClientDigest, LiveItem};
pub use expectation::{
    Expectation, ExpectationChange, FieldChange, Level, Measure, Nature, Source, Status,
};
pub use experience::{Experience, TimeEntry};
pub use ids::{AnswerId, ClientId, ContactId, ExpectationId, ExperienceId, InterviewId, TimeId};
pub use interview::{Answer, Characteristic, Draft, Interview, InterviewStatus};
pub use money::{AmountError, Cents, parse_amount};
pub use ranking::{AbcClass, RankedClient};
pub use stamp::Stamp;
