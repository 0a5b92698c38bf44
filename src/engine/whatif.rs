//! What-if scenarios (design.md "Data flow"): a named set of overrides of a
//! baseline Scenario — replaced or added units, and optionally other rules.
//! Kept in Scenario format version 1; the diff and goal seek come with a
//! later issue. Applying a what-if gives a second Scenario to evaluate.

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
