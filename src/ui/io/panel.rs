//! [`IoPanel`]: the 导入/导出 section of the 考核计算 screen, and beside it
//! the print sheets of a unit and of the county ranking. A sheet is built
//! only once its print button is pressed (a 500-unit county does not pay
//! for it on every edit); it is hidden on screen and, while printing, the
//! only thing shown (styles/print.css). The calc screen renders the panel
//! after its first paint (`ui::deferred`).

use yew::prelude::*;

use super::browser::{print_sheet, Sheet};
use super::print_bar::PrintBar;
use super::ranking_sheet::RankingSheet;
use super::results_export::ResultsExport;
use super::roster_import::RosterImport;
use super::scenario_file::ScenarioFile;
use super::unit_sheet::UnitSheet;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

/// The import / export panel and the unit and ranking print sheets.
#[component]
pub fn IoPanel() -> Html {
    let lang = use_lang();
    // The unit whose sheet prints (chosen in the print bar).
    let unit = use_state(|| None::<String>);
    // The sheet asked for, with a counter so that asking again prints again.
    let printing = use_state(|| None::<(Sheet, u32)>);
    let on_unit = {
        let unit = unit.clone();
        Callback::from(move |id: Option<String>| unit.set(id))
    };
    let on_print = {
        let printing = printing.clone();
        Callback::from(move |sheet: Sheet| {
            let n = printing.map_or(0, |(_, n)| n.wrapping_add(1));
            printing.set(Some((sheet, n)));
        })
    };
    // Print once the sheet is in the DOM.
    use_effect_with(*printing, |p| {
        if let Some((sheet, _)) = p {
            print_sheet(*sheet);
        }
    });
    let sheet = printing.map(|(s, _)| s);
    html! {
        <>
        <section class="io-panel" id="io-panel" aria-labelledby="io-title">
            <h2 id="io-title">{ Text::IoTitle.get(lang) }</h2>
            <p class="io-intro">{ Text::IoIntro.get(lang) }</p>
            <div class="io-grid">
                <ScenarioFile />
                <ResultsExport />
            </div>
            <RosterImport />
            <PrintBar unit={(*unit).clone()} {on_unit} {on_print} />
        </section>
        <div class="io-sheets">
            if sheet == Some(Sheet::Unit) {
                <UnitSheet unit={(*unit).clone()} />
            }
            if sheet == Some(Sheet::Ranking) {
                <RankingSheet />
            }
        </div>
        </>
    }
}
