//! Labelled input fields shared by every screen. A number field keeps what
//! the user typed; an invalid value stays in the box, is marked
//! (`aria-invalid`, a message linked by `aria-describedby`) with the reason,
//! and is never sent on or coerced. Valid values are sent on `change`
//! (Enter or leaving the field), so each edit is one undo step.

use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::shell::use_lang;
use crate::i18n::{num_error, Text};
use crate::numinput::{parse_bounded, Bounds, NumError};

#[derive(Properties, PartialEq)]
pub struct DecimalFieldProps {
    /// The input's DOM id (unique on the page); the error is `{id}-error`.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    pub value: Option<Decimal>,
    #[prop_or_default]
    pub bounds: Bounds,
    /// Empty is an error when set; otherwise it sends `None`.
    #[prop_or_default]
    pub required: bool,
    /// A hint shown under the field (e.g. units).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Hides the label visually (kept for screen readers), for table cells.
    #[prop_or_default]
    pub compact: bool,
    pub on_change: Callback<Option<Decimal>>,
}

/// What a number field holds: the text in the box, the error for it, and
/// the `change` handler that parses it and sends a valid value on.
pub struct NumberEntry {
    pub text: String,
    pub error: Option<NumError>,
    pub onchange: Callback<Event>,
}

fn shown(v: Option<Decimal>) -> String {
    v.map(|d| d.normalize().to_string()).unwrap_or_default()
}

/// The state of a number field (this one and the rule editor's): what the
/// user typed stays in the box; a typing error is kept, marked and never
/// sent; empty is an error when `required`, else it sends `None`.
#[hook]
pub fn use_number_entry(
    value: Option<Decimal>,
    bounds: Bounds,
    required: bool,
    on_change: Callback<Option<Decimal>>,
) -> NumberEntry {
    let text = use_state(|| shown(value));
    let error = use_state(|| None::<NumError>);

    // A new value from outside (undo, reset, another screen) replaces the
    // text, unless the box holds an invalid entry the user is still fixing.
    {
        let text = text.clone();
        let error = error.clone();
        use_effect_with(value, move |v| {
            if error.is_none() {
                text.set(shown(*v));
            }
        });
    }

    let onchange = {
        let (text, error) = (text.clone(), error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let raw = input.value();
            text.set(raw.clone());
            match parse_bounded(&raw, bounds) {
                Ok(None) if required => error.set(Some(NumError::Empty)),
                Ok(v) => {
                    error.set(None);
                    on_change.emit(v);
                }
                Err(err) => error.set(Some(err)),
            }
        })
    };
    NumberEntry {
        text: (*text).clone(),
        error: *error,
        onchange,
    }
}

/// A number field accepting ASCII and full-width digits.
#[component]
pub fn DecimalField(props: &DecimalFieldProps) -> Html {
    let lang = use_lang();
    let NumberEntry {
        text,
        error,
        onchange,
    } = use_number_entry(
        props.value,
        props.bounds,
        props.required,
        props.on_change.clone(),
    );

    let error_id = format!("{}-error", props.id);
    let hint_id = format!("{}-hint", props.id);
    let mut described = Vec::new();
    if error.is_some() {
        described.push(error_id.clone());
    }
    if props.hint.is_some() {
        described.push(hint_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let label_class = if props.compact {
        "visually-hidden"
    } else {
        "field-label"
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("field-invalid"))}>
            <label for={props.id.clone()} class={label_class}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off"
                value={text}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={described}
                aria-required={props.required.then_some("true")}
                {onchange} />
            if let Some(h) = &props.hint {
                <span id={hint_id} class="field-hint">{ h.clone() }</span>
            }
            if let Some(err) = error {
                <span id={error_id} class="field-error" role="alert">
                    { num_error(err).get(lang) }
                </span>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub compact: bool,
    #[prop_or_default]
    pub required: bool,
    pub on_change: Callback<String>,
}

/// A labelled text field; sends on `change`. Required and empty is marked.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let lang = use_lang();
    let empty = use_state(|| false);
    let onchange = {
        let on_change = props.on_change.clone();
        let empty = empty.clone();
        let required = props.required;
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let v = input.value();
            if required && v.trim().is_empty() {
                empty.set(true);
            } else {
                empty.set(false);
                on_change.emit(v);
            }
        })
    };
    let error_id = format!("{}-error", props.id);
    let label_class = if props.compact {
        "visually-hidden"
    } else {
        "field-label"
    };
    html! {
        <div class={classes!("field", empty.then_some("field-invalid"))}>
            <label for={props.id.clone()} class={label_class}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" value={props.value.clone()}
                aria-invalid={empty.then_some("true")}
                aria-describedby={empty.then(|| error_id.clone())}
                aria-required={props.required.then_some("true")}
                {onchange} />
            if *empty {
                <span id={error_id} class="field-error" role="alert">{ Text::NumEmpty.get(lang) }</span>
            }
        </div>
    }
}
