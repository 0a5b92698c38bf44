//! The engine's JSON boundary, behind the JS API (`evaluate`,
//! `builtinRules`, `exampleScenario`): strings in, strings out, never a
//! panic. Errors are JSON objects naming what is wrong.

use serde::Serialize;

use super::example::example_county;
use super::rules::RuleSet;
use super::scenario::Scenario;

/// The longest parse message passed on (serde's messages quote input).
const MAX_DETAIL: usize = 300;

#[derive(Serialize)]
struct ErrorReply<'a, E: Serialize> {
    error: &'a E,
}

#[derive(Serialize)]
struct ParseError {
    kind: &'static str,
    detail: String,
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| {
        format!(
            "{{\"error\":{{\"kind\":\"encode\",\"detail\":{}}}}}",
            serde_json::Value::String(e.to_string())
        )
    })
}

/// Evaluates a Scenario given as JSON: the Evaluation as JSON, or
/// `{"error": EngineError}`, or `{"error": {"kind": "parse", "detail"}}`.
pub fn evaluate_json(scenario_json: &str) -> String {
    let scenario: Scenario = match crate::json::from_str(scenario_json) {
        Ok(s) => s,
        Err(e) => {
            let detail: String = e.to_string().chars().take(MAX_DETAIL).collect();
            let err = ParseError {
                kind: "parse",
                detail,
            };
            return to_json(&ErrorReply { error: &err });
        }
    };
    match super::evaluate(&scenario) {
        Ok(evaluation) => to_json(&evaluation),
        Err(err) => to_json(&ErrorReply { error: &err }),
    }
}

/// The built-in RuleSet as JSON.
pub fn builtin_rules_json() -> String {
    to_json(&RuleSet::builtin())
}

/// The example county as JSON.
pub fn example_scenario_json() -> String {
    to_json(&example_county())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluate_json_round_trips_the_example() {
        let out = evaluate_json(&example_scenario_json());
        let native = super::super::evaluate(&example_county()).map(|e| to_json(&e));
        assert_eq!(Ok(out), native);
    }

    #[test]
    fn bad_json_and_bad_scenarios_are_error_objects() {
        let v: serde_json::Value =
            serde_json::from_str(&evaluate_json("{not json")).unwrap_or_default();
        assert_eq!(v["error"]["kind"], "parse");
        let mut s = example_county();
        s.format_version = 99;
        let v: serde_json::Value =
            serde_json::from_str(&evaluate_json(&to_json(&s))).unwrap_or_default();
        assert_eq!(v["error"]["kind"], "unsupported_version");
        assert_eq!(v["error"]["field"], "format_version");
    }

    #[test]
    fn builtin_rules_json_parses_back_to_the_builtin_set() {
        let back: Result<RuleSet, _> = serde_json::from_str(&builtin_rules_json());
        assert_eq!(back.ok(), Some(RuleSet::builtin()));
    }
}
