//! The verdict beside the checklist: the label (不予容错 / 可以容错 /
//! 可从轻或减轻 / 待核实), the reasons with links to the questions they name
//! (for 待核实 exactly the questions to verify), what the verdict changes,
//! and the notice that it is advice for the deciding body. The label and
//! reasons sit in a polite live region, so a screen reader hears the new
//! verdict after each answer.

use std::rc::Rc;

use yew::prelude::*;

use super::item_link::ItemLink;
use super::{fill, question_label, reason_heading};
use crate::engine::tolerance::{ToleranceResult, ToleranceRules};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    pub rules: Rc<ToleranceRules>,
    /// The check, or `None` when it failed (see `error`).
    pub result: Option<ToleranceResult>,
    /// Why the check failed, in the UI language.
    #[prop_or_default]
    pub error: Option<String>,
}

#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let lang = use_lang();
    let rules = &props.rules;
    let body = match &props.result {
        None => html! {
            <p class="tol-error" id="tol-verdict-error">
                { Text::TolCheckError.get(lang) }{ props.error.clone().unwrap_or_default() }
            </p>
        },
        Some(r) => {
            let s = &r.summary;
            let summary = fill(
                Text::TolSummary.get(lang),
                &[
                    ("neg", &s.negative_yes.len().to_string()),
                    ("c", &s.conditions_yes.to_string()),
                    ("n", &s.conditions_total.to_string()),
                    ("pos", &s.positive_yes.len().to_string()),
                    ("unk", &s.unknown.len().to_string()),
                ],
            );
            let reasons = r.reasons.iter().map(|reason| {
                let links = reason.items.iter().map(|id| {
                    html! {
                        <li key={id.clone()}>
                            <ItemLink id={id.clone()} label={question_label(lang, rules, id)} />
                        </li>
                    }
                });
                let code = crate::json::to_value(&reason.code)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                html! {
                    <li class={classes!("tol-reason", format!("tol-reason-{code}"))} data-code={code.clone()}>
                        <span class="tol-reason-head">{ reason_heading(lang, rules, reason, s) }</span>
                        if !reason.items.is_empty() {
                            <ul class="tol-reason-items">{ for links }</ul>
                        }
                    </li>
                }
            });
            html! {
                <>
                    <p id="tol-verdict-label" class={classes!("tol-verdict-label", format!("tol-v-{}", r.verdict.key()))}
                        data-verdict={r.verdict.key()}>
                        { lang.pick(&r.label.zh, &r.label.en) }
                    </p>
                    <p class="tol-summary">{ summary }</p>
                    <h4 class="tol-reasons-title">{ Text::TolVerdictReasons.get(lang) }</h4>
                    <ul id="tol-reasons" class="tol-reasons">{ for reasons }</ul>
                    <p id="tol-effect" class="tol-effect">
                        <strong>{ Text::TolEffect.get(lang) }</strong>
                        { lang.pick(&r.effect.zh, &r.effect.en) }
                    </p>
                </>
            }
        }
    };
    let advisory = props
        .result
        .as_ref()
        .map(|r| lang.pick(&r.advisory.zh, &r.advisory.en).to_string())
        .unwrap_or_else(|| Text::FooterAdvisory.get(lang).to_string());
    html! {
        <aside class="tol-verdict" id="tol-verdict" aria-labelledby="tol-verdict-title">
            <h3 id="tol-verdict-title">{ Text::TolVerdictHeading.get(lang) }</h3>
            <div class="tol-verdict-live" aria-live="polite">{ body }</div>
            <p id="tol-advisory" class="tol-advisory">{ advisory }</p>
        </aside>
    }
}
