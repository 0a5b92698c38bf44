//! The results as CSV (UTF-8 with BOM), built by `io::results_csv` from the
//! Evaluation in the app state.

use yew::prelude::*;

use super::browser::download;
use crate::i18n::Text;
use crate::io::results_csv::{file_name, results_csv};
use crate::ui::shell::use_lang;
use crate::ui::use_app;

#[component]
pub fn ResultsExport() -> Html {
    let lang = use_lang();
    let app = use_app();
    let ok = app.evaluation.is_ok();
    let onclick = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(ev) = &*app.evaluation {
                let s = app.scenario();
                let _ = download(
                    &file_name(s),
                    "text/csv;charset=utf-8",
                    &results_csv(s, ev, lang),
                );
            }
        })
    };
    html! {
        <section class="io-box io-results" aria-labelledby="io-results-title">
            <h3 id="io-results-title">{ Text::IoResultsHeading.get(lang) }</h3>
            <div class="io-actions">
                <button type="button" id="io-export-results" disabled={!ok} {onclick}
                    aria-describedby="io-results-hint">
                    { Text::IoExportResults.get(lang) }
                </button>
            </div>
            <p class="io-hint" id="io-results-hint">
                { if ok { Text::IoResultsHint.get(lang) } else { Text::IoResultsUnavailable.get(lang) } }
            </p>
        </section>
    }
}
