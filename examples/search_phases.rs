//! The wall time of the phases of `verwacht search QUERY` on a database file, opened as it
//! opens it (read-only, a small cache), N times each:
//! opening the store, the names and titles, the long texts, closing the store.
//! `cargo run --release --example search_phases -- FILE QUERY [N]`. For `perf record`: a copy
//! of a bench fixture, never the file (opening it for writing writes its header).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use verwacht::search::Query;
use verwacht::store::views;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("file");
    let query = Query::parse(&args.next().expect("query"));
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1e3;
    for _ in 0..n {
        let t0 = Instant::now();
        let store = verwacht::files::open_to_read(std::path::Path::new(&path), |_| {}, |_| {})
            .expect("open");
        let t1 = Instant::now();
        let names = views::search_names_once(&store, &query, 30).expect("names");
        let t2 = Instant::now();
        let texts = views::search_texts(&store, &query, 30, &|| false).expect("texts");
        let t3 = Instant::now();
        drop(store);
        let t4 = Instant::now();
        let raw = redb::Builder::new()
            .set_concurrency_mode(redb::ConcurrencyMode::MultiWriter)
            .open_read_only(&path)
            .expect("read-only");
        let t5 = Instant::now();
        let (rows, bytes) = scan(&raw);
        let t6 = Instant::now();
        println!(
            "open {:6.1} ms  names {:6.1} ms ({} hits)  texts {:6.1} ms ({} hits)  close {:6.1} ms  raw scan {:5.1} ms ({rows} rows, {bytes} bytes)",
            ms(t0, t1),
            ms(t1, t2),
            names.len(),
            ms(t2, t3),
            texts.map_or(0, |t| t.hits.len()),
            ms(t3, t4),
            ms(t5, t6),
        );
    }
}

/// Every name entry read and nothing done with it: the floor of reading the names.
fn scan(db: &redb::ReadOnlyDatabase) -> (usize, usize) {
    use redb::{ReadableDatabase, ReadableTable, TableDefinition};
    const NAMES: TableDefinition<(u8, u64), &[u8]> = TableDefinition::new("names");
    let txn = db.begin_read().expect("read");
    let table = txn.open_table(NAMES).expect("names");
    let (mut rows, mut bytes) = (0, 0);
    for entry in table.iter().expect("iter") {
        let (_, v) = entry.expect("entry");
        rows += 1;
        bytes += v.value().len();
    }
    (rows, bytes)
}
