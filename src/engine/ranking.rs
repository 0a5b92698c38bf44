//! Ranking, grades and quotas (domain.md 4.4, quarterly ranking of 4.3):
//! the total order within each group (rounded total ↓, rounded indicator
//! part ↓, deductions ↑, id ↑), displayed ranks with ties shown 并列, the
//! one-vote veto, unit grades under the excellent quota (national
//! commendations outside it), and the staff excellent quota.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::book::Book;
use super::error::EngineError;
use super::evaluation::{GroupResult, UnitResult};
use super::num::{self, floor_count, SCORE_DP};
use super::scenario::Unit;
use super::scoring::Facts;
use super::trace::TraceLine;
use super::types::UnitGrade;

/// Orders of one group: annual and quarterly, as unit indices, best first.
pub struct GroupOrder {
    pub order: Vec<usize>,
    pub quarters: [Vec<usize>; 4],
}

fn as_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Sorts `members` by score ↓, indicator part ↓, deductions ↑, id ↑, on keys
/// taken once. Ids are unique, so the order is total.
fn sort_by_key<'u, F, I>(members: &mut [usize], id: I, key: F)
where
    F: Fn(usize) -> (Decimal, Decimal, Decimal),
    I: Fn(usize) -> &'u str,
{
    // Rounded scores carry 2 decimal places, so they compare as integers of
    // hundredths: score and indicator part pack into one u128 (each i64
    // mapped in order onto u64). A score of another scale (only beyond
    // 10^26) or beyond i64 hundredths makes the group compare as Decimals.
    let hundredths = |d: Decimal| {
        let h = i64::try_from(d.mantissa())
            .ok()
            .filter(|_| d.scale() == SCORE_DP)?;
        Some(u128::from(h as u64 ^ (1 << 63)))
    };
    let packed: Option<Vec<(u128, u32)>> = members
        .iter()
        .map(|&i| {
            let (s, p, _) = key(i);
            // Inverted, so that an ascending sort puts the best first.
            Some((
                !(hundredths(s)? << 64 | hundredths(p)?),
                u32::try_from(i).ok()?,
            ))
        })
        .collect();
    let Some(mut keyed) = packed else {
        let order = sorted(
            members
                .iter()
                .map(|&i| {
                    let (s, p, d) = key(i);
                    ((s, p), d, i)
                })
                .collect(),
            id,
        );
        members.copy_from_slice(&order);
        return;
    };
    // Small elements on a plain integer order; the rare runs of equal
    // score and indicator part are then ordered by deductions and id.
    keyed.sort_unstable();
    for (slot, k) in members.iter_mut().zip(&keyed) {
        *slot = k.1 as usize;
    }
    let mut start = 0;
    while start < keyed.len() {
        let end = start
            + keyed[start..]
                .iter()
                .take_while(|k| k.0 == keyed[start].0)
                .count();
        if end - start > 1 {
            crate::order::sort_indices(&mut members[start..end], |a, b| {
                num::cmp(key(a).2, key(b).2).then_with(|| id(a).cmp(id(b)))
            });
        }
        start = end;
    }
}

/// Unit indices of `keyed` ((score, indicator part), deductions, unit) in
/// the order of [`sort_by_key`] (its fallback for scores that are not
/// integers of hundredths).
fn sorted<'u, K: Ord>(
    mut keyed: Vec<(K, Decimal, usize)>,
    id: impl Fn(usize) -> &'u str,
) -> Vec<usize> {
    crate::order::sort_by(&mut keyed, |a, b| {
        b.0.cmp(&a.0)
            .then_with(|| num::cmp(a.1, b.1))
            .then_with(|| id(a.2).cmp(id(b.2)))
    });
    keyed.into_iter().map(|k| k.2).collect()
}

/// Positions and displayed ranks along an order: equal scores share the
/// rank of the first of them (1, 1, 3: competition ranking).
/// Returns (position, rank, tied) per member in order.
pub fn displayed_ranks(order: &[usize], score: impl Fn(usize) -> Decimal) -> Vec<(u32, u32, bool)> {
    let scores: Vec<Decimal> = order.iter().map(|&u| score(u)).collect();
    let same = |i: usize, j: usize| num::cmp(scores[i], scores[j]) == Ordering::Equal;
    let mut out = Vec::with_capacity(order.len());
    let mut rank = 1u32;
    for i in 0..order.len() {
        let after_equal = i > 0 && same(i - 1, i);
        if i > 0 && !after_equal {
            rank = as_u32(i + 1);
        }
        let tied = after_equal || (i + 1 < order.len() && same(i, i + 1));
        out.push((as_u32(i + 1), rank, tied));
    }
    out
}

/// Ranks every group (annual and quarterly); records positions and ranks.
pub fn rank(book: &Book, units: &mut [UnitResult], facts: &[Facts]) -> Vec<GroupOrder> {
    let ngroups = book.set.ranking_groups.len();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); ngroups];
    for (i, (u, f)) in units.iter().zip(facts).enumerate() {
        if u.complete {
            members[f.group].push(i);
        }
    }
    let mut orders = Vec::with_capacity(ngroups);
    for (g, mut order) in members.into_iter().enumerate() {
        sort_by_key(
            &mut order,
            |i| units[i].id.as_str(),
            |i| (units[i].total, facts[i].indicator_part, units[i].deductions),
        );
        let n = Decimal::from(order.len());
        for (&u, (pos, rank, tied)) in order
            .iter()
            .zip(displayed_ranks(&order, |i| units[i].total))
        {
            let unit = &mut units[u];
            unit.position = Some(pos);
            unit.rank = Some(rank);
            unit.tied = tied;
            unit.trace
                .push(TraceLine::decision(&book.groups.tags[g]).inputs(&[
                    pos.into(),
                    rank.into(),
                    n,
                ]));
        }
        let quarters = std::array::from_fn(|q| {
            let mut qo: Vec<usize> = order
                .iter()
                .copied()
                .filter(|&i| facts[i].quarters[q].is_some())
                .collect();
            let qf = |i: usize| {
                facts[i].quarters[q].map_or((Decimal::ZERO, Decimal::ZERO, Decimal::ZERO), |f| {
                    (f.score, f.indicator_part, f.deductions)
                })
            };
            sort_by_key(&mut qo, |i| units[i].id.as_str(), qf);
            for (&u, (pos, rank, tied)) in qo.iter().zip(displayed_ranks(&qo, |i| qf(i).0)) {
                let qr = &mut units[u].quarters[q];
                qr.position = Some(pos);
                qr.rank = Some(rank);
                qr.tied = tied;
            }
            qo
        });
        orders.push(GroupOrder { order, quarters });
    }
    orders
}

/// Grades every unit (4.4) and sets the staff excellent quota.
/// Returns the excellent slots of each group.
pub fn grade(
    book: &Book,
    units: &mut [UnitResult],
    inputs: &[Unit],
    facts: &[Facts],
    orders: &[GroupOrder],
) -> Result<Vec<u32>, EngineError> {
    let g = &book.set.grades;
    let mut slots_of = Vec::with_capacity(orders.len());
    for go in orders {
        let slots = floor_count(g.excellent.share, go.order.len())?;
        slots_of.push(as_u32(slots));
        let mut used = 0usize;
        for &u in &go.order {
            let unit = &mut units[u];
            let total = unit.total;
            let takes_slot = !unit.vetoed && !facts[u].national && used < slots;
            if takes_slot {
                used += 1;
            }
            let (grade, line) = if unit.vetoed {
                (UnitGrade::Poor, TraceLine::decision(&book.t.veto))
            } else if facts[u].national {
                (UnitGrade::Excellent, TraceLine::decision(&book.t.national))
            } else if takes_slot && total >= g.excellent.min_total {
                (
                    UnitGrade::Excellent,
                    TraceLine::decision(&book.t.excellent).inputs(&[
                        total,
                        g.excellent.min_total,
                        Decimal::from(used),
                        Decimal::from(slots),
                    ]),
                )
            } else if total >= g.good.min_total {
                (
                    UnitGrade::Good,
                    TraceLine::decision(&book.t.good).inputs(&[total, g.good.min_total]),
                )
            } else if total >= g.fair.min_total {
                (
                    UnitGrade::Fair,
                    TraceLine::decision(&book.t.fair).inputs(&[total, g.fair.min_total]),
                )
            } else {
                (
                    UnitGrade::Poor,
                    TraceLine::decision(&book.t.poor).inputs(&[total, g.fair.min_total]),
                )
            };
            unit.grade = Some(grade);
            unit.trace.push(line);
        }
    }
    let q = &book.set.staff_quota;
    for (unit, input) in units.iter_mut().zip(inputs) {
        let share = if unit.grade == Some(UnitGrade::Excellent) {
            q.share_excellent
        } else {
            q.share
        };
        let staff = usize::try_from(input.staff).unwrap_or(0);
        let quota = floor_count(share, staff)?;
        unit.staff_excellent_quota = i64::try_from(quota).unwrap_or(i64::MAX);
        unit.trace
            .push(TraceLine::decision(&book.t.staff_quota).inputs(&[
                Decimal::from(staff),
                share,
                Decimal::from(quota),
            ]));
    }
    Ok(slots_of)
}

/// Group results for the Evaluation.
pub fn group_results(
    book: &Book,
    units: &[UnitResult],
    orders: &[GroupOrder],
    slots: &[u32],
) -> Vec<GroupResult> {
    let ids = |o: &[usize]| o.iter().map(|&i| units[i].id.clone()).collect::<Vec<_>>();
    book.set
        .ranking_groups
        .iter()
        .zip(orders)
        .zip(slots)
        .map(|((g, o), s)| GroupResult {
            group: g.id.clone(),
            order: ids(&o.order),
            excellent_slots: *s,
            quarter_orders: o.quarters.iter().map(|q| ids(q)).collect(),
        })
        .collect()
}

/// The last `n` members of an order: the group's "bottom n".
pub fn bottom_of(order: &[usize], n: usize) -> &[usize] {
    let start = order.len().saturating_sub(n);
    &order[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packed keys and the Decimal fallback give the order of a plain
    /// Decimal sort (score ↓, indicator part ↓, deductions ↑, id ↑).
    #[test]
    fn sort_orders_like_decimals() {
        let mut seed = 0x0123_4567_89ab_cdef_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..200 {
            let n = 1 + (next() % 40) as usize;
            // Few distinct values, so ties reach every key; some rounds
            // carry a score of another scale (the fallback).
            let keys: Vec<(Decimal, Decimal, Decimal)> = (0..n)
                .map(|_| {
                    let s = Decimal::new((next() % 7) as i64 * 50 - 100, 2);
                    let p = Decimal::new((next() % 3) as i64 - 1, 2);
                    let d = Decimal::new((next() % 3) as i64, (next() % 2) as u32);
                    (s, p, d)
                })
                .collect();
            let mut keys = keys;
            if round % 4 == 0 {
                keys[0].0 = Decimal::new(1, 3);
            }
            let ids: Vec<String> = (0..n)
                .map(|i| format!("u{:03}", (i * 37 + 11) % 1000))
                .collect();
            let mut got: Vec<usize> = (0..n).collect();
            sort_by_key(&mut got, |i| ids[i].as_str(), |i| keys[i]);
            let mut want: Vec<usize> = (0..n).collect();
            want.sort_by(|&a, &b| {
                keys[b]
                    .0
                    .cmp(&keys[a].0)
                    .then(keys[b].1.cmp(&keys[a].1))
                    .then(keys[a].2.cmp(&keys[b].2))
                    .then(ids[a].cmp(&ids[b]))
            });
            assert_eq!(got, want, "{keys:?}");
        }
    }
}
