//! A case's own temporary folder: the database it works on (a copy, never the fixture) and a
//! home for the program, so the user's config and drafts are not touched. Removed at the end
//! (unless `VERWACHT_PTY_KEEP=1`).

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::terminal::{self, Failure};

pub struct Scratch {
    pub dir: tempfile::TempDir,
    pub home: PathBuf,
}

impl Scratch {
    pub fn new() -> Result<Scratch, Failure> {
        let mut dir = tempfile::Builder::new()
            .prefix("verwacht-pty-")
            .tempdir()
            .map_err(|e| format!("a temporary folder: {e}"))?;
        // VERWACHT_PTY_KEEP=1 leaves the folder (database, home) for a look afterwards.
        if std::env::var_os("VERWACHT_PTY_KEEP").is_some_and(|v| v == "1") {
            dir.disable_cleanup(true);
            eprintln!("pty: keeping {}", dir.path().display());
        }
        let home = dir.path().join("home");
        for sub in ["state", "config", "data", "cache"] {
            std::fs::create_dir_all(home.join(sub))
                .map_err(|e| format!("{}: {e}", home.display()))?;
        }
        Ok(Scratch { dir, home })
    }

    /// A copy of `db` in the folder.
    pub fn copy_of(&self, db: &Path) -> Result<PathBuf, Failure> {
        let copy = self.dir.path().join("team.redb");
        std::fs::copy(db, &copy)
            .map_err(|e| format!("copying {} to {}: {e}", db.display(), copy.display()))?;
        Ok(copy)
    }

    /// `--db DB --lang nl`: how the program is started.
    pub fn args(&self, db: &Path) -> Vec<OsString> {
        vec!["--db".into(), db.into(), "--lang".into(), "nl".into()]
    }

    /// Makes the example database (25 clients) with `verwacht --db DB --lang nl demo`, within
    /// a minute.
    pub fn demo(&self, db: &Path) -> Result<(), Failure> {
        let mut child = Command::new(terminal::binary())
            .args(self.args(db))
            .arg("demo")
            .env("VERWACHT_USER", "bench")
            .env("HOME", &self.home)
            .env("XDG_STATE_HOME", self.home.join("state"))
            .env("XDG_CONFIG_HOME", self.home.join("config"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("verwacht demo: {e}"))?;
        let deadline = Instant::now() + Duration::from_secs(60);
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Ok(None) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err("verwacht demo did not finish within 60 s".into());
                }
                Err(e) => return Err(format!("verwacht demo: {e}")),
            }
        };
        if !status.success() {
            let mut stderr = String::new();
            if let Some(mut err) = child.stderr.take() {
                let _ = err.read_to_string(&mut stderr);
            }
            return Err(format!("verwacht demo failed ({status}): {stderr}"));
        }
        Ok(())
    }
}
