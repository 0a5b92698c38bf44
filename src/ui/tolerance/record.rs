//! The printable one-page record of the selected case. Hidden on screen;
//! with print media (styles/print.css) it is the only thing shown: the
//! case facts, then for a tolerance check the verdict with its reasons,
//! what it changes, the answers to every question and the procedure
//! timeline, or for 澄清正名 the clearance record; the advisory notice and
//! a signature and date line. A4, Chinese fonts, no navigation chrome.

use std::rc::Rc;

use yew::prelude::*;

use super::timeline_table::TimelineTable;
use super::{answer_key, answer_text, reason_sentence};
use crate::engine::tolerance::{
    CaseKind, ClearanceRecord, Item, Timeline, ToleranceCase, ToleranceResult, ToleranceRules,
};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct PrintRecordProps {
    pub rules: Rc<ToleranceRules>,
    pub case: ToleranceCase,
    /// The check (tolerance cases), when it succeeded.
    #[prop_or_default]
    pub result: Option<ToleranceResult>,
    /// The timeline (tolerance cases with a valid application date).
    #[prop_or_default]
    pub timeline: Option<Timeline>,
    /// The clearance record (clearance cases), when it could be made.
    #[prop_or_default]
    pub clearance: Option<ClearanceRecord>,
}

#[component]
pub fn PrintRecord(props: &PrintRecordProps) -> Html {
    let lang = use_lang();
    let c = &props.case;
    let rules = &props.rules;
    let dash = Text::TolNotGiven.get(lang).to_string();
    let or_dash = |s: &str| {
        if s.trim().is_empty() {
            dash.clone()
        } else {
            s.to_string()
        }
    };
    let clearance = c.kind == CaseKind::Clearance;
    let title = if clearance {
        Text::TolRecordClearanceTitle
    } else {
        Text::TolRecordTitle
    };
    let fact = |label: Text, value: String| {
        html! { <><dt>{ label.get(lang) }</dt><dd>{ value }</dd></> }
    };

    let answers_group = |title: Text, items: &[Item]| {
        let rows = items.iter().map(|i| {
            let a = c.answer(&i.id);
            html! {
                <li key={i.id.clone()} class={format!("tol-r-{}", answer_key(a))}>
                    <span class="tol-r-q">{ lang.pick(&i.zh, &i.en) }</span>
                    <span class="tol-r-a">{ answer_text(a).get(lang) }</span>
                </li>
            }
        });
        html! {
            <div class="tol-r-group">
                <h4>{ title.get(lang) }</h4>
                <ul>{ for rows }</ul>
            </div>
        }
    };

    let advisory = props
        .result
        .as_ref()
        .map(|r| lang.pick(&r.advisory.zh, &r.advisory.en).to_string())
        .unwrap_or_else(|| Text::FooterAdvisory.get(lang).to_string());

    let body = if clearance {
        match &props.clearance {
            Some(r) => html! {
                <section class="tol-r-section">
                    <h3>{ Text::TolClearanceRecordHeading.get(lang) }</h3>
                    <dl class="tol-r-facts">
                        { fact(Text::TolClearanceMethod, lang.pick(&r.method.zh, &r.method.en).to_string()) }
                        { fact(Text::TolClearanceDate, r.date.map(|d| d.to_string()).unwrap_or_else(|| dash.clone())) }
                        { fact(Text::TolClearanceIssuedBy, or_dash(&r.issued_by)) }
                        { fact(Text::TolClearanceFinding, or_dash(&r.finding)) }
                    </dl>
                    <ul class="tol-statements">
                        { for r.statements.iter().map(|s| html! {
                            <li key={s.key.clone()}>{ lang.pick(&s.zh, &s.en) }</li>
                        }) }
                    </ul>
                </section>
            },
            None => html! {
                <p class="tol-error">{ Text::TolClearanceIncomplete.get(lang) }</p>
            },
        }
    } else {
        let verdict = match &props.result {
            Some(r) => html! {
                <section class="tol-r-section tol-r-verdict">
                    <h3>{ Text::TolVerdictHeading.get(lang) }</h3>
                    <p class="tol-r-label">{ lang.pick(&r.label.zh, &r.label.en) }</p>
                    <ol class="tol-r-reasons">
                        { for r.reasons.iter().map(|reason| html! {
                            <li>{ reason_sentence(lang, rules, reason, &r.summary) }</li>
                        }) }
                    </ol>
                    <p><strong>{ Text::TolEffect.get(lang) }</strong>{ lang.pick(&r.effect.zh, &r.effect.en) }</p>
                </section>
            },
            None => html! { <p class="tol-error">{ Text::TolCheckError.get(lang) }</p> },
        };
        html! {
            <>
                { verdict }
                <section class="tol-r-section">
                    <h3>{ Text::TolRecordAnswers.get(lang) }</h3>
                    <div class="tol-r-answers">
                        { answers_group(Text::TolGroupNegative, &rules.negative) }
                        { answers_group(Text::TolGroupConditions, &rules.conditions) }
                        { answers_group(Text::TolGroupPositive, &rules.positive) }
                    </div>
                </section>
                if let Some(t) = &props.timeline {
                    <section class="tol-r-section">
                        <h3>{ Text::TolTimelineHeading.get(lang) }</h3>
                        <TimelineTable timeline={t.clone()} />
                    </section>
                }
            </>
        }
    };

    html! {
        <article class="tol-record" id="tol-record" aria-labelledby="tol-record-title">
            <h2 id="tol-record-title">{ title.get(lang) }</h2>
            <dl class="tol-r-facts">
                { fact(Text::TolCadre, or_dash(&c.cadre)) }
                { fact(Text::TolUnit, or_dash(&c.unit)) }
                if !clearance {
                    { fact(Text::TolApplicationDate, or_dash(c.application_date.as_deref().unwrap_or(""))) }
                }
                { fact(Text::TolDescription, or_dash(&c.description)) }
            </dl>
            { body }
            <p class="tol-r-advisory">{ advisory }</p>
            <div class="tol-r-sign">
                <span>{ Text::TolSignPrepared.get(lang) }</span>
                <span>{ Text::TolSignReviewed.get(lang) }</span>
                <span>{ Text::TolSignDate.get(lang) }</span>
            </div>
        </article>
    }
}
