//! The JS API exported from the wasm module, and the app's entry point.

use wasm_bindgen::prelude::*;

/// Mounts the app into `#app` (called by `start.js` after `init()`).
#[cfg(feature = "ui")]
#[wasm_bindgen]
pub fn run() {
    crate::ui::panic::install();
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => {
            el.set_inner_html("");
            yew::Renderer::<crate::ui::App>::with_root(el).render();
        }
        None => {
            yew::Renderer::<crate::ui::App>::new().render();
        }
    }
}

/// Without the `ui` feature (`make bench`'s floor build: the engine, its
/// formats and this API with no screen), `run` mounts a heading like the
/// hello world's, so that the floor's start can be timed the same way.
#[cfg(not(feature = "ui"))]
#[wasm_bindgen]
pub fn run() {
    #[yew::component]
    fn Floor() -> yew::Html {
        yew::html! { <main><h1 id="app-title">{ "Kaohe" }</h1></main> }
    }
    if let Some(el) = gloo::utils::document().get_element_by_id("app") {
        el.set_inner_html("");
        yew::Renderer::<Floor>::with_root(el).render();
    }
}

/// `checkTolerance(caseJson: string): string` — checks one tolerance case
/// (a ToleranceCase as JSON, optionally with a `"rules"` member replacing
/// the built-in tolerance rules) and returns the CaseReport as JSON:
/// `{"ok": true, "kind", "result", "timeline", "clearance"}`, or
/// `{"ok": false, "error": {"code", …, "zh", "en"}}`. Never throws.
/// See docs/tolerance.md ("JS API").
#[wasm_bindgen(js_name = checkTolerance)]
pub fn check_tolerance(case_json: &str) -> String {
    crate::engine::tolerance::check_tolerance_json(case_json)
}

/// A deliberate panic, for the end-to-end test of the panic hook
/// (tests/e2e). Harmless: it only shows the reload message.
#[wasm_bindgen(js_name = __kaoheTestPanic)]
pub fn test_panic() {
    panic!("deliberate test panic");
}

/// `evaluate(scenarioJson: string): string` — evaluates a Scenario (JSON,
/// docs/scenario-format.md) and returns the Evaluation as JSON, or
/// `{"error": {...}}` naming the kind, unit and field (an EngineError), or
/// `{"error": {"kind": "parse", "detail": ...}}` for JSON that is not a
/// Scenario. Never throws.
#[wasm_bindgen]
pub fn evaluate(scenario_json: &str) -> String {
    crate::engine::evaluate_json(scenario_json)
}

/// `builtinRules(): string` — the built-in RuleSet (示例规则) as JSON.
#[wasm_bindgen(js_name = builtinRules)]
pub fn builtin_rules() -> String {
    crate::engine::builtin_rules_json()
}

/// `exampleScenario(): string` — the example county (示例县) as JSON.
#[wasm_bindgen(js_name = exampleScenario)]
pub fn example_scenario() -> String {
    crate::engine::example_scenario_json()
}

/// `__kaoheBench(kind, units, runs): string` — times engine work inside the
/// wasm module for `make bench` (scripts/bench.mjs): `kind` is `evaluate`
/// (the example county when `units` is 43, else a generated county of
/// `units`) or `goalseek` (run i asks unit i mod n to reach 优秀 with the
/// default levers). Returns `{"kind","units","runs","median_ms","min_ms",
/// "max_ms"}` as JSON.
#[wasm_bindgen(js_name = __kaoheBench)]
pub fn bench(kind: &str, units: u32, runs: u32) -> String {
    use crate::engine::example::{example_county, generated_county};
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        return r#"{"error":"no performance clock"}"#.to_owned();
    };
    let scenario = if units == 43 {
        example_county()
    } else {
        generated_county(units as usize, 42)
    };
    let runs = runs.clamp(1, 10_000);
    let mut times = Vec::with_capacity(runs as usize);
    for run in 0..runs {
        let t = perf.now();
        let ok = match kind {
            "evaluate" => crate::engine::evaluate(&scenario).is_ok(),
            // One goal seek per run, cycling through the units: 优秀 with
            // the default levers (what a user asks first).
            "goalseek" => {
                use crate::engine::types::UnitGrade;
                use crate::engine::whatif::{goal_seek, GoalSeekRequest, Target};
                let Some(unit) = scenario
                    .units
                    .get(run as usize % scenario.units.len().max(1))
                else {
                    return r#"{"error":"no units"}"#.to_owned();
                };
                let req = GoalSeekRequest::new(&unit.id, Target::Grade(UnitGrade::Excellent));
                goal_seek(&scenario, &req).is_ok()
            }
            _ => return format!(r#"{{"error":"unknown kind {kind:?}"}}"#),
        };
        times.push(perf.now() - t);
        if !ok {
            return format!(r#"{{"error":"{kind} failed"}}"#);
        }
    }
    crate::order::sort_by(&mut times, |a, b| a.total_cmp(b));
    let median = times[times.len() / 2];
    format!(
        r#"{{"kind":"{kind}","units":{},"runs":{runs},"median_ms":{median},"min_ms":{},"max_ms":{}}}"#,
        scenario.units.len(),
        times[0],
        times[times.len() - 1]
    )
}

/// `encodeShareLink(scenarioJson: string): string` — the share-link payload
/// (`k1.…`, to put after `#`) of a Scenario, or `{"error": …}` when the JSON
/// is not a Scenario or the link would be too large.
#[wasm_bindgen(js_name = encodeShareLink)]
pub fn encode_share_link(scenario_json: &str) -> String {
    let scenario: crate::engine::Scenario = match serde_json::from_str(scenario_json) {
        Ok(s) => s,
        Err(e) => {
            return serde_json::json!({ "error": { "kind": "parse", "detail": e.to_string() } })
                .to_string()
        }
    };
    crate::share::encode(&scenario).unwrap_or_else(|e| {
        serde_json::json!({ "error": { "kind": e.code(), "detail": e.to_string() } }).to_string()
    })
}

/// `__kaoheGeneratedScenario(units: number): string` — a generated county of
/// `units` units (deterministic), as Scenario JSON, for benchmarks.
#[wasm_bindgen(js_name = __kaoheGeneratedScenario)]
pub fn generated_scenario(units: u32) -> String {
    serde_json::to_string(&crate::engine::example::generated_county(
        units as usize,
        42,
    ))
    .unwrap_or_default()
}
