//! The goal-seek heuristic against brute force (issue 6): runs many
//! generated cases with 4 and 5 levers (the generator and brute force of
//! tests/whatif_props.rs) and prints the worst cost gap, for BENCHMARKS.md
//! ("What-if heuristic"). Run: `cargo run --release --example heuristic_gap [cases]`.

#[allow(dead_code)]
#[path = "../tests/whatif_props.rs"]
mod props;

use rust_decimal::Decimal;

fn main() {
    let cases: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(400);
    for n in [4usize, 5] {
        let (mut solved, mut optimal, mut trivial, mut unreachable) = (0u32, 0u32, 0u32, 0u32);
        let mut worst_abs = Decimal::ZERO;
        let mut worst_rel = Decimal::ZERO;
        let mut worst_seed = None;
        for seed in 0..cases {
            let c = props::case(seed * 7919 + n as u64, n);
            let (a, brute) = props::seek(&c);
            let Some(b) = brute else {
                unreachable += 1;
                continue;
            };
            if b.is_zero() {
                trivial += 1;
                continue;
            }
            solved += 1;
            let gap = a.cost - b;
            if gap.is_zero() {
                optimal += 1;
            }
            let rel = gap / b;
            if gap > worst_abs || (gap == worst_abs && rel > worst_rel) {
                worst_abs = gap;
                worst_rel = rel;
                worst_seed = Some((seed, a.cost, b));
            }
        }
        println!(
            "{n} levers: {cases} cases: {solved} needing steps ({optimal} optimal), \
             {trivial} already met, {unreachable} unreachable; worst gap {worst_abs} \
             ({:.1}% of the optimum) {worst_seed:?}",
            worst_rel * Decimal::from(100)
        );
    }
}
