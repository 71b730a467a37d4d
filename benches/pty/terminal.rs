//! The terminal side of a pseudo-terminal: the program runs on the other side, as it would in
//! a terminal emulator, started, typed at and ended here. What it prints is collected by
//! `output`; waiting for what it shows is `waits`.

use std::fs::File;
use std::io::Write;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::output::{Shared, read_all};
use crate::screen::Screen;

pub const COLS: u16 = 100;
pub const ROWS: u16 = 30;

/// What a wait that ran out of time says: what was awaited and what the program showed.
pub type Failure = String;

/// The real binary, running in a pseudo-terminal (100×30 unless started at another size). Ended (SIGTERM, then SIGKILL) when
/// dropped, also on a panic.
pub struct Program {
    child: Child,
    /// Our side of the terminal, for typing.
    master: File,
    pub(crate) shared: Arc<Shared>,
    /// The screen as the program drew it, up to `parsed` bytes of the output.
    pub(crate) screen: Screen,
    pub(crate) parsed: usize,
    pub spawned: Instant,
    ended: bool,
}

/// The binary under test: `VERWACHT_BIN`, else the one cargo built for this bench.
pub fn binary() -> std::path::PathBuf {
    std::env::var_os("VERWACHT_BIN")
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_verwacht").into())
}

#[allow(unsafe_code)] // each block says why it is sound (SAFETY)
fn cloexec(fd: &OwnedFd) -> std::io::Result<()> {
    // SAFETY: fcntl on a descriptor we own; F_SETFD takes an int flag and touches no memory.
    if unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC) } == -1 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// A pseudo-terminal of `cols`×`rows`: (our side, the program's side).
#[allow(unsafe_code)] // each block says why it is sound (SAFETY)
fn open_pty(cols: u16, rows: u16) -> std::io::Result<(OwnedFd, OwnedFd)> {
    let (mut master, mut slave) = (-1, -1);
    let size = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: both out-pointers are valid ints; the name and termios may be null; `size`
    // lives across the call.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    if rc != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: openpty returned two fresh descriptors that nothing else owns.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    // Neither is inherited as such: the program gets the terminal as 0, 1 and 2 only.
    cloexec(&master)?;
    cloexec(&slave)?;
    Ok((master, slave))
}

impl Program {
    /// Starts `verwacht ARGS…` with a fixed user, language and terminal, and a home of its
    /// own (`home`), so nobody's config or drafts are touched.
    pub fn start(args: &[std::ffi::OsString], home: &Path) -> Result<Program, Failure> {
        Program::start_sized(args, home, (COLS, ROWS))
    }

    /// [`Program::start`] in a pseudo-terminal of `cols`×`rows`.
    #[allow(unsafe_code)] // each block says why it is sound (SAFETY)
    pub fn start_sized(
        args: &[std::ffi::OsString],
        home: &Path,
        (cols, rows): (u16, u16),
    ) -> Result<Program, Failure> {
        let (master, slave) = open_pty(cols, rows).map_err(|e| format!("openpty: {e}"))?;
        let stdio = |what: &str| -> Result<Stdio, Failure> {
            let fd = slave
                .try_clone()
                .map_err(|e| format!("the terminal for {what}: {e}"))?;
            Ok(Stdio::from(fd))
        };
        let mut cmd = Command::new(binary());
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("TERM", "xterm-256color")
            .env("LANG", "C.UTF-8")
            .env("VERWACHT_USER", "bench")
            .env("HOME", home)
            .env("XDG_STATE_HOME", home.join("state"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .stdin(stdio("stdin")?)
            .stdout(stdio("stdout")?)
            .stderr(stdio("stderr")?);
        // SAFETY: the closure runs in the child between fork and exec and calls only setsid
        // and ioctl, which are async-signal-safe; it allocates nothing and takes no lock.
        unsafe {
            cmd.pre_exec(|| {
                // A session of its own with the terminal as its controlling terminal, so that
                // /dev/tty is this terminal, as in an emulator.
                if libc::setsid() == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                if libc::ioctl(0, libc::TIOCSCTTY, 0) == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let spawned = Instant::now();
        let child = cmd
            .spawn()
            .map_err(|e| format!("{} does not start: {e}", binary().display()))?;
        // Only the program holds its side now: once it ends, reading ours fails.
        drop(cmd);
        drop(slave);
        let master = File::from(master);
        let shared = Arc::new(Shared::default());
        let reader = master.try_clone().map_err(|e| format!("dup: {e}"))?;
        let answers = master.try_clone().map_err(|e| format!("dup: {e}"))?;
        let thread_shared = Arc::clone(&shared);
        std::thread::spawn(move || read_all(reader, answers, &thread_shared));
        Ok(Program {
            child,
            master,
            shared,
            screen: Screen::new(cols, rows),
            parsed: 0,
            spawned,
            ended: false,
        })
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Fails if the program has ended.
    pub fn still_running(&mut self) -> Result<(), Failure> {
        match self.child.try_wait() {
            Ok(None) => Ok(()),
            Ok(Some(status)) => Err(self.failure(&format!("the program ended ({status})"))),
            Err(e) => Err(self.failure(&format!("the program cannot be watched: {e}"))),
        }
    }

    /// Whether the program printed `bytes` (an escape sequence, say) at some point.
    pub fn printed_bytes(&self, bytes: &[u8]) -> bool {
        let output = self.shared.lock();
        output.bytes.windows(bytes.len()).any(|w| w == bytes)
    }

    /// How many bytes the program printed so far.
    pub fn mark(&self) -> usize {
        self.shared.lock().bytes.len()
    }

    /// Types `bytes`, as a terminal sends them; returns when they were sent (just before the
    /// write, which may return after the program already answered).
    pub fn send(&mut self, bytes: &[u8]) -> Result<Instant, Failure> {
        let at = Instant::now();
        self.master
            .write_all(bytes)
            .map_err(|e| self.failure(&format!("typing failed: {e}")))?;
        Ok(at)
    }

    /// Sends a large input (a paste) from a thread of its own, so that a program that stops
    /// reading makes this fail after `timeout` instead of hanging. Returns when it was all
    /// written.
    pub fn send_large(&mut self, bytes: Vec<u8>, timeout: Duration) -> Result<Instant, Failure> {
        let mut master = self.master.try_clone().map_err(|e| format!("dup: {e}"))?;
        let (done, written) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let result = master.write_all(&bytes).map(|()| Instant::now());
            let _ = done.send(result);
        });
        match written.recv_timeout(timeout) {
            Ok(Ok(at)) => Ok(at),
            Ok(Err(e)) => Err(self.failure(&format!("sending the paste failed: {e}"))),
            Err(_) => Err(self.failure(&format!(
                "the program did not read the paste within {} s",
                timeout.as_secs()
            ))),
        }
    }

    /// Ends the program as a stop signal does (it stores what it must and closes the file),
    /// then forcibly if it has not ended within 10 s.
    #[allow(unsafe_code)] // each block says why it is sound (SAFETY)
    pub fn end(&mut self) {
        if self.ended {
            return;
        }
        self.ended = true;
        if let Ok(None) = self.child.try_wait() {
            if let Ok(pid) = libc::pid_t::try_from(self.child.id()) {
                // SAFETY: kill takes a pid and a signal number and touches no memory; the pid
                // is our own child, not yet reaped, so it cannot be another process.
                unsafe { libc::kill(pid, libc::SIGTERM) };
            }
            let deadline = Instant::now() + Duration::from_secs(10);
            while let Ok(None) = self.child.try_wait() {
                if Instant::now() >= deadline {
                    eprintln!("verwacht did not end on SIGTERM within 10 s: killing it");
                    let _ = self.child.kill();
                    break;
                }
                std::thread::sleep(ms(20));
            }
        }
        let _ = self.child.wait();
    }
}

impl Drop for Program {
    fn drop(&mut self) {
        self.end();
    }
}

pub fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}
