//! SIGHUP (a dropped SSH connection), SIGTERM and SIGINT: the handlers only note the signal;
//! the terminal loop sees the note within one tick, stores the draft and stops. A second
//! signal while the first is being handled ends the program at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::{SigId, flag};

/// The signals that stop the program politely.
pub const STOPPING: [i32; 3] = [SIGHUP, SIGTERM, SIGINT];

/// Which stopping signal arrived, shared with the handlers.
#[derive(Clone)]
pub struct Signals {
    which: Arc<AtomicUsize>,
    ids: Arc<Vec<SigId>>,
}

impl Signals {
    /// Installs the handlers. They replace the default action (ending the process at once)
    /// until the returned value is dropped by everyone holding it.
    pub fn install() -> std::io::Result<Signals> {
        let which = Arc::new(AtomicUsize::new(0));
        let stopping = Arc::new(AtomicBool::new(false));
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
        }
        Ok(Signals {
            which,
            ids: Arc::new(ids),
        })
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
        if Arc::strong_count(&self.ids) == 1 {
            for id in self.ids.iter() {
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

/// Runs `f` with the stop signals and SIGWINCH blocked in this thread; a thread started in `f`
/// keeps them blocked for its life, so that they reach the terminal loop's thread and end its
/// wait for input at once.
#[allow(unsafe_code)] // each block says why it is sound (SAFETY)
pub fn blocked_in_new_threads<T>(f: impl FnOnce() -> T) -> T {
    // SAFETY: plain libc calls on local, initialised signal sets; the old mask is restored.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for sig in STOPPING.into_iter().chain([libc::SIGWINCH]) {
            libc::sigaddset(&mut set, sig);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, &mut old);
        let out = f();
        libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signal_is_noted_not_obeyed() {
        let signals = Signals::install().unwrap();
        assert_eq!(signals.received(), None);
        signal_hook::low_level::raise(SIGHUP).unwrap();
        assert_eq!(signals.received(), Some(SIGHUP));
        assert_eq!(name(SIGHUP), "SIGHUP");
    }
}
