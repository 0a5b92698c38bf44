//! The import preview: rows read and valid, what the import would add and
//! update, the errors by file, row and column, unrecognised columns, what
//! the engine says about the result, and "import valid rows" / "cancel".

use std::rc::Rc;

use yew::prelude::*;

use super::engine_error_line;
use super::error_table::ErrorTable;
use crate::engine::evaluate;
use crate::i18n::Text;
use crate::io::roster_import::Preview;
use crate::ui::shell::use_lang;

/// A preview, compared by identity.
#[derive(Clone, Debug)]
pub struct PreviewRc(pub Rc<Preview>);

impl PartialEq for PreviewRc {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportPreviewProps {
    pub preview: PreviewRc,
    pub on_accept: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn ImportPreview(props: &ImportPreviewProps) -> Html {
    let lang = use_lang();
    let p = &props.preview.0;
    let errors = p.errors().count();
    let valid = p.valid_rows();
    // What the engine makes of the merged scenario (shown, never blocking).
    let engine = use_memo(props.preview.clone(), |p| evaluate(&p.0.merged).err());
    let ignored: Vec<String> = p
        .units
        .iter()
        .flat_map(|u| u.ignored_columns.iter())
        .chain(p.events.iter().flat_map(|e| e.ignored_columns.iter()))
        .cloned()
        .collect();
    let on_accept = props.on_accept.reform(|_: MouseEvent| ());
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let fact = |label: Text, value: usize, id: &'static str| {
        html! {
            <div class="io-fact"><dt>{ label.get(lang) }</dt><dd id={id}>{ value }</dd></div>
        }
    };
    let s = p.summary;
    html! {
        <section class="io-preview" id="io-preview" aria-labelledby="io-preview-title">
            <h4 id="io-preview-title">{ Text::IoPreviewHeading.get(lang) }</h4>
            <dl class="io-facts io-counts">
                { fact(Text::IoRowsTotal, p.rows(), "io-rows-total") }
                { fact(Text::IoRowsValid, valid, "io-rows-valid") }
                { fact(Text::IoErrorsCount, errors, "io-errors-count") }
                { fact(Text::IoUnitsAdded, s.units_added, "io-units-added") }
                { fact(Text::IoUnitsUpdated, s.units_updated, "io-units-updated") }
                { fact(Text::IoEventsAdded, s.events_added, "io-events-added") }
                if s.events_skipped > 0 {
                    { fact(Text::IoEventsSkipped, s.events_skipped, "io-events-skipped") }
                }
            </dl>
            if !ignored.is_empty() {
                <p class="io-hint">{ Text::IoIgnoredColumns.get(lang) }{ " " }{ ignored.join("、") }</p>
            }
            if errors > 0 {
                <ErrorTable preview={props.preview.clone()} />
            } else {
                <p class="io-ok">{ Text::IoNoErrors.get(lang) }</p>
            }
            if let Some(e) = &*engine {
                <p class="io-warn" id="io-engine-after">
                    { Text::IoEngineAfter.get(lang) }{ " " }{ engine_error_line(lang, e) }
                </p>
            }
            if valid == 0 {
                <p class="io-error">{ Text::IoNoValidRows.get(lang) }</p>
            }
            <div class="io-actions">
                <button type="button" id="io-import-accept" class="primary" disabled={valid == 0} onclick={on_accept}>
                    { if errors > 0 { Text::IoImportValid.get(lang) } else { Text::IoImportAll.get(lang) } }
                </button>
                <button type="button" id="io-import-cancel" onclick={on_cancel}>{ Text::IoCancel.get(lang) }</button>
            </div>
        </section>
    }
}
