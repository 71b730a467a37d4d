//! The names pass of the search window, keystroke by keystroke, as the window runs it: each
//! query typed a letter at a time, each key narrowing on the last one's matches when that one
//! saw everything. Prints per key the best of `REPS` (5) runs in milliseconds, what it looked
//! at (all items, or the last key's matches), its hits and how many items matched (none: the
//! pass stopped once the best were certain). `ONLY=1` runs each whole query alone.
//!
//! `cargo run --release --example names_keys -- FILE.redb levertijd w vlierstein`
#![allow(clippy::unwrap_used, clippy::expect_used)] // an example may stop at what it did not expect

use std::time::Instant;

use verwacht::files::Create;
use verwacht::search::{Query, search_names_within};
use verwacht::store::views;

fn main() {
    let path = std::env::args().nth(1).expect("a database file");
    let store = verwacht::files::open(std::path::Path::new(&path), Create::Never).unwrap();
    let index = views::search_index(&store).unwrap();
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    println!("{} names and titles", index.len());
    for q in std::env::args().skip(2) {
        let mut last: Option<(Query, Option<Vec<u32>>)> = None;
        let length = q.chars().count();
        let from = if std::env::var_os("ONLY").is_some() {
            length
        } else {
            1
        };
        for n in from..=length {
            let typed: String = q.chars().take(n).collect();
            let query = Query::parse(&typed);
            let within = last
                .as_ref()
                .filter(|(earlier, _)| query.extends(earlier))
                .and_then(|(_, m)| m.clone());
            let mut best = f64::MAX;
            let mut out = None;
            for _ in 0..reps.max(1) {
                let t = Instant::now();
                let r = search_names_within(&index, &query, 30, within.as_deref());
                best = best.min(t.elapsed().as_secs_f64() * 1e3);
                out = Some(r);
            }
            let (hits, matched) = out.unwrap();
            println!(
                "{typed:20} {best:7.2} ms  looked at {:>8}  hits {:3}  matched {}",
                within.map_or("all".to_string(), |w| w.len().to_string()),
                hits.len(),
                matched
                    .as_ref()
                    .map_or("-".to_string(), |m| m.len().to_string())
            );
            last = Some((query, matched));
        }
    }
}
