//! Waiting for the terminal ourselves, so that a terminal that went away is noticed.
//!
//! crossterm reads the terminal in a loop that only ends on input or "would block": once the
//! terminal is hung up (the SSH connection dropped, the tmux pane was killed) every read
//! returns end-of-file or EIO at once, and `event::poll` spins on the CPU forever. So the loop
//! first waits here with `poll(2)` on the same terminal: a hang-up shows as `POLLHUP`, and only
//! when there is input does crossterm get to read it.

use std::fs::File;
use std::io::IsTerminal;
use std::os::fd::{AsRawFd, RawFd};
use std::time::Duration;

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
pub struct Tty {
    fd: RawFd,
    /// Keeps `/dev/tty` open when that is what is watched.
    _file: Option<File>,
}

impl Tty {
    pub fn open() -> Option<Tty> {
        if std::io::stdin().is_terminal() {
            return Some(Tty {
                fd: std::io::stdin().as_raw_fd(),
                _file: None,
            });
        }
        let file = File::open("/dev/tty").ok()?;
        Some(Tty {
            fd: file.as_raw_fd(),
            _file: Some(file),
        })
    }

    /// Watches a terminal (or anything else) by its descriptor, which must stay open.
    #[cfg(test)]
    pub fn from_fd(fd: RawFd) -> Tty {
        Tty { fd, _file: None }
    }

    /// Waits up to `timeout` for input. A signal ends the wait early (`Quiet`), so a stop
    /// request or a resize is handled at once.
    #[allow(unsafe_code)] // each block says why it is sound (SAFETY)
    pub fn wait(&self, timeout: Duration) -> Wait {
        let mut pfd = libc::pollfd {
            fd: self.fd,
            events: libc::POLLIN,
            revents: 0,
        };
        let ms = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
        // SAFETY: `pfd` is one valid pollfd that lives across the call, and the count says one.
        let n = unsafe { libc::poll(&mut pfd, 1, ms) };
        if n < 0 {
            return match std::io::Error::last_os_error().kind() {
                std::io::ErrorKind::Interrupted => Wait::Quiet,
                _ => Wait::Gone,
            };
        }
        if pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            Wait::Gone
        } else if pfd.revents & libc::POLLIN != 0 {
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
        let tty = Tty::from_fd(program.as_raw_fd());
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
