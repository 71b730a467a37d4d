//! The team fixture the benchmarks run on (DESIGN.md, Budgets): 10,000 clients, 50,000
//! contacts, 100,000 expectations and 200,000 answers. Made once and kept under `target/`,
//! since making it takes a while; `VERWACHT_BENCH_SIZE=100` makes a 1/100 one for a quick look.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop at what it did not expect

use std::path::PathBuf;

use chrono::NaiveDate;
use verwacht::demo::{TeamSize, load_team};
use verwacht::files::Create;

/// A fixed day, so the fixture is the same on every machine.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

pub fn size() -> (TeamSize, u64) {
    let divisor = std::env::var("VERWACHT_BENCH_SIZE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    (TeamSize::FULL.divided_by(divisor), divisor)
}

/// The path of the fixture, made first if it is not there yet.
pub fn path() -> PathBuf {
    let (size, divisor) = size();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-fixture");
    let path = dir.join(format!("team-{divisor}.redb"));
    if path.exists() {
        return path;
    }
    std::fs::create_dir_all(&dir).expect("fixture directory");
    let partial = dir.join(format!("team-{divisor}.partial.redb"));
    let _ = std::fs::remove_file(&partial);
    eprintln!("making the team fixture (once) at {}…", path.display());
    let started = std::time::Instant::now();
    {
        let store = verwacht::files::open(&partial, Create::Private).expect("fixture file");
        load_team(&store, size, today(), &mut |_| {}).expect("team fixture");
    }
    std::fs::rename(&partial, &path).expect("fixture in place");
    eprintln!("…made in {:.1} s", started.elapsed().as_secs_f64());
    path
}
