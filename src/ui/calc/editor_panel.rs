//! [`EditorPanel`]: the frame of the unit and cadre editors — a section
//! labelled by its title, which takes the focus when the panel opens or
//! shows another subject, a close button, the editing hint, and Escape to
//! close (focus returns to the opener through `on_close`).

use yew::prelude::*;

use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct EditorPanelProps {
    /// The section's id; the title is `{id}-title`, the button `{id}-close`.
    pub id: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    pub title: AttrValue,
    /// What is being edited: the title takes the focus when it changes.
    pub subject: AttrValue,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn EditorPanel(props: &EditorPanelProps) -> Html {
    let lang = use_lang();
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.subject.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_close.emit(());
            }
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let title_id = format!("{}-title", props.id);
    html! {
        <section class={classes!("calc-editor", props.class.clone())} id={props.id.clone()}
            aria-labelledby={title_id.clone()} {onkeydown}>
            <div class="calc-panel-head">
                <h3 id={title_id} tabindex="-1" ref={heading}>{ props.title.clone() }</h3>
                <button type="button" class="calc-close" id={format!("{}-close", props.id)} onclick={close}>
                    { Text::CalcCloseEditor.get(lang) }
                </button>
            </div>
            <p class="calc-hint">{ Text::CalcEditorHint.get(lang) }</p>
            { props.children.clone() }
        </section>
    }
}
