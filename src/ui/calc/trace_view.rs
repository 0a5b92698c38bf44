//! The explanation of one total (a unit's total or a cadre's individual
//! result): every trace line with its rule's label and citation (rule data,
//! looked up by id), its named inputs, its points, a mark where a cap cut
//! the line's category, and the rounding line; under them the sum of the
//! lines next to the total it equals. Opened from a total or a flag (the
//! flag's rule is highlighted); focus moves to the panel, Escape or the
//! close button closes it and focus returns to the button that opened it.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::{exact, input_names, rule_meta, score, signed};
use crate::engine::rules::RuleSet;
use crate::engine::trace::{sum_points, LineKind, TraceLine};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct TracePanelProps {
    /// What is explained, e.g. "城关镇 · 总分".
    pub title: AttrValue,
    pub lines: Rc<Vec<TraceLine>>,
    /// The total the lines sum to (as the roster shows it).
    pub total: Option<Decimal>,
    /// Label of that total (总分, 个人考核结果).
    pub total_label: AttrValue,
    pub rules: Rc<RuleSet>,
    /// A rule id to mark (the flag the panel was opened from).
    #[prop_or_default]
    pub highlight: Option<AttrValue>,
    pub on_close: Callback<()>,
}

fn kind_text(k: LineKind) -> Text {
    match k {
        LineKind::Points => Text::CalcKindPoints,
        LineKind::Cap => Text::CalcKindCap,
        LineKind::Rounding => Text::CalcKindRounding,
        LineKind::Note => Text::CalcKindNote,
        LineKind::Decision => Text::CalcKindDecision,
    }
}

fn kind_key(k: LineKind) -> &'static str {
    match k {
        LineKind::Points => "points",
        LineKind::Cap => "cap",
        LineKind::Rounding => "rounding",
        LineKind::Note => "note",
        LineKind::Decision => "decision",
    }
}

#[component]
pub fn TracePanel(props: &TracePanelProps) -> Html {
    let lang = use_lang();
    let heading = use_node_ref();
    {
        // Focus the panel when it opens or shows another total; bring the
        // highlighted line into view.
        let heading = heading.clone();
        use_effect_with(
            (props.title.clone(), props.highlight.clone()),
            move |(_, hl)| {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
                if hl.is_some() {
                    if let Ok(Some(row)) =
                        gloo::utils::document().query_selector("#calc-trace .calc-trace-hl")
                    {
                        row.scroll_into_view();
                    }
                }
            },
        );
    }
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                on_close.emit(());
            }
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let rules = &props.rules;
    let hl = props.highlight.as_deref();

    let rows = props.lines.iter().enumerate().map(|(i, l)| {
        let id = l.rule().as_str();
        let meta = rule_meta(rules, id);
        let label = meta
            .map(|m| lang.pick(&m.zh, &m.en).to_string())
            .unwrap_or_else(|| id.to_string());
        let citation = if l.citation().as_str().is_empty() {
            meta.map(|m| m.citation.clone()).unwrap_or_default()
        } else {
            l.citation().as_str().to_string()
        };
        let names = input_names(rules, id);
        let inputs: Vec<Html> = l
            .input_values()
            .iter()
            .enumerate()
            .map(|(k, v)| {
                let (shown, approx) = exact(*v);
                let title = approx.then(|| v.normalize().to_string());
                match names.get(k) {
                    Some(n) => html! { <li {title}><span class="calc-in-name">{ n.get(lang) }</span>{ " " }{ shown }</li> },
                    None => html! { <li {title}>{ shown }</li> },
                }
            })
            .collect();
        let zero_line = matches!(l.kind, LineKind::Note | LineKind::Decision);
        let (_, approx) = exact(l.points);
        let pts_title = approx.then(|| l.points.normalize().to_string());
        let hl_row = hl.is_some_and(|h| h == id);
        html! {
            <tr key={i} data-points={l.points.normalize().to_string()} data-rule={id.to_string()}
                class={classes!(format!("calc-line-{}", kind_key(l.kind)), hl_row.then_some("calc-trace-hl"))}>
                <th scope="row" class="calc-trace-rule">
                    if hl_row { <span class="calc-hl-mark" aria-hidden="true">{ "▶ " }</span> }
                    { label }
                    if let Some(item) = l.item_index() { <span class="calc-item">{ format!(" #{}", item + 1) }</span> }
                    <span class="calc-rule-id">{ id.to_string() }</span>
                </th>
                <td class="calc-trace-cite">{ citation }</td>
                <td class="calc-trace-inputs">
                    if !inputs.is_empty() { <ul class="calc-inline-list">{ for inputs }</ul> }
                </td>
                <td class="num calc-trace-points" title={pts_title}>
                    if zero_line { <span aria-hidden="true">{ "—" }</span><span class="visually-hidden">{ "0" }</span> }
                    else { { signed(l.points) } }
                </td>
                <td class="calc-trace-kind">
                    <span class={classes!("calc-kind", format!("calc-kind-{}", kind_key(l.kind)))}>{ kind_text(l.kind).get(lang) }</span>
                    if l.capped { <span class="calc-badge calc-badge-cap">{ Text::CalcCapped.get(lang) }</span> }
                    if hl_row { <span class="visually-hidden">{ Text::CalcHighlighted.get(lang) }</span> }
                </td>
            </tr>
        }
    });

    let sum = sum_points(&props.lines).ok();
    let matches = sum.is_some() && sum == props.total;
    html! {
        <section class="calc-trace" id="calc-trace" aria-labelledby="calc-trace-title" {onkeydown}>
            <div class="calc-panel-head">
                <h3 id="calc-trace-title" tabindex="-1" ref={heading}>{ props.title.clone() }</h3>
                <button type="button" class="calc-close" id="calc-trace-close" onclick={close}>
                    { Text::CalcClose.get(lang) }<span class="visually-hidden">{ format!(" {}", props.title) }</span>
                </button>
            </div>
            <p class="calc-hint">{ Text::CalcTraceHint.get(lang) }</p>
            // Focusable, so the table scrolls by keyboard on narrow screens.
            <div class="calc-table-wrap" tabindex="0" role="region" aria-labelledby="calc-trace-title">
                <table class="calc-trace-table">
                    <caption class="visually-hidden">{ props.title.clone() }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ Text::CalcTraceRule.get(lang) }</th>
                            <th scope="col">{ Text::CalcTraceCitation.get(lang) }</th>
                            <th scope="col">{ Text::CalcTraceInputs.get(lang) }</th>
                            <th scope="col" class="num">{ Text::CalcTracePoints.get(lang) }</th>
                            <th scope="col">{ Text::CalcTraceKind.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot>
                        <tr class="calc-trace-sum">
                            <th scope="row" colspan="3">{ Text::CalcTraceSum.get(lang) }</th>
                            <td class="num" id="calc-trace-sum" data-sum={sum.map(|s| s.normalize().to_string())}>
                                { sum.map(|s| format!("{s:.2}")).unwrap_or_else(|| "—".into()) }
                            </td>
                            <td></td>
                        </tr>
                        <tr class="calc-trace-total">
                            <th scope="row" colspan="3">{ props.total_label.clone() }</th>
                            <td class="num" id="calc-trace-total">{ props.total.map(score).unwrap_or_else(|| "—".into()) }</td>
                            <td>
                                if matches { <span class="calc-badge calc-badge-ok">{ Text::CalcTraceEqual.get(lang) }</span> }
                            </td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}
