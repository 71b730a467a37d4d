//! verwacht: find out what each client expects, make it measurable, follow it over time, and
//! spend time on the clients that matter most.
//!
//! Layers, importing one way only: `domain`, `search` and `sanitize` (pure) at the bottom;
//! `store` (redb, with the read models each screen and command reads, `store::views`) above
//! them; `import` (CSV rows to records, pure) and `backup` (a whole store as JSON) just above
//! that; `i18n` (the words, including every layer's errors); `app` (state and update); `ui`
//! (drawing); `runner` (performs the effects `update` asks for) and `files` (the database file,
//! its folders and the drafts kept aside; the system clock the store is handed); `session`
//! (config, day, user, opening the store) and, at the top, `cli` and `tui` (the terminal
//! loop), which `main` picks between.

// No unsafe code in the program: the system calls go through rustix, signal-hook and uzers.
// (Tests and benchmarks are crates of their own, held to the lint in Cargo.toml.)
#![forbid(unsafe_code)]

pub mod app;
pub mod backup;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod files;
pub mod i18n;
pub mod import;
pub mod runner;
pub mod sanitize;
pub mod search;
pub mod session;
pub mod store;
pub mod tui;
pub mod ui;
