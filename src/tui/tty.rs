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
    /// Nothing yet: the time ran out.
    Quiet,
    /// A signal arrived (the wake-up descriptor became readable, or the wait was
    /// interrupted): a stop request or a resize, to be handled at once.
    Signal,
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

    /// Waits up to `timeout` for input, or until `wake` (the signals' self-pipe) is readable,
    /// so that a stop request or a resize is handled at once. Emptying `wake` is its owner's.
    pub fn wait(&self, timeout: Duration, wake: Option<BorrowedFd<'_>>) -> Wait {
        let timeout = Timespec::try_from(timeout).unwrap_or(Timespec {
            tv_sec: i64::from(i32::MAX),
            tv_nsec: 0,
        });
        let terminal = PollFd::new(self, PollFlags::IN);
        let (mut one, mut both);
        let fds: &mut [PollFd<'_>] = match wake {
            Some(wake) => {
                both = [terminal, PollFd::from_borrowed_fd(wake, PollFlags::IN)];
                &mut both
            }
            None => {
                one = [terminal];
                &mut one
            }
        };
        match poll(fds, Some(&timeout)) {
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => return Wait::Signal,
            Err(_) => return Wait::Gone,
        }
        let got = fds[0].revents();
        if got.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
            Wait::Gone
        } else if got.contains(PollFlags::IN) {
            Wait::Input
        } else if fds.get(1).is_some_and(|w| !w.revents().is_empty()) {
            Wait::Signal
        } else {
            Wait::Quiet
        }
    }

    /// Whether the terminal is gone, without waiting.
    pub fn is_gone(&self) -> bool {
        self.wait(Duration::ZERO, None) == Wait::Gone
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A pseudo-terminal pair: (the program's side, the terminal emulator's side).
    fn pty() -> (File, File) {
        use rustix::fs::{Mode, OFlags, open};
        use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
        let emulator = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
        grantpt(&emulator).unwrap();
        unlockpt(&emulator).unwrap();
        let name = ptsname(&emulator, Vec::new()).unwrap();
        let program = open(
            name.as_c_str(),
            OFlags::RDWR | OFlags::NOCTTY,
            Mode::empty(),
        )
        .unwrap();
        (File::from(program), File::from(emulator))
    }

    #[test]
    fn input_then_quiet_then_gone_when_the_other_side_closes() {
        let (program, mut emulator) = pty();
        let tty = Tty::from_file(program);
        assert_eq!(tty.wait(Duration::from_millis(10), None), Wait::Quiet);
        emulator.write_all(b"x\n").unwrap();
        assert_eq!(tty.wait(Duration::from_secs(1), None), Wait::Input);
        assert!(!tty.is_gone());
        // The SSH connection drops, the tmux pane is killed: the other side goes away.
        drop(emulator);
        assert_eq!(tty.wait(Duration::from_secs(1), None), Wait::Gone);
        assert!(tty.is_gone());
    }

    #[test]
    fn a_wake_up_ends_the_wait_at_once() {
        let (program, _emulator) = pty();
        let tty = Tty::from_file(program);
        let (wake, mut poke) = std::os::unix::net::UnixStream::pair().unwrap();
        assert_eq!(
            tty.wait(Duration::from_millis(10), Some(wake.as_fd())),
            Wait::Quiet
        );
        let poker = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            poke.write_all(b"X").unwrap();
            poke
        });
        let started = std::time::Instant::now();
        assert_eq!(
            tty.wait(Duration::from_secs(30), Some(wake.as_fd())),
            Wait::Signal
        );
        assert!(started.elapsed() < Duration::from_secs(10));
        drop(poker.join().unwrap());
    }
}
