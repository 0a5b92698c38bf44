//! Hello world in Yew: the smallest app with the same toolchain and profile.
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[component]
fn Hello() -> Html {
    let clicks = use_state(|| 0u32);
    let onclick = {
        let clicks = clicks.clone();
        Callback::from(move |_| clicks.set(*clicks + 1))
    };
    html! {
        <main>
            <h1 id="app-title">{ "Hello" }</h1>
            <button {onclick}>{ format!("clicked {}", *clicks) }</button>
        </main>
    }
}

#[wasm_bindgen]
pub fn run() {
    yew::Renderer::<Hello>::new().render();
}
