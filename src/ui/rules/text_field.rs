//! [`RuleText`]: a text value of the rules (an id, a label, a citation, a
//! date), sent on `change`. Rule issues of its path (blank or repeated
//! ids, invalid dates) are shown at the field: `aria-invalid` and a
//! message linked by `aria-describedby`. Blank is sent too: the engine's
//! check says whether it is allowed.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::context::use_rules;
use super::FieldIssues;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct RuleTextProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// Spans the whole row of the item's grid.
    #[prop_or_default]
    pub wide: bool,
    /// The input's `lang` (an English label inside the Chinese UI).
    #[prop_or_default]
    pub input_lang: Option<AttrValue>,
    pub on_change: Callback<String>,
}

#[component]
pub fn RuleText(props: &RuleTextProps) -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_change.emit(input.value());
        })
    };
    let FieldIssues {
        id,
        issue_id,
        any: invalid,
        message,
    } = FieldIssues::at(&ctx, lang, &props.path, None);
    html! {
        <div class={classes!("field", "rule-field", props.wide.then_some("rule-wide"), invalid.then_some("field-invalid"))}>
            <label for={id.clone()} class="field-label">{ props.label.clone() }</label>
            <input {id} type="text" autocomplete="off" value={props.value.clone()}
                lang={props.input_lang.clone()}
                placeholder={props.placeholder.clone()}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={invalid.then(|| issue_id.clone())}
                {onchange} />
            if invalid {
                <span id={issue_id} class="field-error rule-issue">{ message }</span>
            }
        </div>
    }
}
