//! `use_storage_sync`: listens to the window's `storage` events (another
//! tab of this browser wrote localStorage) and hands them to the session,
//! which raises a conflict when the open draft's revision moved there.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::session::DraftsHandle;

#[hook]
pub fn use_storage_sync(handle: &DraftsHandle) {
    let handle = handle.clone();
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let listener = EventListener::new(&window, "storage", move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
                let key = event.key();
                let ours = key
                    .as_deref()
                    .is_none_or(|k| k.starts_with(crate::store::KEY_PREFIX));
                if ours {
                    handle.on_storage(key);
                }
            }
        });
        move || drop(listener)
    });
}
