//! The files around the database: finding, creating and opening the database file with its
//! permission rules, the folders it lives in, and the drafts kept aside in files of their own
//! when the database cannot take them. This layer owns the file system and the system clock
//! for the store, which knows only redb: it looks at the file, then hands the store what it
//! found and the clock to stamp writes with.

mod open;
pub mod spare;

pub use open::{
    Create, create_folders, create_new, default_path, folder_mode, open, open_reporting,
    open_to_read,
};
