//! Sensitivity (issue 6 item 3): for one unit, every single change of its
//! inputs — one step up and one step down on each applicable indicator (the
//! annual actual ± 1% of the target), one more event of each event kind
//! at each level the rules distinguish, and one fewer of each kind and level
//! the unit has — with its effect on the unit's total, rank and grade,
//! ranked by the size of the effect on the total, then of the rank change.
//!
//! Each effect is the unit re-scored with the engine and placed among the
//! others (`probe`: exactly what re-evaluating the changed scenario gives,
//! tested against full re-evaluation). A change whose effect a cap cut is
//! marked `capped` with the rule(s) that cut it: the bonus category cap, the
//! total bonus cap (the cap bits of domain.md 4.2), or the completion clamp
//! of the indicator part when the step moves within or across it.
//!
//! Choices (docs/engine-choices.md, "What-if"): levels whose points are
//! equal (e.g. a city top-3 ranking: 1 at any level; vetoes: no points) are
//! one change, at city level, except for the national-commendation kind;
//! added events fall in one quarter (4 unless the caller says otherwise).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::diff::grade_level;
use super::lever::{what_if_for, Edit};
use super::probe::{Evaluations, Outcome, Probe};
use super::WhatIf;
use crate::engine::error::{EngineError, ErrorKind};
use crate::engine::evaluate;
use crate::engine::evaluation::{Evaluation, UnitResult};
use crate::engine::num::{add, div, sub, HUNDRED};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{Scenario, Unit};
use crate::engine::types::{Direction, Effect, Level};

/// Every single change of one unit, ranked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sensitivity {
    pub unit: String,
    /// The unit as it is.
    pub before: Outcome,
    /// Largest |effect on total| first, then largest |rank change|.
    pub changes: Vec<SingleChange>,
    pub evaluations: Evaluations,
}

/// One change and its effect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SingleChange {
    pub edit: Edit,
    pub after: Outcome,
    /// after − before.
    pub total_delta: Decimal,
    /// after − before (negative: better); None when not ranked.
    pub rank_delta: Option<i64>,
    /// In grades (+1: one grade better); None without a grade.
    pub grade_delta: Option<i64>,
    /// Rules whose cap (or clamp) cut the effect.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub capped: Vec<String>,
}

impl SingleChange {
    /// This change as a what-if of `base` (unit `unit` edited).
    pub fn to_what_if(
        &self,
        base: &Scenario,
        unit: &str,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Result<WhatIf, EngineError> {
        what_if_for(
            base,
            unit,
            std::slice::from_ref(&self.edit),
            id.into(),
            name.into(),
        )
    }
}

/// Sensitivity of unit `unit` of `s`; added events fall in `quarter` (1–4).
pub fn sensitivity(s: &Scenario, unit: &str, quarter: u8) -> Result<Sensitivity, EngineError> {
    let base = evaluate(s)?;
    let mut out = sensitivity_with(s, &base, unit, quarter)?;
    out.evaluations.full = out.evaluations.full.saturating_add(1);
    Ok(out)
}

/// Sensitivity with the base evaluation already made (`base` must be
/// `evaluate(s)`).
pub fn sensitivity_with(
    s: &Scenario,
    base: &Evaluation,
    unit: &str,
    quarter: u8,
) -> Result<Sensitivity, EngineError> {
    if !(1..=4).contains(&quarter) {
        return Err(EngineError::new(ErrorKind::OutOfRange, "quarter").with_value(quarter));
    }
    let mut probe = Probe::new(s, base, unit)?;
    let before = Outcome::of(probe.base_result());
    let edits = single_edits(&probe.rules, probe.unit(), quarter)?;
    let mut changes = Vec::with_capacity(edits.len());
    for edit in edits {
        let mut u = probe.unit().clone();
        edit.apply(&mut u).map_err(|e| e.in_unit(unit))?;
        let (after, r) = probe.outcome(u)?;
        let capped = caps_cut(&probe.rules, probe.unit(), probe.base_result(), &r, &edit)?;
        let rank_delta = match (before.rank, after.rank) {
            (Some(b), Some(a)) => Some(i64::from(a) - i64::from(b)),
            _ => None,
        };
        let grade_delta = match (before.grade, after.grade) {
            (Some(b), Some(a)) => Some(grade_level(a) - grade_level(b)),
            _ => None,
        };
        changes.push(SingleChange {
            total_delta: sub(after.total, before.total)?,
            edit,
            after,
            rank_delta,
            grade_delta,
            capped,
        });
    }
    crate::order::sort_by(&mut changes, |a, b| {
        b.total_delta.abs().cmp(&a.total_delta.abs()).then_with(|| {
            let r = |c: &SingleChange| c.rank_delta.map_or(0, i64::abs);
            r(b).cmp(&r(a))
        })
    });
    Ok(Sensitivity {
        unit: unit.to_string(),
        before,
        changes,
        evaluations: probe.counts,
    })
}

/// The single changes of a unit, in input and rule order.
fn single_edits(rules: &RuleSet, unit: &Unit, quarter: u8) -> Result<Vec<Edit>, EngineError> {
    let mut out = Vec::new();
    for input in &unit.indicators {
        let (Some(target), Some(actual), false) = (input.target, input.actual, input.na) else {
            continue;
        };
        let step = div(target, HUNDRED)?;
        for to in [add(actual, step)?, sub(actual, step)?] {
            out.push(Edit::SetActual {
                indicator: input.indicator.clone(),
                from: actual,
                to,
            });
        }
    }
    const LEVELS: [Level; 3] = [Level::National, Level::Provincial, Level::City];
    for kind in &rules.events {
        let p = &kind.points;
        let national = kind.meta.id == rules.grades.national_commendation.kind;
        let levels: &[Level] = if !national && p.national == p.city && p.provincial == p.city {
            &[Level::City]
        } else {
            &LEVELS
        };
        for &level in levels {
            out.push(Edit::AddEvents {
                kind: kind.meta.id.clone(),
                level,
                quarter,
                count: 1,
            });
        }
        for level in LEVELS {
            let has = unit
                .events
                .iter()
                .any(|e| e.kind == kind.meta.id && e.level == level && e.count > 0);
            if has {
                out.push(Edit::RemoveEvent {
                    kind: kind.meta.id.clone(),
                    level,
                });
            }
        }
    }
    Ok(out)
}

/// Raw (unclamped) completion; None when unbounded (lower is better with an
/// actual ≤ 0).
fn raw_completion(
    target: Decimal,
    actual: Decimal,
    lower: bool,
) -> Result<Option<Decimal>, EngineError> {
    if lower {
        if actual <= Decimal::ZERO {
            return Ok(None);
        }
        div(target, actual).map(Some)
    } else {
        div(actual, target).map(Some)
    }
}

/// The rules whose cap or clamp cut the effect of `edit`.
fn caps_cut(
    rules: &RuleSet,
    unit: &Unit,
    before: &UnitResult,
    after: &UnitResult,
    edit: &Edit,
) -> Result<Vec<String>, EngineError> {
    let mut out = Vec::new();
    match edit {
        Edit::SetActual {
            indicator,
            from,
            to,
        } => {
            let lower = rules
                .indicators
                .iter()
                .find(|d| d.meta.id == *indicator)
                .is_some_and(|d| d.direction == Direction::Lower);
            let target = unit
                .indicators
                .iter()
                .find(|i| i.indicator == *indicator)
                .and_then(|i| i.target);
            if let Some(t) = target {
                let max = rules.indicator_part.completion_max;
                let outside = |c: Option<Decimal>| c.is_none_or(|c| c > max || c < Decimal::ZERO);
                if outside(raw_completion(t, *from, lower)?)
                    || outside(raw_completion(t, *to, lower)?)
                {
                    out.push(rules.indicator_part.meta.id.clone());
                }
            }
        }
        Edit::AddEvents { kind, .. } | Edit::RemoveEvent { kind, .. } => {
            let Some(def) = rules.events.iter().find(|k| k.meta.id == *kind) else {
                return Ok(out);
            };
            if def.effect != Effect::Bonus {
                return Ok(out);
            }
            let cat = def.category.as_deref().unwrap_or_default();
            let find = |r: &UnitResult| {
                r.bonus_categories
                    .iter()
                    .find(|c| c.category == cat)
                    .map_or((Decimal::ZERO, Decimal::ZERO), |c| (c.raw, c.capped))
            };
            let (b, a) = (find(before), find(after));
            if sub(a.0, b.0)?.abs() > sub(a.1, b.1)?.abs() {
                out.push(cat.to_string());
            }
            let sum = |r: &UnitResult| {
                r.bonus_categories
                    .iter()
                    .try_fold(Decimal::ZERO, |s, c| add(s, c.capped))
            };
            if sub(sum(after)?, sum(before)?)?.abs() > sub(after.bonus, before.bonus)?.abs() {
                out.push(rules.bonus.total_cap.meta.id.clone());
            }
        }
    }
    Ok(out)
}
