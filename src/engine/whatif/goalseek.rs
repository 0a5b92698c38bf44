//! Goal seek (issue 6 item 4): what a unit needs to reach a target — a
//! total (≥ x), a displayed rank within its group (≤ r, 并列 counting) or a
//! grade (≥ g) — moving chosen levers ([`Lever`]: by default its indicators
//! and its quarterly city top-3 rankings), each step at a cost. The answer
//! is the cheapest combination of steps (fewest steps with one lever), or
//! why the target cannot be reached ([`Unreachable`]), and it turns into a
//! [`WhatIf`] in one click ([`GoalSeekAnswer::to_what_if`]).
//!
//! # Monotonicity (why searching is sound)
//! Every lever only ever helps the unit: one more step never lowers its
//! total, its rounded indicator part, or its grade, and never worsens its
//! place. Proof, on domain.md section 4:
//! - an indicator step moves the actual toward better, so its completion
//!   (actual/target, or target/actual when lower is better, an actual ≤ 0
//!   counting the maximum) does not decrease, and neither does its clamp to
//!   [0, 1.2] nor weight × completion (rescaled by a fixed factor) (4.2);
//! - an event lever adds bonus points (bonus kinds only, points ≥ 0): each
//!   category's min(cap, raw sum) and the total min(cap, Σ) do not decrease,
//!   for the year and for each quarter (4.2, 4.3); nothing else changes
//!   (no deduction, veto or 文号 is added), and a national commendation can
//!   only be gained;
//! - the final total Σ wₚ × scoreₚ / 100 has weights ≥ 0, and rounding is
//!   monotone (4.3);
//! - the unit's order key (total ↓, indicator part ↓, deductions ↑, id ↑)
//!   thus only improves while the others' keys stay fixed, so its position
//!   and displayed rank do not worsen, the number of slot-taking units ahead
//!   of it does not grow, and its grade does not fall (4.4). Whether it is
//!   complete or vetoed does not change.
//!
//! So "target met" is monotone in each lever's steps: the fewest steps of
//! one lever are found by binary search, a combination that fails with
//! every lever at its maximum means the target is unreachable, and a lever
//! of a feasible combination can be lowered until it no longer is.
//!
//! # Search
//! - More than [`EXACT_LEVERS`] levers: a heuristic, said so in the answer
//!   (`heuristic: true`): greedy by gain of total per cost (from each
//!   point, every lever is tried over a range of step counts; every move
//!   that reaches the target is recorded, the best other move is taken),
//!   then local improvement — lowering each lever as far as it goes, and
//!   moving steps from one lever to another while that is cheaper.
//!   tests/whatif_props.rs compares it with brute force on 4 and 5 levers
//!   (worst gap in BENCHMARKS.md, `examples/heuristic_gap.rs`).
//! - One to three levers: exact. The heuristic answer gives a first bound
//!   on cost; then a bounded enumeration of all levers but the last
//!   (ascending, cut off once the partial cost exceeds the best found,
//!   skipped when even the other levers at their maximum fail), the last
//!   lever by binary search, bounded by the cost left and by its fewest
//!   steps at the previous value (which only fall as the lever before it
//!   rises). Ties: fewer steps, then the first levers smallest.
//! - Every search has a budget of trials; an exact search that uses it up
//!   (thousands of steps per lever) answers with the best combination found,
//!   marked heuristic.
//!
//! # Evaluations
//! Trials score the unit alone (`probe`). The search first runs on a model
//! built from such scores: a lever of indicator i at t steps changes the
//! unrounded total and indicator part by what it changes alone (indicator
//! lines are independent of each other and of the events, and the period
//! weighting is linear: 4.2, 4.3); the event levers together are scored as
//! one (their caps interact). So a search costs one score per indicator
//! step and per event combination visited, whatever the number of trials.
//! (The model adds exact decimals; only a sum beyond the 28 significant
//! digits of the decimal type could differ from the engine's, in its last
//! digit — which the checks below would catch.)
//! The answer is then verified by full evaluations: the target met at the
//! answer, and, for exact answers, not met with any one lever a step lower
//! (or not met at the maximum when unreachable). Should a check fail, the
//! search runs again on direct scores of the unit, and then on full
//! evaluations; the answer reports the evaluations made.

use std::collections::HashMap;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::diff::grade_level;
use super::lever::{
    default_levers_for, resolve, what_if_for, Edit, Lever, Limit, Resolved, DEFAULT_QUARTER,
};
use super::probe::{national, unrounded, Evaluations, Key, Outcome, Probe};
use super::WhatIf;
use crate::engine::error::{EngineError, ErrorKind};
use crate::engine::evaluate;
use crate::engine::evaluation::{Evaluation, UnitResult};
use crate::engine::num::{add, div, mul, round_score, sub};
use crate::engine::scenario::{Scenario, Unit};
use crate::engine::types::{Effect, UnitGrade};

/// Up to this many levers the answer is exact; beyond, heuristic.
pub const EXACT_LEVERS: usize = 3;

/// Rounds of local improvement of a heuristic answer.
const IMPROVE_ROUNDS: usize = 64;

/// Budgets of trials of a search: on the model (about a microsecond each),
/// on scores of the unit alone, on full evaluations (the fallbacks). An
/// exact search that uses up its budget answers with the best combination
/// found, marked heuristic.
const BUDGET_MODEL: u64 = 200_000;
const BUDGET_UNIT: u64 = 5_000;
const BUDGET_FULL: u64 = 500;

/// What to reach.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// A final total ≥ this.
    Total(Decimal),
    /// A displayed rank within the group ≤ this (1 = first; 并列 counts).
    Rank(u32),
    /// A grade at least this good.
    Grade(UnitGrade),
}

impl Target {
    /// Whether an outcome meets the target.
    pub fn met(&self, o: &Outcome) -> bool {
        match self {
            Target::Total(x) => o.total >= *x,
            Target::Rank(r) => o.rank.is_some_and(|k| k <= *r),
            Target::Grade(g) => o.grade.is_some_and(|h| grade_level(h) >= grade_level(*g)),
        }
    }

    /// Rank and grade targets need a ranked (complete) unit.
    fn needs_rank(&self) -> bool {
        !matches!(self, Target::Total(_))
    }

    /// Grade targets above 较差 are out of reach of a vetoed unit.
    fn vetoed_out(&self) -> bool {
        matches!(self, Target::Grade(g) if *g != UnitGrade::Poor)
    }
}

fn default_quarter() -> u8 {
    DEFAULT_QUARTER
}

/// A goal-seek question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalSeekRequest {
    /// Unit id.
    pub unit: String,
    pub target: Target,
    /// The levers allowed; absent: the defaults ([`default_levers`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub levers: Option<Vec<Lever>>,
    /// Quarter of the default ranking lever (1–4; 4 when absent).
    #[serde(default = "default_quarter")]
    pub quarter: u8,
}

impl GoalSeekRequest {
    /// A request with the default levers.
    pub fn new(unit: &str, target: Target) -> Self {
        GoalSeekRequest {
            unit: unit.to_string(),
            target,
            levers: None,
            quarter: DEFAULT_QUARTER,
        }
    }

    /// The same request with these levers.
    pub fn with_levers(mut self, levers: Vec<Lever>) -> Self {
        self.levers = Some(levers);
        self
    }
}

/// A lever of the answer: its steps, limit and cost.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeverSteps {
    pub lever: Lever,
    /// Steps of the answer (the maximum when the target is unreachable).
    pub steps: u32,
    /// Largest useful number of steps, and what sets it.
    pub max_steps: u32,
    #[serde(flatten)]
    pub limit: Limit,
    /// steps × cost per step.
    pub cost: Decimal,
    /// The change of the unit's inputs (absent for 0 steps).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edit: Option<Edit>,
}

/// Why a target cannot be reached (JSON: tagged by `reason`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Unreachable {
    /// One-vote veto: the grade is 较差 whatever else (4.4); the veto kinds.
    Vetoed { kinds: Vec<String> },
    /// An incomplete unit has no rank or grade (4.1).
    NotRanked,
    /// No lever to move.
    NoLevers,
    /// 优秀 needs one of the group's excellent slots, and the units holding
    /// them stay ahead even with every lever at its maximum (or there is no
    /// slot). `holders`: those units, in order.
    Quota { slots: u32, holders: Vec<String> },
    /// Every lever is at its maximum, set by these caps or clamps.
    Capped { caps: Vec<String> },
    /// Levers (indices) stopped by their step limit, not by a cap.
    MaxSteps { levers: Vec<usize> },
}

/// The answer to a goal seek.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoalSeekAnswer {
    pub unit: String,
    pub target: Target,
    pub reached: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unreachable: Option<Unreachable>,
    /// Every lever, with its steps (all at their maximum when unreachable).
    pub levers: Vec<LeverSteps>,
    /// Total cost of the steps.
    pub cost: Decimal,
    /// The unit as it is, and with the steps applied (full evaluation).
    pub before: Outcome,
    pub after: Outcome,
    /// True when more than [`EXACT_LEVERS`] levers made the search heuristic.
    pub heuristic: bool,
    pub evaluations: Evaluations,
}

impl GoalSeekAnswer {
    /// The edits of the answer, lever by lever.
    pub fn edits(&self) -> Vec<Edit> {
        self.levers.iter().filter_map(|l| l.edit.clone()).collect()
    }

    /// The answer as a what-if of `base`: the unit with the steps applied.
    pub fn to_what_if(
        &self,
        base: &Scenario,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Result<WhatIf, EngineError> {
        what_if_for(base, &self.unit, &self.edits(), id.into(), name.into())
    }
}

/// The default levers of unit `unit` of `s` (its indicators, then the
/// ranking bonus kind at city level in `quarter`).
pub fn default_levers(s: &Scenario, unit: &str, quarter: u8) -> Result<Vec<Lever>, EngineError> {
    let rules = s.rules.resolve()?;
    let u = s.units.iter().find(|u| u.id == unit).ok_or_else(|| {
        let mut e = EngineError::new(ErrorKind::MissingUnit, "unit").with_value(unit);
        e.unit = Some(unit.to_string());
        e
    })?;
    Ok(default_levers_for(&rules, u, quarter))
}

/// Goal seek on scenario `s` (evaluated here).
pub fn goal_seek(s: &Scenario, req: &GoalSeekRequest) -> Result<GoalSeekAnswer, EngineError> {
    let base = evaluate(s)?;
    let mut out = goal_seek_with(s, &base, req)?;
    out.evaluations.full = out.evaluations.full.saturating_add(1);
    Ok(out)
}

/// Goal seek with the base evaluation already made (`base` must be
/// `evaluate(s)`).
pub fn goal_seek_with(
    s: &Scenario,
    base: &Evaluation,
    req: &GoalSeekRequest,
) -> Result<GoalSeekAnswer, EngineError> {
    if req.target == Target::Rank(0) {
        return Err(EngineError::new(ErrorKind::OutOfRange, "target.rank").with_value(0));
    }
    if !(1..=4).contains(&req.quarter) {
        return Err(EngineError::new(ErrorKind::OutOfRange, "quarter").with_value(req.quarter));
    }
    let mut probe = Probe::new(s, base, &req.unit)?;
    let unit = probe.unit();
    let base_r = probe.base_result();
    let before = Outcome::of(base_r);
    let levers = match &req.levers {
        Some(l) => l.clone(),
        None => default_levers_for(&probe.rules, unit, req.quarter),
    };
    let resolved =
        resolve(&probe.rules, unit, base_r, &levers).map_err(|e| e.in_unit(&req.unit))?;
    let early = if req.target.met(&before) {
        Some(None)
    } else if req.target.needs_rank() && !base_r.complete {
        Some(Some(Unreachable::NotRanked))
    } else if req.target.vetoed_out() && base_r.vetoed {
        Some(Some(Unreachable::Vetoed {
            kinds: veto_kinds(&probe),
        }))
    } else if resolved.is_empty() {
        Some(Some(Unreachable::NoLevers))
    } else {
        None
    };
    if let Some(unreachable) = early {
        let zero = vec![0; resolved.len()];
        return answer(
            req,
            &resolved,
            &zero,
            before.clone(),
            before,
            unreachable,
            false,
            probe.counts,
        );
    }
    let (found, ev) = seek(
        &mut probe,
        &resolved,
        &req.target,
        resolved.len() > EXACT_LEVERS,
    )?;
    let heuristic = found.heuristic;
    let after = Outcome::of(probe.unit_of(&ev)?);
    let (steps, unreachable) = match found.steps {
        Some(s) => (s, None),
        None => (
            resolved.iter().map(|r| r.max).collect(),
            Some(why(&probe, &resolved, &req.target, &ev)?),
        ),
    };
    answer(
        req,
        &resolved,
        &steps,
        before,
        after,
        unreachable,
        heuristic,
        probe.counts,
    )
}

#[allow(clippy::too_many_arguments)]
fn answer(
    req: &GoalSeekRequest,
    levers: &[Resolved],
    steps: &[u32],
    before: Outcome,
    after: Outcome,
    unreachable: Option<Unreachable>,
    heuristic: bool,
    evaluations: Evaluations,
) -> Result<GoalSeekAnswer, EngineError> {
    let mut cost = Decimal::ZERO;
    let mut out = Vec::with_capacity(levers.len());
    for (r, &t) in levers.iter().zip(steps) {
        let c = mul(r.lever.cost, Decimal::from(t))?;
        cost = add(cost, c)?;
        out.push(LeverSteps {
            lever: r.lever.clone(),
            steps: t,
            max_steps: r.max,
            limit: r.limit.clone(),
            cost: c,
            edit: r.edit(t)?,
        });
    }
    Ok(GoalSeekAnswer {
        unit: req.unit.clone(),
        target: req.target.clone(),
        reached: unreachable.is_none(),
        unreachable,
        levers: out,
        cost,
        before,
        after,
        heuristic,
        evaluations,
    })
}

fn veto_kinds(probe: &Probe<'_>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in probe.unit().events.iter().filter(|e| e.count > 0) {
        let veto = probe
            .rules
            .events
            .iter()
            .any(|k| k.meta.id == e.kind && k.effect == Effect::Veto);
        if veto && !out.contains(&e.kind) {
            out.push(e.kind.clone());
        }
    }
    out
}

/// Why the target is not met with every lever at its maximum (`ev`).
fn why(
    probe: &Probe<'_>,
    levers: &[Resolved],
    target: &Target,
    ev: &Evaluation,
) -> Result<Unreachable, EngineError> {
    let r = probe.unit_of(ev)?;
    if *target == Target::Grade(UnitGrade::Excellent) {
        let group = ev.groups.iter().find(|g| g.group == r.group);
        let slots = group.map_or(0, |g| g.excellent_slots);
        if slots == 0 || r.total >= probe.rules.grades.excellent.min_total {
            let by_id: HashMap<&str, &UnitResult> =
                ev.units.iter().map(|u| (u.id.as_str(), u)).collect();
            let holders = group
                .map(|g| {
                    g.order
                        .iter()
                        .take_while(|id| **id != r.id)
                        .filter(|id| {
                            by_id
                                .get(id.as_str())
                                .is_some_and(|u| !u.vetoed && !national(u, &probe.rules))
                        })
                        .take(usize::try_from(slots).unwrap_or(usize::MAX))
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            return Ok(Unreachable::Quota { slots, holders });
        }
    }
    let maxed: Vec<usize> = levers
        .iter()
        .enumerate()
        .filter(|(_, l)| l.limit == Limit::MaxSteps)
        .map(|(i, _)| i)
        .collect();
    if !maxed.is_empty() {
        return Ok(Unreachable::MaxSteps { levers: maxed });
    }
    let mut caps: Vec<String> = Vec::new();
    for l in levers {
        if let Limit::Clamp { rule } | Limit::Cap { rule } = &l.limit {
            if !caps.contains(rule) {
                caps.push(rule.clone());
            }
        }
    }
    Ok(Unreachable::Capped { caps })
}

// ---------------------------------------------------------------- oracles

/// What a trial of a step vector says.
struct Point {
    met: bool,
    /// The unrounded final total (the heuristic's measure of progress).
    progress: Decimal,
}

/// Answers trials of step vectors.
trait Oracle {
    fn point(&mut self, s: &[u32]) -> Result<Point, EngineError>;

    /// Whether the search has used up its budget of trials.
    fn exhausted(&self) -> bool {
        false
    }
}

/// Counts an oracle's trials against a budget.
struct Meter<'o, O> {
    inner: &'o mut O,
    calls: u64,
    budget: u64,
}

impl<O: Oracle> Oracle for Meter<'_, O> {
    fn point(&mut self, s: &[u32]) -> Result<Point, EngineError> {
        self.calls = self.calls.saturating_add(1);
        self.inner.point(s)
    }

    fn exhausted(&self) -> bool {
        self.calls >= self.budget
    }
}

/// The unit's inputs with `s` steps of each lever.
fn apply_all(unit: &Unit, levers: &[Resolved], s: &[u32]) -> Result<Unit, EngineError> {
    let mut u = unit.clone();
    for (l, &t) in levers.iter().zip(s) {
        l.apply(&mut u, t)?;
    }
    Ok(u)
}

/// The model of the module docs: per-indicator-lever deltas, event levers
/// scored together.
struct Model<'p, 'a> {
    probe: &'p mut Probe<'a>,
    levers: &'p [Resolved],
    target: &'p Target,
    base: UnitResult,
    f0: Decimal,
    ind0: Decimal,
    national0: bool,
    /// Per lever (indicator levers only): (Δ total, Δ indicator part) by steps.
    tables: Vec<Vec<Option<(Decimal, Decimal)>>>,
    events: Vec<usize>,
    /// Event levers' steps → (Δ total, national commendation).
    event_part: HashMap<Vec<u32>, (Decimal, bool)>,
    key: Vec<u32>,
    /// The last event part asked for.
    last: (Vec<u32>, (Decimal, bool)),
}

impl<'p, 'a> Model<'p, 'a> {
    fn new(
        probe: &'p mut Probe<'a>,
        levers: &'p [Resolved],
        target: &'p Target,
    ) -> Result<Self, EngineError> {
        let base = probe.score(probe.unit().clone())?;
        let f0 = unrounded(&base)?;
        let ind0 = base.indicator_part.unwrap_or(Decimal::ZERO);
        let national0 = national(&base, &probe.rules);
        let tables = levers
            .iter()
            .map(|l| {
                if l.is_event() {
                    Vec::new()
                } else {
                    vec![None; l.max as usize + 1]
                }
            })
            .collect();
        let events = (0..levers.len())
            .filter(|&i| levers[i].is_event())
            .collect();
        Ok(Model {
            probe,
            levers,
            target,
            base,
            f0,
            ind0,
            national0,
            tables,
            events,
            event_part: HashMap::new(),
            key: Vec::new(),
            last: (Vec::new(), (Decimal::ZERO, national0)),
        })
    }

    fn table(&mut self, i: usize, t: u32) -> Result<(Decimal, Decimal), EngineError> {
        if t == 0 {
            return Ok((Decimal::ZERO, Decimal::ZERO));
        }
        let at = t as usize;
        if let Some(Some(v)) = self.tables.get(i).and_then(|row| row.get(at)) {
            return Ok(*v);
        }
        let mut u = self.probe.unit().clone();
        self.levers[i].apply(&mut u, t)?;
        let r = self.probe.score(u)?;
        let v = (
            sub(unrounded(&r)?, self.f0)?,
            sub(r.indicator_part.unwrap_or(Decimal::ZERO), self.ind0)?,
        );
        if let Some(slot) = self.tables.get_mut(i).and_then(|row| row.get_mut(at)) {
            *slot = Some(v);
        }
        Ok(v)
    }

    fn events(&mut self, s: &[u32]) -> Result<(Decimal, bool), EngineError> {
        self.key.clear();
        self.key.extend(self.events.iter().map(|&e| s[e]));
        if self.key.iter().all(|&t| t == 0) {
            return Ok((Decimal::ZERO, self.national0));
        }
        if self.last.0 == self.key {
            return Ok(self.last.1);
        }
        if let Some(v) = self.event_part.get(self.key.as_slice()) {
            self.last = (self.key.clone(), *v);
            return Ok(*v);
        }
        let mut u = self.probe.unit().clone();
        for &e in &self.events {
            self.levers[e].apply(&mut u, s[e])?;
        }
        let r = self.probe.score(u)?;
        let v = (
            sub(unrounded(&r)?, self.f0)?,
            national(&r, &self.probe.rules),
        );
        self.event_part.insert(self.key.clone(), v);
        self.last = (self.key.clone(), v);
        Ok(v)
    }
}

impl Oracle for Model<'_, '_> {
    fn point(&mut self, s: &[u32]) -> Result<Point, EngineError> {
        let mut f = self.f0;
        let mut ind = self.ind0;
        for (i, &t) in s.iter().enumerate().take(self.levers.len()) {
            if !self.levers[i].is_event() {
                let (df, di) = self.table(i, t)?;
                f = add(f, df)?;
                ind = add(ind, di)?;
            }
        }
        let (dg, national) = self.events(s)?;
        f = add(f, dg)?;
        let key = Key {
            total: round_score(f),
            ind: round_score(ind),
            ded: self.base.deductions,
            id: &self.base.id,
            complete: self.base.complete,
            vetoed: self.base.vetoed,
            national,
        };
        let o = self.probe.place(&key);
        Ok(Point {
            met: self.target.met(&o),
            progress: f,
        })
    }
}

/// Direct trials: the unit scored alone and placed, or the whole scenario
/// evaluated (`full`).
struct Direct<'p, 'a> {
    probe: &'p mut Probe<'a>,
    levers: &'p [Resolved],
    target: &'p Target,
    full: bool,
    seen: HashMap<Vec<u32>, (bool, Decimal)>,
}

impl<'p, 'a> Direct<'p, 'a> {
    fn new(
        probe: &'p mut Probe<'a>,
        levers: &'p [Resolved],
        target: &'p Target,
        full: bool,
    ) -> Self {
        Direct {
            probe,
            levers,
            target,
            full,
            seen: HashMap::new(),
        }
    }
}

impl Oracle for Direct<'_, '_> {
    fn point(&mut self, s: &[u32]) -> Result<Point, EngineError> {
        if let Some(&(met, progress)) = self.seen.get(s) {
            return Ok(Point { met, progress });
        }
        let u = apply_all(self.probe.unit(), self.levers, s)?;
        let (o, progress) = if self.full {
            let ev = self.probe.full(u)?;
            let r = self.probe.unit_of(&ev)?;
            (Outcome::of(r), unrounded(r)?)
        } else {
            let (o, r) = self.probe.outcome(u)?;
            (o, unrounded(&r)?)
        };
        let met = self.target.met(&o);
        self.seen.insert(s.to_vec(), (met, progress));
        Ok(Point { met, progress })
    }
}

// ---------------------------------------------------------------- search

/// A lever as the search sees it.
struct Spec {
    max: u32,
    cost: Decimal,
}

/// A combination that meets the target.
#[derive(Clone)]
struct Sol {
    s: Vec<u32>,
    cost: Decimal,
    steps: u64,
}

fn sol(specs: &[Spec], s: &[u32]) -> Result<Sol, EngineError> {
    let mut cost = Decimal::ZERO;
    for (x, &t) in specs.iter().zip(s) {
        cost = add(cost, mul(x.cost, Decimal::from(t))?)?;
    }
    Ok(Sol {
        s: s.to_vec(),
        cost,
        steps: s.iter().map(|&t| u64::from(t)).sum(),
    })
}

/// Cheaper, then fewer steps, then the first levers smallest.
fn better(a: &Sol, b: &Sol) -> bool {
    (a.cost, a.steps, &a.s) < (b.cost, b.steps, &b.s)
}

fn offer(best: &mut Option<Sol>, cand: Sol) {
    if best.as_ref().is_none_or(|b| better(&cand, b)) {
        *best = Some(cand);
    }
}

/// The fewest steps t in lo..=hi of lever i meeting the target (the others
/// as in `s`), or None when hi does not; `s` is left as it was.
fn min_steps<O: Oracle>(
    o: &mut O,
    s: &mut [u32],
    i: usize,
    lo: u32,
    hi: u32,
) -> Result<Option<u32>, EngineError> {
    if lo > hi {
        return Ok(None);
    }
    let keep = s[i];
    s[i] = hi;
    let reachable = o.point(s)?.met;
    let (mut lo, mut hi) = (lo, hi);
    while reachable && lo < hi {
        let mid = lo + (hi - lo) / 2;
        s[i] = mid;
        if o.point(s)?.met {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    s[i] = keep;
    Ok(reachable.then_some(lo))
}

/// What a search found: the steps (None: unreachable), and whether the
/// answer is heuristic (more than [`EXACT_LEVERS`] levers, or the exact
/// search ran out of its budget of trials).
struct Found {
    steps: Option<Vec<u32>>,
    heuristic: bool,
}

fn search<O: Oracle>(
    o: &mut O,
    specs: &[Spec],
    heuristic: bool,
    budget: u64,
) -> Result<Found, EngineError> {
    let none = Found {
        steps: None,
        heuristic,
    };
    if specs.is_empty() {
        return Ok(none);
    }
    let mut m = Meter {
        inner: o,
        calls: 0,
        budget,
    };
    let max: Vec<u32> = specs.iter().map(|x| x.max).collect();
    if !m.point(&max)?.met {
        return Ok(none);
    }
    // The heuristic answer; for an exact search, the first bound on cost.
    let mut best = greedy(&mut m, specs)?;
    let mut heuristic = heuristic;
    if !heuristic {
        let mut s = vec![0; specs.len()];
        descend(&mut m, specs, 0, &mut s, Decimal::ZERO, &mut best)?;
        heuristic = m.exhausted();
    }
    Ok(Found {
        steps: best.map(|b| b.s),
        heuristic,
    })
}

/// Steps of the last lever that a combination costing no more than the
/// best allows.
fn last_bound(spec: &Spec, prefix: Decimal, best: &Option<Sol>) -> Result<u32, EngineError> {
    match best {
        Some(b) if spec.cost > Decimal::ZERO => {
            let room = div(sub(b.cost, prefix)?, spec.cost)?.floor();
            Ok(if room < Decimal::ZERO {
                0
            } else {
                room.to_u32().map_or(spec.max, |r| r.min(spec.max))
            })
        }
        _ => Ok(spec.max),
    }
}

/// Exact search: levers `depth..` with the ones before fixed in `s`.
fn descend<O: Oracle>(
    o: &mut O,
    specs: &[Spec],
    depth: usize,
    s: &mut [u32],
    prefix: Decimal,
    best: &mut Option<Sol>,
) -> Result<(), EngineError> {
    let last = specs.len() - 1;
    if depth == last {
        let hi = last_bound(&specs[last], prefix, best)?;
        if let Some(t) = min_steps(o, s, last, 0, hi)? {
            s[last] = t;
            offer(best, sol(specs, s)?);
            s[last] = 0;
        }
        return Ok(());
    }
    // The fewest steps of the last lever only fall as this lever rises.
    let mut stair = specs[last].max;
    for v in 0..=specs[depth].max {
        if o.exhausted() {
            break;
        }
        s[depth] = v;
        let pc = add(prefix, mul(specs[depth].cost, Decimal::from(v))?)?;
        if best.as_ref().is_some_and(|b| pc > b.cost) {
            break;
        }
        if depth + 1 == last {
            let hi = last_bound(&specs[last], pc, best)?.min(stair);
            if let Some(t) = min_steps(o, s, last, 0, hi)? {
                stair = t;
                s[last] = t;
                offer(best, sol(specs, s)?);
                s[last] = 0;
            }
        } else {
            for j in depth + 1..=last {
                s[j] = specs[j].max;
            }
            let feasible = o.point(s)?.met;
            for x in s.iter_mut().skip(depth + 1) {
                *x = 0;
            }
            if feasible {
                descend(o, specs, depth + 1, s, pc, best)?;
            }
        }
    }
    s[depth] = 0;
    Ok(())
}

/// Lowers each lever (costliest first) as far as the target stays met.
fn trim<O: Oracle>(o: &mut O, specs: &[Spec], s: &mut [u32]) -> Result<(), EngineError> {
    let mut order: Vec<usize> = (0..specs.len()).collect();
    crate::order::sort_indices(&mut order, |a, b| {
        specs[b].cost.cmp(&specs[a].cost).then(b.cmp(&a))
    });
    for i in order {
        if s[i] > 0 {
            if let Some(t) = min_steps(o, s, i, 0, s[i])? {
                s[i] = t;
            }
        }
    }
    Ok(())
}

/// Step counts tried from `from` (exclusive) to `top` (inclusive): every
/// one up to 4 steps, then growing by about a half, and `top` itself.
fn trial_steps(from: u32, top: u32) -> Vec<u32> {
    let mut out = Vec::new();
    let mut d: u32 = 1;
    while from.saturating_add(d) < top {
        out.push(from + d);
        d = if d < 4 {
            d + 1
        } else {
            d.saturating_add(d / 2)
        };
    }
    if top > from {
        out.push(top);
    }
    out
}

/// Gain per cost, compared at 12 decimal places (a longer move wins a tie,
/// so equal rates are taken in one move).
fn rate(gain: Decimal, cost: Decimal) -> Result<Option<Decimal>, EngineError> {
    if cost.is_zero() {
        return Ok(None);
    }
    Ok(Some(div(gain, cost)?.round_dp(12)))
}

/// The heuristic of the module docs.
fn greedy<O: Oracle>(o: &mut O, specs: &[Spec]) -> Result<Option<Sol>, EngineError> {
    let k = specs.len();
    let mut s = vec![0u32; k];
    if o.point(&s)?.met {
        return Ok(Some(sol(specs, &s)?));
    }
    let mut best: Option<Sol> = None;
    let mut moves: u64 = specs.iter().map(|x| u64::from(x.max)).sum();
    while moves > 0 && !o.exhausted() {
        moves -= 1;
        let p0 = o.point(&s)?.progress;
        // (lever, steps to, rate; None = free) of the best non-finishing move.
        let mut pick: Option<(usize, u32, Option<Decimal>)> = None;
        for i in 0..k {
            let from = s[i];
            if from >= specs[i].max {
                continue;
            }
            let finish = min_steps(o, &mut s, i, from + 1, specs[i].max)?;
            if let Some(t) = finish {
                s[i] = t;
                offer(&mut best, sol(specs, &s)?);
                s[i] = from;
            }
            let top = finish.map_or(specs[i].max, |t| t - 1);
            for t in trial_steps(from, top) {
                s[i] = t;
                let gain = sub(o.point(&s)?.progress, p0)?;
                s[i] = from;
                if gain <= Decimal::ZERO {
                    continue;
                }
                let r = rate(gain, mul(specs[i].cost, Decimal::from(t - from))?)?;
                let wins = match &pick {
                    None => true,
                    Some((_, pt, pr)) => match (r, pr) {
                        (None, None) => t - from > *pt - s[pick_lever(&pick)],
                        (None, Some(_)) => true,
                        (Some(_), None) => false,
                        (Some(a), Some(b)) => {
                            a > *b || (a == *b && t - from > *pt - s[pick_lever(&pick)])
                        }
                    },
                };
                if wins {
                    pick = Some((i, t, r));
                }
            }
        }
        let Some((i, t, _)) = pick else {
            break;
        };
        s[i] = t;
        if let Some(b) = &best {
            if sol(specs, &s)?.cost >= b.cost {
                break;
            }
        }
    }
    if let Some(b) = best.as_mut() {
        improve(o, specs, b)?;
    }
    Ok(best)
}

fn pick_lever(pick: &Option<(usize, u32, Option<Decimal>)>) -> usize {
    pick.as_ref().map_or(0, |p| p.0)
}

/// Local improvement: trim, then move steps between levers while cheaper
/// (passes over all pairs until one finds nothing).
fn improve<O: Oracle>(o: &mut O, specs: &[Spec], best: &mut Sol) -> Result<(), EngineError> {
    let step_cost = specs.iter().map(|x| x.cost).max().unwrap_or(Decimal::ZERO);
    let mut s = best.s.clone();
    trim(o, specs, &mut s)?;
    offer_sol(best, sol(specs, &s)?);
    for _ in 0..IMPROVE_ROUNDS {
        if o.exhausted() {
            break;
        }
        let mut improved = false;
        for i in 0..specs.len() {
            for j in 0..specs.len() {
                if i == j {
                    continue;
                }
                for d in trial_steps(0, s[i]) {
                    if d > s[i] || s[j] >= specs[j].max || o.exhausted() {
                        break;
                    }
                    let mut c = s.clone();
                    c[i] -= d;
                    let from = c[j];
                    let Some(t) = min_steps(o, &mut c, j, from, specs[j].max)? else {
                        break;
                    };
                    c[j] = t;
                    // The last step of j may overshoot: trimming the others
                    // can then save up to one step of the costliest lever.
                    let cand = sol(specs, &c)?;
                    if better(&cand, best) || cand.cost < add(best.cost, step_cost)? {
                        trim(o, specs, &mut c)?;
                        let cand = sol(specs, &c)?;
                        if better(&cand, best) {
                            *best = cand;
                            s = c;
                            improved = true;
                        }
                    }
                }
            }
        }
        if !improved {
            break;
        }
    }
    Ok(())
}

fn offer_sol(best: &mut Sol, cand: Sol) {
    if better(&cand, best) {
        *best = cand;
    }
}

// ---------------------------------------------------------------- verified

/// Searches (model, then direct scores, then full evaluations) until the
/// answer passes the full-evaluation checks. Returns the steps (None:
/// unreachable) and the full evaluation at them (at the maxima when
/// unreachable).
fn seek(
    probe: &mut Probe<'_>,
    levers: &[Resolved],
    target: &Target,
    heuristic: bool,
) -> Result<(Found, Evaluation), EngineError> {
    let specs: Vec<Spec> = levers
        .iter()
        .map(|l| Spec {
            max: l.max,
            cost: l.lever.cost,
        })
        .collect();
    let max: Vec<u32> = specs.iter().map(|x| x.max).collect();
    for stage in 0..2 {
        let found = if stage == 0 {
            let mut m = Model::new(probe, levers, target)?;
            search(&mut m, &specs, heuristic, BUDGET_MODEL)?
        } else {
            let mut d = Direct::new(probe, levers, target, false);
            search(&mut d, &specs, heuristic, BUDGET_UNIT)?
        };
        let at = found.steps.as_deref().unwrap_or(&max);
        let ev = probe.full(apply_all(probe.unit(), levers, at)?)?;
        let met = target.met(&Outcome::of(probe.unit_of(&ev)?));
        let consistent = match &found.steps {
            None => !met,
            Some(s) if met && !found.heuristic => !lower_meets(probe, levers, target, s)?,
            Some(_) => met,
        };
        if consistent {
            return Ok((found, ev));
        }
    }
    // Full evaluations: consistent by construction.
    let mut d = Direct::new(probe, levers, target, true);
    let found = search(&mut d, &specs, heuristic, BUDGET_FULL)?;
    let at = found.steps.as_deref().unwrap_or(&max);
    let ev = probe.full(apply_all(probe.unit(), levers, at)?)?;
    Ok((found, ev))
}

/// Whether the target is met with some lever one step lower (full
/// evaluations): an exact answer must not allow it.
fn lower_meets(
    probe: &mut Probe<'_>,
    levers: &[Resolved],
    target: &Target,
    s: &[u32],
) -> Result<bool, EngineError> {
    for i in 0..s.len() {
        if s[i] == 0 {
            continue;
        }
        let mut c = s.to_vec();
        c[i] -= 1;
        let ev = probe.full(apply_all(probe.unit(), levers, &c)?)?;
        if target.met(&Outcome::of(probe.unit_of(&ev)?)) {
            return Ok(true);
        }
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_bound_allows_equal_cost() {
        let spec = Spec {
            max: 10,
            cost: Decimal::from(2),
        };
        let best = Some(Sol {
            s: vec![3],
            cost: Decimal::from(7),
            steps: 3,
        });
        assert_eq!(last_bound(&spec, Decimal::from(2), &best).ok(), Some(2));
        assert_eq!(last_bound(&spec, Decimal::from(8), &best).ok(), Some(0));
        assert_eq!(last_bound(&spec, Decimal::ZERO, &None).ok(), Some(10));
    }
}
