//! `evaluate`: a Scenario to an Evaluation, in the order the rules depend on
//! each other — unit totals (4.2–4.3), ranking and grades (4.4), awards
//! (4.5), count flags and bottom-two-years (4.6), cadres (4.7–4.8), then the
//! supervisor talk, which needs the unit heads' grades (4.6).

use super::awards::awards;
use super::book::{Book, IdMap};
use super::cadres::cadres;
use super::error::{EngineError, ErrorKind};
use super::escalation::{bottom_two_years, count_flags, supervisor_talk};
use super::evaluation::Evaluation;
use super::ranking::{grade, group_results, rank};
use super::scenario::{Scenario, FORMAT_VERSION};
use super::scoring::score_unit;

fn missing_unit(id: &str, field: String) -> EngineError {
    let mut e = EngineError::new(ErrorKind::MissingUnit, field).with_value(id);
    e.unit = Some(id.to_string());
    e
}

/// Evaluates a whole scenario. Invalid input gives an [`EngineError`] naming
/// the unit (or cadre) and the field; nothing panics.
pub fn evaluate(s: &Scenario) -> Result<Evaluation, EngineError> {
    if s.format_version != FORMAT_VERSION {
        return Err(
            EngineError::new(ErrorKind::UnsupportedVersion, "format_version")
                .with_value(s.format_version),
        );
    }
    let rules = s.rules.resolve()?;
    let book = Book::new(&rules)?;

    let mut index = IdMap::default();
    index.reserve(s.units.len());
    for (i, u) in s.units.iter().enumerate() {
        if index.insert(u.id.as_str(), i).is_some() {
            return Err(EngineError::new(ErrorKind::DuplicateId, "id")
                .with_value(&u.id)
                .in_unit(&u.id));
        }
    }
    for (k, g) in s.groups.iter().enumerate() {
        book.groups
            .find(&g.group, || format!("groups[{k}].group"))?;
        if let Some(n) = g.last_year_ranked.filter(|n| *n < 0) {
            return Err(EngineError::new(
                ErrorKind::NegativeCount,
                format!("groups[{k}].last_year_ranked"),
            )
            .with_value(n));
        }
    }

    // Linkage entries per unit: (unit, entry) pairs sorted by unit.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (k, e) in s.linkage.iter().enumerate() {
        let lead = index
            .get(e.lead.as_str())
            .copied()
            .ok_or_else(|| missing_unit(&e.lead, format!("linkage[{k}].lead")))?;
        pairs.push((lead, k));
        for (j, r) in e.responsible.iter().enumerate() {
            let u = index
                .get(r.as_str())
                .copied()
                .ok_or_else(|| missing_unit(r, format!("linkage[{k}].responsible[{j}]")))?;
            pairs.push((u, k));
        }
    }
    crate::order::sort_by(&mut pairs, |a, b| a.cmp(b));
    pairs.dedup();
    let entries: Vec<usize> = pairs.iter().map(|p| p.1).collect();

    let mut units = Vec::with_capacity(s.units.len());
    let mut facts = Vec::with_capacity(s.units.len());
    let mut at = 0usize;
    let mut inds = Vec::new();
    for (i, u) in s.units.iter().enumerate() {
        let end = at + pairs[at..].iter().take_while(|p| p.0 == i).count();
        let (r, f) = score_unit(&book, u, &entries[at..end], &s.linkage, &mut inds)?;
        at = end;
        units.push(r);
        facts.push(f);
    }

    let orders = rank(&book, &mut units, &facts);
    let slots = grade(&book, &mut units, &s.units, &facts, &orders)?;
    awards(&book, &mut units, &s.units, &facts, &orders)?;
    count_flags(&book, &mut units, &facts);
    let close = bottom_two_years(&book, &mut units, &s.units, &facts, &s.groups, &orders);
    let (cadre_results, head_hit) = cadres(&book, &s.cadres, &units, &index, &close)?;
    supervisor_talk(&book, &mut units, &facts, &orders, &head_hit)?;
    let groups = group_results(&book, &units, &orders, &slots);

    Ok(Evaluation {
        year: s.year,
        rules_id: rules.id.clone(),
        rules_version: rules.version.clone(),
        units,
        groups,
        cadres: cadre_results,
    })
}
