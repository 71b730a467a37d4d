//! The team fixture the benchmarks run on (DESIGN.md, Budgets): 10,000 clients, 50,000
//! contacts, 100,000 expectations and 200,000 answers. Made once and kept under `target/`,
//! since making it takes a while; `VERWACHT_BENCH_SIZE=100` makes a 1/100 one for a quick look,
//! `VERWACHT_BENCH_SCALE=4` one of four times the size (issue 15: 40,000 clients, 800,000
//! answers; about a minute or more to make, 2.3 GB), as `verwacht demo --size team --scale 4`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop at what it did not expect

use std::path::PathBuf;

use chrono::NaiveDate;
use verwacht::demo::{TeamSize, load_team};
use verwacht::files::Create;

/// A fixed day, so the fixture is the same on every machine.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

/// A whole number from an environment variable, 1 if it is not set or not one.
fn factor(var: &str) -> u64 {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n >= 1)
        .unwrap_or(1)
}

/// The team size times `VERWACHT_BENCH_SCALE` divided by `VERWACHT_BENCH_SIZE`, and that
/// divisor.
pub fn size() -> (TeamSize, u64) {
    let divisor = factor("VERWACHT_BENCH_SIZE");
    (TeamSize::FULL.times(scale()).divided_by(divisor), divisor)
}

/// How many times the team fixture: `VERWACHT_BENCH_SCALE`, else 1.
pub fn scale() -> u64 {
    factor("VERWACHT_BENCH_SCALE")
}

/// What the fixture is, for a report: "1×", "4×", "4×, 1/100".
pub fn label() -> String {
    let (_, divisor) = size();
    match divisor {
        1 => format!("{}×", scale()),
        d => format!("{}×, 1/{d}", scale()),
    }
}

/// The file's name: `team-1.redb` for the team fixture as it always was, `team-100.redb` for
/// a hundredth of it, `team-x4.redb` for four times it.
fn file_name() -> String {
    let (_, divisor) = size();
    match (scale(), divisor) {
        (1, d) => format!("team-{d}"),
        (n, 1) => format!("team-x{n}"),
        (n, d) => format!("team-x{n}-{d}"),
    }
}

/// The path of the fixture, made first if it is not there yet.
pub fn path() -> PathBuf {
    let (size, _) = size();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-fixture");
    let name = file_name();
    let path = dir.join(format!("{name}.redb"));
    if path.exists() {
        up_to_date(&path);
        return path;
    }
    std::fs::create_dir_all(&dir).expect("fixture directory");
    let partial = dir.join(format!("{name}.partial.redb"));
    let _ = std::fs::remove_file(&partial);
    eprintln!(
        "making the team fixture {} (once) at {}…",
        label(),
        path.display()
    );
    let started = std::time::Instant::now();
    {
        let store = verwacht::files::open(&partial, Create::Private).expect("fixture file");
        load_team(&store, size, today(), &mut |_| {}).expect("team fixture");
    }
    std::fs::rename(&partial, &path).expect("fixture in place");
    eprintln!("…made in {:.1} s", started.elapsed().as_secs_f64());
    path
}

/// Brings a fixture made by an older version to the current schema once, in a copy renamed
/// into place (another link to the old file keeps it as it was), so that no measurement ever
/// includes the migration.
fn up_to_date(path: &std::path::Path) {
    use redb::ReadableDatabase;
    let version = {
        let db = redb::Builder::new()
            .open_read_only(path)
            .expect("fixture opens");
        let txn = db.begin_read().expect("read");
        let meta = txn
            .open_table(redb::TableDefinition::<&str, u64>::new("meta"))
            .expect("meta table");
        meta.get("schema_version").expect("meta").map(|v| v.value())
    };
    if version == Some(verwacht::store::SCHEMA_VERSION) {
        return;
    }
    eprintln!(
        "bringing the fixture at {} to the current schema (once)…",
        path.display()
    );
    let started = std::time::Instant::now();
    let copy = path.with_extension("migrating.redb");
    std::fs::copy(path, &copy).expect("copy of the fixture");
    drop(verwacht::files::open(&copy, Create::Never).expect("the copy migrates"));
    std::fs::rename(&copy, path).expect("migrated fixture in place");
    eprintln!("…done in {:.1} s", started.elapsed().as_secs_f64());
}
