//! Probing one changed unit (issue 6, "performance"): sensitivity and goal
//! seek change the inputs of one unit only, so instead of re-evaluating the
//! whole county for every trial they score the unit alone and place it
//! among the others, whose results do not change.
//!
//! Why this is sound (domain.md section 4):
//! - A unit's total, parts, bonus, deductions, veto and national
//!   commendation depend only on its own inputs and on the linkage entries
//!   naming it (4.2–4.3: nothing in a unit's total refers to another unit).
//!   So the unit is evaluated with the engine itself, in a scenario holding
//!   only it, the same rules and group facts, and the linkage entries naming
//!   it (rewritten to name it as lead: a unit named on an entry gets the
//!   points once, engine choice 14). This gives exactly its result in the
//!   county.
//! - Changing one unit changes no other unit's result, and the others'
//!   order among themselves is fixed (4.4). The unit's place is where its
//!   key (rounded total ↓, rounded indicator part ↓, deductions ↑, id ↑)
//!   falls in that order; its displayed rank is 1 + the number of others
//!   with a higher rounded total (competition ranking, engine choice 19);
//!   its grade follows 4.4: a veto gives 较差, a national commendation 优秀,
//!   otherwise 优秀 needs one of floor(share × ranked units) slots — taken
//!   in order by units neither vetoed nor nationally commended (engine
//!   choice 21), so it has one when fewer such units are ahead of it — and
//!   a total ≥ the threshold; then the bands.
//!
//! The placing mirrors `ranking.rs`; tests compare probes with full
//! evaluations (tests/whatif.rs `sensitivity_effects_equal_re_evaluation`,
//! tests/whatif_props.rs), and goal seek verifies every answer with a full
//! evaluation.

use std::borrow::Cow;
use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::engine::error::{EngineError, ErrorKind};
use crate::engine::evaluate;
use crate::engine::evaluation::{Evaluation, UnitResult};
use crate::engine::num::{floor_count, round_score, sub};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{LinkageEntry, Scenario, Unit};
use crate::engine::trace::LineKind;
use crate::engine::types::UnitGrade;

/// How many evaluations an answer took: of the unit alone, and of the whole
/// scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluations {
    pub unit: u32,
    pub full: u32,
}

/// A unit's total and place: what sensitivity and goal seek report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The final total, rounded.
    pub total: Decimal,
    /// Place in the group's order (None when not ranked: incomplete).
    pub position: Option<u32>,
    /// Displayed rank (equal totals share it: 并列).
    pub rank: Option<u32>,
    pub tied: bool,
    pub grade: Option<UnitGrade>,
}

impl Outcome {
    /// The outcome recorded in a unit's result.
    pub fn of(r: &UnitResult) -> Self {
        Outcome {
            total: r.total,
            position: r.position,
            rank: r.rank,
            tied: r.tied,
            grade: r.grade,
        }
    }
}

/// Another ranked unit of the group, fixed while one unit changes.
struct Other {
    total: Decimal,
    ind: Decimal,
    ded: Decimal,
    id: String,
}

/// What places a unit: its order key and grade facts.
pub(crate) struct Key<'k> {
    pub total: Decimal,
    /// Rounded indicator part.
    pub ind: Decimal,
    pub ded: Decimal,
    pub id: &'k str,
    pub complete: bool,
    pub vetoed: bool,
    pub national: bool,
}

/// Whether `o` comes before the unit of key `k` in the group order.
fn ahead(o: &Other, k: &Key<'_>) -> bool {
    o.total
        .cmp(&k.total)
        .then(o.ind.cmp(&k.ind))
        .then(k.ded.cmp(&o.ded))
        .then_with(|| k.id.cmp(o.id.as_str()))
        .is_gt()
}

/// Whether a result carries the national-commendation grade decision.
pub(crate) fn national(r: &UnitResult, rules: &RuleSet) -> bool {
    let id = rules.grades.national_commendation.meta.id.as_str();
    r.trace
        .iter()
        .any(|l| l.kind == LineKind::Decision && l.rule().as_str() == id)
}

/// The unrounded final total of a result: its trace without the rounding
/// line (every trace sums exactly to its total, engine choice 35).
pub(crate) fn unrounded(r: &UnitResult) -> Result<Decimal, EngineError> {
    r.trace
        .iter()
        .filter(|l| l.kind == LineKind::Rounding)
        .try_fold(r.total, |a, l| sub(a, l.points))
}

/// The rounded indicator part (the order's tie-break, engine choice 20).
pub(crate) fn rounded_ind(r: &UnitResult) -> Decimal {
    round_score(r.indicator_part.unwrap_or(Decimal::ZERO))
}

/// One unit of a scenario, ready to be re-scored and placed.
pub(crate) struct Probe<'a> {
    pub base: &'a Scenario,
    pub eval: &'a Evaluation,
    pub rules: Cow<'a, RuleSet>,
    /// Index of the unit in the scenario (and in the evaluation).
    pub index: usize,
    /// The unit alone, with the linkage entries naming it.
    mini: Scenario,
    /// The other ranked units of its group, in order.
    others: Vec<Other>,
    /// eligible[i]: units neither vetoed nor nationally commended among
    /// `others[..i]`.
    eligible: Vec<usize>,
    /// Excellent slots of the group with the unit ranked in it.
    slots: usize,
    pub counts: Evaluations,
}

fn missing(id: &str, field: &str) -> EngineError {
    let mut e = EngineError::new(ErrorKind::MissingUnit, field).with_value(id);
    e.unit = Some(id.to_string());
    e
}

impl<'a> Probe<'a> {
    /// Prepares unit `id` of `base`, whose evaluation is `eval`.
    pub fn new(base: &'a Scenario, eval: &'a Evaluation, id: &str) -> Result<Self, EngineError> {
        let index = base
            .units
            .iter()
            .position(|u| u.id == id)
            .ok_or_else(|| missing(id, "unit"))?;
        let unit = &base.units[index];
        let result = eval
            .units
            .get(index)
            .filter(|r| r.id == id)
            .ok_or_else(|| missing(id, "evaluation"))?;
        let rules = base.rules.resolve()?;
        let by_id: HashMap<&str, &UnitResult> =
            eval.units.iter().map(|r| (r.id.as_str(), r)).collect();
        let order = eval
            .groups
            .iter()
            .find(|g| g.group == result.group)
            .map(|g| g.order.as_slice())
            .unwrap_or_default();
        let mut others = Vec::with_capacity(order.len());
        let mut eligible = Vec::with_capacity(order.len() + 1);
        eligible.push(0);
        for oid in order.iter().filter(|o| o.as_str() != id) {
            let r = by_id
                .get(oid.as_str())
                .ok_or_else(|| missing(oid, "evaluation"))?;
            let e = usize::from(!r.vetoed && !national(r, &rules));
            eligible.push(eligible.last().copied().unwrap_or(0) + e);
            others.push(Other {
                total: r.total,
                ind: rounded_ind(r),
                ded: r.deductions,
                id: oid.to_string(),
            });
        }
        let slots = floor_count(rules.grades.excellent.share, others.len() + 1)?;
        let linkage = base
            .linkage
            .iter()
            .filter(|e| e.lead == id || e.responsible.iter().any(|r| r == id))
            .map(|e| LinkageEntry {
                indicator: e.indicator.clone(),
                points: e.points,
                lead: id.to_string(),
                responsible: Vec::new(),
            })
            .collect();
        let mini = Scenario {
            format_version: base.format_version,
            name: String::new(),
            rules: base.rules.clone(),
            year: base.year,
            groups: base.groups.clone(),
            units: vec![unit.clone()],
            linkage,
            cadres: Vec::new(),
            tolerance_cases: Vec::new(),
            what_ifs: Vec::new(),
        };
        Ok(Probe {
            base,
            eval,
            rules,
            index,
            mini,
            others,
            eligible,
            slots,
            counts: Evaluations::default(),
        })
    }

    /// The unit's inputs in the base scenario.
    pub fn unit(&self) -> &'a Unit {
        &self.base.units[self.index]
    }

    /// The unit's result in the base evaluation.
    pub fn base_result(&self) -> &'a UnitResult {
        &self.eval.units[self.index]
    }

    /// Scores the unit with these inputs (alone; see the module docs).
    pub fn score(&mut self, unit: Unit) -> Result<UnitResult, EngineError> {
        let id = unit.id.clone();
        self.mini.units = vec![unit];
        self.counts.unit = self.counts.unit.saturating_add(1);
        let ev = evaluate(&self.mini)?;
        ev.units
            .into_iter()
            .next()
            .ok_or_else(|| missing(&id, "evaluation"))
    }

    /// The key of a result scored by [`Probe::score`].
    pub fn key<'k>(&self, r: &'k UnitResult) -> Key<'k> {
        Key {
            total: r.total,
            ind: rounded_ind(r),
            ded: r.deductions,
            id: &r.id,
            complete: r.complete,
            vetoed: r.vetoed,
            national: national(r, &self.rules),
        }
    }

    /// Places a unit of key `k` among the others (see the module docs).
    pub fn place(&self, k: &Key<'_>) -> Outcome {
        if !k.complete {
            return Outcome {
                total: k.total,
                position: None,
                rank: None,
                tied: false,
                grade: None,
            };
        }
        let before = self.others.partition_point(|o| ahead(o, k));
        let higher = self.others.partition_point(|o| o.total > k.total);
        let tied = self.others.get(higher).is_some_and(|o| o.total == k.total);
        let g = &self.rules.grades;
        let eligible_ahead = self.eligible.get(before).copied().unwrap_or(usize::MAX);
        let grade = if k.vetoed {
            UnitGrade::Poor
        } else if k.national || (eligible_ahead < self.slots && k.total >= g.excellent.min_total) {
            UnitGrade::Excellent
        } else if k.total >= g.good.min_total {
            UnitGrade::Good
        } else if k.total >= g.fair.min_total {
            UnitGrade::Fair
        } else {
            UnitGrade::Poor
        };
        let n = |x: usize| u32::try_from(x + 1).unwrap_or(u32::MAX);
        Outcome {
            total: k.total,
            position: Some(n(before)),
            rank: Some(n(higher)),
            tied,
            grade: Some(grade),
        }
    }

    /// Scores and places the unit with these inputs.
    pub fn outcome(&mut self, unit: Unit) -> Result<(Outcome, UnitResult), EngineError> {
        let r = self.score(unit)?;
        let o = self.place(&self.key(&r));
        Ok((o, r))
    }

    /// Evaluates the whole base scenario with the unit's inputs replaced.
    pub fn full(&mut self, unit: Unit) -> Result<Evaluation, EngineError> {
        let mut units = self.base.units.clone();
        units[self.index] = unit;
        let s = Scenario {
            format_version: self.base.format_version,
            name: String::new(),
            rules: self.base.rules.clone(),
            year: self.base.year,
            groups: self.base.groups.clone(),
            units,
            linkage: self.base.linkage.clone(),
            cadres: self.base.cadres.clone(),
            tolerance_cases: Vec::new(),
            what_ifs: Vec::new(),
        };
        self.counts.full = self.counts.full.saturating_add(1);
        evaluate(&s)
    }

    /// The unit's result in an evaluation made by [`Probe::full`].
    pub fn unit_of<'e>(&self, ev: &'e Evaluation) -> Result<&'e UnitResult, EngineError> {
        ev.units
            .get(self.index)
            .ok_or_else(|| missing(&self.unit().id, "evaluation"))
    }
}
