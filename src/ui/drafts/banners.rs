//! `DraftsBanners`: messages about the user's work shown above every
//! screen: storage unavailable (once), storage full (with what to do and a
//! retry), another storage failure, the two-tab conflict, a link being
//! opened, and the share dialog.

use yew::prelude::*;

use super::conflict::ConflictBanner;
use super::download::download;
use super::link_panel::LinkPanel;
use super::manage::file_name;
use super::session::{use_drafts, LinkFlow, SaveStatus};
use super::share_dialog::ShareDialog;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[component]
pub fn DraftsBanners() -> Html {
    let lang = use_lang();
    let unavailable_seen = use_state(|| false);
    let Some(drafts) = use_drafts() else {
        return html! {};
    };
    let (status, unavailable, conflict, link, share_open) = drafts.with(|s| {
        (
            s.status.clone(),
            s.unavailable,
            s.conflict.is_some(),
            s.link != LinkFlow::None,
            s.share_open,
        )
    });

    let export_latest = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| {
            let latest = drafts.with(|s| s.latest.clone());
            let text = crate::json::to_string_pretty(&*latest).unwrap_or_default();
            let name = if latest.name.trim().is_empty() {
                "kaohe"
            } else {
                latest.name.as_str()
            };
            download(&file_name(name, "json"), &text, "application/json");
        })
    };
    let retry = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| drafts.save_now())
    };

    let unavailable_banner = (unavailable && !*unavailable_seen).then(|| {
        let close = {
            let seen = unavailable_seen.clone();
            Callback::from(move |_: MouseEvent| seen.set(true))
        };
        html! {
            <div id="storage-unavailable" class="drafts-banner banner-warn" role="alert">
                <p>{ Text::StorageUnavailable.get(lang) }</p>
                <div class="banner-actions">
                    <button type="button" onclick={export_latest.clone()}>{ Text::DraftExportCurrent.get(lang) }</button>
                    <button type="button" onclick={close}>{ Text::DraftsDismiss.get(lang) }</button>
                </div>
            </div>
        }
    });
    let problem_banner = match status {
        SaveStatus::QuotaExceeded => html! {
            <div id="quota-message" class="drafts-banner banner-error" role="alert">
                <p><strong>{ Text::QuotaTitle.get(lang) }</strong></p>
                <p>{ Text::QuotaWhatToDo.get(lang) }</p>
                <div class="banner-actions">
                    <button type="button" onclick={export_latest.clone()}>{ Text::DraftExportCurrent.get(lang) }</button>
                    <button type="button" id="quota-retry" onclick={retry.clone()}>{ Text::SaveRetry.get(lang) }</button>
                </div>
            </div>
        },
        SaveStatus::Failed(code) => html! {
            <div id="save-failed" class="drafts-banner banner-error" role="alert" data-code={code}>
                <p>{ Text::SaveFailedDetail.get(lang) }</p>
                <div class="banner-actions">
                    <button type="button" onclick={export_latest.clone()}>{ Text::DraftExportCurrent.get(lang) }</button>
                    <button type="button" onclick={retry}>{ Text::SaveRetry.get(lang) }</button>
                </div>
            </div>
        },
        _ => html! {},
    };
    html! {
        <div class="drafts-banners">
            { for unavailable_banner }
            { problem_banner }
            if conflict { <ConflictBanner /> }
            if link { <LinkPanel /> }
            if share_open { <ShareDialog /> }
        </div>
    }
}
