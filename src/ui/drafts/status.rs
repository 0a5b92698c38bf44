//! `SaveStatusView`: the header's save status ("已保存", "保存中…",
//! "未保存：存储已满…"), an `aria-live="polite"` region; `data-status`
//! carries the state for tests and styles.

use yew::prelude::*;

use super::session::{use_drafts, SaveStatus};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

/// The status line's text.
pub fn status_text(status: &SaveStatus) -> Option<Text> {
    match status {
        SaveStatus::Idle => None,
        SaveStatus::Saved => Some(Text::SaveSaved),
        SaveStatus::Pending => Some(Text::SaveSaving),
        SaveStatus::QuotaExceeded => Some(Text::SaveQuota),
        SaveStatus::Unavailable => Some(Text::SaveUnavailable),
        SaveStatus::Conflict => Some(Text::SaveConflict),
        SaveStatus::Detached => Some(Text::SaveDetached),
        SaveStatus::Failed(_) => Some(Text::SaveFailed),
    }
}

#[component]
pub fn SaveStatusView() -> Html {
    let lang = use_lang();
    let Some(drafts) = use_drafts() else {
        return html! {};
    };
    let status = drafts.status();
    let text = status_text(&status)
        .map(|t| t.get(lang))
        .unwrap_or_default();
    html! {
        <p id="save-status" class={classes!("save-status", format!("save-{}", status.id()))}
            data-status={status.id()} role="status" aria-live="polite">
            { text }
        </p>
    }
}
