//! Awards per ranking group (domain.md 4.5): all-round champion (displayed
//! rank 1), single-item champion (highest raw, unclamped completion on each
//! catalogue indicator at least `min_units` units have), led throughout
//! (rank 1 in all four quarters), most improved (largest rank gain over last
//! year). Ties share; vetoed units are excluded.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::book::Book;
use super::error::EngineError;
use super::evaluation::{AwardResult, UnitResult};
use super::mirror::Raw;
use super::num::mul;
use super::ranking::GroupOrder;
use super::scenario::Unit;
use super::scoring::Facts;
use super::trace::TraceLine;
use super::types::Award;

/// A raw completion num/den (den > 0), or unbounded (lower is better with an
/// actual ≤ 0: better than any finite completion).
#[derive(Clone, Copy)]
struct Completion {
    unbounded: bool,
    num: Decimal,
    den: Decimal,
}

impl Completion {
    /// Exact comparison by cross-multiplication (no division).
    fn cmp(&self, o: &Completion) -> Result<Ordering, EngineError> {
        Ok(match (self.unbounded, o.unbounded) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => match self.cmp_exact(o) {
                Some(ord) => ord,
                None => mul(self.num, o.den)?.cmp(&mul(o.num, self.den)?),
            },
        })
    }

    /// The cross-multiplied comparison on integer parts, when both values
    /// are non-negative and both products exact (the library's products
    /// then, compared by value); None otherwise. Library products of
    /// Decimals were most of the awards' time.
    fn cmp_exact(&self, o: &Completion) -> Option<Ordering> {
        let left = Raw::of(self.num)?.mul(Raw::of(o.den)?)?;
        let right = Raw::of(o.num)?.mul(Raw::of(self.den)?)?;
        Some(if left.gt(right) {
            Ordering::Greater
        } else if right.gt(left) {
            Ordering::Less
        } else {
            Ordering::Equal
        })
    }
}

fn give(unit: &mut UnitResult, award: Award, indicator: Option<String>, line: TraceLine) {
    unit.awards.push(AwardResult { award, indicator });
    unit.trace.push(line);
}

/// Gives the awards of every group.
pub fn awards(
    book: &Book,
    units: &mut [UnitResult],
    inputs: &[Unit],
    facts: &[Facts],
    orders: &[GroupOrder],
) -> Result<(), EngineError> {
    let t = &book.t;
    for go in orders {
        let eligible: Vec<usize> = go
            .order
            .iter()
            .copied()
            .filter(|&u| !units[u].vetoed)
            .collect();
        for &u in &eligible {
            if units[u].rank == Some(1) {
                give(
                    &mut units[u],
                    Award::AllRound,
                    None,
                    TraceLine::decision(&t.all_round).inputs(&[Decimal::ONE]),
                );
            }
            if units[u].quarters.iter().all(|q| q.rank == Some(1)) {
                give(
                    &mut units[u],
                    Award::LedThroughout,
                    None,
                    TraceLine::decision(&t.led_throughout),
                );
            }
        }
        single_items(book, units, inputs, facts, &eligible)?;
        // Most improved: largest positive gain of displayed rank.
        let gains: Vec<(usize, i64)> = eligible
            .iter()
            .filter_map(|&u| {
                let last = inputs[u].last_year.as_ref()?.rank?;
                let now = i64::from(units[u].rank?);
                Some((u, last.saturating_sub(now)))
            })
            .collect();
        let best = gains.iter().map(|g| g.1).max();
        if let Some(best) = best.filter(|g| *g > 0) {
            for &(u, g) in &gains {
                if g == best {
                    let line = TraceLine::decision(&t.most_improved).inputs(&[Decimal::from(best)]);
                    give(&mut units[u], Award::MostImproved, None, line);
                }
            }
        }
    }
    Ok(())
}

fn single_items(
    book: &Book,
    units: &mut [UnitResult],
    inputs: &[Unit],
    facts: &[Facts],
    eligible: &[usize],
) -> Result<(), EngineError> {
    let ncat = book.set.indicators.len();
    // Candidates per catalogue indicator: (unit, input index, completion).
    let mut by_cat: Vec<Vec<(usize, usize, Completion)>> = vec![Vec::new(); ncat];
    for &u in eligible {
        for ind in facts[u].inds.as_slice() {
            let Some(input) = inputs[u].indicators.get(ind.input) else {
                continue;
            };
            let (Some(t), Some(a), false) = (input.target, input.actual, input.na) else {
                continue;
            };
            let c = if ind.lower {
                Completion {
                    unbounded: a <= Decimal::ZERO,
                    num: t,
                    den: a,
                }
            } else {
                Completion {
                    unbounded: false,
                    num: a,
                    den: t,
                }
            };
            by_cat[ind.cat].push((u, ind.input, c));
        }
    }
    let min_units = book.set.awards.single_item.min_units as usize;
    for (cat, cands) in by_cat.iter().enumerate() {
        if cands.len() < min_units.max(1) {
            continue;
        }
        let mut best = cands[0].2;
        for c in &cands[1..] {
            if c.2.cmp(&best).map_err(|e| e.in_unit(&units[c.0].id))? == Ordering::Greater {
                best = c.2;
            }
        }
        for (u, i, c) in cands {
            if c.cmp(&best).map_err(|e| e.in_unit(&units[*u].id))? == Ordering::Equal {
                let id = book.set.indicators[cat].meta.id.clone();
                let line = TraceLine::decision(&book.t.single_item)
                    .item(*i)
                    .inputs(&[c.num, c.den]);
                give(&mut units[*u], Award::SingleItem, Some(id), line);
            }
        }
    }
    Ok(())
}
