//! The search in the shell, side by side in one run: `verwacht search QUERY` on (a copy of)
//! the team fixture against `rg -i QUERY` and `fzf --filter QUERY` over the same data exported
//! as text (`verwacht export --format csv`, every table's file one after the other, made once
//! next to the fixture). Each query of `queries.rs` is run `VERWACHT_SHELL_RUNS` (3) times per
//! tool, in turn; printed: the median wall time, the peak resident memory (from `wait4`), the
//! lines each printed (its hits; `verwacht search` prints at most 30 per tier) and the ratios.
//!
//! `cargo bench --bench shell`; `VERWACHT_BENCH_SCALE=4` for the 4× fixture,
//! `VERWACHT_BENCH_SIZE=100` for a 1/100 one, `VERWACHT_BIN` for another binary. Needs `rg`
//! and `fzf` (`apt-get install -y ripgrep fzf`): without them it says so and fails.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop at what it did not expect

#[path = "fixture.rs"]
#[allow(dead_code)]
mod fixture;
#[path = "queries.rs"]
mod queries;

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use queries::QUERIES;

/// The budget of issue 15 for `verwacht search` on the team fixture.
const BUDGET_MS: f64 = 100.0;

fn runs() -> usize {
    std::env::var("VERWACHT_SHELL_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n >= 1)
        .unwrap_or(3)
}

fn binary() -> PathBuf {
    std::env::var_os("VERWACHT_BIN")
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_verwacht").into())
}

/// A run of one tool: how long, how much memory at most, what it printed.
struct Run {
    wall: Duration,
    peak_kb: i64,
    lines: usize,
}

/// Waits for `child` as `wait` does, with what it used: its exit code and peak resident
/// memory in kB.
#[allow(unsafe_code)] // each block says why it is sound (SAFETY)
fn wait_with_usage(child: &Child) -> Result<(i32, i64), String> {
    let pid = libc::pid_t::try_from(child.id()).map_err(|e| format!("pid: {e}"))?;
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data, for which all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to locals that outlive the call; the pid is our own child,
    // not yet reaped (std's Child only reaps in wait/try_wait, which are not called).
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if rc != pid {
        return Err(format!("wait4: {}", std::io::Error::last_os_error()));
    }
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -libc::WTERMSIG(status)
    };
    Ok((code, usage.ru_maxrss))
}

/// Runs `cmd` (stdin from `input`, if any), counting the lines it prints. Exit codes 0 and
/// 1 (nothing found) are both fine.
fn run_once(mut cmd: Command, input: Option<&Path>) -> Result<Run, String> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    match input {
        Some(file) => {
            let file = std::fs::File::open(file).map_err(|e| format!("{}: {e}", file.display()))?;
            cmd.stdin(file);
        }
        None => {
            cmd.stdin(Stdio::null());
        }
    }
    let args: Vec<OsString> = cmd.get_args().map(Into::into).collect();
    let shown = format!("{} {}", cmd.get_program().to_string_lossy(), quoted(&args));
    let started = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("{shown}: {e}"))?;
    let mut err = child.stderr.take().expect("stderr piped");
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = err.read_to_string(&mut text);
        text
    });
    let mut out = child.stdout.take().expect("stdout piped");
    let mut lines = 0;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        match out.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => lines += buf[..n].iter().filter(|&&b| b == b'\n').count(),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(format!("{shown}: reading its output: {e}")),
        }
    }
    let (code, peak_kb) = wait_with_usage(&child)?;
    let wall = started.elapsed();
    let errors = errors.join().unwrap_or_default();
    if code != 0 && code != 1 {
        return Err(format!("{shown} ended with {code}: {errors}"));
    }
    Ok(Run {
        wall,
        peak_kb,
        lines,
    })
}

fn quoted(args: &[OsString]) -> String {
    args.iter()
        .map(|a| {
            let a = a.to_string_lossy();
            if a.contains(' ') {
                format!("'{a}'")
            } else {
                a.into_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Fails with what to do when a tool is not there.
fn require(tool: &str) -> Result<(), String> {
    match Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
    {
        Ok(status) if status.success() => Ok(()),
        _ => Err(format!(
            "`{tool}` is not installed, and this benchmark compares against it: \
             apt-get install -y ripgrep fzf"
        )),
    }
}

/// The settings `verwacht` runs with: a home of its own, so nobody's config is read.
fn verwacht(home: &Path, db: &Path) -> Command {
    let mut cmd = Command::new(binary());
    cmd.arg("--db")
        .arg(db)
        .arg("--lang")
        .arg("nl")
        .env("VERWACHT_USER", "bench")
        .env("HOME", home)
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"));
    cmd
}

/// The fixture as text, made once next to it: every CSV file of `verwacht export --format
/// csv`, one after the other.
fn exported(fixture: &Path, home: &Path, db: &Path) -> Result<PathBuf, String> {
    let text = fixture.with_extension("csv");
    if text.exists() {
        return Ok(text);
    }
    let started = Instant::now();
    let dir = fixture.with_extension("export");
    let _ = std::fs::remove_dir_all(&dir);
    let status = verwacht(home, db)
        .args(["export", "--format", "csv", "-o"])
        .arg(&dir)
        .stdout(Stdio::null())
        .status()
        .map_err(|e| format!("verwacht export: {e}"))?;
    if !status.success() {
        return Err(format!("verwacht export --format csv failed ({status})"));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    let partial = fixture.with_extension("csv.partial");
    let mut all = std::fs::File::create(&partial).map_err(|e| format!("{e}"))?;
    for file in &files {
        let mut from = std::fs::File::open(file).map_err(|e| format!("{e}"))?;
        std::io::copy(&mut from, &mut all).map_err(|e| format!("{e}"))?;
    }
    drop(all);
    std::fs::rename(&partial, &text).map_err(|e| format!("{e}"))?;
    let _ = std::fs::remove_dir_all(&dir);
    let names: Vec<String> = files
        .iter()
        .filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    println!(
        "shell: exported the fixture as text in {:.1} s ({})",
        started.elapsed().as_secs_f64(),
        names.join(", ")
    );
    Ok(text)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => values[n / 2],
        n => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    }
}

/// What each tool did with one query, over the runs.
struct Tool {
    name: String,
    runs: Vec<Run>,
}

impl Tool {
    fn median_ms(&self) -> f64 {
        let mut ms: Vec<f64> = self
            .runs
            .iter()
            .map(|r| r.wall.as_secs_f64() * 1000.0)
            .collect();
        median(&mut ms)
    }

    fn line(&self) -> String {
        let each: Vec<String> = self
            .runs
            .iter()
            .map(|r| format!("{:.0}", r.wall.as_secs_f64() * 1000.0))
            .collect();
        let peak = self.runs.iter().map(|r| r.peak_kb).max().unwrap_or(0) as f64 / 1024.0;
        let lines = self.runs.first().map_or(0, |r| r.lines);
        format!(
            "  {:<28} median {:>8.1} ms [{}], peak {:>6.0} MB, {} lines",
            self.name,
            self.median_ms(),
            each.join(", "),
            peak,
            lines
        )
    }
}

fn bench() -> Result<(), String> {
    require("rg")?;
    require("fzf")?;
    let fixture = fixture::path();
    let (size, _) = fixture::size();
    println!(
        "shell: the team fixture {} ({size:?}) at {}",
        fixture::label(),
        fixture.display()
    );
    // A copy: opening the file for writing writes its header, and the fixture stays as it
    // was made.
    let scratch = tempfile::Builder::new()
        .prefix("verwacht-shell-")
        .tempdir()
        .map_err(|e| format!("a temporary folder: {e}"))?;
    let home = scratch.path().join("home");
    for sub in ["state", "config", "data", "cache"] {
        std::fs::create_dir_all(home.join(sub)).map_err(|e| format!("{e}"))?;
    }
    let db = scratch.path().join("team.redb");
    std::fs::copy(&fixture, &db).map_err(|e| format!("copying the fixture: {e}"))?;
    let text = exported(&fixture, &home, &db)?;
    let bytes = std::fs::metadata(&text).map(|m| m.len()).unwrap_or(0);
    println!(
        "shell: the text rg and fzf search: {} ({:.1} MB); {} runs per tool and query, in turn",
        text.display(),
        bytes as f64 / 1e6,
        runs()
    );
    let scale = fixture::scale();
    for (what, query) in QUERIES {
        let mut tools = [
            Tool {
                name: "verwacht search".into(),
                runs: Vec::new(),
            },
            Tool {
                name: "rg -i".into(),
                runs: Vec::new(),
            },
            Tool {
                name: "fzf --filter".into(),
                runs: Vec::new(),
            },
        ];
        for _ in 0..runs() {
            let mut cmd = verwacht(&home, &db);
            cmd.args(["search", "--", query]);
            tools[0].runs.push(run_once(cmd, None)?);
            let mut rg = Command::new("rg");
            rg.args(["-i", "--", query]).arg(&text);
            tools[1].runs.push(run_once(rg, None)?);
            let mut fzf = Command::new("fzf");
            fzf.args(["--filter", query]);
            tools[2].runs.push(run_once(fzf, Some(&text))?);
        }
        println!("shell: «{query}» ({what}):");
        for tool in &tools {
            println!("{}", tool.line());
        }
        let (v, rg, fzf) = (
            tools[0].median_ms(),
            tools[1].median_ms(),
            tools[2].median_ms(),
        );
        let judged = if scale == 1 && fixture::size().1 == 1 {
            let ok = v <= BUDGET_MS && v <= 2.0 * rg;
            format!(
                "; budget ≤ {BUDGET_MS:.0} ms and ≤ 2× rg: {}",
                if ok { "ok" } else { "OVER BUDGET" }
            )
        } else {
            String::new()
        };
        println!(
            "  verwacht/rg {:.1}×, verwacht/fzf {:.1}×{judged}",
            v / rg,
            v / fzf
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    // `cargo bench` passes --bench; a plain `cargo test --benches` run passes nothing: skip
    // it all then.
    if !std::env::args().any(|a| a == "--bench") {
        return ExitCode::SUCCESS;
    }
    match bench() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("shell: {e}");
            ExitCode::FAILURE
        }
    }
}
