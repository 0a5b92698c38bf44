//! The pure scoring engine: rules, scenarios, evaluation, tolerance, what-if.
//!
//! Invariant: nothing under `engine/` imports a browser crate (yew, web-sys,
//! gloo, wasm-bindgen, js-sys); it builds and is tested natively. All
//! arithmetic is checked `Decimal`; invalid input is an [`EngineError`],
//! never a panic. domain.md section 4 is the normative model; each module
//! names the subsection it implements.
//!
//! Entry point: [`evaluate`] (`Scenario` → `Evaluation`).

pub mod builtin;
pub mod error;
pub mod evaluation;
pub mod example;
pub mod num;
pub mod rules;
pub mod rules_check;
pub mod scenario;
pub mod tolerance;
pub mod trace;
pub mod types;
pub mod whatif;

mod adjustments;
mod awards;
mod book;
mod cadres;
mod escalation;
mod evaluate;
mod feedback;
mod indicators;
mod json;
mod learning;
mod mirror;
mod quarters;
mod ranking;
mod scoring;
mod small;
mod synth;

pub use error::{EngineError, ErrorKind};
pub use evaluate::evaluate;
pub use evaluation::Evaluation;
pub use json::{builtin_rules_json, evaluate_json, example_scenario_json};
pub use rules::RuleSet;
pub use rules_check::{IssueKind, RuleIssue, Severity};
pub use scenario::Scenario;
