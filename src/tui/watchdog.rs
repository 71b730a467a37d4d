//! A second thread that makes sure the program ends when it must, even if the terminal loop
//! is stuck (in a terminal read that spins, or waiting for a lock): when a stop signal is not
//! handled within [`SIGNAL_GRACE`], or the terminal is gone and the loop has not moved for
//! [`STALL`], it stores the last draft itself, restores what it can and exits.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::crash::{self, DraftSlot};
use super::signals::{self, Signals};
use super::tty::Tty;

/// How long the loop has to handle a stop signal itself.
const SIGNAL_GRACE: Duration = Duration::from_millis(700);
/// How long the loop may stand still while the terminal is gone.
const STALL: Duration = Duration::from_secs(2);
/// How long storing the draft may take here before the program ends without it: enough for a
/// durable write on a busy machine (a quarter second was not, under load), still well within
/// the grace a service manager or a closing terminal gives before it kills.
const SAVE_LIMIT: Duration = Duration::from_secs(1);
const CHECK_EVERY: Duration = Duration::from_millis(100);

/// What the watchdog watches.
pub struct Watched {
    pub signals: Signals,
    /// Counted up by the loop on every turn.
    pub heartbeat: Arc<AtomicU64>,
    pub slot: DraftSlot,
    pub db: PathBuf,
    pub author: String,
    pub lang: crate::i18n::Lang,
    pub restore: fn(),
}

pub struct Watchdog {
    done: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Watchdog {
    /// Starts watching.
    pub fn start(w: Watched) -> Watchdog {
        let done = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&done);
        let thread = std::thread::Builder::new()
            .name("watchdog".into())
            .spawn(move || watch(&w, &stop))
            .ok();
        Watchdog { done, thread }
    }

    /// The loop ended by itself: stop watching.
    pub fn stop(mut self) {
        self.done.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn watch(w: &Watched, done: &AtomicBool) {
    let tty = Tty::open();
    let mut beat = w.heartbeat.load(Ordering::SeqCst);
    let mut moved = Instant::now();
    let mut signalled: Option<Instant> = None;
    while !done.load(Ordering::SeqCst) {
        std::thread::sleep(CHECK_EVERY);
        let now = w.heartbeat.load(Ordering::SeqCst);
        if now != beat {
            beat = now;
            moved = Instant::now();
        }
        if let Some(sig) = w.signals.received() {
            let since = *signalled.get_or_insert_with(Instant::now);
            if since.elapsed() >= SIGNAL_GRACE && !done.load(Ordering::SeqCst) {
                emergency_exit(w, sig);
            }
        } else if moved.elapsed() >= STALL
            && tty.as_ref().is_some_and(Tty::is_gone)
            && !done.load(Ordering::SeqCst)
        {
            emergency_exit(w, signal_hook::consts::SIGHUP);
        }
    }
}

/// Stores the draft (giving up after [`SAVE_LIMIT`]), restores the terminal, says why on
/// stderr, and ends the process with 128 + the signal, as a shell reports it.
fn emergency_exit(w: &Watched, sig: i32) -> ! {
    use crate::i18n::{Localized, TeamText};
    let lang = w.lang;
    let mut line = TeamText::Stopped.fill(lang, &[&signals::name(sig)]);
    if let Some(draft) = w.slot.get() {
        let (db, author) = (w.db.clone(), w.author.clone());
        let (tx, rx) = std::sync::mpsc::channel();
        let _ = std::thread::Builder::new().spawn(move || {
            let _ = tx.send(crash::save_draft(&db, &author, &draft));
        });
        // Said only of a draft that is somewhere: one not stored in time is not claimed.
        if let Ok(outcome) = rx.recv_timeout(SAVE_LIMIT) {
            line = format!("{line}; {}", crash::draft_words(&outcome, lang));
        }
    }
    (w.restore)();
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "verwacht: {line}");
    std::process::exit(128 + sig);
}
