//! The unit's indicators: a table of [`IndicatorRow`]s (weight, target,
//! actual, N/A, quarterly values), the sum of the weights entered against
//! the indicator part's points (an input aid: the engine checks it), and
//! adding an indicator of the catalogue the unit does not have yet.

use std::rc::Rc;

use rust_decimal::Decimal;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::indicator_row::IndicatorRow;
use super::{exact, fill};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{IndicatorInput, Unit};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct IndicatorTableProps {
    pub unit: Rc<Unit>,
    pub rules: Rc<RuleSet>,
    pub on_change: Callback<Unit>,
}

#[component]
pub fn IndicatorTable(props: &IndicatorTableProps) -> Html {
    let lang = use_lang();
    let u = props.unit.clone();
    let rules = props.rules.clone();
    let missing: Vec<(String, String)> = rules
        .indicators
        .iter()
        .filter(|d| !u.indicators.iter().any(|i| i.indicator == d.meta.id))
        .map(|d| {
            (
                d.meta.id.clone(),
                lang.pick(&d.meta.zh, &d.meta.en).to_string(),
            )
        })
        .collect();
    let choice = use_state(String::new);
    let chosen = if missing.iter().any(|(id, _)| *id == *choice) {
        (*choice).clone()
    } else {
        missing
            .first()
            .map(|(id, _)| id.clone())
            .unwrap_or_default()
    };

    let on_row = {
        let (u, on_change) = (u.clone(), props.on_change.clone());
        Callback::from(move |(i, v): (usize, Option<IndicatorInput>)| {
            let mut next = (*u).clone();
            match v {
                Some(v) => {
                    if let Some(slot) = next.indicators.get_mut(i) {
                        *slot = v;
                    }
                }
                None if i < next.indicators.len() => {
                    next.indicators.remove(i);
                }
                None => return,
            }
            on_change.emit(next);
        })
    };
    let on_choose = {
        let choice = choice.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            choice.set(sel.value());
        })
    };
    let on_add = {
        let (u, on_change, rules, chosen) = (
            u.clone(),
            props.on_change.clone(),
            rules.clone(),
            chosen.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(def) = rules.indicators.iter().find(|d| d.meta.id == chosen) else {
                return;
            };
            let mut next = (*u).clone();
            next.indicators.push(IndicatorInput {
                indicator: def.meta.id.clone(),
                weight: Some(def.default_weight),
                target: None,
                actual: None,
                na: false,
                quarters: Vec::new(),
            });
            on_change.emit(next);
        })
    };

    // The weights as entered (empty = the catalogue default), summed for
    // the user to compare with the part's points.
    let weight_sum: Decimal = u
        .indicators
        .iter()
        .map(|i| {
            i.weight.unwrap_or_else(|| {
                rules
                    .indicators
                    .iter()
                    .find(|d| d.meta.id == i.indicator)
                    .map(|d| d.default_weight)
                    .unwrap_or_default()
            })
        })
        .fold(Decimal::ZERO, |a, b| a.checked_add(b).unwrap_or(a));
    let points = rules.indicator_part.points;
    let sum_ok = u.indicators.is_empty() || weight_sum == points;

    html! {
        <fieldset class="calc-fieldset" id="calc-u-indicators">
            <legend>{ Text::CalcIndicators.get(lang) }</legend>
            if u.indicators.is_empty() {
                <p class="calc-hint">{ Text::CalcNoIndicators.get(lang) }</p>
            } else {
                <div class="calc-table-wrap">
                    <table class="calc-edit-table">
                        <thead>
                            <tr>
                                <th scope="col">{ Text::CalcIndicator.get(lang) }</th>
                                <th scope="col">{ Text::CalcDirection.get(lang) }</th>
                                <th scope="col">{ Text::CalcWeight.get(lang) }</th>
                                <th scope="col">{ Text::CalcTarget.get(lang) }</th>
                                <th scope="col">{ Text::CalcActual.get(lang) }</th>
                                <th scope="col">{ Text::CalcNa.get(lang) }</th>
                                <th scope="col">{ Text::CalcQuarters.get(lang) }</th>
                                <th scope="col"><span class="visually-hidden">{ Text::CalcColActions.get(lang) }</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            { for u.indicators.iter().enumerate().map(|(i, input)| {
                                let def = rules.indicators.iter().find(|d| d.meta.id == input.indicator);
                                let label = def
                                    .map(|d| lang.pick(&d.meta.zh, &d.meta.en).to_string())
                                    .unwrap_or_else(|| input.indicator.clone());
                                html! {
                                    <IndicatorRow key={input.indicator.clone()} index={i} input={input.clone()}
                                        {label} direction={def.map(|d| d.direction)}
                                        default_weight={def.map(|d| d.default_weight)} on_change={on_row.clone()} />
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <p id="calc-weight-sum" class={classes!("calc-note", (!sum_ok).then_some("calc-note-bad"))}>
                    { fill(Text::CalcWeightSum.get(lang), &[("sum", &exact(weight_sum).0), ("points", &exact(points).0)]) }
                </p>
            }
            if !missing.is_empty() {
                <div class="calc-add-row">
                    <div class="field">
                        <label for="calc-ind-add-select" class="field-label">{ Text::CalcIndicatorToAdd.get(lang) }</label>
                        <select id="calc-ind-add-select" onchange={on_choose}>
                            { for missing.iter().map(|(id, l)| html! {
                                <option value={id.clone()} selected={*id == chosen}>{ l.clone() }</option>
                            }) }
                        </select>
                    </div>
                    <button type="button" id="calc-ind-add" class="calc-add" onclick={on_add}>{ Text::CalcAddIndicator.get(lang) }</button>
                </div>
            }
        </fieldset>
    }
}
