//! One indicator of the unit: its catalogue label and direction, weight
//! (empty: the catalogue default), target, actual, N/A, and a disclosure
//! with the year-to-date values of quarters 1–4; remove.

use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::quarter_values::QuarterValues;
use super::{direction, dom_id, exact, fill};
use crate::engine::scenario::{IndicatorInput, YtdValue};
use crate::engine::types::Direction;
use crate::i18n::Text;
use crate::numinput::Bounds;
use crate::ui::fields::DecimalField;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct IndicatorRowProps {
    pub index: usize,
    pub input: IndicatorInput,
    /// The catalogue label (or the id when the catalogue lacks it).
    pub label: AttrValue,
    pub direction: Option<Direction>,
    pub default_weight: Option<Decimal>,
    /// `None` removes the indicator.
    pub on_change: Callback<(usize, Option<IndicatorInput>)>,
}

#[component]
pub fn IndicatorRow(props: &IndicatorRowProps) -> Html {
    let lang = use_lang();
    let open = use_state(|| false);
    let i = props.index;
    let input = props.input.clone();
    let base = format!("calc-ind-{}", dom_id(&input.indicator));
    let label = props.label.to_string();
    let set = |f: fn(&mut IndicatorInput, Option<Decimal>)| {
        let (input, on_change) = (input.clone(), props.on_change.clone());
        Callback::from(move |v: Option<Decimal>| {
            let mut next = input.clone();
            f(&mut next, v);
            on_change.emit((i, Some(next)));
        })
    };
    let on_weight = set(|n, v| n.weight = v);
    let on_target = set(|n, v| n.target = v);
    let on_actual = set(|n, v| n.actual = v);
    let on_na = {
        let (input, on_change) = (input.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            let mut next = input.clone();
            next.na = el.checked();
            on_change.emit((i, Some(next)));
        })
    };
    let on_remove = props.on_change.reform(move |_: MouseEvent| (i, None));
    let on_quarter = {
        let (input, on_change) = (input.clone(), props.on_change.clone());
        Callback::from(move |(q, v): (i64, Option<YtdValue>)| {
            let mut next = input.clone();
            next.quarters.retain(|y| y.quarter != q);
            if let Some(v) = v {
                next.quarters.push(v);
                crate::order::sort_by_key(&mut next.quarters, |y| y.quarter);
            }
            on_change.emit((i, Some(next)));
        })
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // Targets divide: above zero; weights and actuals: zero or more.
    let positive = Bounds {
        positive: true,
        ..Bounds::default()
    };
    let nonneg = Bounds {
        min: Some(Decimal::ZERO),
        ..Bounds::default()
    };
    let weight_hint = props
        .default_weight
        .map(|w| fill(Text::CalcWeightDefault.get(lang), &[("w", &exact(w).0)]));
    let dir = props
        .direction
        .map(|d| direction(d).get(lang).to_string())
        .unwrap_or_else(|| "—".into());
    let filled = input.quarters.len().to_string();
    let q_id = format!("{base}-quarters");
    html! {
        <>
            <tr class={classes!(input.na.then_some("calc-row-na"))}>
                <th scope="row" id={format!("{base}-name")}>{ label.clone() }</th>
                <td class="calc-dir">{ dir }</td>
                <td><DecimalField id={format!("{base}-weight")} compact=true
                    label={fill(Text::CalcIndWeightOf.get(lang), &[("ind", &label)])}
                    value={input.weight} bounds={nonneg} hint={weight_hint} on_change={on_weight} /></td>
                <td><DecimalField id={format!("{base}-target")} compact=true
                    label={fill(Text::CalcIndTargetOf.get(lang), &[("ind", &label)])}
                    value={input.target} bounds={positive} on_change={on_target} /></td>
                <td><DecimalField id={format!("{base}-actual")} compact=true
                    label={fill(Text::CalcIndActualOf.get(lang), &[("ind", &label)])}
                    value={input.actual} on_change={on_actual} /></td>
                <td class="calc-center">
                    <input type="checkbox" id={format!("{base}-na")} checked={input.na} onchange={on_na} />
                    <label for={format!("{base}-na")} class="visually-hidden">
                        { fill(Text::CalcIndNaOf.get(lang), &[("ind", &label)]) }
                    </label>
                </td>
                <td>
                    <button type="button" class="calc-small" id={format!("{base}-qtoggle")}
                        aria-expanded={if *open { "true" } else { "false" }} aria-controls={open.then(|| q_id.clone())}
                        onclick={toggle}>
                        { fill(Text::CalcQuartersButton.get(lang), &[("n", &filled)]) }
                        <span class="visually-hidden">{ format!(" {label}") }</span>
                    </button>
                </td>
                <td>
                    <button type="button" class="calc-small calc-danger" id={format!("{base}-remove")} onclick={on_remove}>
                        { Text::CalcRemove.get(lang) }<span class="visually-hidden">{ format!(" {label}") }</span>
                    </button>
                </td>
            </tr>
            if *open {
                <tr class="calc-quarters-row" id={q_id.clone()}>
                    <td colspan="8">
                        <p class="calc-hint">{ fill(Text::CalcQuartersHint.get(lang), &[("ind", &label)]) }</p>
                        <div class="calc-quarters">
                            { for (1..=4).map(|q| {
                                let value = input.quarters.iter().find(|y| y.quarter == q).cloned();
                                html! {
                                    <QuarterValues key={q} id={format!("{base}-q{q}")} quarter={q} {value}
                                        on_change={on_quarter.clone()} />
                                }
                            }) }
                        </div>
                    </td>
                </tr>
            }
        </>
    }
}
