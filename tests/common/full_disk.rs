//! A disk that can be filled and emptied while the program runs: a small tmpfs where the test
//! may mount one (as root), otherwise a file size limit on the program (`prlimit`), lifted
//! again on the running process to "make room".

use std::path::PathBuf;
use std::process::Command;

pub struct FullDisk {
    /// Where the database goes.
    pub dir: PathBuf,
    mounted: bool,
    filler: PathBuf,
    _keep: tempfile::TempDir,
}

fn run(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

impl FullDisk {
    /// A place for the database that `fill` can make full.
    pub fn new() -> FullDisk {
        let keep = tempfile::tempdir().unwrap();
        let dir = keep.path().join("disk");
        std::fs::create_dir(&dir).unwrap();
        // VERWACHT_TEST_NO_TMPFS=1 tries the file size limit where a tmpfs could be mounted.
        let tmpfs_allowed = std::env::var_os("VERWACHT_TEST_NO_TMPFS").is_none_or(|v| v != "1");
        let mounted = tmpfs_allowed
            && run(
                "mount",
                &[
                    "-t",
                    "tmpfs",
                    "-o",
                    "size=2m",
                    "tmpfs",
                    dir.to_str().unwrap(),
                ],
            );
        if !mounted {
            assert!(
                run("prlimit", &["--version"]),
                "neither a tmpfs can be mounted here nor is prlimit installed (util-linux)"
            );
        }
        FullDisk {
            filler: dir.join("filler"),
            dir,
            mounted,
            _keep: keep,
        }
    }

    /// Runs a `verwacht` command on the full disk: on a full tmpfs as it is, else under the
    /// file size limit.
    pub fn command(&self, args: &[&str]) -> std::process::Output {
        let bin = super::tmux::binary();
        let mut cmd = if self.mounted {
            Command::new(&bin)
        } else {
            let mut c = Command::new("prlimit");
            c.arg("--fsize=4096").arg(&bin);
            c
        };
        cmd.args(args)
            .env("VERWACHT_USER", "e2e")
            .output()
            .expect("verwacht runs")
    }

    /// Makes writes fail: the tmpfs is filled to the last byte, or the running program
    /// (`pid`) may no longer write past the first 4 KiB of any file.
    pub fn fill(&self, pid: Option<u32>) {
        if self.mounted {
            if self.filler.exists() {
                return;
            }
            let _ = Command::new("dd")
                .args([
                    "if=/dev/zero",
                    &format!("of={}", self.filler.display()),
                    "bs=4k",
                ])
                .output();
            let left = Command::new("df")
                .args(["--output=avail", self.dir.to_str().unwrap()])
                .output()
                .unwrap();
            let left = String::from_utf8_lossy(&left.stdout);
            assert!(
                left.lines().nth(1).is_some_and(|l| l.trim() == "0"),
                "{left}"
            );
        } else if let Some(pid) = pid {
            // Without a program the limit is applied by `command`.
            assert!(run(
                "prlimit",
                &["--pid", &pid.to_string(), "--fsize=4096:unlimited"]
            ));
        }
    }

    /// Makes room again.
    pub fn free(&self, pid: Option<u32>) {
        if self.mounted {
            let _ = std::fs::remove_file(&self.filler);
        } else if let Some(pid) = pid {
            assert!(run(
                "prlimit",
                &["--pid", &pid.to_string(), "--fsize=unlimited"]
            ));
        }
    }

    /// Whether writes fail for every process (a full tmpfs), not only for the limited one.
    pub fn for_everyone(&self) -> bool {
        self.mounted
    }

    pub fn db(&self) -> PathBuf {
        self.dir.join("verwacht.redb")
    }
}

impl Drop for FullDisk {
    fn drop(&mut self) {
        if self.mounted {
            let _ = Command::new("umount").arg(&self.dir).output();
        }
    }
}
