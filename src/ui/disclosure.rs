//! [`Disclosure`]: a collapsible part of a screen (`<details>`) whose body
//! is rendered only while open. Used where a screen holds long tables the
//! user does not always need (the rule editor's sections, the cadres panel,
//! the quarterly bulletin): a closed part costs no rendering at start-up or
//! on an edit. The open state is the caller's (so a link or an editor can
//! open it); the summary line carries a count, so a closed part with
//! something to see says so.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    pub id: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    pub open: bool,
    /// Called with the new state when the user opens or closes it.
    pub on_toggle: Callback<bool>,
    /// The summary line (always shown).
    pub summary: Html,
    #[prop_or_default]
    pub body_class: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let ontoggle = {
        let (on_toggle, was) = (props.on_toggle.clone(), props.open);
        Callback::from(move |e: Event| {
            let now = e
                .target_dyn_into::<web_sys::Element>()
                .map(|d| d.has_attribute("open"))
                .unwrap_or(false);
            if now != was {
                on_toggle.emit(now);
            }
        })
    };
    html! {
        <details class={classes!("disclosure", props.class.clone())} id={props.id.clone()} open={props.open} {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            if props.open {
                <div class={props.body_class.clone()}>{ props.children.clone() }</div>
            }
        </details>
    }
}
