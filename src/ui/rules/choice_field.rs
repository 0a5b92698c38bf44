//! [`RuleChoice`]: a choice among fixed options (a direction, an effect, a
//! level, an action) or among the ids of another list (a bonus category,
//! an event kind, a checklist item). A value that is not among the options
//! (a reference to a removed item) is kept as an extra option marked as
//! missing, so nothing changes silently; its issue is shown at the field.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::context::use_rules;
use super::FieldIssues;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct RuleChoiceProps {
    pub path: AttrValue,
    pub label: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub on_change: Callback<String>,
}

#[component]
pub fn RuleChoice(props: &RuleChoiceProps) -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_change.emit(select.value());
        })
    };
    let FieldIssues {
        id,
        issue_id,
        any: invalid,
        message,
    } = FieldIssues::at(&ctx, lang, &props.path, None);
    let known = props.options.iter().any(|(v, _)| *v == props.value);
    html! {
        <div class={classes!("field", "rule-field", invalid.then_some("field-invalid"))}>
            <label for={id.clone()} class="field-label">{ props.label.clone() }</label>
            <select {id} {onchange}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={invalid.then(|| issue_id.clone())}>
                if !known {
                    <option value={props.value.clone()} selected=true>
                        { format!("{} {}", props.value, Text::RuleMissingOption.get(lang)) }
                    </option>
                }
                { for props.options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={*v == props.value}>{ l.clone() }</option>
                }) }
            </select>
            if invalid {
                <span id={issue_id} class="field-error rule-issue">{ message }</span>
            }
        </div>
    }
}
