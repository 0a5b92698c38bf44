//! The Scenario as a JSON file: export (download) and open (a file input;
//! the parsed Scenario replaces the current one only after confirmation, as
//! `Action::Open`; a file that does not parse replaces nothing and says why).

use std::rc::Rc;

use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::browser::{chosen_file, download, read_bytes};
use crate::engine::scenario::FORMAT_VERSION;
use crate::engine::Scenario;
use crate::i18n::{Lang, Text};
use crate::ui::shell::use_lang;
use crate::ui::state::Action;
use crate::ui::use_app;

/// Parses a Scenario file's bytes (UTF-8, an optional BOM); the error is
/// the message to show.
fn parse(bytes: &[u8], lang: Lang) -> Result<Scenario, String> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    // The version first, so a future file says so rather than "missing field".
    #[derive(serde::Deserialize)]
    struct Version {
        format_version: Option<u32>,
    }
    if let Ok(Version {
        format_version: Some(v),
    }) = crate::json::from_str::<Version>(text)
    {
        if v != FORMAT_VERSION {
            return Err(format!("{} ({v})", Text::IoScenarioVersion.get(lang)));
        }
    }
    crate::json::from_str(text).map_err(|e| read_error(lang, &e))
}

/// Why a file is not a Scenario, in `lang`: cut short, not JSON, or JSON
/// that is not a Scenario — with the line and column where it went wrong.
fn read_error(lang: Lang, e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let t = match e.classify() {
        Category::Eof => Text::IoOpenTruncated,
        Category::Syntax | Category::Io => Text::IoOpenNotJson,
        Category::Data => Text::IoOpenNotScenario,
    };
    crate::ui::calc::fill(
        t.get(lang),
        &[
            ("line", &e.line().to_string()),
            ("column", &e.column().to_string()),
        ],
    )
}

#[component]
pub fn ScenarioFile() -> Html {
    let lang = use_lang();
    let app = use_app();
    let pending = use_state(|| None::<Rc<(String, Scenario)>>);
    let error = use_state(|| None::<String>);
    let opened = use_state(|| None::<String>);
    let confirm_ref = use_node_ref();

    let on_export = {
        let app = app.clone();
        let error = error.clone();
        Callback::from(move |_: MouseEvent| {
            let s = app.scenario();
            match crate::json::to_string_pretty(&**s) {
                Ok(json) => {
                    let name = format!("kaohe-scenario-{}.json", s.year);
                    if download(&name, "application/json", &json).is_err() {
                        error.set(Some(Text::IoReadFailed.get(lang).to_owned()));
                    }
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        })
    };

    let on_file = {
        let pending = pending.clone();
        let error = error.clone();
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = chosen_file(&input) else {
                return;
            };
            input.set_value("");
            let (pending, error, opened) = (pending.clone(), error.clone(), opened.clone());
            opened.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                match read_bytes(&file).await {
                    Ok(bytes) => match parse(&bytes, lang) {
                        Ok(s) => {
                            error.set(None);
                            pending.set(Some(Rc::new((name, s))));
                        }
                        Err(msg) => {
                            pending.set(None);
                            error.set(Some(msg));
                        }
                    },
                    Err(_) => {
                        pending.set(None);
                        error.set(Some(Text::IoReadFailed.get(lang).to_owned()));
                    }
                }
            });
        })
    };

    // Move focus to the confirmation when it appears.
    {
        let confirm_ref = confirm_ref.clone();
        use_effect_with(pending.is_some(), move |shown| {
            if *shown {
                if let Some(el) = confirm_ref.cast::<HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }

    let on_replace = {
        let pending = pending.clone();
        let opened = opened.clone();
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = &*pending {
                app.dispatch(Action::Open(p.1.clone()));
                opened.set(Some(p.0.clone()));
            }
            pending.set(None);
        })
    };
    let on_cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };

    html! {
        <section class="io-box io-scenario" aria-labelledby="io-scenario-title">
            <h3 id="io-scenario-title">{ Text::IoScenarioHeading.get(lang) }</h3>
            <div class="io-actions">
                <button type="button" id="io-export-scenario" onclick={on_export}>
                    { Text::IoExportScenario.get(lang) }
                </button>
                <label class="io-file" for="io-open-scenario">
                    <span>{ Text::IoOpenScenario.get(lang) }</span>
                    <input type="file" id="io-open-scenario" accept=".json,application/json" onchange={on_file} />
                </label>
            </div>
            if let Some(msg) = &*error {
                <p class="io-error" role="alert" id="io-scenario-error">
                    { Text::IoScenarioError.get(lang) }{ " " }<code>{ msg.clone() }</code>
                </p>
            }
            if let Some(name) = &*opened {
                <p class="io-ok" role="status" id="io-scenario-opened">
                    { Text::IoOpened.get(lang) }{ " " }{ name.clone() }
                </p>
            }
            if let Some(p) = &*pending {
                <div class="io-confirm" id="io-scenario-confirm" role="group" tabindex="-1"
                    aria-labelledby="io-confirm-q" ref={confirm_ref.clone()}>
                    <p id="io-confirm-q">{ Text::IoConfirmReplace.get(lang) }</p>
                    <dl class="io-facts">
                        <dt>{ Text::IoScenarioName.get(lang) }</dt>
                        <dd>{ if p.1.name.is_empty() { p.0.clone() } else { p.1.name.clone() } }</dd>
                        <dt>{ Text::IoYear.get(lang) }</dt>
                        <dd>{ p.1.year }</dd>
                        <dt>{ Text::IoUnitsCount.get(lang) }</dt>
                        <dd>{ p.1.units.len() }</dd>
                    </dl>
                    <div class="io-actions">
                        <button type="button" id="io-scenario-replace" class="primary" onclick={on_replace}>
                            { Text::IoReplace.get(lang) }
                        </button>
                        <button type="button" id="io-scenario-cancel" onclick={on_cancel}>
                            { Text::IoCancel.get(lang) }
                        </button>
                    </div>
                </div>
            }
        </section>
    }
}
