//! The selected unit's inputs inside the selected scenario: indicator
//! actuals (number fields, the baseline value beside them) and events
//! (remove one, add one by kind, level and quarter). Each change sends the
//! whole changed unit, which the scenario stores as an override of the
//! baseline unit (`WhatIf::units`); "reset" drops the override.

use std::rc::Rc;

use yew::prelude::*;

use super::event_adder::{EventAdder, NewEvent};
use super::{level, quarter};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{EventInput, Unit};
use crate::i18n::Text;
use crate::numinput::Bounds;
use crate::ui::calc::{dom_id, fill, rule_label};
use crate::ui::fields::DecimalField;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct UnitInputsProps {
    pub rules: Rc<RuleSet>,
    /// The unit in the baseline.
    pub base: Rc<Unit>,
    /// The unit in the scenario (the baseline's when not overridden).
    pub unit: Rc<Unit>,
    pub overridden: bool,
    pub name: AttrValue,
    /// The changed unit, or None to drop the override.
    pub on_change: Callback<Option<Unit>>,
}

#[component]
pub fn UnitInputs(props: &UnitInputsProps) -> Html {
    let lang = use_lang();
    let rules = props.rules.clone();
    let unit = props.unit.clone();

    let indicator_rows = unit.indicators.iter().enumerate().map(|(i, ind)| {
        let on_change = {
            let unit = unit.clone();
            let cb = props.on_change.clone();
            Callback::from(move |v: Option<rust_decimal::Decimal>| {
                let mut next = (*unit).clone();
                if let Some(x) = next.indicators.get_mut(i) {
                    x.actual = v;
                }
                cb.emit(Some(next));
            })
        };
        let base_actual = props
            .base
            .indicators
            .iter()
            .find(|b| b.indicator == ind.indicator)
            .and_then(|b| b.actual);
        let label = rule_label(&rules, lang, &ind.indicator);
        let changed = base_actual != ind.actual;
        html! {
            <tr key={ind.indicator.clone()} class={classes!(changed.then_some("whatif-changed"))}>
                <th scope="row">{ label.clone() }</th>
                <td class="whatif-num">{ super::opt_num(ind.target) }</td>
                <td class="whatif-num">{ super::opt_num(base_actual) }</td>
                <td>
                    <DecimalField id={format!("whatif-act-{}", dom_id(&ind.indicator))}
                        label={format!("{label} {}", Text::WiActual.get(lang))}
                        value={ind.actual} bounds={Bounds::default()} compact={true} {on_change} />
                </td>
            </tr>
        }
    });

    let event_rows = unit.events.iter().enumerate().map(|(i, ev)| {
        let onclick = {
            let unit = unit.clone();
            let cb = props.on_change.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = (*unit).clone();
                if i < next.events.len() {
                    next.events.remove(i);
                }
                cb.emit(Some(next));
            })
        };
        let label = rule_label(&rules, lang, &ev.kind);
        html! {
            <tr>
                <th scope="row">{ label.clone() }</th>
                <td>{ level(lang, ev.level) }</td>
                <td>{ quarter(lang, ev.quarter) }</td>
                <td class="whatif-num">{ ev.count }</td>
                <td>
                    <button type="button" id={format!("whatif-ev-remove-{i}")} class="whatif-small"
                        aria-label={format!("{} {label}", Text::WiRemoveEvent.get(lang))} {onclick}>
                        { Text::WiRemoveEvent.get(lang) }
                    </button>
                </td>
            </tr>
        }
    });

    let kinds: Vec<(String, String)> = rules
        .events
        .iter()
        .map(|k| {
            (
                k.meta.id.clone(),
                lang.pick(&k.meta.zh, &k.meta.en).to_string(),
            )
        })
        .collect();
    let on_add = {
        let unit = unit.clone();
        let cb = props.on_change.clone();
        Callback::from(move |e: NewEvent| {
            let mut next = (*unit).clone();
            next.events.push(EventInput {
                kind: e.kind,
                quarter: i64::from(e.quarter),
                level: e.level,
                count: 1,
                doc_no: None,
                date: None,
                issuer: None,
            });
            cb.emit(Some(next));
        })
    };
    let on_reset = {
        let cb = props.on_change.clone();
        Callback::from(move |_: MouseEvent| cb.emit(None))
    };

    html! {
        <section class="whatif-inputs" aria-labelledby="whatif-inputs-title">
            <h3 id="whatif-inputs-title">
                { fill(Text::WiEditHeading.get(lang), &[("unit", props.name.as_str())]) }
            </h3>
            <p class="whatif-hint">{ Text::WiEditHint.get(lang) }</p>
            if props.overridden {
                <p class="whatif-note" id="whatif-overridden">
                    { Text::WiOverridden.get(lang) }{ " " }
                    <button type="button" id="whatif-unit-reset" class="whatif-small" onclick={on_reset}>
                        { Text::WiResetUnit.get(lang) }
                    </button>
                </p>
            }
            if !unit.indicators.is_empty() {
                <div class="whatif-scroll">
                <table class="whatif-table" id="whatif-indicators">
                    <thead><tr>
                        <th scope="col">{ Text::WiIndicator.get(lang) }</th>
                        <th scope="col">{ Text::WiTarget.get(lang) }</th>
                        <th scope="col">{ Text::WiBaselineActual.get(lang) }</th>
                        <th scope="col">{ Text::WiActual.get(lang) }</th>
                    </tr></thead>
                    <tbody>{ for indicator_rows }</tbody>
                </table>
                </div>
            }
            <h4>{ Text::WiEvents.get(lang) }</h4>
            if unit.events.is_empty() {
                <p class="whatif-hint">{ Text::WiNoEvents.get(lang) }</p>
            } else {
                <div class="whatif-scroll">
                <table class="whatif-table" id="whatif-events">
                    <thead><tr>
                        <th scope="col">{ Text::WiKind.get(lang) }</th>
                        <th scope="col">{ Text::WiLevel.get(lang) }</th>
                        <th scope="col">{ Text::WiQuarter.get(lang) }</th>
                        <th scope="col">{ Text::WiCount.get(lang) }</th>
                        <th scope="col"><span class="visually-hidden">{ Text::WiRemoveEvent.get(lang) }</span></th>
                    </tr></thead>
                    <tbody>{ for event_rows }</tbody>
                </table>
                </div>
            }
            <EventAdder id="whatif-ev-add" {kinds} button={Text::WiAddEvent.get(lang)} {on_add} />
        </section>
    }
}
