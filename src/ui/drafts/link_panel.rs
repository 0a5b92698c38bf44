//! `LinkPanel`: a share link being opened: the passphrase prompt of an
//! encrypted link (a wrong passphrase says so; try again), the offer of
//! drafts already made from the same link, the message of a link that
//! cannot be opened (what is wrong, what to do; the drafts are untouched),
//! or the notice that it was opened as a new draft.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::session::{format_time, use_drafts, LinkFlow};
use crate::i18n::{Lang, Text};
use crate::ui::shell::use_lang;

/// The message for a `LinkError::code()`: what is wrong and what to do.
pub fn link_error_text(code: &str) -> Text {
    match code {
        "link.empty" => Text::LinkEmpty,
        "link.not_kaohe" => Text::LinkNotKaohe,
        "link.future_version" => Text::LinkFutureVersion,
        "link.bad_base64" | "link.corrupt" => Text::LinkDamaged,
        "link.too_large" => Text::LinkTooLarge,
        "link.not_json" | "link.wrong_shape" => Text::LinkNotScenario,
        "link.encrypted_malformed" => Text::LinkEncryptedMalformed,
        "link.wrong_passphrase" => Text::LinkWrongPassphrase,
        _ => Text::LinkOther,
    }
}

#[component]
pub fn LinkPanel() -> Html {
    let lang = use_lang();
    let passphrase = use_node_ref();
    let Some(drafts) = use_drafts() else {
        return html! {};
    };
    let flow = drafts.with(|s| s.link.clone());
    let close = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| drafts.dismiss_link())
    };
    match flow {
        LinkFlow::None => html! {},
        LinkFlow::NeedPassphrase { wrong, busy, .. } => {
            let onsubmit = {
                let drafts = drafts.clone();
                let input = passphrase.clone();
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    if let Some(el) = input.cast::<HtmlInputElement>() {
                        let value = el.value();
                        if !value.is_empty() {
                            drafts.submit_passphrase(value);
                        }
                    }
                })
            };
            html! {
                <section id="link-panel" class="drafts-banner link-panel" aria-labelledby="link-title">
                    <h2 id="link-title">{ Text::LinkEncryptedTitle.get(lang) }</h2>
                    <p>{ Text::LinkEncryptedExplain.get(lang) }</p>
                    <form class="passphrase-form" {onsubmit}>
                        <label for="link-passphrase">{ Text::LinkPassphrase.get(lang) }</label>
                        <input id="link-passphrase" type="password" autocomplete="off" ref={passphrase}
                            aria-invalid={if wrong { "true" } else { "false" }}
                            aria-describedby={wrong.then_some("link-error")} disabled={busy} />
                        <button type="submit" id="link-decrypt" disabled={busy}>{ Text::LinkDecrypt.get(lang) }</button>
                        <button type="button" onclick={close}>{ Text::DraftsCancel.get(lang) }</button>
                    </form>
                    if busy { <p class="muted" role="status">{ Text::LinkDecrypting.get(lang) }</p> }
                    if wrong {
                        <p id="link-error" class="field-error" role="alert" data-code="link.wrong_passphrase">
                            { Text::LinkWrongPassphrase.get(lang) }
                        </p>
                    }
                </section>
            }
        }
        LinkFlow::Existing {
            scenario,
            hash,
            drafts: existing,
        } => {
            let as_new = {
                let drafts = drafts.clone();
                Callback::from(move |_: MouseEvent| {
                    drafts.import_link(scenario.clone(), hash.clone())
                })
            };
            html! {
                <section id="link-panel" class="drafts-banner link-panel" aria-labelledby="link-title">
                    <h2 id="link-title">{ Text::LinkExistingTitle.get(lang) }</h2>
                    <p>{ Text::LinkExistingExplain.get(lang) }</p>
                    <ul class="link-existing">
                        { for existing.iter().map(|d| existing_item(&drafts, d, lang)) }
                    </ul>
                    <div class="banner-actions">
                        <button type="button" id="link-open-new" onclick={as_new}>{ Text::LinkOpenAsNew.get(lang) }</button>
                        <button type="button" onclick={close}>{ Text::DraftsCancel.get(lang) }</button>
                    </div>
                </section>
            }
        }
        LinkFlow::Error { code } => html! {
            <section id="link-panel" class="drafts-banner banner-error link-panel" aria-labelledby="link-title">
                <h2 id="link-title">{ Text::LinkErrorTitle.get(lang) }</h2>
                <p id="link-error" role="alert" data-code={code}>{ link_error_text(code).get(lang) }</p>
                <p>{ Text::LinkDraftsSafe.get(lang) }</p>
                <div class="banner-actions">
                    <button type="button" id="link-close" onclick={close}>{ Text::DraftsClose.get(lang) }</button>
                </div>
            </section>
        },
        LinkFlow::Imported { name, in_memory } => {
            let text = if in_memory {
                Text::LinkImportedInMemory
            } else {
                Text::LinkImported
            };
            html! {
                <section id="link-panel" class="drafts-banner link-panel" aria-labelledby="link-imported">
                    <p id="link-imported" role="status">{ text.get(lang).replace("{name}", &name) }</p>
                    <div class="banner-actions">
                        <button type="button" id="link-close" onclick={close}>{ Text::DraftsClose.get(lang) }</button>
                    </div>
                </section>
            }
        }
    }
}

fn existing_item(drafts: &super::DraftsHandle, d: &crate::store::DraftSummary, lang: Lang) -> Html {
    let open = {
        let drafts = drafts.clone();
        let id = d.id.clone();
        Callback::from(move |_: MouseEvent| {
            if drafts.open_draft(&id) {
                drafts.update(|s| s.link = LinkFlow::None);
            }
        })
    };
    html! {
        <li key={d.id.clone()}>
            <span class="draft-name">{ &d.name }</span>
            <span class="muted">{ format!(" · {}", format_time(d.updated, lang)) }</span>
            <button type="button" class="link-open-existing" onclick={open}>{ Text::LinkOpenExisting.get(lang) }</button>
        </li>
    }
}
