//! Clearing a name (澄清正名): for a report that proved false, the method
//! (one of the rules' clearance methods: letter, meeting, circular), the
//! date, who issues it and what the investigation found; beside it the
//! record from the engine, stating that the name is cleared, how, and that
//! the report carries no negative effect. Errors (an unknown method, a bad
//! date) are shown at their field.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::escape_id;
use crate::engine::tolerance::{
    Clearance, ClearanceRecord, ToleranceCase, ToleranceError, ToleranceRules,
};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct ClearanceFormProps {
    pub rules: Rc<ToleranceRules>,
    pub case: ToleranceCase,
    /// The record, or `None` when it could not be made (see `error`).
    pub record: Option<ClearanceRecord>,
    pub error: Option<ToleranceError>,
    /// Called with the edited case.
    pub on_change: Callback<ToleranceCase>,
}

/// The value of an input or textarea event target.
fn target_value(e: &Event) -> String {
    let Some(t) = e.target() else {
        return String::new();
    };
    match t.dyn_into::<web_sys::HtmlInputElement>() {
        Ok(i) => i.value(),
        Err(t) => t
            .dyn_into::<web_sys::HtmlTextAreaElement>()
            .map(|a| a.value())
            .unwrap_or_default(),
    }
}

#[component]
pub fn ClearanceForm(props: &ClearanceFormProps) -> Html {
    let lang = use_lang();
    let current = props.case.clearance.clone().unwrap_or_default();
    let edit = |f: fn(&mut Clearance, String)| {
        let case = props.case.clone();
        props.on_change.reform(move |e: Event| {
            let mut next = case.clone();
            let mut c = next.clearance.clone().unwrap_or_default();
            f(&mut c, target_value(&e));
            next.clearance = Some(c);
            next
        })
    };
    let on_date = edit(|c, v| c.date = (!v.trim().is_empty()).then_some(v));
    let on_issued_by = edit(|c, v| c.issued_by = v);
    let on_finding = edit(|c, v| c.finding = v);
    let on_method = |id: String| edit_method(props, id);

    let (method_error, date_error, other_error) = match &props.error {
        Some(
            e @ (ToleranceError::UnknownClearanceMethod { .. } | ToleranceError::MissingClearance),
        ) => (Some(super::error_text(lang, e)), None, None),
        Some(e @ ToleranceError::InvalidDate { .. }) => {
            (None, Some(super::error_text(lang, e)), None)
        }
        Some(e) => (None, None, Some(super::error_text(lang, e))),
        None => (None, None, None),
    };

    let methods = props.rules.clearance_methods.iter().map(|m| {
        let input_id = format!("tol-cl-method-{}", escape_id(&m.id));
        let onchange = on_method(m.id.clone()).reform(|_: Event| ());
        html! {
            <label class="tol-radio" for={input_id.clone()} key={m.id.clone()}>
                <input type="radio" name="tol-cl-method" id={input_id} value={m.id.clone()}
                    checked={current.method == m.id} {onchange} />
                <span>{ lang.pick(&m.zh, &m.en) }</span>
            </label>
        }
    });
    let date_value = current.date.clone().unwrap_or_default();

    html! {
        <div class="tol-clearance">
            <section class="tol-clearance-form" id="tol-clearance-form" aria-labelledby="tol-cl-title">
                <h3 id="tol-cl-title">{ Text::TolClearanceHeading.get(lang) }</h3>
                <p class="tol-hint">{ Text::TolClearanceHint.get(lang) }</p>
                <fieldset class="tol-cl-methods" aria-invalid={method_error.is_some().then_some("true")}
                    aria-describedby={method_error.is_some().then_some("tol-cl-method-error")}>
                    <legend>{ Text::TolClearanceMethod.get(lang) }</legend>
                    <div class="tol-radios">{ for methods }</div>
                    if let Some(err) = method_error {
                        <p class="tol-field-error" id="tol-cl-method-error">{ err }</p>
                    }
                </fieldset>
                <div class="tol-fields">
                    <p class="tol-field">
                        <label for="tol-cl-date">{ Text::TolClearanceDate.get(lang) }</label>
                        <input type="date" id="tol-cl-date" value={date_value}
                            aria-invalid={date_error.is_some().then_some("true")}
                            aria-describedby={date_error.is_some().then_some("tol-cl-date-error")}
                            onchange={on_date} />
                        if let Some(err) = date_error {
                            <span class="tol-field-error" id="tol-cl-date-error">{ err }</span>
                        }
                    </p>
                    <p class="tol-field">
                        <label for="tol-cl-issued-by">{ Text::TolClearanceIssuedBy.get(lang) }</label>
                        <input type="text" id="tol-cl-issued-by" autocomplete="off"
                            value={current.issued_by.clone()} oninput={on_issued_by.reform(|e: InputEvent| e.into())} />
                    </p>
                    <p class="tol-field tol-field-wide">
                        <label for="tol-cl-finding">{ Text::TolClearanceFinding.get(lang) }</label>
                        <textarea id="tol-cl-finding" rows="3" value={current.finding.clone()}
                            oninput={on_finding.reform(|e: InputEvent| e.into())} />
                    </p>
                </div>
            </section>
            <aside class="tol-verdict tol-cl-record" id="tol-cl-record" aria-labelledby="tol-cl-record-title">
                <h3 id="tol-cl-record-title">{ Text::TolClearanceRecordHeading.get(lang) }</h3>
                <div class="tol-verdict-live" aria-live="polite">
                    if let Some(r) = &props.record {
                        <ul class="tol-statements">
                            { for r.statements.iter().map(|s| html! {
                                <li key={s.key.clone()} data-key={s.key.clone()}>{ lang.pick(&s.zh, &s.en) }</li>
                            }) }
                        </ul>
                    } else if let Some(err) = other_error {
                        <p class="tol-error">{ err }</p>
                    } else {
                        <p class="tol-hint">{ Text::TolClearanceIncomplete.get(lang) }</p>
                    }
                </div>
            </aside>
        </div>
    }
}

/// A callback that sets the clearance method to `id`.
fn edit_method(props: &ClearanceFormProps, id: String) -> Callback<()> {
    let case = props.case.clone();
    props.on_change.reform(move |()| {
        let mut next = case.clone();
        let mut c = next.clearance.clone().unwrap_or_default();
        c.method = id.clone();
        next.clearance = Some(c);
        next
    })
}
