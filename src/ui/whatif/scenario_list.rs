//! The scenarios of the Scenario (`what_ifs`): a list to select one, a
//! name field and "new scenario", and for the selected one rename,
//! duplicate and remove. Each change is sent as the new list and the
//! scenario to select; the screen turns it into one `Action::Edit`.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::whatif::WhatIf;
use crate::i18n::Text;
use crate::ui::calc::{dom_id, fill, fresh_id};
use crate::ui::fields::TextField;
use crate::ui::shell::use_lang;

/// A new list of what-ifs and the one to select.
pub type ListEdit = (Vec<WhatIf>, Option<String>);

#[derive(Properties, PartialEq)]
pub struct ScenarioListProps {
    pub what_ifs: Rc<Vec<WhatIf>>,
    pub selected: Option<String>,
    pub on_select: Callback<String>,
    pub on_edit: Callback<ListEdit>,
}

/// An empty what-if with a fresh id.
fn blank(list: &[WhatIf], name: String) -> WhatIf {
    WhatIf {
        id: fresh_id("wi", list.len() + 1, list.iter().map(|w| w.id.as_str())),
        name,
        units: Vec::new(),
        removed_units: Vec::new(),
        linkage: None,
        rules: None,
    }
}

#[component]
pub fn ScenarioList(props: &ScenarioListProps) -> Html {
    let lang = use_lang();
    let name_ref = use_node_ref();
    let list = props.what_ifs.clone();

    let on_add = {
        let list = list.clone();
        let on_edit = props.on_edit.clone();
        let name_ref = name_ref.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = name_ref.cast::<HtmlInputElement>();
            let typed = input.as_ref().map(|i| i.value()).unwrap_or_default();
            let name = if typed.trim().is_empty() {
                fill(
                    Text::WiUntitled.get(lang),
                    &[("n", &(list.len() + 1).to_string())],
                )
            } else {
                typed.trim().to_string()
            };
            let mut next = (*list).clone();
            let w = blank(&next, name);
            let id = w.id.clone();
            next.push(w);
            if let Some(i) = input {
                i.set_value("");
            }
            on_edit.emit((next, Some(id)));
        })
    };

    let selected = props
        .selected
        .as_ref()
        .and_then(|id| list.iter().position(|w| &w.id == id));

    let tools = selected.map(|at| {
        let w = list[at].clone();
        let on_rename = {
            let list = list.clone();
            let on_edit = props.on_edit.clone();
            let id = w.id.clone();
            Callback::from(move |name: String| {
                let mut next = (*list).clone();
                if let Some(x) = next.iter_mut().find(|x| x.id == id) {
                    x.name = name.trim().to_string();
                }
                on_edit.emit((next, Some(id.clone())));
            })
        };
        let on_dup = {
            let list = list.clone();
            let on_edit = props.on_edit.clone();
            let w = w.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = (*list).clone();
                let mut copy = w.clone();
                copy.id = blank(&next, String::new()).id;
                copy.name = fill(Text::WiCopyOf.get(lang), &[("name", &w.name)]);
                let id = copy.id.clone();
                next.insert(at + 1, copy);
                on_edit.emit((next, Some(id)));
            })
        };
        let on_remove = {
            let list = list.clone();
            let on_edit = props.on_edit.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = (*list).clone();
                next.remove(at);
                let sel = next
                    .get(at.min(next.len().saturating_sub(1)))
                    .map(|x| x.id.clone());
                on_edit.emit((next, sel));
            })
        };
        html! {
            <div class="whatif-tools">
                <TextField id="whatif-rename" label={Text::WiRename.get(lang)}
                    value={w.name.clone()} required={true} on_change={on_rename} />
                <button type="button" id="whatif-duplicate" onclick={on_dup}>{ Text::WiDuplicate.get(lang) }</button>
                <button type="button" id="whatif-remove" class="whatif-danger" onclick={on_remove}>{ Text::WiRemove.get(lang) }</button>
            </div>
        }
    });

    html! {
        <section class="whatif-scenarios" aria-labelledby="whatif-scenarios-title">
            <h3 id="whatif-scenarios-title">{ Text::WiScenariosHeading.get(lang) }</h3>
            if list.is_empty() {
                <p class="whatif-hint" id="whatif-empty">{ Text::WiNoScenarios.get(lang) }</p>
            } else {
                <ul id="whatif-list" class="whatif-list">
                    { for list.iter().map(|w| {
                        let on = props.selected.as_deref() == Some(w.id.as_str());
                        let onclick = {
                            let on_select = props.on_select.clone();
                            let id = w.id.clone();
                            Callback::from(move |_: MouseEvent| on_select.emit(id.clone()))
                        };
                        let changed = fill(Text::WiUnitsChanged.get(lang),
                            &[("n", &w.units.len().to_string())]);
                        html! {
                            <li key={w.id.clone()} id={format!("whatif-item-{}", dom_id(&w.id))}>
                                <button type="button" class={classes!("whatif-pick", on.then_some("whatif-on"))}
                                    aria-pressed={if on { "true" } else { "false" }} {onclick}>
                                    <span class="whatif-name">{ w.name.clone() }</span>
                                    <span class="whatif-meta">{ changed }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <form class="whatif-new" onsubmit={on_add}>
                <div class="field">
                    <label for="whatif-new-name" class="field-label">{ Text::WiNewName.get(lang) }</label>
                    <input id="whatif-new-name" type="text" autocomplete="off" ref={name_ref} />
                </div>
                <button type="submit" id="whatif-add" class="whatif-add">{ Text::WiAdd.get(lang) }</button>
            </form>
            { tools.unwrap_or_default() }
        </section>
    }
}
