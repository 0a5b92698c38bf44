#![cfg(not(target_arch = "wasm32"))]
//! The worked example of docs/scenario-format.md: parses the scenario and the
//! expected numbers out of the document and checks the engine agrees.

mod util;

use serde_json::Value;
use util::check;

const DOC: &str = include_str!("../docs/scenario-format.md");

/// The first ```json block after `marker`.
fn block(marker: &str) -> Value {
    let after = DOC
        .split_once(marker)
        .map(|x| x.1)
        .unwrap_or_else(|| panic!("marker {marker} missing"));
    let start = after
        .find("```json")
        .unwrap_or_else(|| panic!("no json block after {marker}"))
        + "```json".len();
    let end = after[start..]
        .find("```")
        .unwrap_or_else(|| panic!("unclosed block after {marker}"));
    serde_json::from_str(&after[start..start + end])
        .unwrap_or_else(|e| panic!("block after {marker}: {e}"))
}

#[test]
fn worked_example_gives_the_documented_numbers() {
    let scenario = block("<!-- worked-example:scenario -->");
    let expected = block("<!-- worked-example:expected -->");
    let mut pairs: Vec<(String, Value)> = Vec::new();
    for (prefix, section) in [("u", "units"), ("c", "cadres")] {
        for (id, fields) in expected[section].as_object().into_iter().flatten() {
            for (field, want) in fields.as_object().into_iter().flatten() {
                let path = match field.as_str() {
                    "awards" | "flags" => format!("{prefix}:{id}/#{field}"),
                    "learning_year" => format!("{prefix}:{id}/learning/year"),
                    f => format!("{prefix}:{id}/{f}"),
                };
                pairs.push((path, want.clone()));
            }
        }
    }
    assert!(pairs.len() > 20, "expected block too small");
    let refs: Vec<(&str, Value)> = pairs.iter().map(|(p, v)| (p.as_str(), v.clone())).collect();
    check("worked example", &scenario, &refs);
}
