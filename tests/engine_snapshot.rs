#![cfg(not(target_arch = "wasm32"))]
//! The example county's Evaluation, computed natively, is kept as
//! `tests/fixtures/example-evaluation.json`. This test fails when the native
//! engine's output differs from it; the browser tests (tests/browser.rs and
//! tests/e2e/engine_api.test.mjs) check the wasm build against the same file,
//! so "wasm equals native" is tested on every run.
//!
//! After an intended change of the engine's output, regenerate with
//! `UPDATE_FIXTURES=1 cargo test --test engine_snapshot` and review the diff.

use kaohe::engine::{evaluate_json, example_scenario_json};

const FIXTURE: &str = "tests/fixtures/example-evaluation.json";

#[test]
fn native_evaluation_of_the_example_county_matches_the_fixture() {
    let native: serde_json::Value =
        serde_json::from_str(&evaluate_json(&example_scenario_json())).expect("evaluation JSON");
    assert!(
        native.get("error").is_none(),
        "the example county must evaluate: {native}"
    );
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        let pretty = serde_json::to_string_pretty(&native).expect("pretty JSON");
        std::fs::write(&path, pretty + "\n").expect("write the fixture");
    }
    let stored: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("read the fixture"))
            .expect("fixture JSON");
    assert!(
        stored == native,
        "the native Evaluation of the example county differs from {FIXTURE}; \
         if the change is intended, regenerate it (see this file's header)"
    );
}
