//! A link from a reason of the verdict to the question it names. It is a
//! real anchor (`href="#tol-q-…"`), but a click moves focus to the
//! question's checked (or first) radio button without touching the URL
//! fragment, which belongs to share links.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::question_dom_id;

#[derive(Properties, PartialEq)]
pub struct ItemLinkProps {
    /// The question's id in the rules.
    pub id: String,
    /// The text of the link (the question's label).
    pub label: String,
}

/// Scrolls to the question's fieldset and focuses its answer.
fn jump_to(dom_id: &str) {
    let doc = gloo::utils::document();
    let Some(fieldset) = doc.get_element_by_id(dom_id) else {
        return;
    };
    fieldset.scroll_into_view();
    let target = fieldset
        .query_selector("input:checked")
        .ok()
        .flatten()
        .or_else(|| fieldset.query_selector("input").ok().flatten())
        .unwrap_or(fieldset);
    if let Ok(el) = target.dyn_into::<HtmlElement>() {
        let _ = el.focus();
    }
}

#[component]
pub fn ItemLink(props: &ItemLinkProps) -> Html {
    let dom_id = question_dom_id(&props.id);
    let onclick = {
        let dom_id = dom_id.clone();
        Callback::from(move |e: MouseEvent| {
            if e.ctrl_key() || e.meta_key() || e.shift_key() {
                return;
            }
            e.prevent_default();
            jump_to(&dom_id);
        })
    };
    html! {
        <a class="tol-item-link" href={format!("#{dom_id}")} data-item={props.id.clone()} {onclick}>
            { props.label.clone() }
        </a>
    }
}
