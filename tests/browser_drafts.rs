//! Component tests of the drafts (issue 7) in headless Chromium: the
//! autosave writes the edited Scenario to localStorage after its debounce,
//! and a damaged stored draft is set aside (quarantined, byte for byte) and
//! listed with a download button. Run by `make test` through
//! `wasm-pack test --headless --chrome ... -- --test browser_drafts`.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use gloo::storage::Storage;
use kaohe::engine::example::example_county;
use kaohe::ui::drafts::{DraftsRoot, DraftsScreen, AUTOSAVE_DELAY_MS};
use kaohe::ui::state::Action;
use kaohe::ui::{use_app, AppProvider};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A button that renames the Scenario (one edit).
#[component]
fn Editor() -> Html {
    let app = use_app();
    let onclick = Callback::from(move |_: MouseEvent| {
        let mut next = (**app.scenario()).clone();
        next.name = "改过的名字 Edited".into();
        app.dispatch(Action::Edit(next));
    });
    html! { <button type="button" id="test-edit" {onclick}>{ "edit" }</button> }
}

#[component]
fn Harness() -> Html {
    let scenario = use_memo((), |_| example_county());
    html! {
        <AppProvider scenario={Rc::clone(&scenario)}>
            <DraftsRoot>
                <Editor />
                <DraftsScreen />
            </DraftsRoot>
        </AppProvider>
    }
}

fn mount() -> web_sys::Element {
    let doc = gloo::utils::document();
    let host = doc.create_element("div").expect("create a div");
    doc.body()
        .expect("a body")
        .append_child(&host)
        .expect("append");
    yew::Renderer::<Harness>::with_root(host.clone()).render();
    host
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    yew::scheduler::flush().await;
}

fn storage() -> web_sys::Storage {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .expect("localStorage")
}

fn keys(prefix: &str) -> Vec<String> {
    let s = storage();
    let n = s.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect();
    keys.sort();
    keys
}

fn get(key: &str) -> Option<String> {
    storage().get_item(key).ok().flatten()
}

#[wasm_bindgen_test]
async fn autosave_writes_the_edited_scenario_to_local_storage() {
    gloo::storage::LocalStorage::clear();
    let root = mount();
    yew::scheduler::flush().await;
    sleep(50).await;
    // Start-up stored the example county as the first draft.
    let drafts = keys("kaohe.draft.");
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    let first: serde_json::Value =
        serde_json::from_str(&get(&drafts[0]).expect("stored")).expect("JSON");
    assert_eq!(first["revision"], 1);
    assert_eq!(first["units_count"], 43);

    let button: web_sys::HtmlElement = root
        .query_selector("#test-edit")
        .ok()
        .flatten()
        .expect("the edit button")
        .dyn_into()
        .expect("an element");
    button.click();
    yew::scheduler::flush().await;
    // Not yet: the save waits for the debounce.
    let waiting: serde_json::Value =
        serde_json::from_str(&get(&drafts[0]).expect("stored")).expect("JSON");
    assert_eq!(waiting["revision"], 1);
    sleep(AUTOSAVE_DELAY_MS as i32 + 300).await;
    let saved: serde_json::Value =
        serde_json::from_str(&get(&drafts[0]).expect("stored")).expect("JSON");
    assert_eq!(saved["revision"], 2);
    assert_eq!(saved["body"]["name"], "改过的名字 Edited");
    assert_eq!(keys("kaohe.draft.").len(), 1, "saved into the same draft");
    // The list shows it.
    let rows = root
        .query_selector_all("#drafts-table tbody tr")
        .expect("rows");
    assert_eq!(rows.length(), 1);
    let current = root
        .query_selector("#drafts-current")
        .ok()
        .flatten()
        .expect("summary");
    assert_eq!(current.get_attribute("data-units").as_deref(), Some("43"));
    root.remove();
    gloo::storage::LocalStorage::clear();
}

#[wasm_bindgen_test]
async fn a_corrupt_entry_is_quarantined_and_listed() {
    gloo::storage::LocalStorage::clear();
    let broken = "{\"format\":\"kaohe-draft\",\"version\":1,\"id\":\"broken\"";
    storage()
        .set_item("kaohe.draft.broken", broken)
        .expect("set");
    let root = mount();
    yew::scheduler::flush().await;
    sleep(100).await;

    assert_eq!(
        get("kaohe.quarantine.broken.1").as_deref(),
        Some(broken),
        "kept byte for byte"
    );
    assert_eq!(get("kaohe.draft.broken"), None);
    assert_eq!(
        keys("kaohe.draft.").len(),
        1,
        "the example became a new draft"
    );
    let entry = root
        .query_selector("#quarantine .quarantine-entry[data-key=\"kaohe.quarantine.broken.1\"]")
        .ok()
        .flatten()
        .expect("the quarantined entry is listed");
    assert!(entry
        .query_selector(".quarantine-download")
        .ok()
        .flatten()
        .is_some());
    let notice = root
        .query_selector("#drafts-notice")
        .ok()
        .flatten()
        .expect("a notice");
    assert!(notice
        .text_content()
        .unwrap_or_default()
        .contains("无法读取"));
    root.remove();
    gloo::storage::LocalStorage::clear();
}

#[wasm_bindgen_test]
fn links_leave_names_out_on_request_and_keep_the_totals() {
    use kaohe::engine::evaluate;
    use kaohe::engine::scenario::RulesRef;
    use kaohe::ui::drafts::for_link;
    let s = example_county();
    let plain = for_link(&s, false);
    assert_eq!(plain, s, "nothing changes with names included");
    let anonymous = for_link(&s, true);
    assert!(anonymous.units.iter().all(|u| u.name == u.id));
    assert!(anonymous.cadres.iter().all(|c| c.name == c.id));
    let totals = |s: &kaohe::engine::Scenario| {
        evaluate(s)
            .expect("evaluates")
            .units
            .iter()
            .map(|u| (u.id.clone(), u.total))
            .collect::<Vec<_>>()
    };
    assert_eq!(totals(&anonymous), totals(&s));
    // Unedited rules travel as a reference, even when held as a copy.
    let mut copy = s.clone();
    copy.rules = RulesRef::Custom(Box::new(kaohe::engine::RuleSet::builtin()));
    assert_eq!(for_link(&copy, false).rules, RulesRef::builtin());
}
