//! The Yew user interface: a thin layer over `engine`. Compiled for wasm32 only.
//!
//! Layout: `app` (the root: language, current screen, the app state
//! provider), `state` (the Scenario with undo/redo and its Evaluation, a
//! reducer), `shell` (header,
//! navigation, footer), `screens` (one file per screen), `prefs` (settings
//! remembered in localStorage), `tolerance` (the 容错纠错 screen).

mod app;
pub mod bulletin;
pub mod calc;
pub mod drafts;
pub mod fields;
pub mod io;
pub mod panic;
mod prefs;
pub mod rules;
mod screens;
mod shell;
pub mod state;
pub mod tolerance;
pub mod whatif;

pub use app::{use_app, App, AppHandle, AppProvider, Screen};
pub use shell::{Footer, Header, Nav};
