//! What a share link carries: the Scenario with its rules as a reference
//! when they are the built-in set (edited rules travel in full), and, when
//! the user leaves names out ("不含姓名"), no names:
//!
//! - unit and cadre names become their ids, everywhere they are fields
//!   (units, what-if units, cadres, a tolerance case's cadre and unit);
//! - where a name can sit inside text the app or the user wrote — the
//!   Scenario's and what-ifs' names (a goal seek names its what-if after
//!   the unit), events' issuer and 文号, a clearance's issuing body — every
//!   unit and cadre name is replaced by its id;
//! - free text that may name anybody, listed or not — a tolerance case's
//!   description and a clearance's finding — is left out.
//!
//! Scores are untouched: a link without names gives the same totals (文号
//! are only rewritten when that keeps distinct numbers distinct, since one
//! 文号 counts once).

use std::collections::{BTreeSet, HashMap};

use crate::engine::builtin::builtin_ref;
use crate::engine::scenario::{EventInput, RulesRef};
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

/// Unit and cadre names → ids, replaced inside text longest name first (so
/// that "城关镇" inside "城关镇中心校" is not cut first).
struct Names {
    by_name: Vec<(String, String)>,
}

impl Names {
    fn of(s: &Scenario) -> Self {
        let mut by_name: Vec<(String, String)> = s
            .units
            .iter()
            .map(|u| (u.name.trim(), &u.id))
            .chain(s.cadres.iter().map(|c| (c.name.trim(), &c.id)))
            .filter(|(name, id)| !name.is_empty() && name != id)
            .map(|(name, id)| (name.to_owned(), id.clone()))
            .collect();
        by_name.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        by_name.dedup_by(|a, b| a.0 == b.0);
        Names { by_name }
    }

    fn id_of(&self, name: &str) -> Option<&str> {
        let name = name.trim();
        self.by_name
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, id)| id.as_str())
    }

    /// `text` with every name replaced by its id.
    fn scrub(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for (name, id) in &self.by_name {
            if out.contains(name.as_str()) {
                out = out.replace(name.as_str(), id);
            }
        }
        out
    }
}

/// Leaves names out of `s` (see the module documentation).
pub fn strip_names(s: &mut Scenario) {
    let names = Names::of(s);
    s.name = names.scrub(&s.name);
    // 文号 count once each: rewrite them only if distinct ones stay distinct.
    let events = s
        .units
        .iter()
        .chain(s.what_ifs.iter().flat_map(|w| w.units.iter()))
        .flat_map(|u| u.events.iter());
    let docs: BTreeSet<&str> = events.filter_map(|e| e.doc_no.as_deref()).collect();
    let scrubbed: BTreeSet<String> = docs.iter().map(|d| names.scrub(d)).collect();
    let rewrite_docs = scrubbed.len() == docs.len();
    let scrub_event = |e: &mut EventInput| {
        if let Some(issuer) = &e.issuer {
            e.issuer = Some(names.scrub(issuer));
        }
        if rewrite_docs {
            if let Some(doc) = &e.doc_no {
                e.doc_no = Some(names.scrub(doc));
            }
        }
    };
    for u in &mut s.units {
        u.name = u.id.clone();
        u.events.iter_mut().for_each(scrub_event);
    }
    for w in &mut s.what_ifs {
        w.name = names.scrub(&w.name);
        for u in &mut w.units {
            u.name = u.id.clone();
            u.events.iter_mut().for_each(scrub_event);
        }
    }
    let cadre_ids: HashMap<String, String> = s
        .cadres
        .iter()
        .filter(|c| !c.name.trim().is_empty())
        .map(|c| (c.name.trim().to_owned(), c.id.clone()))
        .collect();
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
        if let Some(id) = names.id_of(&case.unit) {
            case.unit = id.to_owned();
        }
        case.description.clear();
        if let Some(c) = &mut case.clearance {
            c.issued_by = names.scrub(&c.issued_by);
            c.finding.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evaluate;
    use crate::engine::example::example_county;
    use crate::engine::tolerance::{CaseKind, Clearance, ToleranceCase};
    use crate::engine::whatif::WhatIf;

    fn totals(s: &Scenario) -> Vec<(String, rust_decimal::Decimal)> {
        evaluate(s)
            .expect("evaluates")
            .units
            .iter()
            .map(|u| (u.id.to_string(), u.total))
            .collect()
    }

    /// The example county with names in every place text can hold them.
    fn with_names_in_text() -> Scenario {
        let mut s = example_county();
        let unit = s.units[7].clone();
        let cadre = s.cadres[0].clone();
        s.what_ifs.push(WhatIf {
            id: "w1".into(),
            name: format!("{}（目标：等次达到 优秀）", unit.name),
            units: vec![unit.clone()],
            removed_units: Vec::new(),
            linkage: None,
            rules: None,
        });
        s.tolerance_cases.push(ToleranceCase {
            id: "case-1".into(),
            cadre: cadre.name.clone(),
            unit: unit.name.clone(),
            description: format!("{}在{}推行改革，张三参与", cadre.name, unit.name),
            kind: CaseKind::Clearance,
            clearance: Some(Clearance {
                method: "letter".into(),
                date: None,
                issued_by: format!("{}纪委", unit.name),
                finding: format!("经查{}无私利", cadre.name),
            }),
            ..ToleranceCase::default()
        });
        let e = s.units[7]
            .events
            .first_mut()
            .expect("the example unit has events");
        e.issuer = Some(format!("{}人民政府", unit.name));
        e.doc_no = Some(format!("{}发〔2024〕1号", unit.name));
        s
    }

    #[test]
    fn no_unit_or_cadre_name_is_left_anywhere_in_the_link() {
        let s = with_names_in_text();
        let names: Vec<String> = s
            .units
            .iter()
            .map(|u| u.name.clone())
            .chain(s.cadres.iter().map(|c| c.name.clone()))
            .filter(|n| !n.is_empty())
            .collect();
        let out = for_link(&s, true);
        let json = crate::json::to_string(&out).expect("serializes");
        for n in &names {
            assert!(!json.contains(n.as_str()), "{n} is still in the link");
        }
        // Free text that may name anybody is left out; the rest keeps its
        // shape with ids.
        let case = &out.tolerance_cases[0];
        assert_eq!(case.description, "");
        assert!(!json.contains("张三"));
        let c = case.clearance.as_ref().expect("the clearance stays");
        assert_eq!(c.finding, "");
        assert_eq!(c.issued_by, format!("{}纪委", s.units[7].id));
        assert_eq!(case.unit, s.units[7].id);
        assert_eq!(case.cadre, s.cadres[0].id);
        assert_eq!(
            out.what_ifs[0].name,
            format!("{}（目标：等次达到 优秀）", s.units[7].id)
        );
    }

    #[test]
    fn leaving_names_out_keeps_every_total() {
        let s = with_names_in_text();
        assert_eq!(totals(&for_link(&s, true)), totals(&s));
        assert_eq!(for_link(&s, false), s, "nothing changes with names in");
    }

    #[test]
    fn distinct_document_numbers_stay_distinct() {
        // A 文号 that already reads like the id its unit name maps to:
        // rewriting would merge two numbers (and drop an event), so the
        // numbers travel as they are.
        let mut s = example_county();
        let (name, id) = (s.units[0].name.clone(), s.units[0].id.clone());
        let events = &mut s.units[0].events;
        assert!(events.len() >= 2, "the example unit has two events");
        events[0].doc_no = Some(format!("{name}发1号"));
        events[1].doc_no = Some(format!("{id}发1号"));
        let out = for_link(&s, true);
        assert_eq!(out.units[0].events[0].doc_no, Some(format!("{name}发1号")));
        assert_eq!(totals(&out), totals(&s));
    }

    #[test]
    fn names_inside_longer_names_are_replaced_longest_first() {
        let mut s = example_county();
        s.units[0].name = "城关".into();
        s.units[1].name = "城关镇中心".into();
        s.name = "城关镇中心与城关".into();
        let (a, b) = (s.units[0].id.clone(), s.units[1].id.clone());
        assert_eq!(for_link(&s, true).name, format!("{b}与{a}"));
    }
}
