//! `DraftRow`: one draft in the list: name (renamed in place), last
//! changed, units, and open, rename, duplicate, delete and export.

use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::session::{format_time, use_drafts};
use crate::i18n::Text;
use crate::store::DraftSummary;
use crate::ui::shell::use_lang;
use crate::ui::use_focus_round_trip;

#[derive(Properties, PartialEq)]
pub struct DraftRowProps {
    pub draft: DraftSummary,
    pub current: bool,
}

#[component]
pub fn DraftRow(props: &DraftRowProps) -> Html {
    let lang = use_lang();
    let editing = use_state(|| false);
    let input = use_node_ref();
    let rename_ref = use_node_ref();
    // Renaming moves focus to the name field; leaving it (save, cancel,
    // Escape) back to the rename button.
    let focus = use_focus_round_trip(*editing, input.clone(), rename_ref.clone());
    let Some(drafts) = use_drafts() else {
        return html! {};
    };
    let d = &props.draft;
    let id = d.id.clone();
    let act = |f: fn(&super::DraftsHandle, &str, &str)| {
        let drafts = drafts.clone();
        let id = id.clone();
        let name = d.name.clone();
        Callback::from(move |_: MouseEvent| f(&drafts, &id, &name))
    };
    let open = act(|h, id, _| {
        h.open_draft(id);
    });
    let duplicate = act(|h, id, name| h.duplicate(id, name));
    let delete = {
        let drafts = drafts.clone();
        let id = id.clone();
        let name = d.name.clone();
        Callback::from(move |_: MouseEvent| {
            drafts.delete(&id, &name);
            // The row is gone after the render: focus goes to the undo
            // banner's button that replaces it.
            Timeout::new(0, || crate::ui::focus_id("drafts-undo-delete")).forget();
        })
    };
    let export = act(|h, id, _| h.export(id));
    let start_rename = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(true))
    };
    let leave_rename = {
        let editing = editing.clone();
        move || {
            focus.arm();
            editing.set(false);
        }
    };
    let cancel_rename = {
        let leave = leave_rename.clone();
        Callback::from(move |_: MouseEvent| leave())
    };
    let rename_key = {
        let leave = leave_rename.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                leave();
            }
        })
    };
    let save_rename = {
        let leave = leave_rename.clone();
        let drafts = drafts.clone();
        let id = id.clone();
        let input = input.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = input.cast::<HtmlInputElement>() {
                drafts.rename(&id, &el.value());
            }
            leave();
        })
    };
    let name_cell = if *editing {
        let field = format!("rename-{id}");
        html! {
            <form class="rename-form" onsubmit={save_rename} onkeydown={rename_key}>
                <label for={field.clone()} class="visually-hidden">{ Text::DraftNewName.get(lang) }</label>
                <input id={field} type="text" value={d.name.clone()} ref={input} maxlength="200" />
                <button type="submit">{ Text::DraftsSave.get(lang) }</button>
                <button type="button" onclick={cancel_rename}>{ Text::DraftsCancel.get(lang) }</button>
            </form>
        }
    } else {
        html! {
            <>
                <span class="draft-name">{ &d.name }</span>
                if props.current { <span class="draft-current">{ Text::DraftCurrentMark.get(lang) }</span> }
                if d.origin_link_hash.is_some() { <span class="muted">{ Text::DraftFromLink.get(lang) }</span> }
            </>
        }
    };
    let label = |t: Text| lang.labelled(t.get(lang), &d.name);
    html! {
        <tr data-draft-id={id.clone()} class={classes!(props.current.then_some("is-current"))}>
            <th scope="row">{ name_cell }</th>
            <td>{ format_time(d.updated, lang) }</td>
            <td class="num" data-units={d.units_count.to_string()}>{ d.units_count }</td>
            <td class="draft-actions">
                <button type="button" class="draft-open" onclick={open} disabled={props.current}
                    aria-label={label(Text::DraftOpen)}>{ Text::DraftOpen.get(lang) }</button>
                <button type="button" class="draft-rename" onclick={start_rename} ref={rename_ref}
                    aria-label={label(Text::DraftRename)}>{ Text::DraftRename.get(lang) }</button>
                <button type="button" class="draft-duplicate" onclick={duplicate}
                    aria-label={label(Text::DraftDuplicate)}>{ Text::DraftDuplicate.get(lang) }</button>
                <button type="button" class="draft-export" onclick={export}
                    aria-label={label(Text::DraftExport)}>{ Text::DraftExport.get(lang) }</button>
                <button type="button" class="draft-delete danger" onclick={delete}
                    aria-label={label(Text::DraftDelete)}>{ Text::DraftDelete.get(lang) }</button>
            </td>
        </tr>
    }
}
