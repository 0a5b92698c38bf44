//! `HeaderTools`: what the drafts add to the header: the save status and
//! the "分享链接 / Share link" button that opens the share dialog.

use yew::prelude::*;

use super::session::use_drafts;
use super::status::SaveStatusView;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[component]
pub fn HeaderTools() -> Html {
    let lang = use_lang();
    let Some(drafts) = use_drafts() else {
        return html! {};
    };
    let open = drafts.with(|s| s.share_open);
    let onclick = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| drafts.open_share(!open))
    };
    html! {
        <div class="header-tools">
            <SaveStatusView />
            <button type="button" id="share-open" class="share-open"
                aria-expanded={if open { "true" } else { "false" }}
                aria-controls="share-dialog" {onclick}>
                { Text::ShareOpen.get(lang) }
            </button>
        </div>
    }
}
