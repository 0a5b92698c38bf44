#![cfg(not(target_arch = "wasm32"))]
//! The example county (示例县): every scoring rule id of the built-in
//! RuleSet (domain.md 4.1–4.8; tolerance items excluded) appears in its
//! trace, and it has what issue 3 promises (43 units, ties, vetoes, a most
//! improved unit, cadres, linkage).

use std::collections::BTreeSet;

use kaohe::engine::example::{example_county, generated_county};
use kaohe::engine::types::{Award, UnitKind};
use kaohe::engine::{evaluate, RuleSet};

#[test]
fn every_scoring_rule_fires_in_the_example_county() {
    let s = example_county();
    let e = evaluate(&s).unwrap_or_else(|err| panic!("example county: {err}"));
    let mut fired: BTreeSet<&str> = BTreeSet::new();
    for u in &e.units {
        fired.extend(u.trace.iter().map(|l| l.rule().as_str()));
    }
    for c in &e.cadres {
        fired.extend(c.trace.iter().map(|l| l.rule().as_str()));
    }
    let rules = RuleSet::builtin();
    let missing: Vec<&str> = rules
        .scoring_rule_ids()
        .into_iter()
        .filter(|id| !fired.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "rules that never fire in the example county: {missing:?}"
    );
}

#[test]
fn example_county_has_what_the_issue_promises() {
    let s = example_county();
    assert_eq!(s.units.len(), 43);
    assert_eq!(
        s.units.iter().filter(|u| u.kind == UnitKind::Town).count(),
        15
    );
    assert!(s.name.contains("虚构") && s.name.contains("synthetic"));
    assert!(!s.linkage.is_empty() && !s.cadres.is_empty());
    let e = evaluate(&s).unwrap_or_else(|err| panic!("example county: {err}"));
    assert!(e.units.iter().any(|u| u.vetoed));
    assert!(e.units.iter().any(|u| u.tied));
    assert!(e
        .units
        .iter()
        .any(|u| u.awards.iter().any(|a| a.award == Award::MostImproved)));
    assert!(e.units.iter().any(|u| !u.complete));
    // Round trip through JSON gives the same scenario and evaluation.
    let json = serde_json::to_string(&s).unwrap_or_default();
    let back: kaohe::engine::Scenario =
        serde_json::from_str(&json).unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(back, s);
    let ejson = serde_json::to_string(&e).unwrap_or_default();
    let eback: kaohe::engine::Evaluation =
        serde_json::from_str(&ejson).unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(eback, e);
}

#[test]
fn generated_county_is_deterministic_and_valid() {
    let a = generated_county(120, 7);
    assert_eq!(a, generated_county(120, 7));
    assert_eq!(a.units.len(), 120);
    let e = evaluate(&a).unwrap_or_else(|err| panic!("generated county: {err}"));
    assert_eq!(e.units.len(), 120);
}
