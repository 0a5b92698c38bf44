//! The print controls: which unit's sheet, and the buttons printing the
//! unit sheet and the county ranking (the bulletin prints from its own
//! section).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::browser::Sheet;
use crate::i18n::Text;
use crate::io::labels::paren;
use crate::ui::shell::use_lang;
use crate::ui::use_app;

#[derive(Properties, PartialEq)]
pub struct PrintBarProps {
    /// The chosen unit (None: the first unit).
    pub unit: Option<String>,
    pub on_unit: Callback<Option<String>>,
    pub on_print: Callback<Sheet>,
}

#[component]
pub fn PrintBar(props: &PrintBarProps) -> Html {
    let lang = use_lang();
    let app = use_app();
    let scenario = app.scenario();
    let ok = app.evaluation.is_ok();
    let chosen = props
        .unit
        .clone()
        .filter(|id| scenario.units.iter().any(|u| &u.id == id))
        .or_else(|| scenario.units.first().map(|u| u.id.clone()));
    let on_change = props.on_unit.reform(|e: Event| {
        let sel: HtmlSelectElement = e.target_unchecked_into();
        Some(sel.value())
    });
    let print_unit = props.on_print.reform(|_: MouseEvent| Sheet::Unit);
    let print_ranking = props.on_print.reform(|_: MouseEvent| Sheet::Ranking);
    html! {
        <section class="io-box io-print" aria-labelledby="io-print-title">
            <h3 id="io-print-title">{ Text::PrintHeading.get(lang) }</h3>
            <p class="io-hint">{ Text::PrintIntro.get(lang) }</p>
            <div class="io-row">
                <label for="io-print-unit">{ Text::PrintUnitLabel.get(lang) }</label>
                <select id="io-print-unit" onchange={on_change}>
                    { for scenario.units.iter().map(|u| {
                        let label = if u.name.is_empty() { u.id.clone() } else { paren(lang, &u.name, &u.id) };
                        html! { <option key={u.id.clone()} value={u.id.clone()} selected={chosen.as_ref() == Some(&u.id)}>{ label }</option> }
                    }) }
                </select>
                <button type="button" id="io-print-unit-btn" disabled={!ok || chosen.is_none()} onclick={print_unit}>
                    { Text::PrintUnit.get(lang) }
                </button>
                <button type="button" id="io-print-ranking-btn" disabled={!ok} onclick={print_ranking}>
                    { Text::PrintRanking.get(lang) }
                </button>
            </div>
            if !ok {
                <p class="io-hint">{ Text::SheetUnavailable.get(lang) }</p>
            }
        </section>
    }
}
