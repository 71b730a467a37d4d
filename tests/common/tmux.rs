//! Runs the real binary in a tmux session and reads its screen, as a person would.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Whether tmux can be used here.
fn available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether this run is under CI (the `CI` variable is set, as CI machines and `.ci/run` set
/// it), where a test that cannot run fails rather than passes.
pub fn under_ci() -> bool {
    std::env::var_os("CI").is_some()
}

/// A test cannot run here (`why`): under CI that is a failure; elsewhere it says so and the
/// caller returns.
pub fn cannot_run(why: &str) {
    if under_ci() {
        panic!("{why}; under CI every test must run (.ci/run installs what they need)");
    }
    eprintln!("{why}: skipping this test (under CI it fails)");
}

/// Whether the end-to-end tests can run: true when tmux is installed. Without it there is no
/// terminal to test: under CI that fails the test; elsewhere it says so and returns false.
pub fn require() -> bool {
    if available() {
        return true;
    }
    cannot_run("tmux is not installed");
    false
}

/// Runs a plain `verwacht --db DB ARGS…` command as the e2e user and returns what it did.
pub fn verwacht(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(binary())
        .arg("--db")
        .arg(db)
        .args(args)
        .env("VERWACHT_USER", "e2e")
        .output()
        .expect("verwacht runs")
}

pub fn binary() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_BIN_EXE_verwacht"))
}

/// A tmux session running one command; killed when dropped.
pub struct Session {
    pub name: String,
}

impl Session {
    /// Starts `verwacht --db DB ARGS…` in a 100×30 terminal with a fixed user and language.
    pub fn start(name: &str, db: &Path, args: &[&str]) -> Session {
        Session::start_sized(name, db, args, (100, 30))
    }

    /// Like [`Session::start`], in a terminal of `size` (width, height).
    pub fn start_sized(name: &str, db: &Path, args: &[&str], size: (u16, u16)) -> Session {
        Session::launch(name, &binary(), db, args, &[], &[], size)
    }

    /// Like [`Session::start`], but the pane stays after the program ends, showing what it
    /// printed and then `exited with CODE`: for a program that may end at once.
    pub fn start_held(name: &str, db: &Path, args: &[&str]) -> Session {
        let prefix = [
            "sh",
            "-c",
            "\"$@\"; echo \"exited with $?\"; sleep 600",
            "sh",
        ];
        Session::launch(name, &binary(), db, args, &[], &prefix, (100, 30))
    }

    /// Like [`Session::start`], with a program file, more environment variables and a
    /// command to run the program through (such as `setpriv` to run it as another user).
    pub fn start_with(
        name: &str,
        program: &Path,
        db: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        prefix: &[&str],
    ) -> Session {
        Session::launch(name, program, db, args, env, prefix, (100, 30))
    }

    fn launch(
        name: &str,
        program: &Path,
        db: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        prefix: &[&str],
        (width, height): (u16, u16),
    ) -> Session {
        let session = Session {
            name: format!("vw-{name}-{}", std::process::id()),
        };
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &session.name])
            .output();
        let mut cmd: Vec<String> = prefix.iter().map(|a| a.to_string()).collect();
        cmd.extend([
            program.display().to_string(),
            "--db".to_string(),
            db.display().to_string(),
        ]);
        cmd.extend(args.iter().map(|a| a.to_string()));
        let mut vars = vec![
            "VERWACHT_USER=e2e".to_string(),
            "LANG=C.UTF-8".to_string(),
            "TERM=xterm-256color".to_string(),
        ];
        vars.extend(env.iter().map(|(k, v)| format!("{k}={v}")));
        let (width, height) = (width.to_string(), height.to_string());
        // The tests share tmux's server: when another test's last session ends just as this
        // one connects, the server exits under it and new-session fails. That is tmux's race,
        // not the program's: asked again, a fresh server starts.
        let mut failed = String::new();
        for _ in 0..3 {
            let out = Command::new("tmux")
                .args([
                    "new-session",
                    "-d",
                    "-x",
                    &width,
                    "-y",
                    &height,
                    "-s",
                    &session.name,
                ])
                .args(vars.iter().flat_map(|v| ["-e", v.as_str()]))
                .args(&cmd)
                .output()
                .expect("tmux starts");
            if out.status.success() {
                return session;
            }
            failed = String::from_utf8_lossy(&out.stderr).into_owned();
        }
        panic!("tmux new-session failed three times: {failed}");
    }

    /// Keeps the pane, and what the program printed last, after the program ends.
    pub fn remain_on_exit(&self) {
        let status = Command::new("tmux")
            .args(["set-option", "-t", &self.name, "remain-on-exit", "on"])
            .status()
            .expect("tmux set-option");
        assert!(status.success());
    }

    /// Ends the session, as closing the terminal window or a dropped connection does.
    pub fn kill(&self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .output();
    }

    pub fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Everything the pane showed, scrolled-off lines included, wrapped lines joined: what
    /// a program printed as it ended may sit above the visible screen.
    pub fn history(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-J", "-S", "-", "-t", &self.name])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the pane's history shows `text`; panics with it after `secs` seconds.
    pub fn wait_for_in_history(&self, text: &str, secs: u64) -> String {
        let start = Instant::now();
        loop {
            let all = self.history();
            if all.contains(text) {
                return all;
            }
            if start.elapsed() > Duration::from_secs(secs) {
                panic!("waited {secs}s for {text:?}; the pane shows:\n{all}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Whether the screen shows `text` within `secs` seconds.
    pub fn shows_within(&self, text: &str, secs: u64) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(secs) {
            if self.screen().contains(text) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.screen().contains(text)
    }

    /// Waits until the screen shows `text`; panics with the screen after `secs` seconds.
    pub fn wait_for(&self, text: &str, secs: u64) -> String {
        self.wait_until(&format!("{text:?}"), secs, |screen| screen.contains(text))
    }

    /// Waits until `ok` holds for the screen; panics with `what` and the screen after `secs`
    /// seconds.
    pub fn wait_until(&self, what: &str, secs: u64, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(secs) {
                panic!("waited {secs}s for {what}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Sends keys in tmux notation: `Enter`, `M-3`, `C-t`, or one character. The short pause
    /// after each is there so that tmux delivers them one by one.
    ///
    /// Not `Escape`: a key sent after it could reach the program in the same read and be taken
    /// for Alt+key. Use [`Session::escape_to`], which waits for the Escape's effect.
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            assert!(
                !matches!(*k, "Escape" | "Esc" | "C-["),
                "send Escape with escape_to, which waits until the program has read it \
                 (a key right after it may be read as Alt+key): {keys:?}"
            );
            self.send(k);
        }
    }

    /// Sends Escape on its own and waits until the screen shows `shown`, which it must not
    /// show before: once it does, the program has read the Escape, and a key sent next cannot
    /// merge with it into Alt+key.
    pub fn escape_to(&self, shown: &str) -> String {
        let before = self.screen();
        assert!(
            !before.contains(shown),
            "{shown:?} is on the screen before Escape, so it cannot show that Escape was \
             read:\n{before}"
        );
        self.send("Escape");
        self.wait_for(shown, 5)
    }

    fn send(&self, key: &str) {
        let status = Command::new("tmux")
            .args(["send-keys", "-t", &self.name, key])
            .status()
            .expect("tmux send-keys");
        assert!(status.success());
        std::thread::sleep(Duration::from_millis(60));
    }

    /// Types text literally.
    pub fn type_text(&self, text: &str) {
        let status = Command::new("tmux")
            .args(["send-keys", "-t", &self.name, "-l", text])
            .status()
            .expect("tmux send-keys");
        assert!(status.success());
        std::thread::sleep(Duration::from_millis(100));
    }

    /// Pastes `text` as a terminal does (bracketed), as one paste however long it is.
    pub fn paste(&self, text: &str) {
        let buffer = format!("{}-paste", self.name);
        let mut load = Command::new("tmux")
            .args(["load-buffer", "-b", &buffer, "-"])
            .stdin(std::process::Stdio::piped())
            .spawn()
            .expect("tmux load-buffer");
        {
            use std::io::Write;
            let mut stdin = load.stdin.take().expect("stdin of tmux");
            stdin.write_all(text.as_bytes()).expect("text to tmux");
        }
        assert!(load.wait().expect("tmux load-buffer").success());
        let status = Command::new("tmux")
            .args(["paste-buffer", "-p", "-d", "-b", &buffer, "-t", &self.name])
            .status()
            .expect("tmux paste-buffer");
        assert!(status.success());
    }

    /// Resizes the terminal, as dragging the window's corner does: the program redraws all.
    pub fn resize(&self, width: u16, height: u16) {
        let status = Command::new("tmux")
            .args([
                "resize-window",
                "-t",
                &self.name,
                "-x",
                &width.to_string(),
                "-y",
            ])
            .arg(height.to_string())
            .status()
            .expect("tmux resize-window");
        assert!(status.success());
    }

    /// Whether the session is still running.
    pub fn alive(&self) -> bool {
        Command::new("tmux")
            .args(["has-session", "-t", &self.name])
            .output()
            .is_ok_and(|o| o.status.success())
    }

    /// Waits until the session has ended (the program quit and its pane closed); panics with
    /// the screen after `secs` seconds.
    pub fn wait_until_ended(&self, what: &str, secs: u64) {
        let start = Instant::now();
        while self.alive() {
            assert!(
                start.elapsed() < Duration::from_secs(secs),
                "waited {secs}s for {what}; the screen shows:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .output();
    }
}

/// Kills the program running on `path` with SIGKILL, as a crash would, and waits until it is
/// gone. Only a `verwacht` process is hit: the tmux server's command line may name the file
/// too.
pub fn kill_9(path: &Path) {
    let pid = pid_of(path).expect("a program runs on the file");
    signal(pid, "KILL");
    gone_within(pid, 5).expect("the killed program is gone");
}

/// The process id of the program running on `db`: a `verwacht` process whose command line
/// names the file (the tmux server's may name it too).
pub fn pid_of(db: &Path) -> Option<u32> {
    let out = Command::new("pgrep")
        .args(["-f", &db.display().to_string()])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.trim().parse::<u32>().ok())
        .find(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .is_ok_and(|c| c.trim() == "verwacht")
        })
}

/// Whether a process is still there (a zombie counts as gone).
pub fn running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
        s.rsplit(')')
            .next()
            .is_some_and(|rest| !rest.trim_start().starts_with('Z'))
    })
}

/// Sends a signal to one process by its id.
pub fn signal(pid: u32, sig: &str) {
    assert!(try_signal(pid, sig), "kill -{sig} {pid}");
}

/// Sends a signal to one process by its id; false if it was gone already.
pub fn try_signal(pid: u32, sig: &str) -> bool {
    Command::new("kill")
        .args([&format!("-{sig}"), &pid.to_string()])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Waits until the process is gone; returns how long that took, or `None` after `secs`.
pub fn gone_within(pid: u32, secs: u64) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(secs) {
        if !running(pid) {
            return Some(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}
