//! Keyboard focus for parts that open and close in place: [`focus_id`]
//! (focus by DOM id) and [`use_focus_round_trip`] (a question or a field
//! opened from a button takes focus, and gives it back to that button when
//! it closes).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

/// Moves focus to the element with DOM id `id`, if it is there (and can
/// take focus: a disabled button cannot).
pub fn focus_id(id: &str) {
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Focus on a round trip from an opener button to a part shown in place
/// while `open`: when `open` turns true, `inside` takes focus (a text field
/// with its text selected); when it turns false after [`ReturnFocus::arm`],
/// `opener` takes it back, after the render that shows (or enables) it
/// again. Closing without `arm` (a choice that removes the opener) leaves
/// focus to the caller.
#[hook]
pub fn use_focus_round_trip(open: bool, inside: NodeRef, opener: NodeRef) -> ReturnFocus {
    let armed = use_mut_ref(|| false);
    {
        let armed = armed.clone();
        use_effect_with(open, move |open| {
            let target = if *open {
                Some(inside)
            } else if std::mem::take(&mut *armed.borrow_mut()) {
                Some(opener)
            } else {
                None
            };
            if let Some(el) = target.and_then(|r| r.cast::<HtmlElement>()) {
                let _ = el.focus();
                if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                    input.select();
                }
            }
        });
    }
    ReturnFocus(armed)
}

/// What [`use_focus_round_trip`] returns: `arm` before closing to send
/// focus back to the opener.
#[derive(Clone)]
pub struct ReturnFocus(Rc<RefCell<bool>>);

impl ReturnFocus {
    pub fn arm(&self) {
        *self.0.borrow_mut() = true;
    }
}
