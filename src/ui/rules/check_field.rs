//! [`RuleCheck`]: a yes/no value of the rules (an event kind counting
//! toward escalation), a labelled checkbox sent on `change`.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_dom_id;

#[derive(Properties, PartialEq)]
pub struct RuleCheckProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub on_change: Callback<bool>,
}

#[component]
pub fn RuleCheck(props: &RuleCheckProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_change.emit(input.checked());
        })
    };
    let id = field_dom_id(&props.path);
    html! {
        <div class="field rule-field rule-check">
            <label for={id.clone()}>
                <input {id} type="checkbox" checked={props.checked} {onchange} />
                { " " }{ props.label.clone() }
            </label>
        </div>
    }
}
