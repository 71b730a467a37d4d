//! The terminal loop: the one place that does IO for the full-screen program. It turns
//! terminal events into messages for `App::update`, performs the effects, notices other
//! processes' commits, ticks the clock, and draws.

mod worker;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{Local, Utc};
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind,
};
use ratatui::crossterm::execute;

use crate::app::{App, Effect, Keymap, Load, Msg, Popup};
use crate::cli::{CliError, Ctx};
use crate::exec;
use crate::store::Store;
use crate::ui::{self, Theme};

/// How often the change counter is polled for other processes' commits.
const POLL_CHANGES: Duration = Duration::from_millis(300);
/// How often the clock ticks: the call timer and the draft's save deadline.
const TICK: Duration = Duration::from_millis(200);

pub fn run(ctx: &Ctx) -> Result<(), CliError> {
    let store = Arc::new(ctx.open_or_create()?);
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let themes_dir = crate::config::path().and_then(|p| p.parent().map(|d| d.join("themes")));
    let (theme, theme_problem) =
        crate::ui::theme::choose(ctx.theme.as_deref(), no_color, themes_dir.as_deref());
    let mut keymap = Keymap::default_map();
    let key_problems: Vec<String> = keymap
        .merge(&ctx.config.keys)
        .iter()
        .map(|p| describe_keymap_problem(p, ctx.lang))
        .collect();
    for problem in &key_problems {
        eprintln!("verwacht: {problem}");
    }
    let mut app = App::new(ctx.lang, keymap, Utc::now(), Local::now().date_naive());
    app.author = store.author().to_string();
    app.settings = crate::app::Settings {
        weights: ctx.config.priority.clone(),
        review: ctx.config.review.clone(),
    };
    let problems = [
        ctx.config_problem.clone(),
        theme_problem.map(|p| p.to_string()),
        key_problems.first().cloned(),
    ];
    if let Some(problem) = problems.into_iter().flatten().next() {
        app.status = Some(crate::app::StatusLine::error(problem));
    }
    app.read_only = store.is_read_only();
    app.update(Msg::Loaded(exec::snapshot(&store)?));
    if !app.read_only {
        exec::drive(&mut app, &store, vec![Effect::Load(Load::Resumable)]);
    }

    let mut terminal = ratatui::try_init().map_err(io)?;
    // ratatui's hook restores the screen on a panic; give the mouse and paste modes back too.
    let restore_screen = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            std::io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste
        );
        restore_screen(info);
    }));
    // Without bracketed paste a pasted Enter would save half an answer.
    let _ = execute!(std::io::stdout(), EnableBracketedPaste);
    if ctx.config.mouse {
        let _ = execute!(std::io::stdout(), EnableMouseCapture);
    }
    let worker = worker::Worker::start(store.clone());
    let result = event_loop(&mut terminal, &mut app, &store, &worker, &theme);
    let _ = execute!(
        std::io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture
    );
    ratatui::restore();
    result
}

/// A key binding from the config file that could not be used as written, in one line.
pub fn describe_keymap_problem(
    p: &crate::app::keymap::KeymapProblem,
    lang: crate::i18n::Lang,
) -> String {
    use crate::app::keymap::KeymapProblem;
    use crate::i18n::{HelpText, Localized};
    let section = |m: &crate::app::Mode| format!("{m:?}").to_lowercase();
    match p {
        KeymapProblem::BadKey { mode, key } => HelpText::BadKey.fill(lang, &[&section(mode), key]),
        KeymapProblem::Conflict {
            mode,
            key,
            was,
            now,
        } => HelpText::Conflict.fill(
            lang,
            &[
                &section(mode),
                key,
                &was.describe(lang),
                &now.describe(lang),
            ],
        ),
    }
}

fn io(e: std::io::Error) -> CliError {
    CliError::Message(e.to_string())
}

/// Performs effects like [`exec::drive`], but sends searches and index builds to the worker
/// so typing never waits for them. Returns whether the program should stop.
fn drive(app: &mut App, store: &Store, worker: &worker::Worker, effects: Vec<Effect>) -> bool {
    let mut queue: std::collections::VecDeque<Effect> = effects.into();
    while let Some(effect) = queue.pop_front() {
        match effect {
            Effect::Quit => return true,
            Effect::SearchTexts(search) => worker.search(search),
            Effect::Load(Load::SearchIndex) => worker.build_index(),
            effect => {
                for msg in exec::perform(store, effect) {
                    queue.extend(app.update(msg));
                }
            }
        }
    }
    false
}

/// How long to wait for a key: shorter while search results may be on their way.
fn patience(app: &App) -> Duration {
    if matches!(app.popup, Some(Popup::Search(_))) {
        Duration::from_millis(15)
    } else {
        TICK
    }
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    store: &Store,
    worker: &worker::Worker,
    theme: &Theme,
) -> Result<(), CliError> {
    let size = terminal.size().map_err(io)?;
    app.update(Msg::Resize(size.width, size.height));
    let mut last_poll = Instant::now();
    let mut last_tick = Instant::now();
    loop {
        while let Ok(msg) = worker.results.try_recv() {
            let effects = app.update(msg);
            if drive(app, store, worker, effects) {
                return Ok(());
            }
        }
        if app.dirty {
            terminal.draw(|f| ui::draw(f, app, theme)).map_err(io)?;
            app.dirty = false;
        }
        let wait = patience(app)
            .min(TICK.saturating_sub(last_tick.elapsed()))
            .min(POLL_CHANGES.saturating_sub(last_poll.elapsed()));
        if event::poll(wait).map_err(io)? {
            let msg = match event::read().map_err(io)? {
                Event::Key(key) if key.kind != KeyEventKind::Release => Msg::Key(key),
                Event::Paste(text) => Msg::Paste(text),
                Event::Mouse(m) => Msg::Mouse(m),
                Event::Resize(w, h) => Msg::Resize(w, h),
                _ => continue,
            };
            let effects = app.update(msg);
            if drive(app, store, worker, effects) {
                return Ok(());
            }
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            let effects = app.update(Msg::Clock(Utc::now()));
            if drive(app, store, worker, effects) {
                return Ok(());
            }
        }
        if last_poll.elapsed() >= POLL_CHANGES {
            last_poll = Instant::now();
            if store.change_seq()? != app.data.seq {
                let reload = app.reload();
                drive(app, store, worker, reload);
            }
            let today = Local::now().date_naive();
            if today != app.today {
                app.update(Msg::Today(today));
            }
        }
    }
}
