//! The Yew user interface: a thin layer over `engine`. Compiled for wasm32 only.
//!
//! Layout: `app` (the root: language, current screen, the app state
//! provider), `state` (the Scenario with undo/redo and its Evaluation, a
//! reducer), `shell` (header,
//! navigation, footer), `screens` (one file per screen), `prefs` (settings
//! remembered in localStorage), `tolerance` (the 容错纠错 screen).

mod app;
pub mod bulletin;
pub mod by_ptr;
pub mod calc;
pub mod deferred;
pub mod disclosure;
pub mod drafts;
mod drop_later;
pub mod fields;
mod focus;
pub mod io;
pub mod panic;
mod prefs;
pub mod rules;
mod screens;
pub mod select_field;
mod shell;
pub mod state;
pub mod tolerance;
mod undo_keys;
pub mod whatif;

pub use app::{use_app, App, AppHandle, AppProvider, Screen};
pub use focus::{focus_id, use_focus_round_trip, ReturnFocus};
pub use shell::{Footer, Header, Nav};

// Unit ids in the Evaluation are `engine::trace::Shared` (an `Rc<str>`):
// keys and attributes take them without copying the string.
impl From<crate::engine::trace::Shared> for yew::virtual_dom::Key {
    fn from(s: crate::engine::trace::Shared) -> Self {
        std::rc::Rc::<str>::from(s).into()
    }
}

impl yew::html::IntoPropValue<Option<yew::AttrValue>> for crate::engine::trace::Shared {
    fn into_prop_value(self) -> Option<yew::AttrValue> {
        Some(std::rc::Rc::<str>::from(self).into())
    }
}

/// A DOM id fragment for a data id (rule ids and unit ids are data): every
/// byte outside `[A-Za-z0-9_]` written as `-xx`, so the mapping is
/// one-to-one and the result a valid fragment and CSS identifier.
pub fn dom_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b == b'_' {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("-{b:02x}"));
        }
    }
    out
}
