//! `QuarantineList`: stored entries that could not be read (damaged, or
//! written by a newer Kaohe). They were moved aside untouched; the user can
//! download the exact text, and remove an entry once it is safe elsewhere.

use yew::prelude::*;

use super::session::use_drafts;
use crate::i18n::Text;
use crate::store::QuarantinedEntry;
use crate::ui::shell::use_lang;

/// The explanation of a `ProblemReason::code()`.
pub fn reason_text(code: &str) -> Text {
    match code {
        "draft.future_version" => Text::ProblemFutureVersion,
        "draft.migration_failed" => Text::ProblemMigrationFailed,
        _ => Text::ProblemDamaged,
    }
}

#[derive(Properties, PartialEq)]
pub struct QuarantineListProps {
    pub entries: Vec<QuarantinedEntry>,
}

#[component]
pub fn QuarantineList(props: &QuarantineListProps) -> Html {
    let lang = use_lang();
    // The entry whose removal waits for a second click.
    let confirming = use_state(|| None::<String>);
    let Some(drafts) = use_drafts() else {
        return html! {};
    };
    if props.entries.is_empty() {
        return html! {};
    }
    let reasons = drafts.with(|s| s.problem_reasons.clone());
    html! {
        <section id="quarantine" class="quarantine" aria-labelledby="quarantine-title">
            <h3 id="quarantine-title">{ Text::QuarantineTitle.get(lang) }</h3>
            <p>{ Text::QuarantineExplain.get(lang) }</p>
            <ul>
                { for props.entries.iter().map(|e| {
                    let key = e.key.clone();
                    let download = {
                        let drafts = drafts.clone();
                        let key = key.clone();
                        Callback::from(move |_: MouseEvent| drafts.download_quarantined(&key))
                    };
                    let asked = confirming.as_deref() == Some(key.as_str());
                    let discard = {
                        let drafts = drafts.clone();
                        let key = key.clone();
                        let confirming = confirming.clone();
                        Callback::from(move |_: MouseEvent| {
                            if asked {
                                drafts.discard_quarantined(&key);
                                confirming.set(None);
                            } else {
                                confirming.set(Some(key.clone()));
                            }
                        })
                    };
                    let discard_label = if asked { Text::QuarantineDiscardConfirm } else { Text::QuarantineDiscard };
                    let reason = reasons.get(&e.key).map(|c| reason_text(c).get(lang));
                    html! {
                        <li key={key.clone()} data-key={key.clone()} class="quarantine-entry">
                            <code>{ &e.key }</code>
                            { format!(" · {}", Text::QuarantineSize.get(lang).replace("{n}", &e.raw.chars().count().to_string())) }
                            if let Some(r) = reason { <span class="muted">{ format!(" · {r}") }</span> }
                            <span class="quarantine-actions">
                                <button type="button" class="quarantine-download" onclick={download}>{ Text::QuarantineDownload.get(lang) }</button>
                                <button type="button" class="quarantine-discard danger" onclick={discard}>{ discard_label.get(lang) }</button>
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
