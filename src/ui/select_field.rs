//! A labelled `<select>` sending the chosen value on `change`.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(String, String)>,
    pub value: AttrValue,
    /// Hides the label visually (kept for screen readers), for table cells.
    #[prop_or_default]
    pub compact: bool,
    pub on_change: Callback<String>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            on_change.emit(sel.value());
        })
    };
    let label_class = if props.compact {
        "visually-hidden"
    } else {
        "field-label"
    };
    html! {
        <div class="field">
            <label for={props.id.clone()} class={label_class}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange}>
                { for props.options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={v.as_str() == props.value.as_str()}>{ l.clone() }</option>
                }) }
            </select>
        </div>
    }
}
