//! The parts of one unit's total, baseline against scenario, as paired
//! horizontal bars drawn by the app in inline SVG: a labelled value axis
//! with ticks, each part labelled, every value written as `<text>`, and
//! the two series told apart by pattern (hatched baseline, solid
//! scenario) and a legend, so the chart reads in print and without
//! colour. Presentation attributes only (the CSP forbids `style`).
//! The values are the engine's; floats are used for pixel positions only.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use super::num;
use crate::i18n::Text;
use crate::ui::calc::fill;
use crate::ui::shell::use_lang;

/// One part: its label, baseline value, scenario value.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub key: &'static str,
    pub label: Text,
    pub base: Decimal,
    pub what_if: Decimal,
}

#[derive(Properties, PartialEq)]
pub struct PartsChartProps {
    pub unit: AttrValue,
    pub parts: Vec<Part>,
}

const W: f64 = 680.0;
const LEFT: f64 = 120.0;
const RIGHT: f64 = 70.0;
const TOP: f64 = 40.0;
const ROW: f64 = 46.0;
const BAR: f64 = 15.0;

/// A "nice" tick step (1, 2 or 5 × 10ⁿ hundredths): the smallest one
/// that divides `span` (hundredths, > 0) into at most five steps.
fn tick_step(span: i64) -> i64 {
    let mut mag = 1i64;
    loop {
        for m in [1, 2, 5] {
            if m * mag * 5 >= span {
                return m * mag;
            }
        }
        mag *= 10;
    }
}

/// A score in hundredths (the engine's scores have at most two decimals).
fn h(d: Decimal) -> i64 {
    (d * Decimal::ONE_HUNDRED).round().to_i64().unwrap_or(0)
}

/// A tick label from hundredths: "5", "2.5", "-0.25" (no float noise).
fn tick_label(t: i64) -> String {
    let sign = if t < 0 { "-" } else { "" };
    let (whole, frac) = (t.abs() / 100, t.abs() % 100);
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

/// A pixel position with one decimal, formatted without the float
/// formatter (which would add ~30 KB to the wasm for this chart alone).
fn px(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

#[component]
pub fn PartsChart(props: &PartsChartProps) -> Html {
    let lang = use_lang();
    let vals = props.parts.iter().flat_map(|p| [h(p.base), h(p.what_if)]);
    let lo = vals.clone().fold(0, i64::min);
    let hi = vals.fold(0, i64::max);
    let step = tick_step((hi - lo).max(100));
    let lo = lo.div_euclid(step) * step;
    let hi = (hi + step - 1).div_euclid(step) * step;
    let hi = hi.max(lo + step);
    let plot = W - LEFT - RIGHT;
    let x = move |v: i64| LEFT + (v - lo) as f64 / (hi - lo) as f64 * plot;
    let height = TOP + ROW * props.parts.len() as f64 + 50.0;
    let axis_y = TOP + ROW * props.parts.len() as f64;
    let ticks: Vec<i64> = (lo..=hi).step_by(step as usize).take(50).collect();
    let title = fill(
        Text::WiChartTitle.get(lang),
        &[("unit", props.unit.as_str())],
    );
    let base_label = Text::WiBaseline.get(lang);
    let scen_label = Text::WiScenario.get(lang);
    let x0 = x(0);

    let bar = |part: &Part, series: &'static str, v: Decimal, y: f64| {
        let (xa, xb) = (x0.min(x(h(v))), x0.max(x(h(v))));
        let w = (xb - xa).max(0.5);
        let (fill_attr, label) = if series == "base" {
            ("url(#whatif-hatch)", base_label)
        } else {
            ("#4a4a4a", scen_label)
        };
        let text_x = if v.is_sign_negative() && !v.is_zero() {
            xa - 4.0
        } else {
            xb + 4.0
        };
        let anchor = if v.is_sign_negative() && !v.is_zero() {
            "end"
        } else {
            "start"
        };
        let value = num(v);
        html! {
            <g class={format!("whatif-bar whatif-bar-{series}")} data-part={part.key} data-series={series}>
                <rect x={px(xa)} y={px(y)} width={px(w)}
                    height={px(BAR)} fill={fill_attr} stroke="#1a1a1a" stroke-width="1">
                    <title>{ format!("{} · {label}: {value}", part.label.get(lang)) }</title>
                </rect>
                <text x={px(text_x)} y={px(y + BAR - 3.0)} text-anchor={anchor}
                    font-size="12" fill="#1a1a1a">{ value.clone() }</text>
            </g>
        }
    };

    html! {
        <figure class="whatif-chart">
            <svg id="whatif-chart" xmlns="http://www.w3.org/2000/svg" role="img"
                viewBox={format!("0 0 {} {}", W as i64, height as i64)} aria-labelledby="whatif-chart-title"
                class="whatif-svg">
                <title id="whatif-chart-title">{ title.clone() }</title>
                <defs>
                    <pattern id="whatif-hatch" patternUnits="userSpaceOnUse" width="6" height="6"
                        patternTransform="rotate(45)">
                        <rect width="6" height="6" fill="#ffffff" />
                        <line x1="0" y1="0" x2="0" y2="6" stroke="#1a1a1a" stroke-width="2" />
                    </pattern>
                </defs>
                // Legend.
                <g class="whatif-legend" font-size="12" fill="#1a1a1a">
                    <rect x={px(LEFT)} y="8" width="18" height="12" fill="url(#whatif-hatch)" stroke="#1a1a1a" />
                    <text x={px(LEFT + 24.0)} y="18">{ base_label }</text>
                    <rect x={px(LEFT + 110.0)} y="8" width="18" height="12" fill="#4a4a4a" stroke="#1a1a1a" />
                    <text x={px(LEFT + 134.0)} y="18">{ scen_label }</text>
                </g>
                // Grid and value axis.
                { for ticks.iter().map(|t| {
                    let tx = x(*t);
                    html! {
                        <g class="whatif-tick">
                            <line x1={px(tx)} x2={px(tx)} y1={px(TOP)}
                                y2={px(axis_y + 5.0)} stroke="#cccccc" stroke-width="1" />
                            <text x={px(tx)} y={px(axis_y + 18.0)}
                                text-anchor="middle" font-size="11" fill="#1a1a1a">{ tick_label(*t) }</text>
                        </g>
                    }
                }) }
                <line x1={px(LEFT)} x2={px(W - RIGHT)} y1={px(axis_y)}
                    y2={px(axis_y)} stroke="#1a1a1a" stroke-width="1" />
                <line x1={px(x0)} x2={px(x0)} y1={px(TOP)}
                    y2={px(axis_y)} stroke="#1a1a1a" stroke-width="1" />
                <text class="whatif-axis-label" x={px(LEFT + plot / 2.0)}
                    y={px(axis_y + 38.0)} text-anchor="middle" font-size="12"
                    fill="#1a1a1a">{ Text::WiChartAxis.get(lang) }</text>
                <text class="whatif-axis-label" x="4" y={px(TOP - 8.0)} font-size="12"
                    fill="#1a1a1a">{ Text::WiChartParts.get(lang) }</text>
                // Bars.
                { for props.parts.iter().enumerate().map(|(i, p)| {
                    let y = TOP + ROW * i as f64 + 6.0;
                    html! {
                        <g class="whatif-part" key={p.key}>
                            <text x={px(LEFT - 8.0)} y={px(y + BAR + 4.0)}
                                text-anchor="end" font-size="12" fill="#1a1a1a">{ p.label.get(lang) }</text>
                            { bar(p, "base", p.base, y) }
                            { bar(p, "scen", p.what_if, y + BAR + 2.0) }
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="visually-hidden">{ title }</figcaption>
        </figure>
    }
}
