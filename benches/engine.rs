//! Engine benchmark (native): evaluates the example county (43 units) and a
//! generated 500-unit county, printing median and minimum times; then goal
//! seek (issue 6) on every unit of the example county.
//! Run: `cargo bench --bench engine`. Plain `std::time::Instant`, no harness.

use std::hint::black_box;
use std::time::{Duration, Instant};

use kaohe::engine::evaluate;
use kaohe::engine::example::{example_county, generated_county};
use kaohe::engine::types::UnitGrade;
use kaohe::engine::whatif::{goal_seek, GoalSeekRequest, Target};
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

/// Goal seek on the example county: every ranked unit not yet 优秀 (and
/// not vetoed), with the default levers, target 优秀 and target rank 1;
/// times (best of `runs` per question) and evaluation counts.
fn goal_seek_bench(runs: usize) {
    let s = example_county();
    let Ok(base) = evaluate(&s) else {
        println!("goal seek: example county does not evaluate");
        return;
    };
    let questions: Vec<GoalSeekRequest> = base
        .units
        .iter()
        .filter(|u| u.complete && !u.vetoed && u.grade != Some(UnitGrade::Excellent))
        .flat_map(|u| {
            [
                GoalSeekRequest::new(&u.id, Target::Grade(UnitGrade::Excellent)),
                GoalSeekRequest::new(&u.id, Target::Rank(1)),
            ]
        })
        .collect();
    let mut rows: Vec<(Duration, String, u32, u32)> = Vec::new();
    for q in &questions {
        let mut best = Duration::MAX;
        let mut counts = (0, 0);
        for _ in 0..runs {
            let t = Instant::now();
            let a = goal_seek(black_box(&s), black_box(q));
            best = best.min(t.elapsed());
            match a {
                Ok(a) => counts = (a.evaluations.unit, a.evaluations.full),
                Err(e) => println!("goal seek {}: {e}", q.unit),
            }
        }
        rows.push((
            best,
            format!("{} {:?}", q.unit, q.target),
            counts.0,
            counts.1,
        ));
    }
    rows.sort();
    let n = rows.len();
    if n == 0 {
        return;
    }
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let (worst, name, unit, full) = &rows[n - 1];
    let max_unit = rows.iter().map(|r| r.2).max().unwrap_or(0);
    let max_full = rows.iter().map(|r| r.3).max().unwrap_or(0);
    println!(
        "goal seek, example county: {n} questions (default levers, 优秀 and rank 1), \
         median {:.3} ms, p90 {:.3} ms, max {:.3} ms ({name}: {unit} unit + {full} full \
         evaluations); at most {max_unit} unit and {max_full} full evaluations",
        ms(rows[n / 2].0),
        ms(rows[n * 9 / 10].0),
        ms(*worst),
    );
}

fn main() {
    bench("example county", &example_county(), 2000);
    bench("generated county", &generated_county(500, 42), 500);
    goal_seek_bench(5);
}
