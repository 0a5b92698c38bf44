//! The facts of the selected case: cadre's name, unit, what happened, the
//! application date (the timeline runs from it), and the case kind switch
//! (tolerance check or 澄清正名). An invalid date is reported at the field.

use yew::prelude::*;

use crate::engine::tolerance::{CaseKind, Clearance, ToleranceCase};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct CaseFactsProps {
    pub case: ToleranceCase,
    /// The first clearance method of the rules (used when switching to 澄清正名).
    #[prop_or_default]
    pub default_method: String,
    /// The application date's error, in the UI language.
    #[prop_or_default]
    pub date_error: Option<String>,
    /// Called with the edited case.
    pub on_change: Callback<ToleranceCase>,
}

/// A callback that applies `edit` with the input's value to a copy of the case.
fn edit_text<E: AsRef<web_sys::Event> + 'static>(
    props: &CaseFactsProps,
    edit: fn(&mut ToleranceCase, String),
) -> Callback<E> {
    let case = props.case.clone();
    props.on_change.reform(move |e: E| {
        let target: Option<web_sys::EventTarget> = e.as_ref().target();
        let value = target
            .and_then(|t| {
                use wasm_bindgen::JsCast;
                match t.dyn_into::<web_sys::HtmlInputElement>() {
                    Ok(i) => Some(i.value()),
                    Err(t) => t
                        .dyn_into::<web_sys::HtmlTextAreaElement>()
                        .ok()
                        .map(|a| a.value()),
                }
            })
            .unwrap_or_default();
        let mut next = case.clone();
        edit(&mut next, value);
        next
    })
}

/// `case` switched to `kind`; switching to 澄清正名 the first time starts
/// the clearance details with `default_method`.
pub fn with_kind(case: &ToleranceCase, kind: CaseKind, default_method: &str) -> ToleranceCase {
    let mut next = case.clone();
    next.kind = kind;
    if kind == CaseKind::Clearance && next.clearance.is_none() {
        next.clearance = Some(Clearance {
            method: default_method.to_string(),
            ..Clearance::default()
        });
    }
    next
}

#[component]
pub fn CaseFacts(props: &CaseFactsProps) -> Html {
    let lang = use_lang();
    let c = &props.case;
    let on_cadre = edit_text::<InputEvent>(props, |c, v| c.cadre = v);
    let on_unit = edit_text::<InputEvent>(props, |c, v| c.unit = v);
    let on_description = edit_text::<InputEvent>(props, |c, v| c.description = v);
    let on_date = edit_text::<Event>(props, |c, v| {
        c.application_date = (!v.trim().is_empty()).then_some(v);
    });
    let on_clear_date = {
        let mut next = c.clone();
        next.application_date = None;
        props.on_change.reform(move |_: MouseEvent| next.clone())
    };
    let kind_radio = |kind: CaseKind, id: &str, text: Text| {
        let case = c.clone();
        let method = props.default_method.clone();
        let onchange = props
            .on_change
            .reform(move |_: Event| with_kind(&case, kind, &method));
        html! {
            <label class="tol-radio" for={id.to_string()}>
                <input type="radio" name="tol-kind" id={id.to_string()}
                    value={if kind == CaseKind::Clearance { "clearance" } else { "tolerance" }}
                    checked={c.kind == kind} {onchange} />
                <span>{ text.get(lang) }</span>
            </label>
        }
    };
    let date_value = c.application_date.clone().unwrap_or_default();
    let date_err = props.date_error.clone();
    html! {
        <section class="tol-facts" id="tol-facts" aria-labelledby="tol-facts-title">
            <h3 id="tol-facts-title">{ Text::TolFactsHeading.get(lang) }</h3>
            <fieldset class="tol-kind">
                <legend>{ Text::TolKindLegend.get(lang) }</legend>
                <div class="tol-radios">
                    { kind_radio(CaseKind::Tolerance, "tol-kind-tolerance", Text::TolKindTolerance) }
                    { kind_radio(CaseKind::Clearance, "tol-kind-clearance", Text::TolKindClearance) }
                </div>
            </fieldset>
            <div class="tol-fields">
                <p class="tol-field">
                    <label for="tol-cadre">{ Text::TolCadre.get(lang) }</label>
                    <input type="text" id="tol-cadre" autocomplete="off" value={c.cadre.clone()} oninput={on_cadre} />
                </p>
                <p class="tol-field">
                    <label for="tol-unit">{ Text::TolUnit.get(lang) }</label>
                    <input type="text" id="tol-unit" autocomplete="off" value={c.unit.clone()} oninput={on_unit} />
                </p>
                if c.kind == CaseKind::Tolerance {
                    <p class="tol-field">
                        <label for="tol-date">{ Text::TolApplicationDate.get(lang) }</label>
                        <input type="date" id="tol-date" value={date_value}
                            aria-invalid={date_err.is_some().then_some("true")}
                            aria-describedby={date_err.is_some().then_some("tol-date-error")}
                            onchange={on_date} />
                        if let Some(err) = date_err {
                            <span class="tol-field-error" id="tol-date-error">{ err }</span>
                            <button type="button" class="tol-small" onclick={on_clear_date}>
                                { Text::TolClearDate.get(lang) }
                            </button>
                        }
                    </p>
                }
                <p class="tol-field tol-field-wide">
                    <label for="tol-description">{ Text::TolDescription.get(lang) }</label>
                    <textarea id="tol-description" rows="3" value={c.description.clone()} oninput={on_description} />
                </p>
            </div>
        </section>
    }
}
