//! SIGHUP (a dropped SSH connection), SIGTERM and SIGINT: the handlers only note the signal;
//! the terminal loop sees the note within one tick, stores the draft and stops. A second
//! signal while the first is being handled ends the program at once.
//!
//! Whichever thread a signal lands on, its handler also writes a byte to a self-pipe that the
//! loop waits on beside the terminal (`Tty::wait`), so the wait ends at once: for a stop
//! signal and for SIGWINCH (crossterm then reads the new size). No signal mask is needed.

use std::io::Read;
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
use signal_hook::low_level::pipe;
use signal_hook::{SigId, flag};

/// The signals that stop the program politely.
pub const STOPPING: [i32; 3] = [SIGHUP, SIGTERM, SIGINT];

/// Which stopping signal arrived, shared with the handlers.
#[derive(Clone)]
pub struct Signals {
    which: Arc<AtomicUsize>,
    ids: Arc<Mutex<Vec<SigId>>>,
    /// The self-pipe: the handlers write to `wake_write`s clones, the loop waits on `wake`.
    wake: Arc<UnixStream>,
    wake_write: Arc<UnixStream>,
}

impl Signals {
    /// Installs the handlers. They replace the default action (ending the process at once)
    /// until the returned value is dropped by everyone holding it.
    pub fn install() -> std::io::Result<Signals> {
        let which = Arc::new(AtomicUsize::new(0));
        let stopping = Arc::new(AtomicBool::new(false));
        let (wake, wake_write) = UnixStream::pair()?;
        // Emptied after every wake-up, never waited on by reading.
        wake.set_nonblocking(true)?;
        let mut ids = Vec::new();
        for sig in STOPPING {
            // Registered first, so that it runs before the flag below is set: the first signal
            // only sets the flag, a second one finds it set and exits (128 + signal, as a shell
            // reports a process a signal ended).
            ids.push(flag::register_conditional_shutdown(
                sig,
                128 + sig,
                Arc::clone(&stopping),
            )?);
            ids.push(flag::register(sig, Arc::clone(&stopping))?);
            ids.push(flag::register_usize(
                sig,
                Arc::clone(&which),
                usize::try_from(sig).unwrap_or(1),
            )?);
            // Last, so the note is there when the loop wakes up to look for it.
            ids.push(pipe::register(sig, wake_write.try_clone()?)?);
        }
        Ok(Signals {
            which,
            ids: Arc::new(Mutex::new(ids)),
            wake: Arc::new(wake),
            wake_write: Arc::new(wake_write),
        })
    }

    /// Lets a resize (SIGWINCH) end the loop's wait too. Called once crossterm watches
    /// SIGWINCH itself (after its first read): handlers run in the order they were
    /// registered, so crossterm has the resize by the time this one wakes the loop.
    pub fn wake_on_resize(&self) -> std::io::Result<()> {
        let id = pipe::register(SIGWINCH, self.wake_write.try_clone()?)?;
        if let Ok(mut ids) = self.ids.lock() {
            ids.push(id);
        }
        Ok(())
    }

    /// An end to write a byte to that wakes the loop's wait as a signal would (the search
    /// worker's results use it).
    pub fn waker(&self) -> std::io::Result<UnixStream> {
        let waker = self.wake_write.try_clone()?;
        // Never blocks its writer: a full pipe wakes the loop already.
        waker.set_nonblocking(true)?;
        Ok(waker)
    }

    /// The self-pipe's end to wait on: readable once a signal arrived.
    pub fn wake_fd(&self) -> BorrowedFd<'_> {
        self.wake.as_fd()
    }

    /// Empties the self-pipe after a wake-up, before the notes are looked at (so that a
    /// signal arriving in between wakes the next wait rather than being missed).
    pub fn clear_wake(&self) {
        let mut buf = [0u8; 64];
        while matches!((&*self.wake).read(&mut buf), Ok(n) if n > 0) {}
    }

    /// The signal that asked the program to stop, if one did.
    pub fn received(&self) -> Option<i32> {
        match self.which.load(Ordering::SeqCst) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        if Arc::strong_count(&self.ids) == 1
            && let Ok(ids) = self.ids.lock()
        {
            for id in ids.iter() {
                signal_hook::low_level::unregister(*id);
            }
        }
    }
}

/// The conventional name of a signal, for messages.
pub fn name(sig: i32) -> &'static str {
    match sig {
        SIGHUP => "SIGHUP",
        SIGTERM => "SIGTERM",
        SIGINT => "SIGINT",
        _ => "signal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustix::event::{PollFd, PollFlags, Timespec, poll};

    fn readable(signals: &Signals, secs: i64) -> bool {
        let mut fds = [PollFd::new(&signals.wake, PollFlags::IN)];
        let wait = Timespec {
            tv_sec: secs,
            tv_nsec: 0,
        };
        poll(&mut fds, Some(&wait)).is_ok_and(|n| n == 1)
    }

    // One test, not two: handlers are process-wide, and a second stop signal raised by a test
    // running alongside would end the test program.
    #[test]
    fn a_signal_is_noted_not_obeyed() {
        let signals = Signals::install().unwrap();
        assert_eq!(signals.received(), None);
        signal_hook::low_level::raise(SIGHUP).unwrap();
        assert_eq!(signals.received(), Some(SIGHUP));
        assert_eq!(name(SIGHUP), "SIGHUP");

        // It also woke the loop's wait, and emptying the pipe makes it quiet again.
        assert!(readable(&signals, 0));
        signals.clear_wake();
        assert!(!readable(&signals, 0));
        // A resize, raised on another thread (no signal mask sends it anywhere), wakes it too.
        signals.wake_on_resize().unwrap();
        std::thread::spawn(|| signal_hook::low_level::raise(SIGWINCH).unwrap())
            .join()
            .unwrap();
        assert!(readable(&signals, 2));
        signals.clear_wake();
        assert!(!readable(&signals, 0));
    }
}
