//! The CPU time of the phases of start (reading the list, ranking, sorting) on a database
//! file, N times: `cargo run --release --example start_phases -- FILE [N]`; `ONLY_RANK=1`
//! ranks copies of one snapshot. For `perf record`: a copy of a bench fixture, never the file.
//! The CPU time is this thread's: the ranking's parts done beside it on other cores are not
//! in it, so the wall time of all three phases is printed too.
#![allow(clippy::unwrap_used, clippy::expect_used)]
/// Nanoseconds this thread has run on a CPU (the scheduler's count), so waiting for a busy
/// machine's cores is left out.
#[derive(Clone, Copy)]
struct Instant(u64);
impl Instant {
    fn now() -> Instant {
        let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap();
        Instant(s.split_whitespace().next().unwrap().parse().unwrap())
    }
}
impl std::ops::Sub for Instant {
    type Output = std::time::Duration;
    fn sub(self, o: Instant) -> std::time::Duration {
        std::time::Duration::from_nanos(self.0 - o.0)
    }
}

use chrono::NaiveDate;
use verwacht::app::data::{Data, Filter, Settings, SortBy};
use verwacht::files::Create;
use verwacht::store::views;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("file");
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let only_rank = std::env::var("ONLY_RANK").is_ok();
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let settings = Settings::default();
    let store = verwacht::files::open(std::path::Path::new(&path), Create::Never).expect("open");
    let base = views::snapshot(&store).expect("snapshot");
    let mut totals = [0f64; 4];
    for _ in 0..n {
        let wall = std::time::Instant::now();
        let t0 = Instant::now();
        let snap = if only_rank {
            base.clone()
        } else {
            views::snapshot(&store).expect("snapshot")
        };
        let t1 = Instant::now();
        let mut data = Data::from_snapshot(snap, &settings, today);
        let t2 = Instant::now();
        data.arrange(SortBy::Priority, &Filter::default());
        let t3 = Instant::now();
        let wall = wall.elapsed().as_secs_f64() * 1e3;
        let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1e3;
        println!(
            "snapshot {:7.1} ms  rank {:7.1} ms  arrange {:6.1} ms  wall {wall:7.1} ms  rows {}",
            ms(t0, t1),
            ms(t1, t2),
            ms(t2, t3),
            data.rows.len()
        );
        totals[3] += wall;
        totals[0] += ms(t0, t1);
        totals[1] += ms(t1, t2);
        totals[2] += ms(t2, t3);
        // Kept, not dropped: start keeps its list, and freeing it is no part of the phases.
        std::mem::forget(std::hint::black_box(data));
    }
    let n = n as f64;
    println!(
        "mean: snapshot {:.1} rank {:.1} arrange {:.1} wall {:.1}",
        totals[0] / n,
        totals[1] / n,
        totals[2] / n,
        totals[3] / n
    );
}
