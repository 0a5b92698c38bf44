//! The pure scoring engine: rules, scenarios, evaluation, tolerance, what-if.
//!
//! Invariant: nothing under `engine/` imports a browser crate (yew, web-sys,
//! gloo, wasm-bindgen, js-sys); it builds and is tested natively.

pub mod tolerance;
