//! Kaohe (考核): cadre appraisal and fault-tolerance calculator.
//!
//! `engine` and `i18n` are pure Rust and build natively; the Yew UI (`ui`)
//! and the JS API (`api`) exist only on wasm32.

pub mod engine;
#[doc(hidden)]
pub mod fuzzing;
pub mod history;
pub mod i18n;
pub mod io;
pub mod json;
pub mod numinput;
pub mod order;
pub mod share;
pub mod store;

#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use api::*;
