//! The screen's toolbar: undo and redo (disabled when there is nothing to
//! undo or redo; the keyboard shortcuts are shown) and "new blank county".

use yew::prelude::*;

use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    pub on_blank: Callback<()>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let lang = use_lang();
    let undo = props.on_undo.reform(|_: MouseEvent| ());
    let redo = props.on_redo.reform(|_: MouseEvent| ());
    let blank = props.on_blank.reform(|_: MouseEvent| ());
    html! {
        <div class="calc-toolbar" role="toolbar" aria-label={Text::CalcToolbar.get(lang)}>
            <button type="button" id="calc-undo" disabled={!props.can_undo}
                aria-keyshortcuts="Control+Z" title={Text::CalcUndoHint.get(lang)} onclick={undo}>
                <span aria-hidden="true">{ "↶ " }</span>{ Text::Undo.get(lang) }
            </button>
            <button type="button" id="calc-redo" disabled={!props.can_redo}
                aria-keyshortcuts="Control+Shift+Z Control+Y" title={Text::CalcRedoHint.get(lang)} onclick={redo}>
                <span aria-hidden="true">{ "↷ " }</span>{ Text::Redo.get(lang) }
            </button>
            <span class="calc-toolbar-sep" aria-hidden="true"></span>
            <button type="button" id="calc-blank" onclick={blank}>{ Text::CalcBlankCounty.get(lang) }</button>
        </div>
    }
}
