//! The terminal loop: the one place that does IO for the full-screen program. It turns
//! terminal events into messages for `App::update`, performs the effects, notices other
//! processes' commits, ticks the clock, and draws.
//!
//! Nothing typed may be lost, whatever ends the program: `q`, a signal (SIGHUP when an SSH
//! connection drops, SIGTERM, SIGINT), a terminal that went away, or a panic. Each way out
//! stores the draft and gives the terminal back; see `signals`, `tty`, `crash` and `watchdog`.

mod crash;
mod screen;
mod signals;
mod tty;
mod watchdog;
mod worker;

use std::io::{IsTerminal, Write};
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;
use ratatui::crossterm::event::{self, Event, KeyEventKind};

pub use crash::{CRASH_DIR_VAR, DraftSlot, crash_dir};

use crate::app::{App, Effect, Keymap, Load, Msg, Popup};
use crate::i18n::{CliText, Lang, Localized, TeamText};
use crate::runner;
use crate::session::{Session, UserError};
use crate::store::Store;
use crate::ui::{self, Theme};
use signals::Signals;
use tty::{Tty, Wait};

/// How often the change counter is polled for other processes' commits.
const POLL_CHANGES: Duration = Duration::from_millis(300);
/// How often the clock ticks: the call timer and the draft's save deadline. The loop never
/// sleeps longer than this, so a signal is seen within it.
const TICK: Duration = Duration::from_millis(200);

/// Why the loop ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Exit {
    /// The user quit.
    Quit,
    /// A stop signal arrived.
    Signal(i32),
    /// The terminal went away (or failed) without a signal.
    TerminalGone,
}

/// What the loop shares with the watchdog and the panic path, and the search worker.
struct Shared {
    signals: Signals,
    heartbeat: Arc<AtomicU64>,
    slot: DraftSlot,
    tty: Option<Tty>,
    worker: worker::Worker,
    /// The day `VERWACHT_TODAY` fixes, if set: then the day never changes while running.
    fixed_today: Option<chrono::NaiveDate>,
}

pub fn run(ctx: &Session) -> Result<(), UserError> {
    // Keys come from standard input and the screen goes to standard output: without a
    // terminal on both the program could only fail obscurely or draw blind into a file.
    // Checked before anything is opened, so nothing is created or drawn.
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Err(UserError::Message(
            CliText::NeedsTerminal.get(ctx.lang).to_string(),
        ));
    }
    let store = Arc::new(crate::store::guard::guarded(&ctx.db, || {
        ctx.open_or_create()
    })?);
    // Damage found while reading what the first screen shows: the program does not start.
    let (mut app, theme) = crate::store::guard::guarded(store.path(), || prepare(ctx, &store))?;
    let signals = Signals::install().map_err(io)?;
    // The worker wakes the loop's wait when a result is ready, so none waits for a key or a
    // tick to be seen.
    let wake = signals.waker().map_err(io)?;
    let shared = Shared {
        signals,
        heartbeat: Arc::new(AtomicU64::new(0)),
        slot: DraftSlot::default(),
        tty: Tty::open(),
        worker: worker::Worker::start(Arc::clone(&store), wake),
        fixed_today: ctx.fixed_today,
    };
    // The default hook would print the panic over several lines; the crash hook writes them
    // to a file instead. ratatui's hook (restoring the terminal) wraps the silent one, and the
    // crash hook wraps that.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut terminal = match screen::enter(ctx.config.mouse) {
        Ok(t) => t,
        Err(e) => {
            std::panic::set_hook(default_hook);
            return Err(io(e));
        }
    };
    let hook_tty = Tty::open();
    crash::install_hook(
        screen::restore,
        move || hook_tty.as_ref().is_some_and(Tty::is_gone),
        std::panic::take_hook(),
    );
    let watchdog = watchdog::Watchdog::start(watchdog::Watched {
        signals: shared.signals.clone(),
        heartbeat: Arc::clone(&shared.heartbeat),
        slot: shared.slot.clone(),
        db: store.path().to_path_buf(),
        author: app.author.clone(),
        lang: ctx.lang,
        restore: screen::restore,
    });

    let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
        event_loop(&mut terminal, &mut app, &store, &theme, &shared)
    }));
    screen::restore();
    watchdog.stop();
    let _ = std::panic::take_hook();
    std::panic::set_hook(default_hook);
    let lang = ctx.lang;
    match outcome {
        Ok(Exit::Quit) => Ok(()),
        Ok(exit) => {
            let sig = match exit {
                Exit::Signal(sig) => sig,
                _ => signal_hook::consts::SIGHUP,
            };
            let mut line = TeamText::Stopped.fill(lang, &[&signals::name(sig)]);
            // Only what happened to the draft on the way out: never "saved" when it is not.
            if app.interview().is_some()
                && let Some(outcome) = &app.draft_outcome
            {
                line = format!("{line}; {}", crash::draft_words(outcome, lang));
            }
            // The terminal may be gone: a failed write is no reason to stop stopping.
            let _ = writeln!(std::io::stderr(), "verwacht: {line}");
            // Closed properly before the process ends (unless the search worker is still
            // reading), so the file needs no recovery.
            drop(shared);
            drop(store);
            std::process::exit(128 + sig);
        }
        Err(_) => Err(UserError::Message(crashed(
            &store,
            &app,
            &shared.slot,
            lang,
        ))),
    }
}

/// The one line after a panic; stores the last draft first.
fn crashed(store: &Store, app: &App, slot: &DraftSlot, lang: Lang) -> String {
    let report = crash::last_report().unwrap_or_default();
    let mut parts = vec![TeamText::Crashed.fill(lang, &[&report.what])];
    if let Some(draft) = slot.get() {
        let outcome = crash::save_draft(store.path(), &app.author, &draft);
        parts.push(crash::draft_words(&outcome, lang));
    }
    parts.push(match &report.file {
        Some(file) => TeamText::Details.fill(lang, &[&file.display()]),
        None => TeamText::NoDetails.get(lang).to_string(),
    });
    parts.join("; ")
}

/// The program state at start: settings, theme, keys, the first load, interrupted interviews.
fn prepare(ctx: &Session, store: &Store) -> Result<(App, Theme), UserError> {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let themes_dir = crate::config::path().and_then(|p| p.parent().map(|d| d.join("themes")));
    let (theme, theme_problem) =
        crate::ui::theme::choose(ctx.theme.as_deref(), no_color, themes_dir.as_deref(), |p| {
            std::fs::read_to_string(p)
        });
    let mut keymap = Keymap::default_map();
    let key_problems: Vec<String> = keymap
        .merge(&ctx.config.keys)
        .iter()
        .map(|p| describe_keymap_problem(p, ctx.lang))
        .collect();
    for problem in &key_problems {
        crate::session::warn(&format!("verwacht: {problem}"));
    }
    let mut app = App::new(ctx.lang, keymap, Utc::now(), ctx.today());
    app.update(Msg::Session(crate::app::Session {
        author: store.author().to_string(),
        read_only: store.is_read_only(),
        settings: ctx.config.ranking(),
    }));
    let problems = [
        ctx.config_problem.clone(),
        theme_problem.map(|p| p.to_string()),
        key_problems.first().cloned(),
    ];
    if let Some(problem) = problems.into_iter().flatten().next() {
        app.update(Msg::Problem(problem));
    }
    // What the first load asks for is performed too (the terminal's size is not known yet,
    // so it is little; the loop's first resize asks for the rest).
    // Drafts kept aside when the database could not take them go back in first, so that
    // they are offered with the other interrupted interviews.
    if !app.read_only {
        let (_, left) = crate::files::spare::take_back(store);
        if left > 0 {
            let dir = crate::files::spare::dir().unwrap_or_default();
            app.update(Msg::Problem(TeamText::DraftsStillAside.fill(
                ctx.lang,
                &[
                    &crate::i18n::count(left as u64, crate::i18n::Noun::Draft, ctx.lang),
                    &dir.display(),
                ],
            )));
        }
    }
    let mut effects = app.update(Msg::Loaded(crate::store::views::snapshot(store)?));
    if !app.read_only {
        effects.push(Effect::Load(Load::Resumable));
    }
    runner::drive(&mut app, store, effects);
    Ok((app, theme))
}

/// A key binding from the config file that could not be used as written, in one line.
pub fn describe_keymap_problem(
    p: &crate::app::keymap::KeymapProblem,
    lang: crate::i18n::Lang,
) -> String {
    use crate::app::keymap::KeymapProblem;
    use crate::i18n::{HelpText, Localized};
    let section = |m: &crate::app::Mode| m.name();
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

fn io(e: std::io::Error) -> UserError {
    UserError::Message(e.to_string())
}

/// Stores what must not be lost (the draft and the timer of an open interview) on the way out.
fn leave(app: &mut App, store: &Store, exit: Exit) -> Exit {
    let effects = app.quit();
    runner::drive(app, store, effects);
    exit
}

/// Performs effects like [`runner::drive`], but sends searches and index builds to the worker
/// so typing never waits for them. Returns whether the program should stop.
fn drive(app: &mut App, store: &Store, worker: &worker::Worker, effects: Vec<Effect>) -> bool {
    let mut queue: std::collections::VecDeque<Effect> = effects.into();
    while let Some(effect) = queue.pop_front() {
        match effect {
            Effect::Quit => return true,
            Effect::SearchTexts(search) => worker.search(search),
            Effect::Load(Load::SearchIndex) => worker.build_index(),
            effect => {
                for msg in runner::perform(store, effect) {
                    queue.extend(app.update(msg));
                }
            }
        }
    }
    false
}

fn event_loop(
    terminal: &mut screen::Term,
    app: &mut App,
    store: &Store,
    theme: &Theme,
    shared: &Shared,
) -> Exit {
    let worker = &shared.worker;
    // The first resize tells the app the terminal's size, and a wide one asks for the
    // selected client's records for the briefing pane: performed before the first draw, or
    // the pane stays empty (the app counts them as asked for).
    match terminal.size() {
        Ok(size) => {
            let effects = app.update(Msg::Resize(size.width, size.height));
            if drive(app, store, worker, effects) {
                return Exit::Quit;
            }
        }
        Err(_) => return leave(app, store, Exit::TerminalGone),
    }
    let mut last_poll = Instant::now();
    let mut last_tick = Instant::now();
    let mut draft_mark = None;
    let mut resize_wakes = false;
    loop {
        shared.heartbeat.fetch_add(1, Ordering::SeqCst);
        if let Some(sig) = shared.signals.received() {
            return leave(app, store, Exit::Signal(sig));
        }
        while let Ok(msg) = worker.results.try_recv() {
            let effects = app.update(msg);
            if drive(app, store, worker, effects) {
                return Exit::Quit;
            }
        }
        if app.needs_redraw() {
            if terminal.draw(|f| ui::draw(f, app, theme)).is_err() {
                return leave(app, store, Exit::TerminalGone);
            }
            app.update(Msg::Drawn);
        }
        // Search results wake the wait themselves (see `Worker::start`).
        let wait = TICK
            .saturating_sub(last_tick.elapsed())
            .min(POLL_CHANGES.saturating_sub(last_poll.elapsed()));
        // Wait here rather than in crossterm, which spins once the terminal is gone.
        let input = match &shared.tty {
            Some(tty) => tty.wait(wait, Some(shared.signals.wake_fd())),
            // Without the terminal's own descriptor nothing wakes this wait for search results:
            // it looks again soon while search is open.
            None => match event::poll(if matches!(app.popup, Some(Popup::Search(_))) {
                wait.min(Duration::from_millis(15))
            } else {
                wait
            }) {
                Ok(true) => Wait::Input,
                Ok(false) => Wait::Quiet,
                Err(_) => Wait::Gone,
            },
        };
        match input {
            Wait::Gone => return leave(app, store, Exit::TerminalGone),
            // Emptied before the notes are read (at the top of the loop, and crossterm's).
            Wait::Signal => shared.signals.clear_wake(),
            Wait::Input | Wait::Quiet => {}
        }
        // Whatever crossterm has now: keys, pastes, and resizes it learnt of by a signal.
        loop {
            let msg = match event::poll(Duration::ZERO).and_then(|ready| {
                if ready {
                    event::read().map(Some)
                } else {
                    Ok(None)
                }
            }) {
                Ok(None) => break,
                Ok(Some(event)) => match event {
                    Event::Key(key) if key.kind != KeyEventKind::Release => Msg::Key(key),
                    Event::Paste(text) => Msg::Paste(text),
                    Event::Mouse(m) => Msg::Mouse(m),
                    Event::Resize(w, h) => Msg::Resize(w, h),
                    _ => continue,
                },
                Err(_) => return leave(app, store, Exit::TerminalGone),
            };
            #[cfg(debug_assertions)]
            debug_keys(&msg);
            let effects = app.update(msg);
            if drive(app, store, worker, effects) {
                return Exit::Quit;
            }
            keep_draft(app, &shared.slot, &mut draft_mark);
        }
        // crossterm watches SIGWINCH from its first read on; a resize wakes the wait from
        // then, after crossterm's own handler has run (see `Signals::wake_on_resize`).
        if !resize_wakes {
            resize_wakes = shared.signals.wake_on_resize().is_ok();
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            let effects = app.update(Msg::Clock(Utc::now()));
            if drive(app, store, worker, effects) {
                return Exit::Quit;
            }
            keep_draft(app, &shared.slot, &mut draft_mark);
        }
        if last_poll.elapsed() >= POLL_CHANGES {
            last_poll = Instant::now();
            poll_changes(app, store, worker, shared.fixed_today);
        }
    }
}

/// Keeps the draft that the watchdog and the crash hook store current. The editor's text is
/// copied only when it changed (it may be megabytes, and this runs after every key and tick);
/// the rest — step, timer, fields — is refreshed every time.
fn keep_draft(
    app: &App,
    slot: &crash::DraftSlot,
    mark: &mut Option<(crate::domain::InterviewId, u64)>,
) {
    let now = app.draft_mark();
    if now != *mark || now.is_none() {
        slot.set(app.draft_now());
        *mark = now;
    } else {
        slot.update(|kept| app.draft_with_text(kept.text));
    }
}

/// Takes in what another process (or this one) committed since the screen was loaded.
fn poll_changes(
    app: &mut App,
    store: &Store,
    worker: &worker::Worker,
    fixed_today: Option<chrono::NaiveDate>,
) {
    match crate::store::guard::guarded(store.path(), || store.change_seq()) {
        // Only what changed is read: the changed clients, and what is open when it shows one.
        Ok(seq) if seq != app.data.seq => {
            let effects = app.update(Msg::ChangeCounter(seq));
            drive(app, store, worker, effects);
        }
        Ok(_) => {}
        // Shown, and tried again at the next poll; the program goes on.
        Err(e) => {
            app.update(Msg::ReadFailed(e));
        }
    }
    let today = crate::session::today(fixed_today);
    if today != app.today {
        let effects = app.update(Msg::Today(today));
        drive(app, store, worker, effects);
    }
}

/// Debug builds only: with `VERWACHT_DEBUG_KEYS=1`, F12 panics and F11 makes the loop hang,
/// so that the end-to-end tests can check what a crash or a stuck program leaves behind.
#[cfg(debug_assertions)]
fn debug_keys(msg: &Msg) {
    use ratatui::crossterm::event::KeyCode;
    let Msg::Key(key) = msg else {
        return;
    };
    if std::env::var_os("VERWACHT_DEBUG_KEYS").is_none_or(|v| v != "1") {
        return;
    }
    match key.code {
        KeyCode::F(12) => panic!("F12 pressed with VERWACHT_DEBUG_KEYS=1"),
        KeyCode::F(11) => std::thread::sleep(Duration::from_secs(60)),
        _ => {}
    }
}
