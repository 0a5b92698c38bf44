//! [`Deferred`]: children rendered only after the page has painted once.
//! For parts below the fold that a user does not need in the first frame
//! (the 导入/导出 panel under the rosters): the first render — which, cold,
//! also compiles every function it runs — leaves them out, so the rosters
//! show sooner (BENCHMARKS.md, "Start"). They follow one frame later.
//!
//! The body is requested from an animation frame (run just before the
//! browser paints) through a zero timeout (a task after that paint).
//! Where animation frames are missing it renders at once.

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeferredProps {
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Deferred(props: &DeferredProps) -> Html {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let later = ready.clone();
            let frame = Closure::once_into_js(move || {
                Timeout::new(0, move || later.set(true)).forget();
            });
            let asked = web_sys::window()
                .map(|w| w.request_animation_frame(frame.unchecked_ref()).is_ok())
                .unwrap_or(false);
            if !asked {
                ready.set(true);
            }
        });
    }
    if *ready {
        props.children.clone()
    } else {
        Html::default()
    }
}
