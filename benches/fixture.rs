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

/// The path of the fixture as this version's schema has it: the fixture itself when it is of
/// the current schema, else a copy migrated once and kept beside it
/// (`team-N.schema-V.redb`), copied from the newest such copy of an older schema when there is
/// one. So no benchmark measures a migration, and a fixture made by an older version (perhaps
/// shared with other work trees) is never changed.
pub fn path() -> PathBuf {
    let made = made();
    if stored_schema(&made) == Some(verwacht::store::SCHEMA_VERSION) {
        return made;
    }
    let base = file_name();
    let name = format!("{base}.schema-{}.redb", verwacht::store::SCHEMA_VERSION);
    let current = made.with_file_name(name);
    if current.exists() {
        return current;
    }
    let partial = made.with_file_name(format!("{base}.migrating.redb"));
    // From the newest copy an older version migrated, if there is one: fewer steps to go.
    let from = (1..verwacht::store::SCHEMA_VERSION)
        .rev()
        .map(|v| made.with_file_name(format!("{base}.schema-{v}.redb")))
        .find(|p| stored_schema(p).is_some())
        .unwrap_or_else(|| made.clone());
    eprintln!(
        "migrating a copy of {} (once) to {}…",
        from.display(),
        current.display()
    );
    let started = std::time::Instant::now();
    std::fs::copy(&from, &partial).expect("copy of the fixture");
    drop(verwacht::files::open(&partial, Create::Never).expect("the copy migrates"));
    std::fs::rename(&partial, &current).expect("migrated copy in place");
    eprintln!("…migrated in {:.1} s", started.elapsed().as_secs_f64());
    current
}

/// The schema version a database file holds, read without writing to it.
fn stored_schema(path: &std::path::Path) -> Option<u64> {
    use redb::{ReadableDatabase, TableDefinition};
    const META: TableDefinition<&str, u64> = TableDefinition::new("meta");
    let db = redb::Builder::new()
        .set_concurrency_mode(redb::ConcurrencyMode::MultiWriter)
        .open_read_only(path)
        .ok()?;
    let txn = db.begin_read().ok()?;
    let meta = txn.open_table(META).ok()?;
    Some(meta.get("schema_version").ok()??.value())
}

/// The path of the fixture as made, made first if it is not there yet.
fn made() -> PathBuf {
    let (size, _) = size();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-fixture");
    let name = file_name();
    let path = dir.join(format!("{name}.redb"));
    if path.exists() {
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
