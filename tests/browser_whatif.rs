#![cfg(target_arch = "wasm32")]
//! Browser tests of the 情景模拟 screen (wasm-bindgen-test in headless
//! Chromium): `WhatIfScreen` mounted inside `AppProvider` with the example
//! county. A named scenario added through the form is listed and selected;
//! an event added to a unit inside it shows in the comparison (delta,
//! highlighted row) and in the SVG chart, whose bars carry their values as
//! text and whose axes are labelled.
//! Run by `make test` (every tests/browser*.rs), or alone:
//! `wasm-pack test --headless --chrome -- --test browser_whatif`.

use kaohe::engine::example::example_county;
use kaohe::ui::whatif::WhatIfScreen;
use kaohe::ui::AppProvider;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[component]
fn Harness() -> Html {
    let scenario = use_memo((), |_| example_county());
    html! {
        <AppProvider {scenario}>
            <WhatIfScreen />
        </AppProvider>
    }
}

struct Mounted {
    host: Element,
    _handle: yew::AppHandle<Harness>,
}

impl Mounted {
    async fn new() -> Mounted {
        let doc = gloo::utils::document();
        let host = doc.create_element("div").expect("create a div");
        doc.body()
            .expect("a body")
            .append_child(&host)
            .expect("append");
        let handle = yew::Renderer::<Harness>::with_root(host.clone()).render();
        yew::scheduler::flush().await;
        Mounted {
            host,
            _handle: handle,
        }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.host.query_selector(selector).ok().flatten()
    }

    fn el(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element {selector}"))
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self
            .host
            .query_selector_all(selector)
            .expect("a valid selector");
        (0..list.length())
            .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
            .collect()
    }

    fn count(&self, selector: &str) -> u32 {
        self.host
            .query_selector_all(selector)
            .map(|l| l.length())
            .unwrap_or(0)
    }

    async fn click(&self, selector: &str) {
        let el: HtmlElement = self.el(selector).dyn_into().expect("an HTML element");
        el.click();
        yew::scheduler::flush().await;
    }

    async fn select(&self, selector: &str, value: &str) {
        let el: HtmlSelectElement = self.el(selector).dyn_into().expect("a select");
        el.set_value(value);
        let ev = web_sys::Event::new("change").expect("an event");
        el.dispatch_event(&ev).expect("dispatch");
        yew::scheduler::flush().await;
    }
}

#[wasm_bindgen_test]
async fn a_named_scenario_is_listed_and_an_added_event_shows_in_table_and_chart() {
    let m = Mounted::new().await;
    assert!(m.find("#whatif-empty").is_some(), "no scenarios at first");
    assert!(m.find("#whatif-none").is_some());

    let name: HtmlInputElement = m.el("#whatif-new-name").dyn_into().expect("an input");
    name.set_value("试算一");
    m.click("#whatif-add").await;
    assert_eq!(m.count("#whatif-list li"), 1);
    let item = m.el("#whatif-list li button");
    assert!(item.text_content().unwrap_or_default().contains("试算一"));
    assert_eq!(item.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(
        m.find("#whatif-nochange").is_some(),
        "an empty scenario changes nothing"
    );

    // One more provincial commendation for 柳湾镇 (t08).
    m.select("#whatif-unit", "t08").await;
    m.select("#whatif-ev-add-kind", "bonus.honour.praise").await;
    m.select("#whatif-ev-add-level", "provincial").await;
    m.click("#whatif-ev-add").await;
    assert!(m.find("#whatif-nochange").is_none());
    let row = m.el("#whatif-row-t08");
    let delta: f64 = row
        .get_attribute("data-delta")
        .and_then(|d| d.parse().ok())
        .expect("a delta");
    assert!(delta > 0.0, "the total rises: {delta}");

    // The chart: two labelled bars per part, values as text, labelled axes.
    assert!(m.find("svg#whatif-chart").is_some());
    assert_eq!(m.count("#whatif-chart .whatif-bar"), 10);
    assert_eq!(m.count("#whatif-chart .whatif-bar text"), 10);
    assert_eq!(m.count("#whatif-chart .whatif-bar rect title"), 10);
    let svg_text = m.el("#whatif-chart").text_content().unwrap_or_default();
    for label in [
        "指标得分",
        "360评价",
        "加分",
        "扣分",
        "联动",
        "分值",
        "基准",
        "情景",
    ] {
        assert!(svg_text.contains(label), "chart lacks {label}");
    }
    let base = m.el("#whatif-chart [data-part=\"bonus\"][data-series=\"base\"] text");
    let scen = m.el("#whatif-chart [data-part=\"bonus\"][data-series=\"scen\"] text");
    assert_ne!(
        base.text_content(),
        scen.text_content(),
        "the bonus bar moved"
    );
    assert!(
        m.find("#whatif-chart [style]").is_none(),
        "no inline styles"
    );
    // The axis: evenly spaced "nice" ticks (1, 2 or 5 × 10ⁿ) through 0,
    // and every bar position a number with one decimal.
    let ticks: Vec<f64> = m
        .all("#whatif-chart .whatif-tick text")
        .iter()
        .map(|t| {
            t.text_content()
                .unwrap_or_default()
                .parse()
                .expect("a tick number")
        })
        .collect();
    assert!(ticks.len() >= 2 && ticks.contains(&0.0), "ticks: {ticks:?}");
    let step = ticks[1] - ticks[0];
    let mag = 10f64.powf(step.log10().floor());
    assert!(
        [1.0, 2.0, 5.0]
            .iter()
            .any(|m| (step / mag - m).abs() < 1e-9),
        "a nice step: {step}"
    );
    assert!(ticks.windows(2).all(|w| (w[1] - w[0] - step).abs() < 1e-9));
    for rect in m.all("#whatif-chart .whatif-bar rect") {
        for attr in ["x", "y", "width"] {
            let v = rect.get_attribute(attr).unwrap_or_default();
            let (_, decimals) = v.split_once('.').expect("one decimal");
            assert!(
                decimals.len() == 1 && v.parse::<f64>().is_ok(),
                "{attr}={v}"
            );
        }
    }

    // Removing the scenario empties the list again.
    m.click("#whatif-remove").await;
    assert!(m.find("#whatif-empty").is_some());
}
