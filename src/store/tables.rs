//! Every redb table the store uses, declared in one place.
//!
//! Records are serde-encoded (JSON) values under their numeric id. Multimap indexes map an
//! owner id (a client, an interview) to the ids of the records that belong to it, so one
//! client's records are read without scanning a whole table.

use redb::{MultimapTableDefinition, TableDefinition};

/// `schema_version`, `change_seq` and one `next.<kind>` id sequence per kind of record.
pub const META: TableDefinition<&str, u64> = TableDefinition::new("meta");

pub const CLIENTS: TableDefinition<u64, &[u8]> = TableDefinition::new("clients");
pub const CONTACTS: TableDefinition<u64, &[u8]> = TableDefinition::new("contacts");
pub const INTERVIEWS: TableDefinition<u64, &[u8]> = TableDefinition::new("interviews");
pub const ANSWERS: TableDefinition<u64, &[u8]> = TableDefinition::new("answers");
pub const EXPECTATIONS: TableDefinition<u64, &[u8]> = TableDefinition::new("expectations");
pub const EXPERIENCES: TableDefinition<u64, &[u8]> = TableDefinition::new("experiences");
pub const TIME: TableDefinition<u64, &[u8]> = TableDefinition::new("time");

/// (expectation id, position) → one history entry.
pub const HISTORY: TableDefinition<(u64, u64), &[u8]> = TableDefinition::new("history");
/// interview id → the draft in its editor.
pub const DRAFTS: TableDefinition<u64, &[u8]> = TableDefinition::new("drafts");
/// client id → its digest, rebuilt with every change to the client's records. Encoded compactly
/// (`super::digest_codec`), not as JSON: the client list reads every one of them at start.
pub const DIGESTS: TableDefinition<u64, &[u8]> = TableDefinition::new("digests");
/// client id → what the client list shows and ranks of it: name, sector, revenue, archived
/// and its digest (`super::home_codec`), written with its digest in the same transaction as
/// every change of the client or its records. The list reads this table at start instead of
/// every client record and every digest.
pub const HOME: TableDefinition<u64, &[u8]> = TableDefinition::new("home");
/// interview id → who holds it, when it was last worked on and whether it was put off, for
/// every interview in progress (`super::open_interviews`): what the start's resume offer
/// reads, kept in the same transaction as every write of an interview.
pub const OPEN_INTERVIEWS: TableDefinition<u64, &[u8]> = TableDefinition::new("open_interviews");
/// change seq → one timeline entry.
pub const CHANGES: TableDefinition<u64, &[u8]> = TableDefinition::new("changes");

/// The search index of long texts (answers, expectations' descriptions), written in the same
/// transaction as the text: every word (lower case) → how many texts hold it.
pub const TEXT_WORDS: TableDefinition<&str, u64> = TableDefinition::new("text_words");
/// (word, text kind, where the word first starts, record id) → nothing: per word, its texts in
/// the order results are shown (see `search::words::TextRank`).
pub const TEXT_POSTINGS: TableDefinition<(&str, u8, u32, u64), ()> =
    TableDefinition::new("text_postings");
/// (word, text kind, id / 4096) → which of those 4,096 ids' texts hold the word
/// (`super::text_sets`): the same as the word's postings, as sets by id.
pub const TEXT_SETS: TableDefinition<(&str, u8, u64), &[u8]> = TableDefinition::new("text_sets");
/// (kind, id) → a client's, person's or expectation's name entry (`search::NameEntry`): what
/// the names search reads instead of every record.
pub const NAMES: TableDefinition<(u8, u64), &[u8]> = TableDefinition::new("names");
/// Every tag (of an expectation or an answer) → how many records carry it.
pub const TAGS: TableDefinition<&str, u64> = TableDefinition::new("tags");

pub const CLIENT_CONTACTS: MultimapTableDefinition<u64, u64> =
    MultimapTableDefinition::new("client_contacts");
pub const CLIENT_INTERVIEWS: MultimapTableDefinition<u64, u64> =
    MultimapTableDefinition::new("client_interviews");
pub const CLIENT_ANSWERS: MultimapTableDefinition<u64, u64> =
    MultimapTableDefinition::new("client_answers");
pub const CLIENT_EXPECTATIONS: MultimapTableDefinition<u64, u64> =
    MultimapTableDefinition::new("client_expectations");
pub const CLIENT_EXPERIENCES: MultimapTableDefinition<u64, u64> =
    MultimapTableDefinition::new("client_experiences");
pub const CLIENT_TIME: MultimapTableDefinition<u64, u64> =
    MultimapTableDefinition::new("client_time");
pub const CLIENT_CHANGES: MultimapTableDefinition<u64, u64> =
    MultimapTableDefinition::new("client_changes");
pub const INTERVIEW_ANSWERS: MultimapTableDefinition<u64, u64> =
    MultimapTableDefinition::new("interview_answers");

pub const SCHEMA_VERSION: &str = "schema_version";
pub const CHANGE_SEQ: &str = "change_seq";
