//! Browser tests (wasm-bindgen-test in headless Chromium): components mounted
//! into a real DOM. Run by `make test` through
//! `wasm-pack test --headless --chrome ... -- --test browser`.
#![cfg(target_arch = "wasm32")]

use gloo::storage::Storage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `T` into a fresh element and returns that element.
fn mount<T: BaseComponent<Properties = ()>>() -> web_sys::Element {
    let doc = gloo::utils::document();
    let host = doc.create_element("div").expect("create a div");
    doc.body()
        .expect("a body")
        .append_child(&host)
        .expect("append");
    yew::Renderer::<T>::with_root(host.clone()).render();
    host
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn app_shows_title_navigation_and_switches_screens() {
    gloo::storage::LocalStorage::clear();
    let root = mount::<kaohe::ui::App>();
    yew::scheduler::flush().await;

    assert_eq!(text_of(&root, "#app-title"), "干部考核与容错计算器");
    let buttons = root.query_selector_all("nav button").expect("nav buttons");
    assert_eq!(buttons.length(), 5);
    assert_eq!(text_of(&root, "[aria-current=page]"), "考核计算");

    let tolerance: web_sys::HtmlElement = root
        .query_selector("#nav-tolerance")
        .ok()
        .flatten()
        .expect("the tolerance button")
        .dyn_into()
        .expect("an HTML element");
    tolerance.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "#screen-title"), "容错纠错");
    assert_eq!(text_of(&root, "[aria-current=page]"), "容错纠错");
}

#[wasm_bindgen_test]
async fn language_toggle_switches_to_english() {
    gloo::storage::LocalStorage::clear();
    let root = mount::<kaohe::ui::App>();
    yew::scheduler::flush().await;
    let toggle: web_sys::HtmlElement = root
        .query_selector("#lang-toggle")
        .ok()
        .flatten()
        .expect("the toggle")
        .dyn_into()
        .expect("an HTML element");
    toggle.click();
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&root, "#app-title"),
        "Cadre Appraisal and Fault-Tolerance Calculator"
    );
    assert_eq!(
        gloo::storage::LocalStorage::get::<String>("kaohe.lang")
            .ok()
            .as_deref(),
        Some("en")
    );
    gloo::storage::LocalStorage::clear();
}

#[wasm_bindgen_test]
fn wasm_evaluate_of_the_example_county_equals_the_native_fixture() {
    // tests/fixtures/example-evaluation.json is written and checked by the
    // native test tests/engine_snapshot.rs.
    let wasm: serde_json::Value =
        serde_json::from_str(&kaohe::evaluate(&kaohe::example_scenario())).expect("JSON");
    let native: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/example-evaluation.json")).expect("JSON");
    assert!(
        wasm.get("error").is_none(),
        "wasm evaluate failed: {}",
        wasm["error"]
    );
    assert!(
        wasm == native,
        "the wasm Evaluation differs from the native one"
    );
}

#[wasm_bindgen_test]
fn wasm_evaluate_reports_bad_input_as_an_error_object() {
    let reply: serde_json::Value = serde_json::from_str(&kaohe::evaluate("[1, 2")).expect("JSON");
    assert_eq!(reply["error"]["kind"], "parse");
}

/// A part rendered at once beside a deferred one.
#[component]
fn DeferredProbe() -> Html {
    html! {
        <>
            <p id="deferred-now">{ "now" }</p>
            <kaohe::ui::deferred::Deferred>
                <p id="deferred-later">{ "later" }</p>
            </kaohe::ui::deferred::Deferred>
        </>
    }
}

/// Resolves after `ms` milliseconds (a task of its own).
async fn sleep(ms: i32) {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("a timeout");
    });
    wasm_bindgen_futures::JsFuture::from(later)
        .await
        .expect("the timeout");
}

#[wasm_bindgen_test]
async fn deferred_children_follow_the_first_frame() {
    let root = mount::<DeferredProbe>();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, "#deferred-now"), "now");
    assert!(
        root.query_selector("#deferred-later")
            .ok()
            .flatten()
            .is_none(),
        "the deferred part is not in the first render"
    );
    // An animation frame, then a task after it: poll for up to two seconds
    // (a headless page may space its frames).
    let mut waited = 0;
    while root
        .query_selector("#deferred-later")
        .ok()
        .flatten()
        .is_none()
        && waited < 2000
    {
        sleep(20).await;
        yew::scheduler::flush().await;
        waited += 20;
    }
    assert_eq!(text_of(&root, "#deferred-later"), "later");
    assert_eq!(text_of(&root, "#deferred-now"), "now");
}
