#![cfg(target_arch = "wasm32")]
//! Browser tests of the 考核计算 screen (wasm-bindgen-test in headless
//! Chromium): `CalcScreen` mounted inside `AppProvider` with the worked
//! example of docs/scenario-format.md (departments A 109.00, B 92.00,
//! C 70.00). Field validation (full-width digits, an invalid entry marked
//! and not applied), the trace view (lines summing to the shown total),
//! undo and redo (buttons and keyboard), removal undone.
//! Run by `make test` (every tests/browser*.rs), or alone:
//! `wasm-pack test --headless --chrome -- --test browser_calc`.

use std::str::FromStr;

use kaohe::engine::Scenario;
use kaohe::ui::calc::CalcScreen;
use kaohe::ui::AppProvider;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The worked example of docs/scenario-format.md.
const WORKED: &str = r#"{
  "format_version": 1, "name": "Worked example", "rules": {"builtin": {"id": "builtin", "version": "1"}},
  "year": 2024,
  "units": [
    {"id": "A", "name": "甲局", "kind": "department", "group": "group.department", "staff": 10,
     "indicators": [{"indicator": "ind.gdp", "weight": 50, "target": 100, "actual": 110},
                    {"indicator": "ind.complaints", "weight": 30, "target": 10, "actual": 8}],
     "feedback": [{"group": "fb.supervisor", "score": 85}, {"group": "fb.departments", "score": 85},
                  {"group": "fb.office", "score": 85}, {"group": "fb.staff", "score": 85},
                  {"group": "fb.service", "score": 85}],
     "events": [{"kind": "bonus.honour.praise", "level": "provincial", "quarter": 2, "doc_no": "省办〔2024〕7号"},
                {"kind": "deduction.city_bottom3", "level": "city", "quarter": 3, "doc_no": "市统〔2024〕3号"}],
     "last_year": {"rank": 1}},
    {"id": "B", "name": "乙局", "kind": "department", "group": "group.department", "staff": 10,
     "indicators": [{"indicator": "ind.gdp", "weight": 80, "target": 100, "actual": 95}],
     "feedback": [{"group": "fb.supervisor", "score": 90}, {"group": "fb.departments", "score": 80},
                  {"group": "fb.office", "score": 80}, {"group": "fb.staff", "raters": [95, 70, 70, 70, 40]}],
     "last_year": {"rank": 3}},
    {"id": "C", "name": "丙局", "kind": "department", "group": "group.department", "staff": 5,
     "indicators": [{"indicator": "ind.gdp", "weight": 80, "target": 100, "actual": 70}],
     "feedback": [{"group": "fb.supervisor", "score": 75}, {"group": "fb.departments", "score": 75},
                  {"group": "fb.office", "score": 75}, {"group": "fb.staff", "score": 75},
                  {"group": "fb.service", "score": 75}],
     "events": [{"kind": "deduction.criticism", "level": "city", "quarter": 4}],
     "last_year": {"rank": 2}}
  ],
  "linkage": [{"indicator": "市考：地区生产总值", "points": "0.5", "lead": "A", "responsible": []}],
  "cadres": [
    {"id": "head-A", "role": "unit_head", "units": ["A"]},
    {"id": "leader-1", "name": "李县长", "role": "county_leader", "units": ["A", "B"],
     "learning": [{"month": 1, "score": 90}, {"month": 2, "score": 50, "resit": 80}, {"month": 7}]}
  ]
}"#;

#[component]
fn Harness() -> Html {
    let scenario = use_memo((), |_| {
        serde_json::from_str::<Scenario>(WORKED).expect("the worked example")
    });
    html! {
        <AppProvider {scenario}>
            <CalcScreen />
        </AppProvider>
    }
}

struct Mounted {
    host: Element,
    handle: Option<yew::AppHandle<Harness>>,
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

    fn text(&self, selector: &str) -> String {
        self.el(selector).text_content().unwrap_or_default()
    }

    fn attr(&self, selector: &str, name: &str) -> Option<String> {
        self.el(selector).get_attribute(name)
    }

    /// The total shown in the roster for unit `id`.
    fn total(&self, id: &str) -> String {
        self.attr(&format!("#calc-total-{id}"), "data-total")
            .unwrap_or_default()
    }

    async fn click(&self, selector: &str) {
        let el: HtmlElement = self.el(selector).dyn_into().expect("an HTML element");
        el.click();
        yew::scheduler::flush().await;
    }

    /// Opens a closed `<details>` by its summary, as a user does: the
    /// `toggle` event comes in a later task, then the app renders.
    async fn open(&self, details: &str) {
        assert!(self.find(&format!("{details}[open]")).is_none(), "{details} starts closed");
        self.click(&format!("{details} > summary")).await;
        let later = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .expect("a window")
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .expect("a timeout");
        });
        wasm_bindgen_futures::JsFuture::from(later).await.expect("the timeout");
        yew::scheduler::flush().await;
    }

    /// Types `value` into an input and fires a bubbling `change`.
    async fn type_in(&self, selector: &str, value: &str) {
        let el = self.el(selector);
        el.dyn_ref::<HtmlInputElement>()
            .expect("an input")
            .set_value(value);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let ev = web_sys::Event::new_with_event_init_dict("change", &init).expect("an event");
        el.dispatch_event(&ev).expect("dispatch");
        yew::scheduler::flush().await;
    }

    /// Presses a key with Ctrl (and Shift) on `target` (bubbling keydown).
    async fn ctrl_key(&self, target: &Element, key: &str, shift: bool) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_ctrl_key(true);
        init.set_shift_key(shift);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
            .expect("a key event");
        target.dispatch_event(&ev).expect("dispatch");
        yew::scheduler::flush().await;
    }

    async fn key(&self, target: &Element, key: &str) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
            .expect("a key event");
        target.dispatch_event(&ev).expect("dispatch");
        yew::scheduler::flush().await;
    }

    fn done(mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.host.remove();
    }
}

fn active_id() -> String {
    gloo::utils::document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|_| panic!("not a decimal: {s:?}"))
}

const C_ACTUAL: &str = "#calc-ind-ind-2egdp-actual";

#[wasm_bindgen_test]
async fn the_roster_shows_the_worked_example() {
    let m = Mounted::new().await;
    assert_eq!(m.text("#screen-title"), "考核计算");
    assert_eq!(m.total("A"), "109.00");
    assert_eq!(m.total("B"), "92.00");
    assert_eq!(m.total("C"), "70.00");
    assert_eq!(
        m.attr("#calc-row-A .calc-rank", "data-rank").as_deref(),
        Some("1")
    );
    assert!(m.text("#calc-row-A .calc-awards").contains("全能冠军"));
    assert!(m
        .text("#calc-row-A .calc-awards")
        .contains("单项冠军（地区生产总值）"));
    assert!(m.text("#calc-row-B .calc-awards").contains("进步最快"));
    assert!(m.text("#calc-row-C .calc-flags").contains("建议提醒谈话"));
    assert_eq!(
        m.text("#calc-row-B .calc-up .visually-hidden"),
        "比上年上升 1 位"
    );
    // Cadres (a closed list at first, its summary counting them and their
    // flags): the county leader's linked result is the mean of A and B.
    assert!(m.find("#calc-cadre-row-leader-2d1").is_none());
    assert!(m.text("#calc-cadres-list > summary").contains("提醒"));
    m.open("#calc-cadres-list").await;
    assert_eq!(
        m.attr("#calc-cadre-row-leader-2d1 .calc-linked", "data-linked")
            .as_deref(),
        Some("100.50")
    );
    assert!(m
        .text("#calc-cadre-row-leader-2d1 .calc-flags")
        .contains("缺考"));

    // Sorting by total ascending puts C first; aria-sort follows.
    m.click("#calc-section-group-2edepartment th:nth-child(2) button")
        .await;
    m.click("#calc-section-group-2edepartment th:nth-child(2) button")
        .await;
    let th = m.el("#calc-section-group-2edepartment th:nth-child(2)");
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("ascending"));
    let first = m.el("#calc-section-group-2edepartment tbody tr");
    assert_eq!(first.get_attribute("data-unit").as_deref(), Some("C"));
    m.done();
}

#[wasm_bindgen_test]
async fn number_fields_accept_full_width_digits_and_mark_invalid_input() {
    let m = Mounted::new().await;
    m.click("#calc-edit-C").await;
    assert!(m.find("#calc-editor").is_some(), "the editor opens");
    assert_eq!(
        active_id(),
        "calc-editor-title",
        "focus moves to the editor"
    );

    // Full-width digits: C's actual 80 → 80 × 0.8 = 64, total 70 + 8 = 78.
    m.type_in(C_ACTUAL, "８０").await;
    assert_eq!(m.total("C"), "78.00");
    assert_eq!(m.attr(C_ACTUAL, "aria-invalid"), None);

    // "abc" is marked at the field with the reason and not applied.
    m.type_in(C_ACTUAL, "abc").await;
    assert_eq!(m.attr(C_ACTUAL, "aria-invalid").as_deref(), Some("true"));
    let described = m.attr(C_ACTUAL, "aria-describedby").unwrap_or_default();
    assert!(
        described
            .split(' ')
            .any(|d| d == "calc-ind-ind-2egdp-actual-error"),
        "{described}"
    );
    assert_eq!(
        m.text("#calc-ind-ind-2egdp-actual-error"),
        "不是有效的数字（可用全角或半角数字与小数点）"
    );
    let value = m
        .el(C_ACTUAL)
        .dyn_into::<HtmlInputElement>()
        .expect("input")
        .value();
    assert_eq!(value, "abc", "the typed text is kept, not coerced");
    assert_eq!(m.total("C"), "78.00", "the total is unchanged");

    // A raters list with a bad score names it.
    m.click("#calc-edit-B").await;
    m.type_in("#calc-fb-fb-2estaff-raters", "95，70 x 70").await;
    assert_eq!(
        m.attr("#calc-fb-fb-2estaff-raters", "aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert!(m.text("#calc-fb-fb-2estaff-raters-error").contains("“x”"));
    assert_eq!(m.total("B"), "92.00");

    // Escape closes the editor and focus returns to the row.
    let title = m.el("#calc-editor-title");
    m.key(&title, "Escape").await;
    assert!(m.find("#calc-editor").is_none());
    assert_eq!(active_id(), "calc-edit-B");
    m.done();
}

#[wasm_bindgen_test]
async fn the_trace_lines_sum_to_the_shown_total() {
    let m = Mounted::new().await;
    m.click("#calc-total-A").await;
    assert!(m.find("#calc-trace").is_some(), "the trace opens");
    assert_eq!(
        m.attr("#calc-total-A", "aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(active_id(), "calc-trace-title");

    let rows = m
        .host
        .query_selector_all("#calc-trace tbody tr")
        .expect("rows");
    let mut sum = Decimal::ZERO;
    let mut rules = Vec::new();
    for i in 0..rows.length() {
        let row: Element = rows.item(i).expect("a row").dyn_into().expect("an element");
        sum += dec(&row.get_attribute("data-points").expect("data-points"));
        rules.push(row.get_attribute("data-rule").unwrap_or_default());
    }
    let shown = dec(&m.total("A"));
    assert_eq!(sum, shown, "the lines sum to the roster's total");
    assert_eq!(
        dec(&m.attr("#calc-trace-sum", "data-sum").unwrap_or_default()),
        shown
    );
    assert_eq!(m.text("#calc-trace-total"), "109.00");
    for r in [
        "ind.gdp",
        "ind.complaints",
        "bonus.honour.praise",
        "linkage.double",
        "round.score",
    ] {
        assert!(rules.iter().any(|x| x == r), "a line for {r}: {rules:?}");
    }
    // Labels and citations come from the rule data.
    let gdp = m.el("#calc-trace tr[data-rule='ind.gdp']");
    let gdp_text = gdp.text_content().unwrap_or_default();
    assert!(gdp_text.contains("地区生产总值"), "{gdp_text}");
    assert!(gdp_text.contains("domain.md §4.2"), "{gdp_text}");
    assert!(gdp_text.contains("权重 50"), "{gdp_text}");
    // A decision's numbers are named too (the grade: total and threshold).
    let grade = m.el("#calc-trace tr[data-rule^='grade.']");
    let grade_text = grade.text_content().unwrap_or_default();
    assert!(grade_text.contains("总分 109"), "{grade_text}");
    assert!(grade_text.contains("分数线"), "{grade_text}");

    // A flag opens the trace at its rule.
    m.click("#calc-flag-C-0").await;
    assert!(
        m.find("#calc-trace .calc-trace-hl").is_some(),
        "the flag's line is marked"
    );
    let close = m.el("#calc-trace-close");
    m.key(&close, "Escape").await;
    assert!(m.find("#calc-trace").is_none());
    assert_eq!(active_id(), "calc-flag-C-0", "focus returns to the flag");

    // The county leader's result has a trace too.
    m.open("#calc-cadres-list").await;
    m.click("#calc-cadre-total-leader-2d1").await;
    assert_eq!(m.text("#calc-trace-total"), "100.50");
    assert_eq!(
        dec(&m.attr("#calc-trace-sum", "data-sum").unwrap_or_default()),
        dec("100.50")
    );
    m.done();
}

#[wasm_bindgen_test]
async fn undo_and_redo_with_buttons_and_keys() {
    let m = Mounted::new().await;
    assert!(
        m.attr("#calc-undo", "disabled").is_some(),
        "nothing to undo yet"
    );
    m.click("#calc-edit-C").await;
    m.type_in(C_ACTUAL, "80").await;
    assert_eq!(m.total("C"), "78.00");
    assert!(m.attr("#calc-undo", "disabled").is_none());

    m.click("#calc-undo").await;
    assert_eq!(m.total("C"), "70.00");
    assert_eq!(
        m.el(C_ACTUAL)
            .dyn_into::<HtmlInputElement>()
            .expect("input")
            .value(),
        "70"
    );
    m.click("#calc-redo").await;
    assert_eq!(m.total("C"), "78.00");

    // Keyboard, outside text fields: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y.
    let button = m.el("#calc-undo");
    m.ctrl_key(&button, "z", false).await;
    assert_eq!(m.total("C"), "70.00");
    m.ctrl_key(&button, "Z", true).await;
    assert_eq!(m.total("C"), "78.00");
    m.ctrl_key(&button, "z", false).await;
    m.ctrl_key(&button, "y", false).await;
    assert_eq!(m.total("C"), "78.00");
    // Inside a text field the keys are the browser's own.
    let field = m.el(C_ACTUAL);
    m.ctrl_key(&field, "z", false).await;
    assert_eq!(m.total("C"), "78.00");

    // Removing a unit is one undo step.
    m.click("#calc-remove-B").await;
    assert!(m.find("#calc-row-B").is_none());
    assert!(m.text("#calc-status").contains("乙局"));
    m.click("#calc-undo").await;
    assert!(m.find("#calc-row-B").is_some());
    assert_eq!(m.total("B"), "92.00");
    m.done();
}
