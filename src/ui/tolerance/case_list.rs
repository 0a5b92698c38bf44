//! The list of cases: each shows the cadre's name, unit and current
//! verdict; one is selected. Buttons add a new case, duplicate the
//! selected one and remove it. Selection is by position, so cases with
//! missing or repeated ids (e.g. from an old link) still work.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::tolerance::{check, CaseKind, ToleranceCase, ToleranceRules};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct CaseListProps {
    pub rules: Rc<ToleranceRules>,
    pub cases: Rc<Vec<ToleranceCase>>,
    /// Position of the selected case.
    pub selected: usize,
    pub on_select: Callback<usize>,
    pub on_add: Callback<()>,
    pub on_duplicate: Callback<usize>,
    pub on_remove: Callback<usize>,
}

#[component]
pub fn CaseList(props: &CaseListProps) -> Html {
    let lang = use_lang();
    let items = props.cases.iter().enumerate().map(|(i, c)| {
        let name = if c.cadre.trim().is_empty() {
            Text::TolCaseUntitled.get(lang).to_string()
        } else {
            c.cadre.clone()
        };
        let status = match c.kind {
            CaseKind::Clearance => Text::TolKindClearanceShort.get(lang).to_string(),
            CaseKind::Tolerance => match check(&props.rules, c) {
                Ok(r) => lang.pick(&r.label.zh, &r.label.en).to_string(),
                Err(_) => Text::TolCaseError.get(lang).to_string(),
            },
        };
        let selected = i == props.selected;
        let onclick = props.on_select.reform(move |_: MouseEvent| i);
        html! {
            <li key={i}>
                <button type="button" class="tol-case" id={format!("tol-case-{i}")}
                    aria-pressed={if selected { "true" } else { "false" }} {onclick}>
                    <span class="tol-case-num">{ format!("{}", i + 1) }</span>
                    <span class="tol-case-name">{ name }</span>
                    if !c.unit.trim().is_empty() {
                        <span class="tol-case-unit">{ c.unit.clone() }</span>
                    }
                    <span class="tol-case-status">{ status }</span>
                </button>
            </li>
        }
    });
    let has = !props.cases.is_empty();
    let sel = props.selected;
    let on_add = props.on_add.reform(|_: MouseEvent| ());
    let on_duplicate = props.on_duplicate.reform(move |_: MouseEvent| sel);
    let on_remove = props.on_remove.reform(move |_: MouseEvent| sel);
    html! {
        <section class="tol-cases" id="tol-cases" aria-labelledby="tol-cases-title">
            <h3 id="tol-cases-title">{ Text::TolCasesHeading.get(lang) }</h3>
            if has {
                <ol class="tol-case-list">{ for items }</ol>
            } else {
                <p class="tol-hint" id="tol-no-cases">{ Text::TolNoCases.get(lang) }</p>
            }
            <div class="tol-toolbar">
                <button type="button" id="tol-add" onclick={on_add}>{ Text::TolCaseAdd.get(lang) }</button>
                if has {
                    <button type="button" id="tol-duplicate" onclick={on_duplicate}>{ Text::TolCaseDuplicate.get(lang) }</button>
                    <button type="button" id="tol-remove" class="tol-danger" onclick={on_remove}>{ Text::TolCaseRemove.get(lang) }</button>
                }
            </div>
        </section>
    }
}
