//! Escalation advice (domain.md 4.6), flagged for review, never decided:
//! talks by the count of bottom-3 rankings and criticisms (highest step
//! only), accountability for a major public-opinion incident, the talk with
//! the supervising leader (约谈提醒) on any of its four triggers, and bottom
//! two years running (promotions and bonus held back, close examination).

use rust_decimal::Decimal;

use super::book::Book;
use super::error::EngineError;
use super::evaluation::{Flag, UnitResult};
use super::num::ceil_count;
use super::ranking::{bottom_of, GroupOrder};
use super::scenario::{GroupYear, Unit};
use super::scoring::Facts;
use super::trace::{Tag, TraceLine};
use super::types::{Action, UnitGrade};

fn flag(unit: &mut UnitResult, action: Action, tag: &Tag, line: TraceLine) {
    unit.flags.push(Flag {
        action,
        rule: tag.rule.clone(),
        unit: None,
    });
    unit.trace.push(line);
}

/// Count-based talks and accountability: the flags that also go to the unit
/// head and the supervising leader.
pub fn count_flags(book: &Book, units: &mut [UnitResult], facts: &[Facts]) {
    let steps = &book.set.escalation.steps;
    for (unit, f) in units.iter_mut().zip(facts) {
        let n = unit.escalation_count;
        let reached = steps
            .iter()
            .enumerate()
            .filter(|(_, s)| n > 0 && i64::from(s.min_count) <= n)
            .max_by_key(|(_, s)| s.min_count);
        if let Some((i, s)) = reached {
            let tag = &book.steps.tags[i];
            let line =
                TraceLine::decision(tag).inputs(&[Decimal::from(n), Decimal::from(s.min_count)]);
            flag(unit, s.action, tag, line);
        }
        if f.accountability {
            let tag = &book.t.accountability;
            flag(unit, Action::Accountability, tag, TraceLine::decision(tag));
        }
    }
}

/// Bottom two years running. Returns, per unit, whether it is under close
/// examination.
pub fn bottom_two_years(
    book: &Book,
    units: &mut [UnitResult],
    inputs: &[Unit],
    facts: &[Facts],
    groups: &[GroupYear],
    orders: &[GroupOrder],
) -> Vec<bool> {
    let n = book.set.escalation.bottom_two_years.n as usize;
    let mut bad_now: Vec<bool> = units
        .iter()
        .map(|u| u.grade == Some(UnitGrade::Poor))
        .collect();
    for go in orders {
        for &u in bottom_of(&go.order, n) {
            bad_now[u] = true;
        }
    }
    let mut out = vec![false; units.len()];
    for (u, unit) in units.iter_mut().enumerate() {
        let Some(last) = inputs[u].last_year.as_ref() else {
            continue;
        };
        let group_id = &book.set.ranking_groups[facts[u].group].id;
        let ranked_last = groups
            .iter()
            .find(|g| &g.group == group_id)
            .and_then(|g| g.last_year_ranked);
        let by_rank = match (last.rank, ranked_last) {
            (Some(r), Some(total)) => r > total.saturating_sub(n as i64),
            _ => false,
        };
        let bad_last = last.grade == Some(UnitGrade::Poor) || by_rank;
        if bad_now[u] && bad_last {
            out[u] = true;
            let tag = &book.t.bottom_two;
            let line = TraceLine::decision(tag).inputs(&[Decimal::from(last.rank.unwrap_or(0))]);
            flag(unit, Action::CloseExamination, tag, line);
        }
    }
    out
}

/// The talk with the supervising leader (约谈提醒). `head_hit[u]` says the
/// unit head's grade is the triggering grade.
pub fn supervisor_talk(
    book: &Book,
    units: &mut [UnitResult],
    facts: &[Facts],
    orders: &[GroupOrder],
    head_hit: &[bool],
) -> Result<(), EngineError> {
    let e = &book.set.escalation;
    let t = &book.t;
    let mut reasons: Vec<Vec<TraceLine>> = vec![Vec::new(); units.len()];
    for go in orders {
        let mut quarters_low = vec![0u32; units.len()];
        for qo in &go.quarters {
            let k = ceil_count(e.supervisor_quarters.share, qo.len())?;
            for &u in bottom_of(qo, k) {
                quarters_low[u] += 1;
            }
        }
        for &u in &go.order {
            if quarters_low[u] >= e.supervisor_quarters.quarters
                && e.supervisor_quarters.quarters > 0
            {
                reasons[u].push(
                    TraceLine::decision(&t.sup_quarters).inputs(&[Decimal::from(quarters_low[u])]),
                );
            }
        }
        let mut rated: Vec<usize> = go
            .order
            .iter()
            .copied()
            .filter(|&u| units[u].rating.is_some())
            .collect();
        crate::order::sort_indices(&mut rated, |a, b| {
            units[b]
                .rating
                .cmp(&units[a].rating)
                .then_with(|| units[a].id.cmp(&units[b].id))
        });
        for &u in bottom_of(&rated, e.supervisor_rating.n as usize) {
            let r = units[u].rating.unwrap_or_default();
            reasons[u].push(TraceLine::decision(&t.sup_rating).inputs(&[r]));
        }
    }
    for (u, f) in facts.iter().enumerate() {
        if head_hit.get(u).copied().unwrap_or(false) {
            reasons[u].push(TraceLine::decision(&t.sup_head));
        }
        if f.linkage_deductions >= e.supervisor_linkage.occasions
            && e.supervisor_linkage.occasions > 0
        {
            reasons[u].push(
                TraceLine::decision(&t.sup_linkage).inputs(&[Decimal::from(f.linkage_deductions)]),
            );
        }
    }
    for (unit, lines) in units.iter_mut().zip(reasons) {
        if let Some(first) = lines.first() {
            unit.flags.push(Flag {
                action: Action::SupervisorTalk,
                rule: first.rule().clone(),
                unit: None,
            });
            unit.trace.extend(lines);
        }
    }
    Ok(())
}
