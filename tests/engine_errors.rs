#![cfg(not(target_arch = "wasm32"))]
//! Invalid input gives a typed error naming the unit (or cadre) and the
//! field (issue 3, "Exactness and errors"), serializable as JSON.

mod util;

use kaohe::engine::ErrorKind;
use serde_json::{json, Value};
use util::*;

/// (name, scenario or unit, kind, unit, cadre, field)
type Case = (
    &'static str,
    Value,
    ErrorKind,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
);

fn table() -> Vec<Case> {
    let max = "79228162514264337593543950335";
    let mut missing_lead = scenario(vec![unit("U")]);
    missing_lead["linkage"] = json!([{"indicator": "x", "points": 1, "lead": "NOPE"}]);
    let mut missing_resp = scenario(vec![unit("U")]);
    missing_resp["linkage"] =
        json!([{"indicator": "x", "points": 1, "lead": "U", "responsible": ["GONE"]}]);
    let mut missing_cadre_unit = scenario(vec![unit("U")]);
    missing_cadre_unit["cadres"] =
        json!([{"id": "c1", "role": "county_leader", "units": ["U", "NOPE"]}]);
    let mut bad_version = scenario(vec![unit("U")]);
    bad_version["format_version"] = json!(2);
    let mut bad_builtin = scenario(vec![unit("U")]);
    bad_builtin["rules"] = json!({"builtin": {"id": "builtin", "version": "9"}});
    let fb_weights = with_rules(scenario(vec![unit("U")]), |r| {
        r["feedback"]["groups"][0]["weight"] = json!(30)
    });
    vec![
        (
            "negative event count",
            set(
                unit("U"),
                "events",
                json!([{"kind": "deduction.criticism", "quarter": 1, "count": -1}]),
            ),
            ErrorKind::NegativeCount,
            Some("U"),
            None,
            "events[0].count",
        ),
        (
            "negative staff",
            set(unit("U"), "staff", json!(-3)),
            ErrorKind::NegativeCount,
            Some("U"),
            None,
            "staff",
        ),
        (
            "negative votes",
            set(unit("U"), "votes", json!({"vote.good": -1})),
            ErrorKind::NegativeCount,
            Some("U"),
            None,
            "votes[vote.good]",
        ),
        (
            "weights not summing",
            set(
                unit("U"),
                "indicators",
                json!([{"indicator": "ind.gdp", "weight": 40, "target": 1, "actual": 1}, {"indicator": "ind.revenue", "weight": 30, "target": 1, "actual": 1}]),
            ),
            ErrorKind::WeightsNotSumming,
            Some("U"),
            None,
            "indicators.weight",
        ),
        (
            "360 weights not summing",
            fb_weights,
            ErrorKind::WeightsNotSumming,
            None,
            None,
            "rules.feedback.groups",
        ),
        (
            "target zero",
            set(
                unit("U"),
                "indicators",
                json!([{"indicator": "ind.gdp", "weight": 80, "target": 0, "actual": 1}]),
            ),
            ErrorKind::TargetNotPositive,
            Some("U"),
            None,
            "indicators[ind.gdp].target",
        ),
        (
            "quarter target negative",
            set(
                unit("U"),
                "indicators",
                json!([{"indicator": "ind.gdp", "weight": 80, "target": 1, "actual": 1, "quarters": [{"quarter": 1, "target": -1, "actual": 1}]}]),
            ),
            ErrorKind::TargetNotPositive,
            Some("U"),
            None,
            "indicators[ind.gdp].quarters[0].target",
        ),
        (
            "missing lead",
            missing_lead,
            ErrorKind::MissingUnit,
            Some("NOPE"),
            None,
            "linkage[0].lead",
        ),
        (
            "missing responsible",
            missing_resp,
            ErrorKind::MissingUnit,
            Some("GONE"),
            None,
            "linkage[0].responsible[0]",
        ),
        (
            "cadre to missing unit",
            missing_cadre_unit,
            ErrorKind::MissingUnit,
            Some("NOPE"),
            Some("c1"),
            "units[1]",
        ),
        (
            "overflow",
            set(
                unit("U"),
                "indicators",
                json!([{"indicator": "ind.gdp", "weight": 80, "target": 1, "actual": max}]),
            ),
            ErrorKind::Overflow,
            Some("U"),
            None,
            "indicators",
        ),
        (
            "unknown event kind",
            set(unit("U"), "events", json!([ev("bonus.nope", "city", 1)])),
            ErrorKind::UnknownRuleId,
            Some("U"),
            None,
            "events[0].kind",
        ),
        (
            "unknown indicator",
            set(
                unit("U"),
                "indicators",
                json!([{"indicator": "ind.nope", "weight": 80, "target": 1, "actual": 1}]),
            ),
            ErrorKind::UnknownRuleId,
            Some("U"),
            None,
            "indicators[0].indicator",
        ),
        (
            "unknown group",
            set(unit("U"), "group", json!("group.nope")),
            ErrorKind::UnknownRuleId,
            Some("U"),
            None,
            "group",
        ),
        (
            "unknown evaluator group",
            set(
                unit("U"),
                "feedback",
                json!([{"group": "fb.nope", "score": 1}]),
            ),
            ErrorKind::UnknownRuleId,
            Some("U"),
            None,
            "feedback[0].group",
        ),
        (
            "doc no with count",
            set(
                unit("U"),
                "events",
                json!([{"kind": "deduction.criticism", "quarter": 1, "count": 2, "doc_no": "A"}]),
            ),
            ErrorKind::DocNoCount,
            Some("U"),
            None,
            "events[0].count",
        ),
        (
            "score out of range",
            set(
                unit("U"),
                "feedback",
                json!([{"group": "fb.staff", "score": 101}]),
            ),
            ErrorKind::OutOfRange,
            Some("U"),
            None,
            "feedback[fb.staff].score",
        ),
        (
            "quarter out of range",
            set(
                unit("U"),
                "events",
                json!([ev("deduction.criticism", "city", 5)]),
            ),
            ErrorKind::OutOfRange,
            Some("U"),
            None,
            "events[0].quarter",
        ),
        (
            "duplicate unit",
            scenario(vec![unit("U"), unit("U")]),
            ErrorKind::DuplicateId,
            Some("U"),
            None,
            "id",
        ),
        (
            "unsupported version",
            bad_version,
            ErrorKind::UnsupportedVersion,
            None,
            None,
            "format_version",
        ),
        (
            "unknown builtin",
            bad_builtin,
            ErrorKind::UnknownRuleSet,
            None,
            None,
            "rules",
        ),
    ]
}

#[test]
fn invalid_input_names_unit_and_field() {
    for (name, s, kind, unit, cadre, field) in table() {
        // A bare unit stands for a scenario of that unit.
        let s = if s.get("format_version").is_some() {
            s
        } else {
            scenario(vec![s])
        };
        let e = check_err(name, &s);
        assert_eq!(e.kind, kind, "{name}: {e}");
        assert_eq!(e.unit.as_deref(), unit, "{name}: {e}");
        assert_eq!(e.cadre.as_deref(), cadre, "{name}: {e}");
        assert_eq!(e.field, field, "{name}: {e}");
    }
}

#[test]
fn errors_serialize_as_json() {
    let e = check_err("json", &scenario(vec![set(unit("U"), "staff", json!(-3))]));
    let v = serde_json::to_value(&e).unwrap_or(Value::Null);
    assert_eq!(
        v,
        json!({"kind": "negative_count", "unit": "U", "field": "staff", "value": "-3"})
    );
}
