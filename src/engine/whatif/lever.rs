//! Levers and edits (issue 6 items 3–4): the changes of one unit's inputs
//! that sensitivity and goal seek try.
//!
//! An [`Edit`] is one concrete change of a unit's inputs: an indicator's
//! annual actual set to another value, occurrences of an event kind added in
//! a quarter (one new entry, no 文号), or one occurrence of an event kind at
//! a level removed. [`what_if_for`] turns edits into a [`WhatIf`], so any
//! answer becomes a scenario in one click.
//!
//! A [`Lever`] is a direction in which a unit can work, moved in steps:
//! - an indicator: its annual actual moved by one step (1% of its target
//!   unless the lever says otherwise) toward better — up when higher is
//!   better, down when lower is better;
//! - an event: one more occurrence of a bonus event kind, at a level, in a
//!   quarter (only bonus kinds: an added deduction or veto never helps).
//!
//! Each lever has a cost per step (1 unless the caller edits it) and a
//! largest useful number of steps, derived here ([`Limit`]): an indicator
//! until its completion reaches the clamp maximum (1.2, domain.md 4.2); an
//! event until its category cap or the total cap (4.2) leaves nothing more
//! to add — for the year, and for the lever's quarter when that quarter's
//! period weight is not 0 (4.3) —; a national commendation at least one step
//! (it makes the unit 优秀, 4.4); never more than [`MAX_STEPS`] or the
//! caller's own `max_steps`.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::WhatIf;
use crate::engine::error::{EngineError, ErrorKind};
use crate::engine::evaluation::UnitResult;
use crate::engine::num::{add, div, mul, sub, HUNDRED};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{EventInput, Scenario, Unit};
use crate::engine::types::{Direction, Effect, Level};

/// The step limit of a lever that no cap or clamp stops sooner.
pub const MAX_STEPS: u32 = 1000;

/// The bonus category whose event kinds are default levers (a main economic
/// indicator in the city's top 3 in a quarter, domain.md 4.2).
pub const RANKING_CATEGORY: &str = "bonus.ranking";

/// The quarter in which event levers and added events fall by default.
pub const DEFAULT_QUARTER: u8 = 4;

fn default_quarter() -> u8 {
    DEFAULT_QUARTER
}

fn one() -> Decimal {
    Decimal::ONE
}

/// What a lever moves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeverOn {
    /// A catalogue indicator of the unit (its annual actual).
    Indicator(String),
    /// Occurrences of a bonus event kind at a level in a quarter (1–4).
    Event {
        kind: String,
        #[serde(default)]
        level: Level,
        #[serde(default = "default_quarter")]
        quarter: u8,
    },
}

/// A lever of a goal seek: what moves, the cost of a step, and optional
/// limits set by the caller.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lever {
    pub on: LeverOn,
    /// Cost of one step (≥ 0; 1 by default).
    #[serde(default = "one")]
    pub cost: Decimal,
    /// Indicator levers: the change of the actual per step (> 0; default 1%
    /// of the target). Ignored for event levers (a step is one occurrence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<Decimal>,
    /// The caller's limit on steps (the derived limit applies as well).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_steps: Option<u32>,
}

impl Lever {
    /// An indicator lever with the default step and cost.
    pub fn indicator(id: &str) -> Self {
        Lever {
            on: LeverOn::Indicator(id.to_string()),
            cost: Decimal::ONE,
            step: None,
            max_steps: None,
        }
    }

    /// An event lever with cost 1.
    pub fn event(kind: &str, level: Level, quarter: u8) -> Self {
        Lever {
            on: LeverOn::Event {
                kind: kind.to_string(),
                level,
                quarter,
            },
            cost: Decimal::ONE,
            step: None,
            max_steps: None,
        }
    }

    /// The same lever with another cost per step.
    pub fn with_cost(mut self, cost: Decimal) -> Self {
        self.cost = cost;
        self
    }

    /// The same lever with another step (indicator levers).
    pub fn with_step(mut self, step: Decimal) -> Self {
        self.step = Some(step);
        self
    }

    /// The same lever limited to `max` steps.
    pub fn with_max_steps(mut self, max: u32) -> Self {
        self.max_steps = Some(max);
        self
    }
}

/// What stops a lever: the completion clamp, a cap, or the step limit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "limit", rename_all = "snake_case")]
pub enum Limit {
    /// The completion reaches its maximum (rule: the indicator part).
    Clamp { rule: String },
    /// A bonus category cap or the total cap leaves nothing more to add.
    Cap { rule: String },
    /// The caller's `max_steps` or [`MAX_STEPS`].
    MaxSteps,
}

/// One concrete change of a unit's inputs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Edit {
    /// The indicator's annual actual set from `from` to `to`.
    SetActual {
        indicator: String,
        from: Decimal,
        to: Decimal,
    },
    /// `count` occurrences of an event kind added in a quarter, as one new
    /// entry without 文号.
    AddEvents {
        kind: String,
        level: Level,
        quarter: u8,
        count: u32,
    },
    /// One occurrence of an event kind at a level removed, from the last
    /// entry that has one (its count lowered, or the entry dropped).
    RemoveEvent { kind: String, level: Level },
}

impl Edit {
    /// Applies the edit to a unit's inputs.
    pub fn apply(&self, unit: &mut Unit) -> Result<(), EngineError> {
        match self {
            Edit::SetActual { indicator, to, .. } => {
                let input = unit
                    .indicators
                    .iter_mut()
                    .find(|i| i.indicator == *indicator)
                    .ok_or_else(|| {
                        EngineError::new(
                            ErrorKind::UnknownRuleId,
                            format!("indicators[{indicator}]"),
                        )
                        .with_value(indicator)
                    })?;
                input.actual = Some(*to);
            }
            Edit::AddEvents {
                kind,
                level,
                quarter,
                count,
            } => {
                if *count > 0 {
                    unit.events.push(EventInput {
                        kind: kind.clone(),
                        quarter: i64::from(*quarter),
                        level: *level,
                        count: i64::from(*count),
                        doc_no: None,
                        date: None,
                        issuer: None,
                    });
                }
            }
            Edit::RemoveEvent { kind, level } => {
                let at = unit
                    .events
                    .iter()
                    .rposition(|e| e.kind == *kind && e.level == *level && e.count > 0)
                    .ok_or_else(|| {
                        EngineError::new(ErrorKind::MissingValue, format!("events[{kind}]"))
                            .with_value(kind)
                    })?;
                if unit.events[at].count > 1 {
                    unit.events[at].count -= 1;
                } else {
                    unit.events.remove(at);
                }
            }
        }
        Ok(())
    }
}

/// A what-if replacing `unit` of `base` by the unit with `edits` applied.
pub fn what_if_for(
    base: &Scenario,
    unit: &str,
    edits: &[Edit],
    id: String,
    name: String,
) -> Result<WhatIf, EngineError> {
    let mut u = base
        .units
        .iter()
        .find(|u| u.id == unit)
        .cloned()
        .ok_or_else(|| {
            let mut e = EngineError::new(ErrorKind::MissingUnit, "unit").with_value(unit);
            e.unit = Some(unit.to_string());
            e
        })?;
    for e in edits {
        e.apply(&mut u).map_err(|er| er.in_unit(unit))?;
    }
    Ok(WhatIf {
        id,
        name,
        units: vec![u],
        removed_units: Vec::new(),
        linkage: None,
        rules: None,
    })
}

/// The default levers of a unit: each applicable indicator (not N/A, with
/// target and actual), then each bonus kind of the ranking category at city
/// level in `quarter`; cost 1 each.
pub fn default_levers_for(rules: &RuleSet, unit: &Unit, quarter: u8) -> Vec<Lever> {
    let mut out: Vec<Lever> = unit
        .indicators
        .iter()
        .filter(|i| !i.na && i.target.is_some() && i.actual.is_some())
        .filter(|i| rules.indicators.iter().any(|d| d.meta.id == i.indicator))
        .map(|i| Lever::indicator(&i.indicator))
        .collect();
    out.extend(
        rules
            .events
            .iter()
            .filter(|k| {
                k.effect == Effect::Bonus && k.category.as_deref() == Some(RANKING_CATEGORY)
            })
            .map(|k| Lever::event(&k.meta.id, Level::City, quarter)),
    );
    out
}

/// How a resolved lever changes the unit.
#[derive(Clone, Debug)]
enum How {
    Indicator {
        id: String,
        actual: Decimal,
        step: Decimal,
        lower: bool,
    },
    Event {
        kind: String,
        level: Level,
        quarter: u8,
    },
}

/// A lever checked against the unit and the rules, with its derived limit.
#[derive(Clone, Debug)]
pub(crate) struct Resolved {
    pub lever: Lever,
    /// Largest useful number of steps.
    pub max: u32,
    pub limit: Limit,
    how: How,
}

impl Resolved {
    /// Whether this lever adds events (its effect depends on the caps).
    pub fn is_event(&self) -> bool {
        matches!(self.how, How::Event { .. })
    }

    /// The edit of `steps` steps (None for 0 steps).
    pub fn edit(&self, steps: u32) -> Result<Option<Edit>, EngineError> {
        if steps == 0 {
            return Ok(None);
        }
        Ok(Some(match &self.how {
            How::Indicator {
                id,
                actual,
                step,
                lower,
            } => {
                let delta = mul(*step, Decimal::from(steps))?;
                let to = if *lower {
                    sub(*actual, delta)?
                } else {
                    add(*actual, delta)?
                };
                Edit::SetActual {
                    indicator: id.clone(),
                    from: *actual,
                    to,
                }
            }
            How::Event {
                kind,
                level,
                quarter,
            } => Edit::AddEvents {
                kind: kind.clone(),
                level: *level,
                quarter: *quarter,
                count: steps,
            },
        }))
    }

    /// Applies `steps` steps to the unit.
    pub fn apply(&self, unit: &mut Unit, steps: u32) -> Result<(), EngineError> {
        match self.edit(steps)? {
            Some(e) => e.apply(unit),
            None => Ok(()),
        }
    }
}

fn lever_error(kind: ErrorKind, i: usize, field: &str, value: impl ToString) -> EngineError {
    EngineError::new(kind, format!("levers[{i}].{field}")).with_value(value)
}

/// ceil(x) as a step count (0 when x ≤ 0; saturating beyond u32).
fn ceil_steps(x: Decimal) -> u32 {
    if x <= Decimal::ZERO {
        return 0;
    }
    x.ceil().to_u32().unwrap_or(u32::MAX)
}

/// Applies the step limits: [`MAX_STEPS`] and the caller's `max_steps`.
fn bounded(derived: u32, limit: Limit, lever: &Lever) -> (u32, Limit) {
    let cap = lever.max_steps.unwrap_or(MAX_STEPS).min(MAX_STEPS);
    if derived > cap {
        (cap, Limit::MaxSteps)
    } else {
        (derived, limit)
    }
}

/// Checks the levers against the unit (whose base result is `base`) and the
/// rules, deriving each lever's largest useful number of steps.
pub(crate) fn resolve(
    rules: &RuleSet,
    unit: &Unit,
    base: &UnitResult,
    levers: &[Lever],
) -> Result<Vec<Resolved>, EngineError> {
    let mut out = Vec::with_capacity(levers.len());
    for (i, lever) in levers.iter().enumerate() {
        if lever.cost < Decimal::ZERO {
            return Err(lever_error(ErrorKind::OutOfRange, i, "cost", lever.cost));
        }
        if levers[..i].iter().any(|l| l.on == lever.on) {
            return Err(lever_error(
                ErrorKind::DuplicateId,
                i,
                "on",
                format!("{:?}", lever.on),
            ));
        }
        let r = match &lever.on {
            LeverOn::Indicator(id) => indicator_lever(rules, unit, i, lever, id)?,
            LeverOn::Event {
                kind,
                level,
                quarter,
            } => event_lever(rules, base, i, lever, kind, *level, *quarter)?,
        };
        out.push(r);
    }
    Ok(out)
}

fn indicator_lever(
    rules: &RuleSet,
    unit: &Unit,
    i: usize,
    lever: &Lever,
    id: &str,
) -> Result<Resolved, EngineError> {
    let field = "on.indicator";
    let def = rules
        .indicators
        .iter()
        .find(|d| d.meta.id == id)
        .ok_or_else(|| lever_error(ErrorKind::UnknownRuleId, i, field, id))?;
    let input = unit
        .indicators
        .iter()
        .find(|x| x.indicator == id)
        .ok_or_else(|| lever_error(ErrorKind::UnknownRuleId, i, field, id))?;
    if input.na {
        return Err(lever_error(ErrorKind::OutOfRange, i, field, id));
    }
    let (Some(target), Some(actual)) = (input.target, input.actual) else {
        return Err(lever_error(ErrorKind::MissingValue, i, field, id));
    };
    if target <= Decimal::ZERO {
        return Err(lever_error(ErrorKind::TargetNotPositive, i, field, target));
    }
    let step = match lever.step {
        Some(s) => s,
        None => div(target, HUNDRED)?,
    };
    if step <= Decimal::ZERO {
        return Err(lever_error(ErrorKind::OutOfRange, i, "step", step));
    }
    let max_c = rules.indicator_part.completion_max;
    let lower = def.direction == Direction::Lower;
    // Steps until completion reaches max_c (domain.md 4.2):
    // higher: actual + t·step ≥ max_c·target;
    // lower: max_c·(actual − t·step) ≤ target (an actual ≤ 0 counts max_c).
    let derived = if max_c <= Decimal::ZERO {
        0
    } else if lower {
        ceil_steps(div(sub(mul(max_c, actual)?, target)?, mul(max_c, step)?)?)
    } else {
        ceil_steps(div(sub(mul(max_c, target)?, actual)?, step)?)
    };
    let clamp = Limit::Clamp {
        rule: rules.indicator_part.meta.id.clone(),
    };
    let (max, limit) = bounded(derived, clamp, lever);
    Ok(Resolved {
        lever: lever.clone(),
        max,
        limit,
        how: How::Indicator {
            id: id.to_string(),
            actual,
            step,
            lower,
        },
    })
}

fn event_lever(
    rules: &RuleSet,
    base: &UnitResult,
    i: usize,
    lever: &Lever,
    kind: &str,
    level: Level,
    quarter: u8,
) -> Result<Resolved, EngineError> {
    let def = rules
        .events
        .iter()
        .find(|k| k.meta.id == kind)
        .ok_or_else(|| lever_error(ErrorKind::UnknownRuleId, i, "on.kind", kind))?;
    if def.effect != Effect::Bonus {
        return Err(lever_error(ErrorKind::OutOfRange, i, "on.kind", kind));
    }
    if !(1..=4).contains(&quarter) {
        return Err(lever_error(ErrorKind::OutOfRange, i, "on.quarter", quarter));
    }
    let cat_id = def.category.clone().unwrap_or_default();
    let cap = rules
        .bonus
        .categories
        .iter()
        .find(|c| c.meta.id == cat_id)
        .map(|c| c.cap)
        .ok_or_else(|| lever_error(ErrorKind::UnknownRuleId, i, "on.kind", &cat_id))?;
    let raw = base
        .bonus_categories
        .iter()
        .find(|c| c.category == cat_id)
        .map_or(Decimal::ZERO, |c| c.raw);
    let capped_sum = base
        .bonus_categories
        .iter()
        .try_fold(Decimal::ZERO, |a, c| add(a, c.capped))?;
    let total_cap = &rules.bonus.total_cap;
    let points = def.points.at(level);
    let weights = &rules.periods.weights;
    let year_weight = weights[4];
    let quarter_weight = weights[usize::from(quarter - 1)];
    // Room left for the year: the category cap and the total cap.
    let cat_room = sub(cap, raw)?;
    let total_room = sub(total_cap.cap, capped_sum)?;
    let (year_room, year_rule) = if total_room < cat_room {
        (total_room, total_cap.meta.id.clone())
    } else {
        (cat_room, cat_id.clone())
    };
    let year_room = if year_weight > Decimal::ZERO {
        year_room
    } else {
        Decimal::ZERO
    };
    // For a weighted quarter, a whole category cap is always enough.
    let quarter_room = if quarter_weight > Decimal::ZERO {
        cap
    } else {
        Decimal::ZERO
    };
    let (room, rule) = if quarter_room > year_room {
        (quarter_room, cat_id)
    } else {
        (year_room, year_rule)
    };
    let mut derived = if points > Decimal::ZERO {
        ceil_steps(div(room, points)?)
    } else {
        0
    };
    let national = &rules.grades.national_commendation;
    if def.meta.id == national.kind && level == national.level {
        derived = derived.max(1);
    }
    let (max, limit) = bounded(derived, Limit::Cap { rule }, lever);
    Ok(Resolved {
        lever: lever.clone(),
        max,
        limit,
        how: How::Event {
            kind: kind.to_string(),
            level,
            quarter,
        },
    })
}
