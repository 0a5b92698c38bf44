//! `ConflictBanner`: another tab changed the draft open here. Nothing is
//! written until the user chooses: keep this tab's version as a copy, or
//! load the other tab's version.

use yew::prelude::*;

use super::session::use_drafts;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[component]
pub fn ConflictBanner() -> Html {
    let lang = use_lang();
    let Some(drafts) = use_drafts() else {
        return html! {};
    };
    let name = drafts.with(|s| {
        s.conflict
            .as_ref()
            .map(|c| c.name.clone())
            .unwrap_or_default()
    });
    let keep = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| drafts.keep_mine_as_copy())
    };
    let load = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| drafts.load_theirs())
    };
    html! {
        <div id="conflict-banner" class="drafts-banner banner-warn" role="alert" aria-labelledby="conflict-title">
            <p id="conflict-title"><strong>{ Text::ConflictTitle.get(lang).replace("{name}", &name) }</strong></p>
            <p>{ Text::ConflictExplain.get(lang) }</p>
            <div class="banner-actions">
                <button type="button" id="conflict-keep-mine" onclick={keep}>{ Text::ConflictKeepMine.get(lang) }</button>
                <button type="button" id="conflict-load-theirs" onclick={load}>{ Text::ConflictLoadTheirs.get(lang) }</button>
            </div>
        </div>
    }
}
