//! [`ToleranceScreen`], the 容错纠错 screen: the case list, the facts of
//! the selected case, then either the checklist with the live verdict and
//! the procedure timeline, or the 澄清正名 form with its record; a button
//! prints the one-page record. The cases are the parent's (they live in the
//! Scenario): every edit goes out through `on_cases` as a whole new list.
//! The engine is called on each render (microseconds); its errors are
//! routed to the field they concern.

use std::rc::Rc;

use yew::prelude::*;

use super::case_facts::CaseFacts;
use super::case_list::CaseList;
use super::checklist::Checklist;
use super::clearance::ClearanceForm;
use super::error_text;
use super::record::PrintRecord;
use super::timeline::TimelineView;
use super::verdict::VerdictPanel;
use crate::engine::tolerance::{
    case_timeline, check, clearance_record, Answer, CaseKind, ToleranceCase, ToleranceError,
    ToleranceRules,
};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct ToleranceScreenProps {
    /// The tolerance rules (items, threshold, steps, calendar, methods).
    pub rules: Rc<ToleranceRules>,
    /// The cases, owned by the parent (saved with the Scenario).
    pub cases: Rc<Vec<ToleranceCase>>,
    /// Called with the new list after every edit.
    pub on_cases: Callback<Vec<ToleranceCase>>,
}

/// An id `case-N` not used by any of `cases`.
fn fresh_id(cases: &[ToleranceCase]) -> String {
    let mut n = cases.len() + 1;
    loop {
        let id = format!("case-{n}");
        if !cases.iter().any(|c| c.id == id) {
            return id;
        }
        n += 1;
    }
}

/// `case` without the answers to questions and the extensions of steps
/// that the rules no longer have (after the rules were edited); the engine
/// rejects those, and the screen offers to drop them.
fn without_stale(rules: &ToleranceRules, case: &ToleranceCase) -> ToleranceCase {
    let mut next = case.clone();
    next.answers.retain(|id, _| rules.question(id).is_some());
    next.extensions.retain(|id| {
        rules
            .steps
            .iter()
            .any(|s| &s.id == id && s.extension_days > 0)
    });
    next
}

/// Whether a timeline error concerns the case's application date.
fn is_application_date_error(e: &ToleranceError) -> bool {
    matches!(e, ToleranceError::InvalidDate { field, .. } if field == "application_date")
}

#[component]
pub fn ToleranceScreen(props: &ToleranceScreenProps) -> Html {
    let lang = use_lang();
    let selected = use_state(|| 0usize);
    let cases = props.cases.clone();
    let rules = props.rules.clone();
    let sel = (*selected).min(cases.len().saturating_sub(1));

    let on_select = {
        let selected = selected.clone();
        Callback::from(move |i: usize| selected.set(i))
    };
    let on_add = {
        let (selected, cases, on_cases) = (selected.clone(), cases.clone(), props.on_cases.clone());
        Callback::from(move |()| {
            let mut next = (*cases).clone();
            next.push(ToleranceCase {
                id: fresh_id(&next),
                ..ToleranceCase::default()
            });
            selected.set(next.len() - 1);
            on_cases.emit(next);
        })
    };
    let on_duplicate = {
        let (selected, cases, on_cases) = (selected.clone(), cases.clone(), props.on_cases.clone());
        Callback::from(move |i: usize| {
            let Some(orig) = cases.get(i) else { return };
            let mut next = (*cases).clone();
            let mut copy = orig.clone();
            copy.id = fresh_id(&next);
            next.insert(i + 1, copy);
            selected.set(i + 1);
            on_cases.emit(next);
        })
    };
    let on_remove = {
        let (selected, cases, on_cases) = (selected.clone(), cases.clone(), props.on_cases.clone());
        Callback::from(move |i: usize| {
            if i >= cases.len() {
                return;
            }
            let mut next = (*cases).clone();
            next.remove(i);
            selected.set(i.min(next.len().saturating_sub(1)));
            on_cases.emit(next);
        })
    };
    let on_case = {
        let (cases, on_cases) = (cases.clone(), props.on_cases.clone());
        Callback::from(move |c: ToleranceCase| {
            let mut next = (*cases).clone();
            if let Some(slot) = next.get_mut(sel) {
                *slot = c;
                on_cases.emit(next);
            }
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    let editor = match cases.get(sel) {
        None => html! {},
        Some(case) => {
            let default_method = rules
                .clearance_methods
                .first()
                .map(|m| m.id.clone())
                .unwrap_or_default();
            let timeline_res = case_timeline(&rules, case);
            let date_error = match &timeline_res {
                Err(e) if is_application_date_error(e) => Some(error_text(lang, e)),
                _ => None,
            };
            let facts = html! {
                <CaseFacts case={case.clone()} {default_method} date_error={date_error.clone()}
                    on_change={on_case.clone()} />
            };
            let (main, record) = match case.kind {
                CaseKind::Tolerance => {
                    let check_res = check(&rules, case);
                    let (result, check_error) = match check_res {
                        Ok(r) => (Some(r), None),
                        Err(e) => (None, Some(error_text(lang, &e))),
                    };
                    let (timeline, timeline_error) = match timeline_res {
                        Ok(t) => (t, None),
                        Err(e) if is_application_date_error(&e) => (None, None),
                        Err(e) => (None, Some(error_text(lang, &e))),
                    };
                    let to_verify = result
                        .as_ref()
                        .map(|r| r.to_verify.clone())
                        .unwrap_or_default();
                    let on_answer = {
                        let (case, on_case) = (case.clone(), on_case.clone());
                        Callback::from(move |(id, a): (String, Answer)| {
                            let mut next = case.clone();
                            if a == Answer::Unknown {
                                next.answers.remove(&id);
                            } else {
                                next.answers.insert(id, a);
                            }
                            on_case.emit(next);
                        })
                    };
                    let on_extension = {
                        let (case, on_case) = (case.clone(), on_case.clone());
                        Callback::from(move |(id, on): (String, bool)| {
                            let mut next = case.clone();
                            next.extensions.retain(|x| *x != id);
                            if on {
                                next.extensions.push(id);
                            }
                            on_case.emit(next);
                        })
                    };
                    let stale = without_stale(&rules, case);
                    let on_drop_stale = (stale != *case).then(|| {
                        let on_case = on_case.clone();
                        Callback::from(move |_: MouseEvent| on_case.emit(stale.clone()))
                    });
                    let main = html! {
                        <>
                            if let Some(onclick) = on_drop_stale {
                                <p class="tol-stale">
                                    <button type="button" id="tol-drop-stale" class="tol-small" {onclick}>
                                        { Text::TolDropStale.get(lang) }
                                    </button>
                                </p>
                            }
                            <section class="tol-check" id="tol-check" aria-labelledby="tol-check-title">
                                <div class="tol-check-list">
                                    <h3 id="tol-check-title">{ Text::TolChecklistHeading.get(lang) }</h3>
                                    <p class="tol-hint">{ Text::TolChecklistHint.get(lang) }</p>
                                    if let Some(err) = check_error.clone() {
                                        <p class="tol-error" id="tol-check-error">{ err }</p>
                                    }
                                    <Checklist rules={rules.clone()} answers={case.answers.clone()}
                                        {to_verify} {on_answer} />
                                </div>
                                <VerdictPanel rules={rules.clone()} result={result.clone()} error={check_error} />
                            </section>
                            <TimelineView rules={rules.clone()} timeline={timeline.clone()}
                                error={timeline_error} date_invalid={date_error.is_some()}
                                extensions={case.extensions.clone()} {on_extension} />
                        </>
                    };
                    let record = html! {
                        <PrintRecord rules={rules.clone()} case={case.clone()} {result} {timeline} />
                    };
                    (main, record)
                }
                CaseKind::Clearance => {
                    let (rec, err) = match clearance_record(&rules, case) {
                        Ok(r) => (Some(r), None),
                        Err(e) => (None, Some(e)),
                    };
                    let main = html! {
                        <ClearanceForm rules={rules.clone()} case={case.clone()} record={rec.clone()}
                            error={err} on_change={on_case.clone()} />
                    };
                    let record = html! {
                        <PrintRecord rules={rules.clone()} case={case.clone()} clearance={rec} />
                    };
                    (main, record)
                }
            };
            html! {
                <>
                    <div class="tol-editor">
                        { facts }
                        { main }
                        <div class="tol-print-bar">
                            <button type="button" id="tol-print" onclick={on_print}>
                                { Text::TolPrint.get(lang) }
                            </button>
                            <span class="tol-hint">{ Text::TolPrintHint.get(lang) }</span>
                        </div>
                    </div>
                    { record }
                </>
            }
        }
    };

    html! {
        <section id="screen-tolerance" class="tol-screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{ Text::ScreenTolerance.get(lang) }</h2>
            <p class="tol-intro">{ Text::TolIntro.get(lang) }</p>
            <CaseList rules={rules.clone()} cases={cases.clone()} selected={sel}
                {on_select} {on_add} {on_duplicate} {on_remove} />
            { editor }
        </section>
    }
}
