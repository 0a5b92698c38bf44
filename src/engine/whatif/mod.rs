//! What-if (issue 6; design.md "Data flow"): a named set of overrides of a
//! baseline Scenario — replaced or added units, units left out, and
//! optionally other linkage or rules — kept in the Scenario's what-if list
//! (format version 1). Applying a what-if gives a second Scenario to
//! evaluate; the engine, not the view, then answers the questions:
//!
//! - [`diff`]: what changed between two evaluations, per unit and group;
//! - [`sensitivity`]: every single change of one unit's inputs, with its
//!   effect on total, rank and grade, ranked;
//! - [`goalseek`]: the fewest (or cheapest) steps of chosen levers that
//!   reach a total, a rank or a grade, or why none does.
//!
//! Levers and input edits ([`lever`]) are shared by sensitivity and goal
//! seek; both re-score only the changed unit and place it among the others
//! (`probe`), which is sound because nothing else changes (see `probe`).
//! The search arguments are in `goalseek` and docs/engine-choices.md
//! ("What-if").

pub mod diff;
pub mod goalseek;
pub mod lever;
mod probe;
pub mod sensitivity;

pub use diff::{compare, diff, Change, Comparison, EvaluationDiff, GroupDiff, UnitDiff};
pub use goalseek::{
    default_levers, goal_seek, goal_seek_with, GoalSeekAnswer, GoalSeekRequest, LeverSteps, Target,
    Unreachable,
};
pub use lever::{Edit, Lever, LeverOn, Limit};
pub use probe::{Evaluations, Outcome};
pub use sensitivity::{sensitivity, sensitivity_with, Sensitivity, SingleChange};

use serde::{Deserialize, Serialize};

use super::scenario::{LinkageEntry, RulesRef, Scenario, Unit};

/// Overrides of a baseline scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WhatIf {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// Units replacing the baseline unit of the same id (or added).
    #[serde(default)]
    pub units: Vec<Unit>,
    /// Ids of baseline units left out.
    #[serde(default)]
    pub removed_units: Vec<String>,
    /// Linkage entries replacing the baseline's, when present.
    #[serde(default)]
    pub linkage: Option<Vec<LinkageEntry>>,
    /// Rules replacing the baseline's, when present.
    #[serde(default)]
    pub rules: Option<RulesRef>,
}

impl WhatIf {
    /// The baseline with this what-if's overrides (its own what-ifs dropped).
    pub fn apply(&self, base: &Scenario) -> Scenario {
        let mut units: Vec<Unit> = base
            .units
            .iter()
            .filter(|u| !self.removed_units.contains(&u.id))
            .map(|u| match self.units.iter().find(|o| o.id == u.id) {
                Some(o) => o.clone(),
                None => u.clone(),
            })
            .collect();
        for o in &self.units {
            if !units.iter().any(|u| u.id == o.id) {
                units.push(o.clone());
            }
        }
        Scenario {
            format_version: base.format_version,
            name: base.name.clone(),
            rules: self.rules.clone().unwrap_or_else(|| base.rules.clone()),
            year: base.year,
            groups: base.groups.clone(),
            units,
            linkage: self.linkage.clone().unwrap_or_else(|| base.linkage.clone()),
            cadres: base.cadres.clone(),
            tolerance_cases: base.tolerance_cases.clone(),
            what_ifs: Vec::new(),
        }
    }
}
