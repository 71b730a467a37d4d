//! Runs the real binary in a tmux session and reads its screen, as a person would.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Whether tmux can be used here. CI installs it; without it the end-to-end tests say so and
/// pass, since there is no terminal to test.
pub fn available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
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
        let session = Session {
            name: format!("vw-{name}-{}", std::process::id()),
        };
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &session.name])
            .output();
        let mut cmd = vec![
            binary().display().to_string(),
            "--db".to_string(),
            db.display().to_string(),
        ];
        cmd.extend(args.iter().map(|a| a.to_string()));
        let status = Command::new("tmux")
            .args([
                "new-session",
                "-d",
                "-x",
                "100",
                "-y",
                "30",
                "-s",
                &session.name,
            ])
            .args([
                "-e",
                "VERWACHT_USER=e2e",
                "-e",
                "LANG=C.UTF-8",
                "-e",
                "TERM=xterm-256color",
            ])
            .args(&cmd)
            .status()
            .expect("tmux starts");
        assert!(status.success(), "tmux new-session failed");
        session
    }

    pub fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen shows `text`; panics with the screen after `secs` seconds.
    pub fn wait_for(&self, text: &str, secs: u64) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(secs) {
                panic!("waited {secs}s for {text:?}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Sends keys in tmux notation: `Enter`, `Escape`, `M-3`, `C-t`, or one character.
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            let status = Command::new("tmux")
                .args(["send-keys", "-t", &self.name, k])
                .status()
                .expect("tmux send-keys");
            assert!(status.success());
            std::thread::sleep(Duration::from_millis(60));
        }
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

    /// Whether the session is still running.
    pub fn alive(&self) -> bool {
        Command::new("tmux")
            .args(["has-session", "-t", &self.name])
            .output()
            .is_ok_and(|o| o.status.success())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .output();
    }
}

/// Kills every process whose command line mentions `path` with SIGKILL, as a crash would.
pub fn kill_9(path: &Path) {
    let _ = Command::new("pkill")
        .args(["-9", "-f", &path.display().to_string()])
        .status();
    std::thread::sleep(Duration::from_millis(300));
}
