#![cfg(target_arch = "wasm32")]
//! Browser tests of the 规则 (rule editor) screen (wasm-bindgen-test in
//! headless Chromium): `RulesScreen` mounted inside `AppProvider` with the
//! example county, driven through its inputs. A 360 weight changed so the
//! weights no longer sum to 100 is marked at the field (aria-invalid and a
//! described-by message) and in the summary, which links to the field; a
//! duplicated indicator id is marked; the edited mark appears and the
//! reset (with confirmation) returns the built-in rules. Run by `make test`
//! through `wasm-pack test --headless --chrome ... -- --test browser_rules`.

use std::rc::Rc;

use kaohe::engine::example::example_county;
use kaohe::i18n::Lang;
use kaohe::ui::rules::RulesScreen;
use kaohe::ui::AppProvider;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HarnessProps {
    lang: Lang,
}

#[component]
fn Harness(props: &HarnessProps) -> Html {
    let scenario = use_memo((), |_| example_county());
    html! {
        <ContextProvider<Lang> context={props.lang}>
            <AppProvider scenario={Rc::clone(&scenario)}>
                <RulesScreen />
            </AppProvider>
        </ContextProvider<Lang>>
    }
}

struct Mounted {
    host: Element,
    handle: Option<yew::AppHandle<Harness>>,
}

impl Mounted {
    async fn new(lang: Lang) -> Mounted {
        let doc = gloo::utils::document();
        let host = doc.create_element("div").expect("create a div");
        doc.body()
            .expect("a body")
            .append_child(&host)
            .expect("append");
        let handle =
            yew::Renderer::<Harness>::with_root_and_props(host.clone(), HarnessProps { lang })
                .render();
        yew::scheduler::flush().await;
        Mounted {
            host,
            handle: Some(handle),
        }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.host.query_selector(selector).ok().flatten()
    }

    fn el(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element {selector}"))
    }

    fn has(&self, selector: &str) -> bool {
        self.find(selector).is_some()
    }

    fn text(&self, selector: &str) -> String {
        self.el(selector).text_content().unwrap_or_default()
    }

    fn attr(&self, selector: &str, name: &str) -> Option<String> {
        self.el(selector).get_attribute(name)
    }

    async fn click(&self, selector: &str) {
        let el: HtmlElement = self.el(selector).dyn_into().expect("an HTML element");
        el.click();
        yew::scheduler::flush().await;
    }

    /// Types `value` into an input and fires `change` (bubbling), as leaving
    /// the field does.
    async fn type_in(&self, selector: &str, value: &str) {
        let el = self.el(selector);
        let input: &HtmlInputElement = el.dyn_ref().expect("an input");
        input.set_value(value);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let ev = web_sys::Event::new_with_event_init_dict("change", &init).expect("an event");
        el.dispatch_event(&ev).expect("dispatch");
        yew::scheduler::flush().await;
        // The issue list is memoised per Scenario: one more pass renders it.
        yew::scheduler::flush().await;
    }

    /// Whether the input is marked invalid and describes itself with a
    /// message containing `needle`.
    fn marked_with(&self, input: &str, needle: &str) -> bool {
        if self.attr(input, "aria-invalid").as_deref() != Some("true") {
            return false;
        }
        let described = self.attr(input, "aria-describedby").unwrap_or_default();
        described.split_whitespace().any(|id| {
            self.find(&format!("#{id}"))
                .and_then(|e| e.text_content())
                .is_some_and(|t| t.contains(needle))
        })
    }

    fn done(mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.host.remove();
    }
}

const W2: &str = "#rule-feedback-groups-2-weight";

#[wasm_bindgen_test]
async fn weights_that_do_not_sum_are_marked_at_the_field_and_linked_from_the_summary() {
    let m = Mounted::new(Lang::Zh).await;
    // The built-in rules: no mark, no issue, sections closed.
    assert!(!m.has("#rules-edited-mark"));
    assert!(!m.has("#rules-issues"));
    assert!(!m.has(W2), "closed sections render no fields");

    m.click("#rules-expand-all").await;
    assert_eq!(m.attr(W2, "aria-invalid"), None);
    assert_eq!(
        m.el(W2)
            .dyn_into::<HtmlInputElement>()
            .expect("input")
            .value(),
        "20"
    );

    // 20 → 15: the five weights sum to 95.
    m.type_in(W2, "15").await;
    assert!(
        m.marked_with(W2, "权重合计为 95，须为 100"),
        "the changed weight is marked: {:?} / {}",
        m.attr(W2, "aria-invalid"),
        m.text("#rules-sec-feedback")
    );
    // Every weight of the list carries the issue; other fields do not.
    assert!(m.marked_with("#rule-feedback-groups-0-weight", "95"));
    assert_eq!(m.attr("#rule-feedback-points", "aria-invalid"), None);
    // The section's summary line counts it; the edited mark shows.
    assert!(m.text("#rules-sec-feedback > summary").contains("处问题"));
    assert!(m.has("#rules-edited-mark"));
    assert!(m
        .text("#rules-edited-mark")
        .trim_start()
        .starts_with("已修改"));

    // The summary: blocking (nothing is computed), one link to the list.
    assert!(m.has("#rules-issues.rule-summary-blocking"));
    assert!(m.text("#rules-issues").contains("修正之前不计算"));
    assert_eq!(
        m.attr("#rules-issues li", "data-path").as_deref(),
        Some("feedback.groups")
    );
    let link_text = m.text("#rules-issues a.rule-issue-link");
    assert!(link_text.contains("360度反馈评价"), "{link_text}");

    // The link opens the closed section and focuses the first marked weight.
    m.click("#rules-collapse-all").await;
    assert!(!m.has(W2));
    m.click("#rules-issues a.rule-issue-link").await;
    yew::scheduler::flush().await;
    assert!(m.has(W2), "the link opened the section");
    let active = gloo::utils::document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default();
    assert_eq!(active, "rule-feedback-groups-0-weight");

    // Back to 100 (15 + 5 on another group): no issue, still edited.
    m.type_in("#rule-feedback-groups-4-weight", "25").await;
    assert_eq!(m.attr(W2, "aria-invalid"), None);
    assert!(!m.has("#rules-issues"));
    assert!(m.has("#rules-edited-mark"));

    // Reset, with confirmation: the built-in rules again.
    m.click("#rules-reset").await;
    assert!(m.has("#rules-reset-confirm"));
    m.click("#rules-reset-yes").await;
    yew::scheduler::flush().await;
    assert!(!m.has("#rules-edited-mark"));
    assert_eq!(
        m.el("#rule-feedback-groups-4-weight")
            .dyn_into::<HtmlInputElement>()
            .expect("input")
            .value(),
        "20"
    );
    m.done();
}

#[wasm_bindgen_test]
async fn a_duplicated_indicator_id_is_marked() {
    let m = Mounted::new(Lang::Zh).await;
    m.click("#rules-expand-all").await;
    let id1 = "#rule-indicators-1-id";
    assert_eq!(m.attr(id1, "aria-invalid"), None);
    m.type_in(id1, "ind.gdp").await;
    assert!(
        m.marked_with(id1, "编号“ind.gdp”与前面的条目重复"),
        "{}",
        m.text("#rules-sec-indicators")
    );
    // The first one keeps its id and is not marked.
    assert_eq!(m.attr("#rule-indicators-0-id", "aria-invalid"), None);
    assert_eq!(
        m.attr("#rules-issues li", "data-path").as_deref(),
        Some("indicators[1].id")
    );
    // A blank id is marked too.
    m.type_in("#rule-indicators-2-id", " ").await;
    assert!(m.marked_with("#rule-indicators-2-id", "编号不能为空"));
    m.done();
}

#[wasm_bindgen_test]
async fn add_and_remove_items_and_english_labels() {
    let m = Mounted::new(Lang::En).await;
    m.click("#rules-expand-all").await;
    let count = |m: &Mounted| {
        m.host
            .query_selector_all("#rule-indicators > fieldset.rule-item")
            .map(|l| l.length())
            .unwrap_or(0)
    };
    assert_eq!(count(&m), 10);
    m.click("#rules-add-indicators").await;
    assert_eq!(count(&m), 11);
    assert!(m.has("#rules-edited-mark"));
    assert_eq!(
        m.el("#rule-indicators-10-id")
            .dyn_into::<HtmlInputElement>()
            .expect("input")
            .value(),
        "ind.new1"
    );
    assert_eq!(m.text("#rule-indicators-10 > legend"), "New item");
    // Removing the new one returns the built-in set: the mark goes.
    assert_eq!(
        m.attr("#rule-indicators-10-remove", "aria-label")
            .as_deref(),
        Some("Remove “New item”")
    );
    m.click("#rule-indicators-10-remove").await;
    assert_eq!(count(&m), 10);
    assert!(!m.has("#rules-edited-mark"));
    // A negative cap, in English.
    m.type_in("#rule-bonus-total_cap-cap", "-1").await;
    assert!(m.marked_with("#rule-bonus-total_cap-cap", "Must not be negative (now -1)"));
    m.done();
}
