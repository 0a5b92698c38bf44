//! [`RuleNumber`]: a number of the rules. Like `ui::fields::DecimalField`
//! (ASCII and full-width digits, a typing error kept in the box, marked
//! and never sent), plus the rule issues of its path (negative caps,
//! weights not summing…) shown at the field: `aria-invalid` and a message
//! linked by `aria-describedby`. Values go out on `change`, so each edit
//! is one undo step; a value the rules do not allow is still sent, so the
//! engine's check, not the field, says what is wrong with it.

use rust_decimal::Decimal;
use yew::prelude::*;

use super::context::use_rules;
use super::FieldIssues;
use crate::i18n::num_error;
use crate::numinput::Bounds;
use crate::ui::fields::{use_number_entry, NumberEntry};
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

#[component]
pub fn RuleNumber(props: &RuleNumberProps) -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let bounds = if props.whole {
        Bounds {
            min: Some(Decimal::ZERO),
            max: Some(Decimal::from(u32::MAX)),
            whole: true,
            positive: false,
        }
    } else {
        Bounds::default()
    };
    let NumberEntry {
        text,
        error,
        onchange,
    } = use_number_entry(
        props.value,
        bounds,
        !props.optional,
        props.on_change.clone(),
    );

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
                value={text}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={described}
                {onchange} />
            if let Some(h) = &props.hint {
                <span id={hint_id} class="field-hint">{ h.clone() }</span>
            }
            if let Some(err) = error {
                <span id={error_id} class="field-error">{ num_error(err).get(lang) }</span>
            }
            if has_issues {
                <span id={issue_id} class="field-error rule-issue">{ message }</span>
            }
        </div>
    }
}
