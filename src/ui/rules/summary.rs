//! [`IssueSummary`]: what is wrong with the rules, as a list of links to
//! the fields (the link opens the section and moves focus to the field;
//! the URL fragment is left alone, it belongs to share links). Blocking
//! issues come with the note that nothing is computed until they are
//! fixed; an engine error that is not about the rules (unit data naming an
//! item the rules no longer have) is shown after them. A polite live
//! region, so the count is announced after each edit.

use yew::prelude::*;

use super::context::use_rules;
use super::{describe_path, field_dom_id, fill, issue_message};
use crate::engine::{EngineError, ErrorKind, Severity};
use crate::i18n::{Lang, Text};
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct IssueSummaryProps {
    /// The engine's error for the Scenario, when it is not one of the rule
    /// issues listed (those are shown at their fields).
    #[prop_or_default]
    pub engine_error: Option<EngineError>,
}

/// An engine error about the Scenario's data, in words.
fn engine_error_text(lang: Lang, e: &EngineError) -> String {
    let mut at = Vec::new();
    if let Some(u) = &e.unit {
        at.push(fill(Text::RuleErrUnit.get(lang), &[("id", u)]));
    }
    if let Some(c) = &e.cadre {
        at.push(fill(Text::RuleErrCadre.get(lang), &[("id", c)]));
    }
    if !e.field.is_empty() {
        at.push(e.field.clone());
    }
    let what = match (e.kind, &e.value) {
        (ErrorKind::UnknownRuleId, Some(v)) => {
            fill(Text::RuleErrUnknownId.get(lang), &[("value", v)])
        }
        (_, Some(v)) => fill(Text::RuleErrInvalid.get(lang), &[("value", v)]),
        (_, None) => Text::RuleErrInvalidNoValue.get(lang).to_string(),
    };
    format!("{}{}{}", at.join(" · "), lang.pick("：", ": "), what)
}

#[component]
pub fn IssueSummary(props: &IssueSummaryProps) -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let issues = ctx.issues.clone();
    let blocking = issues
        .iter()
        .any(|i| i.severity == Severity::Error && !i.is_tolerance());
    let heading = if blocking {
        Text::RuleIssuesBlocking
    } else {
        Text::RuleIssuesOther
    };
    let items = issues.iter().map(|i| {
        let dom = field_dom_id(&i.path);
        let onclick = {
            let jump = ctx.jump.clone();
            let path = i.path.clone();
            Callback::from(move |e: MouseEvent| {
                if e.ctrl_key() || e.meta_key() || e.shift_key() {
                    return;
                }
                e.prevent_default();
                jump.emit(path.clone());
            })
        };
        let note = if i.severity == Severity::Warning {
            Text::RuleIssueWarningNote.get(lang)
        } else if i.is_tolerance() {
            Text::RuleIssueToleranceNote.get(lang)
        } else {
            ""
        };
        let class = match i.severity {
            Severity::Error => "rule-summary-error",
            Severity::Warning => "rule-summary-warning",
        };
        html! {
            <li class={class} data-path={i.path.clone()}>
                <a href={format!("#{dom}")} class="rule-issue-link" {onclick}>{ describe_path(lang, &ctx.rules, &i.path) }</a>
                { lang.pick("：", ": ") }{ issue_message(lang, i) }{ note }
            </li>
        }
    });
    html! {
        <div id="rules-status" class="rule-status" aria-live="polite">
            if !issues.is_empty() {
                <div class={classes!("rule-summary", blocking.then_some("rule-summary-blocking"))} id="rules-issues">
                    <p class="rule-summary-title">{ fill(heading.get(lang), &[("n", &issues.len().to_string())]) }</p>
                    <ul>{ for items }</ul>
                </div>
            }
            if let Some(e) = &props.engine_error {
                <div class="rule-summary rule-summary-blocking" id="rules-engine-error">
                    <p class="rule-summary-title">{ Text::RuleEngineError.get(lang) }</p>
                    <p>{ engine_error_text(lang, e) }</p>
                </div>
            }
        </div>
    }
}
