//! `use_autosave`: the hook behind drafts. Called once, by
//! [`super::DraftsRoot`] inside `AppProvider`; it owns the [`Session`],
//! runs start-up (open the latest draft or store the example, then open a
//! link in the address), saves every change of the Scenario after a
//! debounce of [`super::AUTOSAVE_DELAY_MS`], and flushes a pending save when the
//! page is hidden or unloaded. It returns the [`DraftsHandle`] that
//! `DraftsRoot` provides as context.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::session::{DraftsHandle, Session};
use crate::ui::by_ptr::ByPtr;
use crate::ui::shell::use_lang;
use crate::ui::state::Action;
use crate::ui::use_app;

#[derive(Default, PartialEq)]
struct Counter(u64);

impl Reducible for Counter {
    type Action = ();
    fn reduce(self: std::rc::Rc<Self>, _: ()) -> std::rc::Rc<Self> {
        std::rc::Rc::new(Counter(self.0.wrapping_add(1)))
    }
}

#[hook]
pub fn use_autosave() -> DraftsHandle {
    let app = use_app();
    let lang = use_lang();
    let counter = use_reducer(Counter::default);
    let session = {
        let first = app.scenario().clone();
        use_mut_ref(move || Session::new(first))
    };
    session.borrow_mut().lang = lang;
    let handle = DraftsHandle {
        session,
        version: counter.0,
        bump: {
            let counter = counter.clone();
            Callback::from(move |()| counter.dispatch(()))
        },
        open: {
            let app = app.clone();
            Callback::from(move |s| app.dispatch(Action::Open(s)))
        },
    };

    // Declared before start-up so that its first run (the Scenario the app
    // was mounted with) is only recorded, never saved.
    {
        let handle = handle.clone();
        use_effect_with(ByPtr(app.scenario().clone()), move |s| {
            handle.on_scenario(s.0.clone())
        });
    }
    {
        let handle = handle.clone();
        use_effect_with((), move |_| {
            handle.start();
            let window = gloo::utils::window();
            let on_hide = handle.clone();
            let hide = EventListener::new(&window, "pagehide", move |_| on_hide.flush());
            let on_visibility = handle.clone();
            let document = gloo::utils::document();
            let visibility = EventListener::new(&document, "visibilitychange", move |_| {
                if gloo::utils::document().hidden() {
                    on_visibility.flush();
                }
            });
            // Work that no draft holds and that cannot be written now (a
            // conflict open, storage full or failing) makes the browser ask
            // before the page is left.
            let on_leave = handle.clone();
            let leave = EventListener::new_with_options(
                &window,
                "beforeunload",
                EventListenerOptions::enable_prevent_default(),
                move |e| {
                    on_leave.flush();
                    if on_leave.unsaved_at_risk() {
                        e.prevent_default();
                        if let Some(b) = e.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                            b.set_return_value("unsaved");
                        }
                    }
                },
            );
            move || {
                drop(hide);
                drop(visibility);
                drop(leave);
            }
        });
    }
    handle
}
