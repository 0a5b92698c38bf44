//! The Yew user interface: a thin layer over `engine`. Compiled for wasm32 only.
//!
//! Layout: `app` (the root: language, current screen), `shell` (header,
//! navigation, footer), `screens` (one file per screen), `prefs` (settings
//! remembered in localStorage).

mod app;
mod prefs;
mod screens;
mod shell;

pub use app::{App, Screen};
pub use shell::{Footer, Header, Nav};
