//! Engine benchmark (native): evaluates the example county (43 units) and a
//! generated 500-unit county, printing median and minimum times.
//! Run: `cargo bench --bench engine`. Plain `std::time::Instant`, no harness.

use std::hint::black_box;
use std::time::{Duration, Instant};

use kaohe::engine::evaluate;
use kaohe::engine::example::{example_county, generated_county};
use kaohe::engine::Scenario;

fn bench(name: &str, s: &Scenario, runs: usize) {
    // Warm up (also builds the cached built-in rules).
    for _ in 0..runs / 10 + 1 {
        let _ = black_box(evaluate(black_box(s)));
    }
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let r = evaluate(black_box(s));
            let d = t.elapsed();
            assert!(r.is_ok(), "{name}: evaluation failed");
            drop(black_box(r));
            d
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    let p90 = times[times.len() * 9 / 10];
    println!(
        "{name}: {} units, median {:.3} ms, min {:.3} ms, p90 {:.3} ms ({runs} runs)",
        s.units.len(),
        median.as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        p90.as_secs_f64() * 1e3,
    );
}

fn main() {
    bench("example county", &example_county(), 2000);
    bench("generated county", &generated_county(500, 42), 500);
}
