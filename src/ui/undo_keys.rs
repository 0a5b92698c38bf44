//! The global undo / redo shortcuts: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y
//! redo (⌘ on macOS), through a document `keydown` listener that lives as
//! long as the component using the hook (`AppProvider`: every screen, so
//! that the browser's own undo never changes a field behind the app's
//! back). Inside a text input or textarea
//! the keys are left to the browser, so native text undo works there.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::ui::state::{Action, AppState};

/// Whether `target` is a place where the browser's own text undo applies.
fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    match el.tag_name().to_ascii_lowercase().as_str() {
        "textarea" => true,
        "input" => {
            let ty = el
                .get_attribute("type")
                .unwrap_or_default()
                .to_ascii_lowercase();
            !matches!(
                ty.as_str(),
                "checkbox" | "radio" | "button" | "submit" | "reset" | "range" | "color" | "file"
            )
        }
        _ => el
            .dyn_ref::<HtmlElement>()
            .is_some_and(|h| h.is_content_editable()),
    }
}

/// Installs the shortcuts for as long as the calling component is mounted.
#[hook]
pub fn use_undo_shortcuts(dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        // Not passive: a handled shortcut cancels the browser's default.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |e| {
                let Some(k) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if !(k.ctrl_key() || k.meta_key()) || k.alt_key() || in_text_field(k.target()) {
                    return;
                }
                let action = match (k.key().to_ascii_lowercase().as_str(), k.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                k.prevent_default();
                dispatcher.dispatch(action);
            },
        );
        move || drop(listener)
    });
}
