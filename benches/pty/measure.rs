//! What is measured and how it is reported: a process's CPU time, and the spread of a figure
//! over several runs held against its budget.

use std::time::{Duration, Instant};

/// The CPU time a process (all its threads) used so far: utime + stime from /proc/PID/stat.
pub fn cpu_time(pid: u32) -> Result<Duration, String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map_err(|e| format!("/proc/{pid}/stat: {e}"))?;
    // The command name is in parentheses and may hold spaces: count fields after the last ')'.
    let after = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .ok_or_else(|| format!("/proc/{pid}/stat is unreadable: {stat}"))?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    // Fields 14 and 15 of the whole line are the 12th and 13th after the name.
    let tick = |i: usize| -> Result<u64, String> {
        fields
            .get(i)
            .and_then(|f| f.parse().ok())
            .ok_or_else(|| format!("/proc/{pid}/stat has no field {}", i + 3))
    };
    let ticks = tick(11)? + tick(12)?;
    Ok(Duration::from_secs_f64(ticks as f64 / clock_ticks()))
}

/// Clock ticks per second, the unit of /proc's CPU times.
#[allow(unsafe_code)] // each block says why it is sound (SAFETY)
fn clock_ticks() -> f64 {
    // SAFETY: sysconf takes a constant name and touches no memory.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if hz > 0 { hz as f64 } else { 100.0 }
}

/// A window over which a process's CPU use is measured.
pub struct CpuWindow {
    pid: u32,
    cpu: Duration,
    wall: Instant,
}

impl CpuWindow {
    pub fn start(pid: u32) -> Result<CpuWindow, String> {
        Ok(CpuWindow {
            pid,
            cpu: cpu_time(pid)?,
            wall: Instant::now(),
        })
    }

    /// CPU time used since the start, as a percentage of one core, and the wall time.
    pub fn percent(&self) -> Result<(f64, Duration), String> {
        let used = cpu_time(self.pid)?.saturating_sub(self.cpu);
        let wall = self.wall.elapsed();
        Ok((100.0 * used.as_secs_f64() / wall.as_secs_f64(), wall))
    }
}

/// A budget: the most a figure may be.
#[derive(Clone, Copy)]
pub struct Budget {
    pub at_most: f64,
    /// Written as in the brief: "≤ 150 ms", "< 1 %".
    pub shown: &'static str,
}

impl Budget {
    /// `team` on the team fixture, `scaled` on a larger one (`VERWACHT_BENCH_SCALE`).
    pub fn by_scale(team: Budget, scaled: Budget) -> Budget {
        if crate::fixture::scale() > 1 {
            scaled
        } else {
            team
        }
    }
}

/// Figures over budget, for the exit code under `VERWACHT_PTY_STRICT`.
pub static OVER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Counts a figure over its budget, or a problem found while measuring.
pub fn note_over() {
    OVER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// "ok", or "OVER BUDGET" (counted) when `value` is over `budget`.
pub fn verdict(value: f64, budget: Budget) -> &'static str {
    if value <= budget.at_most {
        "ok"
    } else {
        note_over();
        "OVER BUDGET"
    }
}

/// The value at quantile `q` (0..=1) of sorted `values`, nearest rank.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// The median of values sorted.
pub fn median(sorted: &[f64]) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// The values, smallest first.
pub fn sorted(values: &[f64]) -> Vec<f64> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    v
}

/// One line: the median, min–max over the runs, and the budget (if any) with its verdict.
pub fn report_runs(label: &str, unit: &str, values: &[f64], budget: Option<Budget>) {
    let v = sorted(values);
    let (mid, lo, hi) = (median(&v), quantile(&v, 0.0), quantile(&v, 1.0));
    let budget = budget.map_or(String::new(), |b| {
        format!("; budget {}: {}", b.shown, verdict(mid, b))
    });
    let each: Vec<String> = values.iter().map(|x| format!("{x:.0}")).collect();
    println!(
        "{label}: median {mid:.1} {unit} (min {lo:.1} – max {hi:.1}) over {} runs [{}]{budget}",
        v.len(),
        each.join(", ")
    );
}

/// One line for latencies: median, p90 and max, and the budget held against the median and
/// the p90 (one slow keystroke in ten is felt).
pub fn report_latency(label: &str, values: &[f64], budget: Option<Budget>) {
    let v = sorted(values);
    let (mid, p90, lo, hi) = (
        median(&v),
        quantile(&v, 0.9),
        quantile(&v, 0.0),
        quantile(&v, 1.0),
    );
    let budget = budget.map_or(String::new(), |b| {
        format!("; budget {} (p90): {}", b.shown, verdict(p90, b))
    });
    println!(
        "{label}: median {mid:.1} ms, p90 {p90:.1} ms, max {hi:.1} ms (min {lo:.1}) over {} keystrokes{budget}",
        v.len()
    );
}

/// CPU use over a window, and per second of it.
pub struct CpuUse {
    pub percent: f64,
    pub wall: Duration,
    pub per_second: Vec<f64>,
}

/// Measures `pid`'s CPU use over `secs` seconds, a sample each second.
pub fn cpu_over(pid: u32, secs: u64) -> Result<CpuUse, String> {
    let window = CpuWindow::start(pid)?;
    let mut per_second = Vec::new();
    let mut last = cpu_time(pid)?;
    for k in 1..=secs {
        let due = window.wall + Duration::from_secs(k);
        std::thread::sleep(due.saturating_duration_since(Instant::now()));
        let now = cpu_time(pid)?;
        per_second.push(100.0 * now.saturating_sub(last).as_secs_f64());
        last = now;
    }
    let (percent, wall) = window.percent()?;
    Ok(CpuUse {
        percent,
        wall,
        per_second,
    })
}

/// One line for CPU use: the whole window against the budget, and the spread of its seconds.
pub fn report_cpu(label: &str, cpu: &CpuUse, budget: Option<Budget>) {
    let v = sorted(&cpu.per_second);
    let budget = budget.map_or(String::new(), |b| {
        format!("; budget {}: {}", b.shown, verdict(cpu.percent, b))
    });
    println!(
        "{label}: {:.2} % of one core over {:.1} s (per second: median {:.0} %, min {:.0} – max {:.0} %){budget}",
        cpu.percent,
        cpu.wall.as_secs_f64(),
        median(&v),
        quantile(&v, 0.0),
        quantile(&v, 1.0),
    );
}

pub fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
