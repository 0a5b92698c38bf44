//! A whole case at once, and the pure JSON function behind the JS API
//! `checkTolerance(caseJson) -> string` (docs/tolerance.md).

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::case::{CaseKind, ToleranceCase};
use super::check::{check, ToleranceResult};
use super::clearance::{clearance_record, ClearanceRecord};
use super::rules::ToleranceRules;
use super::timeline::{case_timeline, Timeline};
use super::ToleranceError;

/// Everything the screen and the print show for one case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseReport {
    pub kind: CaseKind,
    /// The check (tolerance cases).
    pub result: Option<ToleranceResult>,
    /// The procedure due dates (tolerance cases with an application date).
    pub timeline: Option<Timeline>,
    /// The clearance record (clearance cases).
    pub clearance: Option<ClearanceRecord>,
}

/// The check and timeline of a tolerance case, or the record of a
/// clearance case.
pub fn evaluate_case(
    rules: &ToleranceRules,
    case: &ToleranceCase,
) -> Result<CaseReport, ToleranceError> {
    Ok(match case.kind {
        CaseKind::Tolerance => CaseReport {
            kind: case.kind,
            result: Some(check(rules, case)?),
            timeline: case_timeline(rules, case)?,
            clearance: None,
        },
        CaseKind::Clearance => CaseReport {
            kind: case.kind,
            result: None,
            timeline: None,
            clearance: Some(clearance_record(rules, case)?),
        },
    })
}

/// Reads a case (with an optional `"rules"` member replacing the built-in
/// rules) and evaluates it.
fn evaluate_json(input: &str) -> Result<CaseReport, ToleranceError> {
    let mut value: Value =
        serde_json::from_str(input).map_err(|e| ToleranceError::InvalidJson {
            message: e.to_string(),
        })?;
    let rules = match value.as_object_mut().and_then(|o| o.remove("rules")) {
        None | Some(Value::Null) => ToleranceRules::builtin(),
        Some(r) => crate::json::from_value(&r)
            .map_err(|message| ToleranceError::InvalidRules { message })?,
    };
    let case: ToleranceCase = crate::json::from_value(&value)
        .map_err(|message| ToleranceError::InvalidCase { message })?;
    evaluate_case(&rules, &case)
}

/// The JSON API: a case as JSON in, `{"ok": true, "kind", "result",
/// "timeline", "clearance"}` or `{"ok": false, "error": {"code", …, "zh",
/// "en"}}` out. Never panics.
pub fn check_tolerance_json(input: &str) -> String {
    let out = match evaluate_json(input) {
        Ok(report) => crate::json::to_value(&report).map(|mut v| {
            if let Some(o) = v.as_object_mut() {
                o.insert("ok".into(), Value::Bool(true));
            }
            v
        }),
        Err(e) => crate::json::to_value(&e).map(|mut err| {
            if let Some(o) = err.as_object_mut() {
                o.insert("zh".into(), Value::String(e.zh()));
                o.insert("en".into(), Value::String(e.en()));
            }
            json!({ "ok": false, "error": err })
        }),
    };
    match out {
        Ok(v) => v.to_string(),
        Err(_) => {
            r#"{"ok":false,"error":{"code":"internal","zh":"内部错误","en":"internal error"}}"#
                .to_string()
        }
    }
}
