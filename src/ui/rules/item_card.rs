//! [`ItemCard`]: one item of the rules as a group of fields (a fieldset
//! whose legend is the item's label), with a remove button for list items.

use yew::prelude::*;

use super::{field_dom_id, fill};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct ItemCardProps {
    /// Path of the item (`events[3]`); its DOM id is derived from it.
    pub path: AttrValue,
    /// The item's label (legend).
    pub label: AttrValue,
    /// Removes the item; no button when absent (single items).
    #[prop_or_default]
    pub on_remove: Option<Callback<MouseEvent>>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn ItemCard(props: &ItemCardProps) -> Html {
    let lang = use_lang();
    let id = field_dom_id(&props.path);
    let name = props.label.to_string();
    html! {
        <fieldset class="rule-item" id={id.clone()}>
            <legend>{ props.label.clone() }</legend>
            <div class="rule-grid">{ props.children.clone() }</div>
            if let Some(onclick) = &props.on_remove {
                <button type="button" class="rule-remove" id={format!("{id}-remove")}
                    aria-label={fill(Text::RuleRemoveNamed.get(lang), &[("name", &name)])}
                    onclick={onclick.clone()}>
                    { Text::RuleRemove.get(lang) }
                </button>
            }
        </fieldset>
    }
}
