//! Waiting for the terminal ourselves, so that a terminal that went away is noticed.
//!
//! crossterm reads the terminal in a loop that only ends on input or "would block": once the
//! terminal is hung up (the SSH connection dropped, the tmux pane was killed) every read
//! returns end-of-file or EIO at once, and `event::poll` spins on the CPU forever. So the loop
//! first waits here with `poll(2)` on the same terminal: a hang-up shows as `POLLHUP`, and only
//! when there is input does crossterm get to read it.

use std::fs::File;
use std::io::IsTerminal;
use std::os::fd::{AsFd, BorrowedFd};
use std::time::Duration;

use rustix::event::{PollFd, PollFlags, Timespec, poll};

/// What waiting found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
    /// There is input to read.
    Input,
    /// Nothing yet (the time ran out, or a signal arrived).
    Quiet,
    /// The terminal is gone: hung up, closed, or failing.
    Gone,
}

/// The terminal the program reads keys from: standard input when it is a terminal, else
/// `/dev/tty` (the same choice crossterm makes).
pub struct Tty(Source);

enum Source {
    Stdin(std::io::Stdin),
    /// Kept open while it is watched.
    File(File),
}

impl AsFd for Tty {
    fn as_fd(&self) -> BorrowedFd<'_> {
        match &self.0 {
            Source::Stdin(stdin) => stdin.as_fd(),
            Source::File(file) => file.as_fd(),
        }
    }
}

impl Tty {
    pub fn open() -> Option<Tty> {
        if std::io::stdin().is_terminal() {
            return Some(Tty(Source::Stdin(std::io::stdin())));
        }
        let file = File::open("/dev/tty").ok()?;
        Some(Tty(Source::File(file)))
    }

    /// Watches a terminal (or anything else) that is open as `file`.
    #[cfg(test)]
    pub fn from_file(file: File) -> Tty {
        Tty(Source::File(file))
    }

    /// Waits up to `timeout` for input. A signal ends the wait early (`Quiet`), so a stop
    /// request or a resize is handled at once.
    pub fn wait(&self, timeout: Duration) -> Wait {
        let mut fds = [PollFd::new(self, PollFlags::IN)];
        let timeout = Timespec::try_from(timeout).unwrap_or(Timespec {
            tv_sec: i64::from(i32::MAX),
            tv_nsec: 0,
        });
        match poll(&mut fds, Some(&timeout)) {
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => return Wait::Quiet,
            Err(_) => return Wait::Gone,
        }
        let got = fds[0].revents();
        if got.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
            Wait::Gone
        } else if got.contains(PollFlags::IN) {
            Wait::Input
        } else {
            Wait::Quiet
        }
    }

    /// Whether the terminal is gone, without waiting.
    pub fn is_gone(&self) -> bool {
        self.wait(Duration::ZERO) == Wait::Gone
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::os::fd::FromRawFd;

    /// A pseudo-terminal pair: (the program's side, the terminal emulator's side).
    #[allow(unsafe_code)] // each block says why it is sound (SAFETY)
    fn pty() -> (File, File) {
        let (mut program, mut emulator) = (0, 0);
        // SAFETY: both out-pointers are valid; the name, termios and winsize may be null.
        let rc = unsafe {
            libc::openpty(
                &mut program,
                &mut emulator,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(rc, 0, "openpty");
        // SAFETY: openpty returned two fresh descriptors that nothing else owns.
        unsafe { (File::from_raw_fd(program), File::from_raw_fd(emulator)) }
    }

    #[test]
    fn input_then_quiet_then_gone_when_the_other_side_closes() {
        let (program, mut emulator) = pty();
        let tty = Tty::from_file(program);
        assert_eq!(tty.wait(Duration::from_millis(10)), Wait::Quiet);
        emulator.write_all(b"x\n").unwrap();
        assert_eq!(tty.wait(Duration::from_secs(1)), Wait::Input);
        assert!(!tty.is_gone());
        // The SSH connection drops, the tmux pane is killed: the other side goes away.
        drop(emulator);
        assert_eq!(tty.wait(Duration::from_secs(1)), Wait::Gone);
        assert!(tty.is_gone());
    }
}
