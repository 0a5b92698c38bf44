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

/// A "nice" tick step (1, 2 or 5 × 10ⁿ) for a span.
fn tick_step(span: f64) -> f64 {
    let raw = (span / 5.0).max(1e-9);
    let mag = 10f64.powf(raw.log10().floor());
    let m = raw / mag;
    let nice = if m <= 1.0 {
        1.0
    } else if m <= 2.0 {
        2.0
    } else if m <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// A tick label without float noise.
fn tick_label(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r}")
    }
}

#[component]
pub fn PartsChart(props: &PartsChartProps) -> Html {
    let lang = use_lang();
    let vals = props.parts.iter().flat_map(|p| [f(p.base), f(p.what_if)]);
    let lo = vals.clone().fold(0.0f64, f64::min);
    let hi = vals.fold(0.0f64, f64::max);
    let step = tick_step((hi - lo).max(1.0));
    let lo = (lo / step).floor() * step;
    let hi = ((hi / step).ceil() * step).max(lo + step);
    let plot = W - LEFT - RIGHT;
    let x = move |v: f64| LEFT + (v - lo) / (hi - lo) * plot;
    let height = TOP + ROW * props.parts.len() as f64 + 50.0;
    let axis_y = TOP + ROW * props.parts.len() as f64;
    let mut ticks = Vec::new();
    let mut t = lo;
    while t <= hi + step / 2.0 && ticks.len() < 50 {
        ticks.push(t);
        t += step;
    }
    let title = fill(
        Text::WiChartTitle.get(lang),
        &[("unit", props.unit.as_str())],
    );
    let base_label = Text::WiBaseline.get(lang);
    let scen_label = Text::WiScenario.get(lang);
    let x0 = x(0.0);

    let bar = |part: &Part, series: &'static str, v: Decimal, y: f64| {
        let (xa, xb) = (x0.min(x(f(v))), x0.max(x(f(v))));
        let w = (xb - xa).max(0.5);
        let (fill_attr, label) = if series == "base" {
            ("url(#whatif-hatch)", base_label)
        } else {
            ("#4a4a4a", scen_label)
        };
        let text_x = if f(v) < 0.0 { xa - 4.0 } else { xb + 4.0 };
        let anchor = if f(v) < 0.0 { "end" } else { "start" };
        let value = num(v);
        html! {
            <g class={format!("whatif-bar whatif-bar-{series}")} data-part={part.key} data-series={series}>
                <rect x={format!("{xa:.1}")} y={format!("{y:.1}")} width={format!("{w:.1}")}
                    height={BAR.to_string()} fill={fill_attr} stroke="#1a1a1a" stroke-width="1">
                    <title>{ format!("{} · {label}: {value}", part.label.get(lang)) }</title>
                </rect>
                <text x={format!("{text_x:.1}")} y={format!("{:.1}", y + BAR - 3.0)} text-anchor={anchor}
                    font-size="12" fill="#1a1a1a">{ value.clone() }</text>
            </g>
        }
    };

    html! {
        <figure class="whatif-chart">
            <svg id="whatif-chart" xmlns="http://www.w3.org/2000/svg" role="img"
                viewBox={format!("0 0 {W} {height:.0}")} aria-labelledby="whatif-chart-title"
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
                    <rect x={LEFT.to_string()} y="8" width="18" height="12" fill="url(#whatif-hatch)" stroke="#1a1a1a" />
                    <text x={(LEFT + 24.0).to_string()} y="18">{ base_label }</text>
                    <rect x={(LEFT + 110.0).to_string()} y="8" width="18" height="12" fill="#4a4a4a" stroke="#1a1a1a" />
                    <text x={(LEFT + 134.0).to_string()} y="18">{ scen_label }</text>
                </g>
                // Grid and value axis.
                { for ticks.iter().map(|t| {
                    let tx = x(*t);
                    html! {
                        <g class="whatif-tick">
                            <line x1={format!("{tx:.1}")} x2={format!("{tx:.1}")} y1={TOP.to_string()}
                                y2={format!("{:.1}", axis_y + 5.0)} stroke="#cccccc" stroke-width="1" />
                            <text x={format!("{tx:.1}")} y={format!("{:.1}", axis_y + 18.0)}
                                text-anchor="middle" font-size="11" fill="#1a1a1a">{ tick_label(*t) }</text>
                        </g>
                    }
                }) }
                <line x1={LEFT.to_string()} x2={format!("{:.1}", W - RIGHT)} y1={format!("{axis_y:.1}")}
                    y2={format!("{axis_y:.1}")} stroke="#1a1a1a" stroke-width="1" />
                <line x1={format!("{x0:.1}")} x2={format!("{x0:.1}")} y1={TOP.to_string()}
                    y2={format!("{axis_y:.1}")} stroke="#1a1a1a" stroke-width="1" />
                <text class="whatif-axis-label" x={format!("{:.1}", LEFT + plot / 2.0)}
                    y={format!("{:.1}", axis_y + 38.0)} text-anchor="middle" font-size="12"
                    fill="#1a1a1a">{ Text::WiChartAxis.get(lang) }</text>
                <text class="whatif-axis-label" x="4" y={format!("{:.1}", TOP - 8.0)} font-size="12"
                    fill="#1a1a1a">{ Text::WiChartParts.get(lang) }</text>
                // Bars.
                { for props.parts.iter().enumerate().map(|(i, p)| {
                    let y = TOP + ROW * i as f64 + 6.0;
                    html! {
                        <g class="whatif-part" key={p.key}>
                            <text x={(LEFT - 8.0).to_string()} y={format!("{:.1}", y + BAR + 4.0)}
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
