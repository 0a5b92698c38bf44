//! `use_link_open`: opens a share link pasted into the address bar of an
//! open tab (`hashchange`); the link present at start-up is opened by
//! start-up itself (see `save.rs`), after the latest draft.

use gloo::events::EventListener;
use yew::prelude::*;

use super::session::DraftsHandle;

#[hook]
pub fn use_link_open(handle: &DraftsHandle) {
    let handle = handle.clone();
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let listener = EventListener::new(&window, "hashchange", move |_| handle.check_link());
        move || drop(listener)
    });
}
