//! The JS API exported from the wasm module, and the app's entry point.

use wasm_bindgen::prelude::*;

/// Mounts the app into `#app` (called by `start.js` after `init()`).
#[wasm_bindgen]
pub fn run() {
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
