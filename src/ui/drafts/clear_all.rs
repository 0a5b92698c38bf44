//! `ClearAll`: "清除本机全部数据 / Clear all data", with a confirmation
//! step: removes every `kaohe.` key (drafts, set-aside entries, settings)
//! from this browser.

use yew::prelude::*;

use super::session::use_drafts;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[component]
pub fn ClearAll() -> Html {
    let lang = use_lang();
    let confirming = use_state(|| false);
    let Some(drafts) = use_drafts() else {
        return html! {};
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let confirm = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            drafts.clear_all();
            confirming.set(false);
        })
    };
    html! {
        <section id="clear-all" class="clear-all" aria-labelledby="clear-all-title">
            <h3 id="clear-all-title">{ Text::ClearAllTitle.get(lang) }</h3>
            <p>{ Text::ClearAllExplain.get(lang) }</p>
            if *confirming {
                <div class="clear-confirm banner-error" role="alert">
                    <p>{ Text::ClearAllConfirmQuestion.get(lang) }</p>
                    <button type="button" id="clear-all-confirm" class="danger" onclick={confirm}>{ Text::ClearAllConfirm.get(lang) }</button>
                    <button type="button" id="clear-all-cancel" onclick={cancel}>{ Text::DraftsCancel.get(lang) }</button>
                </div>
            } else {
                <button type="button" id="clear-all-button" class="danger" onclick={ask}>{ Text::ClearAllButton.get(lang) }</button>
            }
        </section>
    }
}
