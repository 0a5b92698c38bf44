//! Import of the units and events files (docs/import-formats.md): a file
//! input for each (read as bytes, decoded as UTF-8 or GBK by the chosen
//! encoding, automatic = UTF-8 when valid, else GBK), a text area for cells
//! pasted from a spreadsheet (tab-separated), the two templates, and the
//! preview. Nothing changes until "import" is pressed; the import is one
//! `Action::Edit` (so Undo restores the data before it).

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::browser::{chosen_file, decode, download, read_bytes, DecodeError, Encoding};
use super::import_preview::{ImportPreview, PreviewRc};
use crate::engine::builtin::builtin_ref;
use crate::engine::Scenario;
use crate::i18n::Text;
use crate::io::roster_import::{
    events_template, preview, template_name, units_template, FileKind, Input,
};
use crate::ui::shell::use_lang;
use crate::ui::state::Action;
use crate::ui::use_app;

/// What was read: a file's bytes or pasted text.
#[derive(Debug)]
enum Content {
    Bytes(Vec<u8>),
    Pasted(String),
}

/// A file or paste waiting in the preview.
#[derive(Debug)]
struct Source {
    name: String,
    content: Content,
}

/// Compared by identity (a new read is a new source).
#[derive(Clone, Debug)]
struct SourceRc(Rc<Source>);

impl PartialEq for SourceRc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The Scenario compared by identity (cheap memo dependency).
#[derive(Clone)]
struct ScenarioRc(Rc<Scenario>);

impl PartialEq for ScenarioRc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A decoded source: its name, text, delimiter and the encoding used
/// (None for pasted text).
#[derive(Clone, Debug, PartialEq)]
struct Decoded {
    name: String,
    text: String,
    delim: char,
    encoding: Option<Encoding>,
}

fn decode_source(src: &Source, enc: Encoding) -> Result<Decoded, DecodeError> {
    match &src.content {
        Content::Bytes(b) => decode(b, enc).map(|(text, used)| Decoded {
            name: src.name.clone(),
            text,
            delim: ',',
            encoding: Some(used),
        }),
        Content::Pasted(t) => {
            // Cells copied from a spreadsheet are tab-separated; text copied
            // from a CSV file is not.
            let first = t.lines().next().unwrap_or("");
            let delim = if first.contains('\t') || !first.contains(',') {
                '\t'
            } else {
                ','
            };
            Ok(Decoded {
                name: src.name.clone(),
                text: t.clone(),
                delim,
                encoding: None,
            })
        }
    }
}

fn encoding_text(e: Encoding) -> Text {
    match e {
        Encoding::Auto => Text::IoEncodingAuto,
        Encoding::Utf8 => Text::IoEncodingUtf8,
        Encoding::Gbk => Text::IoEncodingGbk,
    }
}

#[component]
pub fn RosterImport() -> Html {
    let lang = use_lang();
    let app = use_app();
    let encoding = use_state(|| Encoding::Auto);
    let units = use_state(|| None::<SourceRc>);
    let events = use_state(|| None::<SourceRc>);
    let read_error = use_state(|| None::<(FileKind, Text)>);
    let imported = use_state(|| false);
    let paste_ref = use_node_ref();
    let paste_kind_ref = use_node_ref();

    let decoded_units = use_memo(((*units).clone(), *encoding), |(s, e)| {
        s.as_ref().map(|s| decode_source(&s.0, *e))
    });
    let decoded_events = use_memo(((*events).clone(), *encoding), |(s, e)| {
        s.as_ref().map(|s| decode_source(&s.0, *e))
    });
    let ok = |d: &Option<Result<Decoded, DecodeError>>| {
        d.as_ref().and_then(|r| r.as_ref().ok()).cloned()
    };
    let (u_ok, e_ok) = (ok(&decoded_units), ok(&decoded_events));
    let preview_rc = use_memo(
        (
            ScenarioRc(app.scenario().clone()),
            u_ok.clone(),
            e_ok.clone(),
        ),
        |(s, u, e)| {
            if u.is_none() && e.is_none() {
                return None;
            }
            fn input(d: &Decoded) -> Input<'_> {
                Input {
                    name: &d.name,
                    text: &d.text,
                    delim: d.delim,
                }
            }
            Some(PreviewRc(Rc::new(preview(
                &s.0,
                u.as_ref().map(input),
                e.as_ref().map(input),
            ))))
        },
    );

    let on_file = |kind: FileKind| {
        let slot = if kind == FileKind::Units {
            units.clone()
        } else {
            events.clone()
        };
        let read_error = read_error.clone();
        let imported = imported.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = chosen_file(&input) else {
                return;
            };
            input.set_value("");
            imported.set(false);
            let (slot, read_error) = (slot.clone(), read_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match read_bytes(&file).await {
                    Ok(bytes) => {
                        read_error.set(None);
                        slot.set(Some(SourceRc(Rc::new(Source {
                            name: file.name(),
                            content: Content::Bytes(bytes),
                        }))));
                    }
                    Err(_) => read_error.set(Some((kind, Text::IoReadFailed))),
                }
            });
        })
    };
    let on_units_file = on_file(FileKind::Units);
    let on_events_file = on_file(FileKind::Events);

    let on_encoding = {
        let encoding = encoding.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            encoding.set(Encoding::from_code(&sel.value()));
        })
    };

    let on_paste_read = {
        let (units, events, imported) = (units.clone(), events.clone(), imported.clone());
        let paste_ref = paste_ref.clone();
        let paste_kind_ref = paste_kind_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(area) = paste_ref.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let text = area.value();
            if text.trim().is_empty() {
                return;
            }
            let is_events = paste_kind_ref
                .cast::<HtmlSelectElement>()
                .is_some_and(|s| s.value() == "events");
            let src = Some(SourceRc(Rc::new(Source {
                name: Text::IoPasteSource.get(lang).to_owned(),
                content: Content::Pasted(text),
            })));
            imported.set(false);
            if is_events {
                events.set(src);
            } else {
                units.set(src);
            }
        })
    };

    let rules_of = {
        let app = app.clone();
        move || {
            app.scenario()
                .rules
                .resolve()
                .map(|r| r.into_owned())
                .unwrap_or_else(|_| builtin_ref().clone())
        }
    };
    let on_template = |kind: FileKind| {
        let rules_of = rules_of.clone();
        Callback::from(move |_: MouseEvent| {
            let rules = rules_of();
            let text = match kind {
                FileKind::Units => units_template(&rules, lang),
                FileKind::Events => events_template(&rules, lang),
            };
            let _ = download(template_name(kind), "text/csv;charset=utf-8", &text);
        })
    };

    let clear = {
        let (units, events, paste_ref) = (units.clone(), events.clone(), paste_ref.clone());
        move || {
            units.set(None);
            events.set(None);
            if let Some(area) = paste_ref.cast::<HtmlTextAreaElement>() {
                area.set_value("");
            }
        }
    };
    let on_accept = {
        let app = app.clone();
        let preview_rc = preview_rc.clone();
        let imported = imported.clone();
        let clear = clear.clone();
        Callback::from(move |_: ()| {
            if let Some(p) = &*preview_rc {
                app.dispatch(Action::Edit(p.0.merged.clone()));
                imported.set(true);
            }
            clear();
        })
    };
    let on_cancel = {
        let imported = imported.clone();
        Callback::from(move |_: ()| {
            imported.set(false);
            clear();
        })
    };

    let decode_note = |kind: FileKind, d: &Option<Result<Decoded, DecodeError>>| -> Html {
        match d {
            Some(Err(err)) => {
                let msg = match err {
                    DecodeError::NotUtf8 => Text::IoDecodeNotUtf8,
                    DecodeError::Failed => Text::IoDecodeFailed,
                };
                html! {
                    <p class="io-error" role="alert" id={format!("io-decode-{}", kind.code())}>{ msg.get(lang) }</p>
                }
            }
            Some(Ok(Decoded {
                name,
                encoding: Some(e),
                ..
            })) => html! {
                <p class="io-hint" id={format!("io-decoded-{}", kind.code())}>
                    { name.clone() }{ " · " }{ Text::IoDecodedAs.get(lang) }{ " " }{ encoding_text(*e).get(lang) }
                </p>
            },
            _ => html! {},
        }
    };

    let enc_option = |e: Encoding| {
        html! {
            <option value={e.code()} selected={*encoding == e}>{ encoding_text(e).get(lang) }</option>
        }
    };

    html! {
        <section class="io-box io-roster" aria-labelledby="io-roster-title">
            <h3 id="io-roster-title">{ Text::IoRosterHeading.get(lang) }</h3>
            <p class="io-hint">{ Text::IoRosterIntro.get(lang) }</p>
            <div class="io-row">
                <label for="io-encoding">{ Text::IoEncoding.get(lang) }</label>
                <select id="io-encoding" onchange={on_encoding}>
                    { enc_option(Encoding::Auto) }
                    { enc_option(Encoding::Utf8) }
                    { enc_option(Encoding::Gbk) }
                </select>
            </div>
            <div class="io-grid">
                <div class="io-file-field">
                    <label for="io-units-file">{ Text::IoUnitsFile.get(lang) }</label>
                    <input type="file" id="io-units-file" accept=".csv,.txt,text/csv" onchange={on_units_file} />
                    { decode_note(FileKind::Units, &decoded_units) }
                </div>
                <div class="io-file-field">
                    <label for="io-events-file">{ Text::IoEventsFile.get(lang) }</label>
                    <input type="file" id="io-events-file" accept=".csv,.txt,text/csv" onchange={on_events_file} />
                    { decode_note(FileKind::Events, &decoded_events) }
                </div>
            </div>
            if let Some((_, t)) = &*read_error {
                <p class="io-error" role="alert">{ t.get(lang) }</p>
            }
            <div class="io-paste">
                <h4>{ Text::IoPasteHeading.get(lang) }</h4>
                <label for="io-paste">{ Text::IoPasteLabel.get(lang) }</label>
                <textarea id="io-paste" ref={paste_ref} rows="5" spellcheck="false" />
                <div class="io-row">
                    <label for="io-paste-kind">{ Text::IoPasteKind.get(lang) }</label>
                    <select id="io-paste-kind" ref={paste_kind_ref}>
                        <option value="units">{ Text::IoFileUnits.get(lang) }</option>
                        <option value="events">{ Text::IoFileEvents.get(lang) }</option>
                    </select>
                    <button type="button" id="io-paste-read" onclick={on_paste_read}>{ Text::IoPasteRead.get(lang) }</button>
                </div>
            </div>
            <div class="io-row io-templates" role="group" aria-label={Text::IoTemplates.get(lang)}>
                <span class="io-label">{ Text::IoTemplates.get(lang) }</span>
                <button type="button" id="io-template-units" onclick={on_template(FileKind::Units)}>
                    { Text::IoTemplateUnits.get(lang) }
                </button>
                <button type="button" id="io-template-events" onclick={on_template(FileKind::Events)}>
                    { Text::IoTemplateEvents.get(lang) }
                </button>
            </div>
            if let Some(p) = &*preview_rc {
                <ImportPreview preview={p.clone()} {on_accept} {on_cancel} />
            }
            if *imported {
                <p class="io-ok" role="status" id="io-imported">{ Text::IoImported.get(lang) }</p>
            }
        </section>
    }
}

/// The label of a file kind.
pub fn file_text(kind: FileKind) -> Text {
    match kind {
        FileKind::Units => Text::IoFileUnits,
        FileKind::Events => Text::IoFileEvents,
    }
}
