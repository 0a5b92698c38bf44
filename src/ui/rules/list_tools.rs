//! [`AddButton`]: the button under a list of rule items that adds one of
//! the list's kind.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddButtonProps {
    /// DOM id (`rules-add-indicators`).
    pub id: AttrValue,
    pub label: AttrValue,
    pub onclick: Callback<MouseEvent>,
}

#[component]
pub fn AddButton(props: &AddButtonProps) -> Html {
    html! {
        <button type="button" class="rule-add" id={props.id.clone()} onclick={props.onclick.clone()}>
            { "+ " }{ props.label.clone() }
        </button>
    }
}
