//! The terminal loop: the one place that does IO for the full-screen program. It turns
//! terminal events into messages for `App::update`, performs the effects, notices other
//! processes' commits, and draws.

mod load;

use std::time::{Duration, Instant};

use chrono::Local;
use ratatui::crossterm::event::{self, Event, KeyEventKind};

use crate::app::{App, Effect, Keymap, Msg};
use crate::cli::{CliError, Ctx};
use crate::store::Store;
use crate::ui::{self, Theme};

/// How often the change counter is polled for other processes' commits.
const POLL_CHANGES: Duration = Duration::from_millis(300);

pub fn run(ctx: &Ctx) -> Result<(), CliError> {
    let store = ctx.open_or_create()?;
    let theme = Theme::dark();
    let mut app = App::new(ctx.lang, Keymap::default_map(), Local::now().date_naive());
    app.read_only = store.is_read_only();
    app.update(Msg::Loaded(load::snapshot(&store)?));

    let mut terminal = ratatui::try_init().map_err(|e| CliError::Message(e.to_string()))?;
    let result = event_loop(&mut terminal, &mut app, &store, &theme);
    ratatui::restore();
    result
}

fn io(e: std::io::Error) -> CliError {
    CliError::Message(e.to_string())
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    store: &Store,
    theme: &Theme,
) -> Result<(), CliError> {
    let size = terminal.size().map_err(io)?;
    app.update(Msg::Resize(size.width, size.height));
    let mut last_poll = Instant::now();
    loop {
        if app.dirty {
            terminal.draw(|f| ui::draw(f, app, theme)).map_err(io)?;
            app.dirty = false;
        }
        let wait = POLL_CHANGES.saturating_sub(last_poll.elapsed());
        if event::poll(wait).map_err(io)? {
            let msg = match event::read().map_err(io)? {
                Event::Key(key) if key.kind != KeyEventKind::Release => Msg::Key(key),
                Event::Resize(w, h) => Msg::Resize(w, h),
                _ => continue,
            };
            if app.update(msg).contains(&Effect::Quit) {
                return Ok(());
            }
        }
        if last_poll.elapsed() >= POLL_CHANGES {
            last_poll = Instant::now();
            if store.change_seq()? != app.data.seq {
                app.update(Msg::Loaded(load::snapshot(store)?));
            }
            let today = Local::now().date_naive();
            if today != app.today {
                app.update(Msg::Today(today));
            }
        }
    }
}
