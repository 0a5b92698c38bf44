//! The baseline and the selected scenario side by side: one
//! [`GroupTable`] per ranking group (in the rules' order), from the
//! engine's `Comparison` (both evaluations and their diff); a summary line
//! when nothing changed; a checkbox limiting the tables to changed units.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::group_table::GroupTable;
use crate::engine::rules::RuleSet;
use crate::engine::scenario::Scenario;
use crate::engine::whatif::Comparison;
use crate::i18n::Text;
use crate::ui::calc::rule_label;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub base: Rc<Scenario>,
    pub rules: Rc<RuleSet>,
    pub comparison: Rc<Comparison>,
    pub selected_unit: Option<String>,
    pub on_unit: Callback<String>,
}

#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let lang = use_lang();
    let c = &props.comparison;
    let changed_only = use_state(|| false);
    let on_toggle = {
        let changed_only = changed_only.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            changed_only.set(input.checked());
        })
    };
    // Groups: the scenario's, then any only in the baseline.
    let mut groups: Vec<String> = c.what_if.groups.iter().map(|g| g.group.clone()).collect();
    for g in &c.base.groups {
        if !groups.contains(&g.group) {
            groups.push(g.group.clone());
        }
    }
    html! {
        <section class="whatif-compare" id="whatif-compare" aria-labelledby="whatif-compare-title">
            <h3 id="whatif-compare-title">{ Text::WiCompareHeading.get(lang) }</h3>
            if c.diff.is_empty() {
                <p class="whatif-hint" id="whatif-nochange">{ Text::WiNoChange.get(lang) }</p>
            } else {
                <p class="whatif-check">
                    <input type="checkbox" id="whatif-changed-only" checked={*changed_only} onchange={on_toggle} />
                    <label for="whatif-changed-only">{ Text::WiChangedOnly.get(lang) }</label>
                </p>
            }
            { for groups.iter()
                .filter(|g| !*changed_only || c.diff.units.iter().any(|u| &u.group == *g))
                .map(|g| html! {
                <GroupTable key={g.clone()} group={g.clone()}
                    label={rule_label(&props.rules, lang, g)}
                    base={props.base.clone()} comparison={props.comparison.clone()}
                    selected_unit={props.selected_unit.clone()} on_unit={props.on_unit.clone()}
                    changed_only={*changed_only} />
            }) }
        </section>
    }
}
