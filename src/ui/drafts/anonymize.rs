//! What a share link carries: the Scenario with its rules as a reference
//! when they are the built-in set (edited rules travel in full), and, when
//! the user leaves names out, unit and cadre names replaced by their ids
//! (in what-ifs and tolerance cases too). Scores are untouched: a link
//! without names gives the same totals.

use std::collections::HashMap;

use crate::engine::builtin::builtin_ref;
use crate::engine::scenario::RulesRef;
use crate::engine::Scenario;

/// The Scenario as it goes into a link.
pub fn for_link(s: &Scenario, leave_out_names: bool) -> Scenario {
    let mut s = s.clone();
    if let RulesRef::Custom(set) = &s.rules {
        if **set == *builtin_ref() {
            s.rules = RulesRef::builtin();
        }
    }
    if leave_out_names {
        strip_names(&mut s);
    }
    s
}

/// Replaces unit and cadre names with ids; a tolerance case's cadre becomes
/// the matching cadre's id (or the case's id), its unit the unit's id.
pub fn strip_names(s: &mut Scenario) {
    let unit_ids: HashMap<String, String> = s
        .units
        .iter()
        .filter(|u| !u.name.trim().is_empty())
        .map(|u| (u.name.trim().to_owned(), u.id.clone()))
        .collect();
    let cadre_ids: HashMap<String, String> = s
        .cadres
        .iter()
        .filter(|c| !c.name.trim().is_empty())
        .map(|c| (c.name.trim().to_owned(), c.id.clone()))
        .collect();
    for u in &mut s.units {
        u.name = u.id.clone();
    }
    for w in &mut s.what_ifs {
        for u in &mut w.units {
            u.name = u.id.clone();
        }
    }
    for c in &mut s.cadres {
        c.name = c.id.clone();
    }
    for case in &mut s.tolerance_cases {
        if !case.cadre.trim().is_empty() {
            case.cadre = cadre_ids
                .get(case.cadre.trim())
                .cloned()
                .unwrap_or_else(|| case.id.clone());
        }
        if let Some(id) = unit_ids.get(case.unit.trim()) {
            case.unit = id.clone();
        }
    }
}
