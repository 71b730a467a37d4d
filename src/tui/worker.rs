//! A thread for work that must not hold up typing: reading the names search looks through,
//! finding long texts and counting every result once typing pauses. Requests go in through a
//! channel, results come back as messages for the app; a newer search makes an older one stop
//! early.

use std::io::Write;
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use crate::app::Msg;
use crate::app::search::TextSearch;
use crate::runner;
use crate::store::Store;

/// How long typing must pause before a search's results are counted.
const COUNT_AFTER: Duration = Duration::from_millis(150);

enum Job {
    BuildIndex,
    Search(TextSearch),
}

pub struct Worker {
    jobs: Sender<Job>,
    pub results: Receiver<Msg>,
    /// The newest search asked for; the thread drops older ones.
    latest: Arc<AtomicU64>,
}

impl Worker {
    /// Starts the thread; after each result it writes a byte to `wake`, which the loop waits
    /// on beside the terminal.
    pub fn start(store: Arc<Store>, wake: UnixStream) -> Worker {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, results) = channel::<Msg>();
        let latest = Arc::new(AtomicU64::new(0));
        let newest = latest.clone();
        std::thread::spawn(move || {
            let send = |msg: Msg| {
                let sent = outbox.send(msg).is_ok();
                // A full pipe already wakes the loop; nothing is lost by not writing.
                let _ = (&wake).write_all(&[1]);
                sent
            };
            // A job that came in while a count waited for typing to pause, done next.
            let mut next: Option<Job> = None;
            while let Some(job) = next.take().or_else(|| inbox.recv().ok()) {
                let sent = match job {
                    Job::BuildIndex => send(match crate::store::views::search_index(&store) {
                        Ok(index) => Msg::SearchIndex(Arc::new(index)),
                        Err(e) => Msg::SearchIndexFailed(e),
                    }),
                    Job::Search(search) => {
                        if search.generation != newest.load(Ordering::Relaxed) {
                            continue;
                        }
                        let stop = || newest.load(Ordering::Relaxed) != search.generation;
                        // The results first; then, unless a newer query came, how many.
                        let Some(found) = runner::search_texts(&store, &search, &stop) else {
                            continue;
                        };
                        if !send(found) {
                            break;
                        }
                        // Counting waits until typing pauses: a count begun between two
                        // keystrokes is dropped at the next one and only takes time from it.
                        match inbox.recv_timeout(COUNT_AFTER) {
                            Ok(job) => next = Some(job),
                            Err(RecvTimeoutError::Timeout) => {}
                            Err(RecvTimeoutError::Disconnected) => break,
                        }
                        stop() || runner::count_results(&store, &search, &stop).is_none_or(send)
                    }
                };
                if !sent {
                    break;
                }
            }
        });
        Worker {
            jobs,
            results,
            latest,
        }
    }

    pub fn build_index(&self) {
        let _ = self.jobs.send(Job::BuildIndex);
    }

    pub fn search(&self, search: TextSearch) {
        self.latest.store(search.generation, Ordering::Relaxed);
        let _ = self.jobs.send(Job::Search(search));
    }
}
