//! Whole-Scenario edits made from the roster and the toolbar: add,
//! duplicate and remove a unit (removal also drops the unit from linkage
//! entries and cadres, so the Scenario stays valid), and the blank county.
//! Pure functions of the Scenario; each result is sent as one undo step.

use crate::engine::scenario::{Scenario, Unit};
use crate::engine::types::UnitKind;

use super::fresh_id;

/// The kind a new unit of `group` gets: that of the group's first unit, or
/// town for a group whose id names towns, department otherwise.
fn kind_for(s: &Scenario, group: &str) -> UnitKind {
    s.units
        .iter()
        .find(|u| u.group == group)
        .map(|u| u.kind)
        .unwrap_or(if group.contains("town") {
            UnitKind::Town
        } else {
            UnitKind::Department
        })
}

/// A new, empty unit at the end of `group` (no indicators and no 360
/// scores yet: shown, not ranked, until its data are entered). Returns the
/// Scenario and the new unit's id.
pub fn add_unit(s: &Scenario, group: &str, name_template: &str) -> (Scenario, String) {
    let mut next = s.clone();
    let id = fresh_id(
        "u",
        next.units.len() + 1,
        next.units.iter().map(|u| u.id.as_str()),
    );
    let n = id.trim_start_matches('u').to_string();
    let unit = Unit {
        id: id.clone(),
        name: name_template.replace("{n}", &n),
        kind: kind_for(s, group),
        group: group.to_string(),
        staff: 0,
        indicators: Vec::new(),
        events: Vec::new(),
        feedback: Vec::new(),
        votes: Default::default(),
        last_year: None,
    };
    // After the group's last unit, so the roster's scenario order reads well.
    let at = next
        .units
        .iter()
        .rposition(|u| u.group == group)
        .map(|i| i + 1)
        .unwrap_or(next.units.len());
    next.units.insert(at, unit);
    (next, id)
}

/// A copy of unit `id` (new id, `suffix` after the name) right after it;
/// linkage entries and cadres are not copied.
pub fn duplicate_unit(s: &Scenario, id: &str, suffix: &str) -> Option<(Scenario, String)> {
    let i = s.units.iter().position(|u| u.id == id)?;
    let mut next = s.clone();
    let mut copy = s.units[i].clone();
    copy.id = fresh_id(
        "u",
        next.units.len() + 1,
        next.units.iter().map(|u| u.id.as_str()),
    );
    copy.name = format!("{}{suffix}", copy.name);
    let new_id = copy.id.clone();
    next.units.insert(i + 1, copy);
    Some((next, new_id))
}

/// The Scenario without unit `id`: linkage entries it leads are removed,
/// it leaves the responsible lists, county leaders and unit heads lose it
/// (a head of only this unit is removed).
pub fn remove_unit(s: &Scenario, id: &str) -> Option<Scenario> {
    let i = s.units.iter().position(|u| u.id == id)?;
    let mut next = s.clone();
    next.units.remove(i);
    next.linkage.retain(|e| e.lead != id);
    for e in next.linkage.iter_mut() {
        e.responsible.retain(|r| r != id);
    }
    for c in next.cadres.iter_mut() {
        c.units.retain(|u| u != id);
    }
    next.cadres
        .retain(|c| !(c.role == crate::engine::types::CadreRole::UnitHead && c.units.is_empty()));
    Some(next)
}

/// A county with no units, linkage, cadres, group facts or what-ifs; the
/// rules, the year and the tolerance cases are kept.
pub fn blank_county(s: &Scenario) -> Scenario {
    let mut next = s.clone();
    next.units.clear();
    next.linkage.clear();
    next.cadres.clear();
    next.groups.clear();
    next.what_ifs.clear();
    next
}
