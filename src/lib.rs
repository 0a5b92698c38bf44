//! Kaohe (考核): cadre appraisal and fault-tolerance calculator.
//!
//! `engine` is pure Rust; the UI and the JS API exist only on wasm32.

pub mod engine;
