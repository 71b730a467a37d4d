//! verwacht: find out what each client expects, make it measurable, follow it over time, and
//! spend time on the clients that matter most.
//!
//! Layers, importing one way only: `store` (redb) and `domain` (pure) at the bottom; `app`
//! (state and update) above them; `ui` (drawing) above that; `cli` and `tui` (the terminal
//! loop) at the top.

pub mod app;
pub mod cli;
pub mod demo;
pub mod domain;
pub mod i18n;
pub mod store;
pub mod tui;
pub mod ui;
