//! Entry points shared by the cargo-fuzz targets (`fuzz/`) and their
//! regression tests (`tests/fuzz_regressions.rs`): each takes arbitrary
//! bytes and must return without panicking, whatever they are. Any input a
//! fuzzer finds that panics is kept under `tests/fuzz-regressions/<target>/`.

use crate::engine::{self, RuleSet, Scenario};

/// The fuzz targets, by name (the folder names under tests/fuzz-regressions).
pub const TARGETS: [&str; 5] = [
    "link_decode",
    "scenario_parse",
    "ruleset_parse",
    "evaluate",
    "tolerance",
];

/// Runs the target `name` on `data`. Unknown names do nothing.
pub fn run(name: &str, data: &[u8]) {
    match name {
        "link_decode" => link_decode(data),
        "scenario_parse" => scenario_parse(data),
        "ruleset_parse" => ruleset_parse(data),
        "evaluate" => evaluate(data),
        "tolerance" => tolerance(data),
        _ => {}
    }
}

/// A share link: decode it as a Scenario (and evaluate what decodes), and
/// as any payload (plain or encrypted framing).
pub fn link_decode(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = crate::share::decode_any(&text);
    if let Ok(s) = crate::share::decode::<Scenario>(&text) {
        let _ = engine::evaluate(&s);
    }
}

/// Scenario JSON: parse only.
pub fn scenario_parse(data: &[u8]) {
    let _ = crate::json::from_slice::<Scenario>(data);
}

/// RuleSet JSON: parse, then evaluate the example county under it.
pub fn ruleset_parse(data: &[u8]) {
    if let Ok(rules) = crate::json::from_slice::<RuleSet>(data) {
        let mut s = engine::example::example_county();
        s.rules = engine::scenario::RulesRef::Custom(Box::new(rules));
        let _ = engine::evaluate(&s);
    }
}

/// `evaluate` on any Scenario that parses.
pub fn evaluate(data: &[u8]) {
    if let Ok(s) = crate::json::from_slice::<Scenario>(data) {
        let _ = engine::evaluate(&s);
    }
}

/// A tolerance case (with optional rules) through the JSON API.
pub fn tolerance(data: &[u8]) {
    let _ = engine::tolerance::check_tolerance_json(&String::from_utf8_lossy(data));
}
