//! [`RuleNumber`]: a number of the rules. Like `ui::fields::DecimalField`
//! (ASCII and full-width digits, a typing error kept in the box, marked
//! and never sent), plus the rule issues of its path (negative caps,
//! weights not summing…) shown at the field: `aria-invalid` and a message
//! linked by `aria-describedby`. Values go out on `change`, so each edit
//! is one undo step; a value the rules do not allow is still sent, so the
//! engine's check, not the field, says what is wrong with it.

use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::context::use_rules;
use super::FieldIssues;
use crate::i18n::num_error;
use crate::numinput::{parse_bounded, Bounds, NumError};
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct RuleNumberProps {
    /// Path of the value in the RuleSet (`feedback.groups[2].weight`).
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: Option<Decimal>,
    /// Empty is allowed and sends `None` (an optional value).
    #[prop_or_default]
    pub optional: bool,
    /// A whole number ≥ 0 (counts, days).
    #[prop_or_default]
    pub whole: bool,
    /// The path of a list whose issues concern this field too.
    #[prop_or_default]
    pub also: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub on_change: Callback<Option<Decimal>>,
}

fn shown(v: Option<Decimal>) -> String {
    v.map(|d| d.normalize().to_string()).unwrap_or_default()
}

#[component]
pub fn RuleNumber(props: &RuleNumberProps) -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let text = use_state(|| shown(props.value));
    let error = use_state(|| None::<NumError>);

    // A new value from outside (undo, reset) replaces the text, unless the
    // box holds a typing error the user is still fixing.
    {
        let text = text.clone();
        let error = error.clone();
        use_effect_with(props.value, move |v| {
            if error.is_none() {
                text.set(shown(*v));
            }
        });
    }

    let onchange = {
        let text = text.clone();
        let error = error.clone();
        let bounds = if props.whole {
            Bounds {
                min: Some(Decimal::ZERO),
                max: Some(Decimal::from(u32::MAX)),
                whole: true,
            }
        } else {
            Bounds::default()
        };
        let optional = props.optional;
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let raw = input.value();
            text.set(raw.clone());
            match parse_bounded(&raw, bounds) {
                Ok(None) if !optional => error.set(Some(NumError::Empty)),
                Ok(v) => {
                    error.set(None);
                    on_change.emit(v);
                }
                Err(err) => error.set(Some(err)),
            }
        })
    };

    let FieldIssues {
        id,
        issue_id,
        any: has_issues,
        message,
    } = FieldIssues::at(&ctx, lang, &props.path, props.also.as_deref());
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let mut described = Vec::new();
    if error.is_some() {
        described.push(error_id.clone());
    }
    if has_issues {
        described.push(issue_id.clone());
    }
    if props.hint.is_some() {
        described.push(hint_id.clone());
    }
    let invalid = error.is_some() || has_issues;
    let described = (!described.is_empty()).then(|| described.join(" "));
    html! {
        <div class={classes!("field", "rule-field", "rule-num", invalid.then_some("field-invalid"))}>
            <label for={id.clone()} class="field-label">{ props.label.clone() }</label>
            <input {id} type="text" inputmode={if props.whole { "numeric" } else { "decimal" }}
                autocomplete="off"
                value={(*text).clone()}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={described}
                {onchange} />
            if let Some(h) = &props.hint {
                <span id={hint_id} class="field-hint">{ h.clone() }</span>
            }
            if let Some(err) = *error {
                <span id={error_id} class="field-error">{ num_error(err).get(lang) }</span>
            }
            if has_issues {
                <span id={issue_id} class="field-error rule-issue">{ message }</span>
            }
        </div>
    }
}
