#![cfg(target_arch = "wasm32")]
//! Browser tests of the 容错纠错 screen (wasm-bindgen-test in headless
//! Chromium): the screen mounted with test props under a parent that keeps
//! the cases, driven by clicks on the radio buttons; and the JS API
//! `checkTolerance`. Run by `make test` through
//! `wasm-pack test --headless --chrome ... -- --test browser --test browser_tolerance`.

use std::rc::Rc;

use kaohe::engine::tolerance::{Answer, CaseKind, ToleranceCase, ToleranceRules};
use kaohe::i18n::Lang;
use kaohe::ui::tolerance::{escape_id, question_dom_id, ToleranceScreen};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HarnessProps {
    cases: Vec<ToleranceCase>,
    lang: Lang,
}

/// The parent: keeps the cases in state, as the app (and later the
/// Scenario) does, and shows them as JSON for the assertions.
#[component]
fn Harness(props: &HarnessProps) -> Html {
    let cases = use_state(|| Rc::new(props.cases.clone()));
    let rules = use_memo((), |_| ToleranceRules::builtin());
    let on_cases = {
        let cases = cases.clone();
        Callback::from(move |v: Vec<ToleranceCase>| cases.set(Rc::new(v)))
    };
    let json = serde_json::to_string(&**cases).unwrap_or_default();
    html! {
        <ContextProvider<Lang> context={props.lang}>
            <pre id="parent-cases" hidden=true>{ json }</pre>
            <ToleranceScreen rules={rules} cases={(*cases).clone()} {on_cases} />
        </ContextProvider<Lang>>
    }
}

struct Mounted {
    host: Element,
    handle: Option<yew::AppHandle<Harness>>,
}

impl Mounted {
    async fn new(cases: Vec<ToleranceCase>, lang: Lang) -> Mounted {
        let doc = gloo::utils::document();
        let host = doc.create_element("div").expect("create a div");
        doc.body()
            .expect("a body")
            .append_child(&host)
            .expect("append");
        let handle = yew::Renderer::<Harness>::with_root_and_props(
            host.clone(),
            HarnessProps { cases, lang },
        )
        .render();
        yew::scheduler::flush().await;
        Mounted {
            host,
            handle: Some(handle),
        }
    }

    fn el(&self, selector: &str) -> Element {
        self.host
            .query_selector(selector)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no element {selector}"))
    }

    fn has(&self, selector: &str) -> bool {
        self.host.query_selector(selector).ok().flatten().is_some()
    }

    fn text(&self, selector: &str) -> String {
        self.el(selector).text_content().unwrap_or_default()
    }

    fn all_attr(&self, selector: &str, attr: &str) -> Vec<String> {
        let list = self.host.query_selector_all(selector).expect("selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .filter_map(|e| e.get_attribute(attr))
            .collect()
    }

    async fn click(&self, selector: &str) {
        let el: HtmlElement = self.el(selector).dyn_into().expect("an HTML element");
        el.click();
        yew::scheduler::flush().await;
    }

    /// Clicks the radio button `answer` ("yes", "no", "unknown") of question `id`.
    async fn answer(&self, id: &str, answer: &str) {
        self.click(&format!("#tol-a-{}-{answer}", escape_id(id)))
            .await;
    }

    /// Types `value` into an input or textarea and fires `event` (bubbling).
    async fn set_value(&self, selector: &str, value: &str, event: &str) {
        let el = self.el(selector);
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
        } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value(value);
        }
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let ev = web_sys::Event::new_with_event_init_dict(event, &init).expect("an event");
        el.dispatch_event(&ev).expect("dispatch");
        yew::scheduler::flush().await;
    }

    fn parent_cases(&self) -> Vec<ToleranceCase> {
        serde_json::from_str(&self.text("#parent-cases")).expect("the parent's cases")
    }

    fn verdict(&self) -> String {
        self.text("#tol-verdict-label")
    }

    fn reason_items(&self, code: &str) -> Vec<String> {
        self.all_attr(&format!(".tol-reason-{code} a.tol-item-link"), "data-item")
    }

    fn done(mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.host.remove();
    }
}

fn case(id: &str) -> ToleranceCase {
    ToleranceCase {
        id: id.into(),
        cadre: "张三".into(),
        unit: "城关镇".into(),
        description: "先行先试推行新审批流程".into(),
        ..ToleranceCase::default()
    }
}

/// Answers every negative item no, every condition yes and `positive` yes.
async fn qualify(m: &Mounted, positive: &str) {
    let rules = ToleranceRules::builtin();
    for i in &rules.negative {
        m.answer(&i.id, "no").await;
    }
    for i in &rules.conditions {
        m.answer(&i.id, "yes").await;
    }
    m.answer(positive, "yes").await;
}

#[wasm_bindgen_test]
async fn checklist_drives_the_verdict_and_its_reasons_in_chinese() {
    let m = Mounted::new(vec![case("case-1")], Lang::Zh).await;
    let rules = ToleranceRules::builtin();

    // Nothing answered: every question is unknown → 待核实.
    assert_eq!(m.verdict(), "待核实");
    assert_eq!(
        m.el("#tol-verdict .tol-verdict-live")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );

    // The groups: the three distinctions first, each with both halves.
    assert_eq!(
        m.all_attr("#tol-g-distinctions fieldset.tol-q", "data-item"),
        [
            "first_trial",
            "knowingly_violating",
            "unrestricted_experiment",
            "defying_ban",
            "unintentional_slip",
            "private_gain"
        ]
    );
    for g in ["#tol-g-negative", "#tol-g-conditions", "#tol-g-positive"] {
        assert!(m.has(g), "group {g}");
    }
    // Every question once, a radio group with a legend.
    let all = m.all_attr("fieldset.tol-q", "data-item");
    assert_eq!(all.len(), rules.questions().count());
    assert!(m.has(&format!("#{} > legend", question_dom_id("losses_remedied"))));

    // All conditions yes, no negative item, one positive situation → 可以容错.
    qualify(&m, "first_trial").await;
    assert_eq!(m.verdict(), "可以容错（免责）");
    assert_eq!(
        m.reason_items("all_conditions"),
        rules
            .conditions
            .iter()
            .map(|i| i.id.clone())
            .collect::<Vec<_>>()
    );
    assert_eq!(m.reason_items("positive_situations"), ["first_trial"]);
    assert!(m.text("#tol-effect").contains("评优评先不受影响"));
    assert!(m.text("#tol-advisory").contains("仅为建议"));
    // The parent holds the answers.
    let parent = m.parent_cases();
    assert_eq!(parent[0].answer("first_trial"), Answer::Yes);
    assert_eq!(parent[0].answer("fraud"), Answer::No);

    // One negative item yes → 不予容错, naming it, linked to its question.
    m.answer("knowingly_violating", "yes").await;
    assert_eq!(m.verdict(), "不予容错");
    assert_eq!(m.reason_items("negative_items"), ["knowingly_violating"]);
    let link = m.el(".tol-reason-negative_items a.tol-item-link");
    assert_eq!(link.text_content().as_deref(), Some("违纪违法且明知故犯"));
    assert_eq!(
        link.get_attribute("href"),
        Some(format!("#{}", question_dom_id("knowingly_violating")))
    );

    // Back to no, and one condition unknown → 待核实 naming exactly it.
    m.answer("knowingly_violating", "no").await;
    m.answer("losses_remedied", "unknown").await;
    assert_eq!(m.verdict(), "待核实");
    assert_eq!(m.reason_items("unknown_matters"), ["losses_remedied"]);
    assert!(m.text("#tol-reasons").contains("积极挽回损失"));
    let q = m.el(&format!("#{}", question_dom_id("losses_remedied")));
    assert!(q
        .get_attribute("class")
        .unwrap_or_default()
        .contains("tol-q-verify"));
    assert!(q.text_content().unwrap_or_default().contains("需核实"));
    assert_eq!(
        m.parent_cases()[0].answer("losses_remedied"),
        Answer::Unknown
    );

    // Clicking the link moves focus to the question's radio group.
    m.click(".tol-reason-unknown_matters a.tol-item-link").await;
    let focused = gloo::utils::document().active_element().expect("focus");
    assert_eq!(
        focused.id(),
        format!("tol-a-{}-unknown", escape_id("losses_remedied"))
    );

    // 3 of 5 conditions with a positive situation → 可从轻或减轻.
    m.answer("losses_remedied", "no").await;
    m.answer("proper_procedure", "no").await;
    assert_eq!(m.verdict(), "可从轻或减轻");
    assert_eq!(
        m.reason_items("conditions_not_met"),
        ["proper_procedure", "losses_remedied"]
    );
    m.done();
}

#[wasm_bindgen_test]
async fn the_verdict_reads_in_english() {
    let m = Mounted::new(vec![case("case-1")], Lang::En).await;
    qualify(&m, "emergency_task").await;
    assert_eq!(m.verdict(), "Tolerable (exempted)");
    assert!(m
        .text("#tol-reasons")
        .contains("Responding to an emergency"));
    assert_eq!(
        m.text(&format!("label[for=tol-a-{}-yes]", escape_id("fraud"))),
        "Yes"
    );
    m.answer("fraud", "yes").await;
    assert_eq!(m.verdict(), "Not tolerable");
    assert_eq!(m.reason_items("negative_items"), ["fraud"]);
    m.done();
}

#[wasm_bindgen_test]
async fn cases_are_added_duplicated_selected_and_removed_through_the_parent() {
    let m = Mounted::new(Vec::new(), Lang::Zh).await;
    assert!(m.has("#tol-no-cases"));
    assert!(!m.has("#tol-verdict"));

    m.click("#tol-add").await;
    assert_eq!(m.parent_cases().len(), 1);
    m.set_value("#tol-cadre", "李四", "input").await;
    m.set_value("#tol-unit", "住建局", "input").await;
    m.set_value("#tol-description", "应急抢修", "input").await;
    m.answer("force_majeure", "yes").await;
    let p = m.parent_cases();
    assert_eq!(
        (p[0].cadre.as_str(), p[0].unit.as_str()),
        ("李四", "住建局")
    );
    assert_eq!(p[0].description, "应急抢修");

    m.click("#tol-duplicate").await;
    let p = m.parent_cases();
    assert_eq!(p.len(), 2);
    assert_ne!(p[0].id, p[1].id);
    assert_eq!(p[1].cadre, "李四");
    assert_eq!(p[1].answer("force_majeure"), Answer::Yes);
    assert_eq!(
        m.el("#tol-case-1").get_attribute("aria-pressed").as_deref(),
        Some("true")
    );

    // Edit the copy; the original keeps its answer.
    m.answer("force_majeure", "no").await;
    let p = m.parent_cases();
    assert_eq!(
        (p[0].answer("force_majeure"), p[1].answer("force_majeure")),
        (Answer::Yes, Answer::No)
    );

    m.click("#tol-case-0").await;
    assert_eq!(
        m.el("#tol-case-0").get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let yes: HtmlInputElement = m
        .el(&format!("#tol-a-{}-yes", escape_id("force_majeure")))
        .dyn_into()
        .expect("an input");
    assert!(yes.checked());

    m.click("#tol-remove").await;
    let p = m.parent_cases();
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].answer("force_majeure"), Answer::No);
    m.click("#tol-remove").await;
    assert!(m.parent_cases().is_empty());
    assert!(m.has("#tol-no-cases"));
    m.done();
}

#[wasm_bindgen_test]
async fn timeline_extension_and_a_bad_date_shown_at_the_field() {
    let mut c = case("case-1");
    c.application_date = Some("2024-02-30".into());
    let m = Mounted::new(vec![c], Lang::Zh).await;
    // The bad date is reported at the field; the check still runs.
    assert!(m.text("#tol-date-error").contains("2024-02-30"));
    assert_eq!(
        m.el("#tol-date").get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(m.verdict(), "待核实");
    assert!(!m.has(".tol-timeline-table"));

    m.set_value("#tol-date", "2024-09-26", "change").await;
    assert!(!m.has("#tol-date-error"));
    assert_eq!(m.text("tr[data-step=accept] .tol-due"), "2024-10-03");
    assert!(m.text("#tol-calendar-note").contains("默认为空"));

    m.click("#tol-ext-verify").await;
    assert_eq!(m.parent_cases()[0].extensions, ["verify"]);
    assert_eq!(m.text("tr[data-step=verify] .tol-due"), "2024-11-14");
    m.click("#tol-ext-verify").await;
    assert!(m.parent_cases()[0].extensions.is_empty());
    m.done();
}

#[wasm_bindgen_test]
async fn answers_the_rules_no_longer_have_are_reported_and_can_be_dropped() {
    let mut c = case("case-1");
    c.answers.insert("gone".into(), Answer::Yes);
    c.answers.insert("fraud".into(), Answer::Yes);
    c.extensions = vec!["decide".into()];
    c.application_date = Some("2024-09-26".into());
    let m = Mounted::new(vec![c], Lang::Zh).await;
    assert!(m.text("#tol-check-error").contains("gone"));
    assert!(!m.has("#tol-verdict-label"));
    assert!(m.text("#tol-timeline-error").contains("decide"));
    m.click("#tol-drop-stale").await;
    let p = m.parent_cases();
    assert_eq!(p[0].answers.len(), 1);
    assert_eq!(p[0].answer("fraud"), Answer::Yes);
    assert!(p[0].extensions.is_empty());
    assert_eq!(m.verdict(), "不予容错");
    assert!(!m.has("#tol-drop-stale"));
    m.done();
}

#[wasm_bindgen_test]
async fn a_clearance_record_states_the_name_is_cleared() {
    let m = Mounted::new(vec![case("case-1")], Lang::Zh).await;
    m.click("#tol-kind-clearance").await;
    let p = m.parent_cases();
    assert_eq!(p[0].kind, CaseKind::Clearance);
    assert_eq!(
        p[0].clearance.as_ref().map(|c| c.method.as_str()),
        Some("letter")
    );
    assert!(!m.has("#tol-verdict"));

    m.click("#tol-cl-method-meeting").await;
    m.set_value("#tol-cl-issued-by", "县纪委监委", "input")
        .await;
    m.set_value("#tol-cl-finding", "经核查，反映问题失实", "input")
        .await;
    m.set_value("#tol-cl-date", "2024-10-15", "change").await;
    let record = m.text("#tol-cl-record");
    assert!(record.contains("予以澄清正名"), "{record}");
    assert!(record.contains("召开会议澄清"), "{record}");
    assert!(record.contains("县纪委监委"), "{record}");
    assert!(record.contains("不产生任何负面影响"), "{record}");
    // The printed record carries the same statements.
    assert!(m.text("#tol-record").contains("予以澄清正名"));

    // A method the rules lack is reported at the method field.
    let mut bad = case("case-2");
    bad.kind = CaseKind::Clearance;
    bad.clearance = Some(kaohe::engine::tolerance::Clearance {
        method: "telegram".into(),
        ..Default::default()
    });
    let m2 = Mounted::new(vec![bad], Lang::Zh).await;
    assert!(m2.text("#tol-cl-method-error").contains("telegram"));
    m2.done();
    m.done();
}

#[wasm_bindgen_test]
async fn the_printed_record_has_the_facts_answers_verdict_and_signature_line() {
    let mut c = case("case-1");
    c.application_date = Some("2024-09-26".into());
    let m = Mounted::new(vec![c], Lang::Zh).await;
    qualify(&m, "first_trial").await;
    let record = m.text("#tol-record");
    for want in [
        "容错纠错认定建议记录",
        "张三",
        "城关镇",
        "可以容错（免责）",
        "容错条件全部满足（5/5）",
        "经办人（签字）",
        "2024-10-03",
        "仅为建议",
    ] {
        assert!(record.contains(want), "the record lacks {want}: {record}");
    }
    assert!(m.has("#tol-print"));
    m.done();
}

#[wasm_bindgen_test]
fn check_tolerance_js_api_returns_the_verdict() {
    let out = kaohe::check_tolerance(
        r#"{"answers": {"no_private_gain": "yes", "proper_procedure": "yes", "not_prohibited": "yes",
            "diligent_no_intent": "yes", "losses_remedied": "unknown", "first_trial": "yes",
            "knowingly_violating": "no", "defying_ban": "no", "private_gain": "no", "malicious_collusion": "no",
            "major_safety_accident": "no", "environmental_pollution": "no", "food_safety_incident": "no",
            "mass_incident": "no", "repeat_offence": "no", "fraud": "no", "eight_point_rules": "no"},
            "application_date": "2024-09-26"}"#,
    );
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["ok"], true);
    assert_eq!(v["result"]["verdict"], "to_verify");
    assert_eq!(
        v["result"]["to_verify"],
        serde_json::json!(["losses_remedied"])
    );
    assert_eq!(v["timeline"]["steps"][0]["due"], "2024-10-03");

    let out = kaohe::check_tolerance(r#"{"answers": {"fraud": "yes"}}"#);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["result"]["verdict"], "not_tolerable");
    assert_eq!(v["result"]["label"]["zh"], "不予容错");

    let out = kaohe::check_tolerance("not json");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["ok"], false);
    assert_eq!(v["error"]["code"], "invalid_json");
}
