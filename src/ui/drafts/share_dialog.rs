//! `ShareDialog`: makes a share link of the Scenario on screen: the whole
//! Scenario after `#` (never sent to a server), rules as a reference unless
//! edited; shows the link and its length, copies it (clipboard, or a
//! selection to copy by hand), draws a QR code when it fits, warns that
//! names are included with a switch to leave them out, and optionally
//! encrypts it with a passphrase (Web Crypto; the passphrase is never in
//! the link).

use wasm_bindgen::JsValue;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::download::download;
use super::manage::file_name;
use super::qr_view::QrView;
use super::session::use_drafts;
use crate::engine::Scenario;
use crate::i18n::Text;
use crate::share;
use crate::share::anonymize::for_link;
use crate::ui::by_ptr::ByPtr;
use crate::ui::shell::use_lang;
use crate::ui::use_app;

/// `origin + pathname + '#'`: where a link of this page points.
pub fn link_base() -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}#",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The plain link of `s`, or the code of why there is none.
pub fn plain_link(s: &Scenario, leave_out_names: bool) -> Result<String, &'static str> {
    share::encode(&for_link(s, leave_out_names))
        .map(|payload| format!("{}{payload}", link_base()))
        .map_err(|e| e.code())
}

/// The encrypted link of `s` with `passphrase`.
async fn encrypted_link(
    s: Scenario,
    leave_out_names: bool,
    passphrase: String,
) -> Result<String, &'static str> {
    let bytes = share::deflate_json(&for_link(&s, leave_out_names)).map_err(|e| e.code())?;
    let (salt, iv, ciphertext) = super::crypto::encrypt(&passphrase, &bytes)
        .await
        .map_err(|_| "link.crypto_unavailable")?;
    share::encode_encrypted(&salt, &iv, &ciphertext)
        .map(|payload| format!("{}{payload}", link_base()))
        .map_err(|e| e.code())
}

#[derive(Clone, PartialEq)]
enum CopyState {
    None,
    Copied,
    SelectToCopy,
}

#[component]
pub fn ShareDialog() -> Html {
    let lang = use_lang();
    let app = use_app();
    let leave_out_names = use_state(|| false);
    let encrypted = use_state(|| None::<Result<String, &'static str>>);
    let busy = use_state(|| false);
    let copy = use_state(|| CopyState::None);
    let pass_ref = use_node_ref();
    let link_ref = use_node_ref();
    let drafts = use_drafts();
    let scenario = app.scenario().clone();

    let plain = use_memo((ByPtr(scenario.clone()), *leave_out_names), |(s, out)| {
        plain_link(s, *out)
    });
    // A change of the Scenario or of the names switch makes a new link.
    {
        let encrypted = encrypted.clone();
        let copy = copy.clone();
        use_effect_with((ByPtr(scenario.clone()), *leave_out_names), move |_| {
            encrypted.set(None);
            copy.set(CopyState::None);
        });
    }
    let link: Result<String, &'static str> = match &*encrypted {
        Some(r) => r.clone(),
        None => (*plain).clone(),
    };
    let is_encrypted = matches!(&*encrypted, Some(Ok(_)));

    let on_names = {
        let leave_out_names = leave_out_names.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            leave_out_names.set(input.checked());
        })
    };
    let on_encrypt = {
        let pass_ref = pass_ref.clone();
        let encrypted = encrypted.clone();
        let busy = busy.clone();
        let scenario = scenario.clone();
        let names = *leave_out_names;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = pass_ref.cast::<HtmlInputElement>() else {
                return;
            };
            let passphrase = input.value();
            if passphrase.is_empty() {
                encrypted.set(None);
                return;
            }
            busy.set(true);
            let encrypted = encrypted.clone();
            let busy = busy.clone();
            let s = (*scenario).clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = encrypted_link(s, names, passphrase).await;
                encrypted.set(Some(result));
                busy.set(false);
            });
        })
    };
    let on_plain = {
        let encrypted = encrypted.clone();
        let pass_ref = pass_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = pass_ref.cast::<HtmlInputElement>() {
                input.set_value("");
            }
            encrypted.set(None);
        })
    };
    let on_copy = {
        let link = link.clone();
        let copy = copy.clone();
        let link_ref = link_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let Ok(text) = link.clone() else { return };
            let copy = copy.clone();
            let link_ref = link_ref.clone();
            let select = move || {
                if let Some(area) = link_ref.cast::<HtmlTextAreaElement>() {
                    let _ = area.focus();
                    area.select();
                }
            };
            let navigator = gloo::utils::window().navigator();
            let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
                .map(|c| !c.is_undefined())
                .unwrap_or(false);
            if !has_clipboard {
                select();
                copy.set(CopyState::SelectToCopy);
                return;
            }
            let promise = navigator.clipboard().write_text(&text);
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => copy.set(CopyState::Copied),
                    Err(_) => {
                        select();
                        copy.set(CopyState::SelectToCopy);
                    }
                }
            });
        })
    };
    let on_export = {
        let scenario = scenario.clone();
        let names = *leave_out_names;
        Callback::from(move |_: MouseEvent| {
            let s = for_link(&scenario, names);
            let text = crate::json::to_string_pretty(&s).unwrap_or_default();
            let name = if s.name.trim().is_empty() {
                "kaohe"
            } else {
                s.name.as_str()
            };
            download(&file_name(name, "json"), &text, "application/json");
        })
    };
    // Opened, the dialog takes focus (its title, so that Tab continues
    // inside it); closed, focus returns to the header's share button.
    use_effect_with((), |_| crate::ui::focus_id("share-title"));
    let close_and_return = {
        let drafts = drafts.clone();
        move || {
            if let Some(d) = &drafts {
                d.open_share(false);
            }
            crate::ui::focus_id("share-open");
        }
    };
    let close = {
        let close_and_return = close_and_return.clone();
        Callback::from(move |_: MouseEvent| close_and_return())
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            close_and_return();
        }
    });

    let names_text = if *leave_out_names {
        Text::ShareNamesLeftOut
    } else {
        Text::ShareNamesIncluded
    };
    let body = match &link {
        Ok(url) => {
            let len = url.chars().count();
            html! {
                <>
                    <label for="share-link" class="share-link-label">{ Text::ShareLinkLabel.get(lang) }</label>
                    <textarea id="share-link" class="share-link" readonly=true rows="4" ref={link_ref.clone()}
                        value={url.clone()} data-encrypted={is_encrypted.to_string()} />
                    <p id="share-length" data-length={len.to_string()}>
                        { Text::ShareLength.get(lang).replace("{n}", &len.to_string()) }
                        if is_encrypted { { " · " }{ Text::ShareIsEncrypted.get(lang) } }
                    </p>
                    <div class="share-actions">
                        <button type="button" id="share-copy" onclick={on_copy}>{ Text::ShareCopy.get(lang) }</button>
                        <button type="button" id="share-export" onclick={on_export.clone()}>{ Text::DraftExportCurrent.get(lang) }</button>
                    </div>
                    <p id="share-copy-status" class="muted" role="status" aria-live="polite">
                        { match *copy {
                            CopyState::None => "",
                            CopyState::Copied => Text::ShareCopied.get(lang),
                            CopyState::SelectToCopy => Text::ShareSelectToCopy.get(lang),
                        } }
                    </p>
                    <QrView link={AttrValue::from(url.clone())} />
                </>
            }
        }
        Err(code) => html! {
            <div id="share-error" class="field-error" role="alert" data-code={*code}>
                <p>{ if *code == "link.too_large" { Text::ShareTooLarge.get(lang) } else { Text::ShareFailed.get(lang) } }</p>
                <button type="button" id="share-export" onclick={on_export}>{ Text::DraftExportCurrent.get(lang) }</button>
            </div>
        },
    };

    html! {
        <section id="share-dialog" class="drafts-banner share-dialog" role="dialog" aria-modal="false"
            aria-labelledby="share-title" onkeydown={on_key}>
            <div class="share-head">
                <h2 id="share-title" tabindex="-1">{ Text::ShareTitle.get(lang) }</h2>
                <button type="button" id="share-close" onclick={close}>{ Text::DraftsClose.get(lang) }</button>
            </div>
            <p class="muted">{ Text::ShareExplain.get(lang) }</p>
            <div class={classes!("share-names", (!*leave_out_names).then_some("banner-warn"))}>
                <p id="share-names-note">{ names_text.get(lang) }</p>
                <label class="check">
                    <input type="checkbox" id="share-leave-out-names" checked={*leave_out_names} onchange={on_names} />
                    { Text::ShareLeaveOutNames.get(lang) }
                </label>
            </div>
            <form class="share-passphrase" onsubmit={on_encrypt}>
                <label for="share-passphrase">{ Text::SharePassphrase.get(lang) }</label>
                <input id="share-passphrase" type="password" autocomplete="new-password" ref={pass_ref}
                    required=true aria-describedby="share-passphrase-hint" />
                <button type="submit" id="share-encrypt" disabled={*busy}>{ Text::ShareEncrypt.get(lang) }</button>
                if is_encrypted {
                    <button type="button" id="share-plain" onclick={on_plain}>{ Text::ShareRemovePassphrase.get(lang) }</button>
                }
                <p id="share-passphrase-hint" class="muted">{ Text::SharePassphraseHint.get(lang) }</p>
                if *busy { <p class="muted" role="status">{ Text::ShareEncrypting.get(lang) }</p> }
            </form>
            { body }
        </section>
    }
}
