//! Shared helpers for the engine tests: build small scenarios from compact
//! JSON, evaluate them through the public API, and compare expected outputs
//! addressed by path in the Evaluation's JSON (so tests do not depend on
//! engine internals).
#![allow(dead_code)]

use std::str::FromStr;

use kaohe::engine::{evaluate, EngineError, Evaluation, Scenario};
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// A department with one indicator at 100% (80 points) and all five 360
/// groups at 80 (16 points): total 96.
pub fn unit(id: &str) -> Value {
    unit_in(id, "group.department")
}

/// Same, in a given group (kind follows the group).
pub fn unit_in(id: &str, group: &str) -> Value {
    let kind = if group == "group.town" {
        "town"
    } else {
        "department"
    };
    json!({
        "id": id, "kind": kind, "group": group, "staff": 10,
        "indicators": [{"indicator": "ind.gdp", "weight": 80, "target": 100, "actual": 100}],
        "feedback": fb(&[80, 80, 80, 80, 80]),
    })
}

/// The five evaluator groups' scores, in rule order.
pub fn fb(scores: &[i64]) -> Value {
    let ids = [
        "fb.supervisor",
        "fb.departments",
        "fb.office",
        "fb.staff",
        "fb.service",
    ];
    Value::Array(
        ids.iter()
            .zip(scores)
            .map(|(g, s)| json!({"group": g, "score": s}))
            .collect(),
    )
}

/// A unit whose single indicator gives `actual`% completion of 80 points.
pub fn unit_scoring(id: &str, actual: i64) -> Value {
    set(
        unit(id),
        "indicators",
        json!([{"indicator": "ind.gdp", "weight": 80, "target": 100, "actual": actual}]),
    )
}

/// An event.
pub fn ev(kind: &str, level: &str, quarter: i64) -> Value {
    json!({"kind": kind, "level": level, "quarter": quarter})
}

/// An event with a 文号.
pub fn ev_doc(kind: &str, level: &str, quarter: i64, doc: &str) -> Value {
    json!({"kind": kind, "level": level, "quarter": quarter, "doc_no": doc})
}

/// Sets `key` of an object.
pub fn set(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}

/// A scenario of the built-in rules with these units.
pub fn scenario(units: Vec<Value>) -> Value {
    json!({
        "format_version": 1,
        "rules": {"builtin": {"id": "builtin", "version": "1"}},
        "year": 2024,
        "units": units,
    })
}

/// A scenario with custom rules: the built-in set edited by `edit`.
pub fn with_rules(mut s: Value, edit: impl FnOnce(&mut Value)) -> Value {
    let mut rules = serde_json::to_value(kaohe::engine::RuleSet::builtin()).unwrap_or(Value::Null);
    edit(&mut rules);
    s["rules"] = json!({ "custom": rules });
    s
}

/// Deserializes and evaluates, returning the result or the error.
pub fn run(s: &Value) -> Result<Evaluation, EngineError> {
    let scenario: Scenario =
        serde_json::from_value(s.clone()).unwrap_or_else(|e| panic!("scenario JSON: {e}"));
    evaluate(&scenario)
}

/// Evaluates and returns the Evaluation as JSON.
pub fn eval_json(s: &Value) -> Value {
    match run(s) {
        Ok(e) => serde_json::to_value(&e).unwrap_or(Value::Null),
        Err(e) => panic!("evaluation failed: {e}"),
    }
}

fn find<'a>(list: &'a Value, id: &str) -> &'a Value {
    list.as_array()
        .and_then(|a| a.iter().find(|x| x["id"] == id || x["group"] == id))
        .unwrap_or(&Value::Null)
}

/// Looks up a path in an Evaluation's JSON: `u:ID`, `c:ID` or `g:ID`, then
/// `/`-separated keys or indices (ids contain dots). Pseudo-keys: `#flags` (actions),
/// `#awards` (award names, `single_item:IND` for single items), `#trace_sum`
/// (sum of trace points), `#rules` (rule ids of the trace, in order),
/// `#capped` (rule ids of lines a cap cut), `#fires:RULE` (a line has RULE).
pub fn get(eval: &Value, path: &str) -> Value {
    let (head, rest) = path.split_once('/').unwrap_or((path, ""));
    let mut cur = match head.split_once(':') {
        Some(("u", id)) => find(&eval["units"], id).clone(),
        Some(("c", id)) => find(&eval["cadres"], id).clone(),
        Some(("g", id)) => find(&eval["groups"], id).clone(),
        _ => eval[head].clone(),
    };
    for key in rest.split('/').filter(|k| !k.is_empty()) {
        cur = match key {
            "#flags" => Value::Array(
                cur["flags"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|f| f["action"].clone())
                    .collect(),
            ),
            "#awards" => Value::Array(
                cur["awards"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|a| match a["indicator"].as_str() {
                        Some(i) => json!(format!("{}:{}", a["award"].as_str().unwrap_or(""), i)),
                        None => a["award"].clone(),
                    })
                    .collect(),
            ),
            "#trace_sum" => {
                let sum: Decimal = cur["trace"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|l| dec(&l["points"]))
                    .sum();
                json!(sum.to_string())
            }
            "#capped" => Value::Array(
                cur["trace"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|l| l["capped"] == true)
                    .map(|l| l["rule"].clone())
                    .collect(),
            ),
            k if k.starts_with("#fires:") => {
                let rule = &k["#fires:".len()..];
                json!(cur["trace"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|l| l["rule"] == rule))
            }
            "#rules" => Value::Array(
                cur["trace"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|l| l["rule"].clone())
                    .collect(),
            ),
            k => match k.parse::<usize>() {
                Ok(i) => cur[i].clone(),
                Err(_) => cur[k].clone(),
            },
        };
    }
    cur
}

/// A JSON number or numeric string as a Decimal (panics otherwise).
pub fn dec(v: &Value) -> Decimal {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => panic!("not a decimal: {other}"),
    };
    Decimal::from_str(&s).unwrap_or_else(|_| panic!("not a decimal: {s}"))
}

/// Equality where numeric strings and numbers compare as decimals.
pub fn same(a: &Value, b: &Value) -> bool {
    let num = |v: &Value| match v {
        Value::Number(n) => Decimal::from_str(&n.to_string()).ok(),
        Value::String(s) => Decimal::from_str(s).ok(),
        _ => None,
    };
    match (a, b) {
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        _ => match (num(a), num(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a == b,
        },
    }
}

/// THE table helper: evaluates `scenario` and checks each `(path, expected)`.
pub fn check(name: &str, scenario: &Value, expected: &[(&str, Value)]) {
    let eval = eval_json(scenario);
    for (path, want) in expected {
        let got = get(&eval, path);
        assert!(
            same(&got, want),
            "{name}: {path}: expected {want}, got {got}"
        );
    }
    // Every unit and cadre trace sums exactly to its total.
    for u in eval["units"].as_array().into_iter().flatten() {
        let sum: Decimal = u["trace"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|l| dec(&l["points"]))
            .sum();
        assert_eq!(
            sum,
            dec(&u["total"]),
            "{name}: trace of {} does not sum",
            u["id"]
        );
    }
}

/// Evaluates `scenario` expecting an error; returns it.
pub fn check_err(name: &str, scenario: &Value) -> EngineError {
    match run(scenario) {
        Ok(_) => panic!("{name}: expected an error"),
        Err(e) => e,
    }
}
