//! One ranking group of a comparison: every unit with its baseline total,
//! scenario total, delta, rank and grade before → after, and the awards
//! and flags gained or lost. A row whose rank, grade, award or flag
//! changed (the diff's `highlight`) has the class `whatif-hl` and a text
//! marker for screen readers. Unit names select the unit below.

use std::rc::Rc;

use yew::prelude::*;

use super::{delta, delta_int, grade, grade_key, num, rank, unit_name};
use crate::engine::evaluation::{Evaluation, UnitResult};
use crate::engine::scenario::Scenario;
use crate::engine::whatif::{Change, Comparison};
use crate::i18n::{self, Lang, Text};
use crate::ui::calc::{dom_id, fill};
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct GroupTableProps {
    pub group: AttrValue,
    pub label: AttrValue,
    pub base: Rc<Scenario>,
    pub comparison: Rc<Comparison>,
    pub selected_unit: Option<String>,
    pub on_unit: Callback<String>,
    /// Only the units the diff lists.
    #[prop_or_default]
    pub changed_only: bool,
}

/// The unit ids of a group in an evaluation: ranked in order, then the
/// unranked in Scenario order.
fn ids_of(e: &Evaluation, group: &str) -> Vec<String> {
    let mut out: Vec<String> = e
        .groups
        .iter()
        .find(|g| g.group == group)
        .map(|g| g.order.iter().map(String::from).collect())
        .unwrap_or_default();
    for u in e.units.iter().filter(|u| u.group == group) {
        if !out.iter().any(|o| *o == u.id) {
            out.push(u.id.to_string());
        }
    }
    out
}

fn find<'e>(e: &'e Evaluation, id: &str) -> Option<&'e UnitResult> {
    e.units.iter().find(|u| u.id == id)
}

/// Awards and flags gained or lost, in words.
fn award_flag_changes(lang: Lang, changes: &[Change]) -> Vec<String> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::AwardAdded(a) => Some((true, i18n::award(a.award).get(lang))),
            Change::AwardRemoved(a) => Some((false, i18n::award(a.award).get(lang))),
            Change::FlagAdded(f) => Some((true, i18n::action(f.action).get(lang))),
            Change::FlagRemoved(f) => Some((false, i18n::action(f.action).get(lang))),
            _ => None,
        })
        .map(|(gained, x)| {
            let t = if gained { Text::WiGained } else { Text::WiLost };
            fill(t.get(lang), &[("x", x)])
        })
        .collect()
}

#[component]
pub fn GroupTable(props: &GroupTableProps) -> Html {
    let lang = use_lang();
    let c = &props.comparison;
    let mut ids = ids_of(&c.what_if, &props.group);
    for id in ids_of(&c.base, &props.group) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let slots = c
        .diff
        .groups
        .iter()
        .find(|g| g.group == props.group.as_str())
        .and_then(|g| {
            (g.slots_before != g.slots_after).then(|| {
                fill(
                    Text::WiSlots.get(lang),
                    &[
                        (
                            "before",
                            &g.slots_before.map(|s| s.to_string()).unwrap_or_default(),
                        ),
                        (
                            "after",
                            &g.slots_after.map(|s| s.to_string()).unwrap_or_default(),
                        ),
                    ],
                )
            })
        });
    if props.changed_only {
        ids.retain(|id| c.diff.unit(id).is_some());
    }
    let dom = dom_id(&props.group);
    let rows = ids.iter().map(|id| {
        let b = find(&c.base, id);
        let a = find(&c.what_if, id);
        let d = c.diff.unit(id);
        let hl = d.is_some_and(|d| d.highlight);
        let changed = d.is_some();
        let dt = match (b, a) {
            (Some(b), Some(a)) => a.total.checked_sub(b.total),
            _ => None,
        };
        let (rb, ra) = (b.and_then(|r| r.rank), a.and_then(|r| r.rank));
        let (gb, ga) = (b.and_then(|r| r.grade), a.and_then(|r| r.grade));
        let rank_move = match (rb, ra) {
            (Some(x), Some(y)) if x != y => Some(i64::from(y) - i64::from(x)),
            _ => None,
        };
        let extra = d.map(|d| award_flag_changes(lang, &d.changes)).unwrap_or_default();
        let onclick = {
            let on_unit = props.on_unit.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| on_unit.emit(id.clone()))
        };
        let selected = props.selected_unit.as_deref() == Some(id.as_str());
        let name = unit_name(&props.base, id);
        html! {
            <tr key={id.clone()} id={format!("whatif-row-{}", dom_id(id))}
                class={classes!(hl.then_some("whatif-hl"), changed.then_some("whatif-changed"),
                    selected.then_some("whatif-row-on"))}
                data-delta={dt.map(|x| x.to_string())}
                data-rank-before={rb.map(|x| x.to_string())} data-rank-after={ra.map(|x| x.to_string())}
                data-grade-before={grade_key(gb)} data-grade-after={grade_key(ga)}
                data-highlight={if hl { "true" } else { "false" }}>
                <th scope="row">
                    <button type="button" class="whatif-link" aria-pressed={if selected { "true" } else { "false" }}
                        {onclick}>{ name }</button>
                    if hl {
                        <span class="whatif-marker" aria-hidden="true">{ "◆" }</span>
                        <span class="visually-hidden">{ lang.paren(Text::WiChangedMarker.get(lang)) }</span>
                    }
                </th>
                <td class="whatif-num">{ b.map(|r| num(r.total)).unwrap_or_else(|| "—".into()) }</td>
                <td class="whatif-num">{ a.map(|r| num(r.total)).unwrap_or_else(|| "—".into()) }</td>
                <td class={classes!("whatif-num", "whatif-delta",
                    dt.filter(|x| !x.is_zero()).map(|_| "whatif-delta-on"))}>
                    { dt.map(delta).unwrap_or_else(|| "—".into()) }
                </td>
                <td class="whatif-rank">
                    { rank(lang, rb) }{ " → " }{ rank(lang, ra) }
                    if let Some(m) = rank_move {
                        <span class="whatif-move">{ format!(" ({})", delta_int(m)) }</span>
                    }
                </td>
                <td class={classes!("whatif-grade", (gb != ga).then_some("whatif-grade-on"))}>
                    { grade(lang, gb) }{ " → " }{ grade(lang, ga) }
                </td>
                <td>{ extra.join("；") }</td>
            </tr>
        }
    });
    html! {
        <div class="whatif-group">
            <h4 id={format!("whatif-group-{dom}")}>{ props.label.clone() }</h4>
            if let Some(s) = slots { <p class="whatif-note">{ s }</p> }
            <div class="whatif-scroll">
            <table class="whatif-table whatif-compare-table" aria-labelledby={format!("whatif-group-{dom}")}>
                <thead><tr>
                    <th scope="col">{ Text::WiUnit.get(lang) }</th>
                    <th scope="col">{ Text::WiColBase.get(lang) }</th>
                    <th scope="col">{ Text::WiColScenario.get(lang) }</th>
                    <th scope="col">{ Text::WiColDelta.get(lang) }</th>
                    <th scope="col">{ Text::WiColRank.get(lang) }</th>
                    <th scope="col">{ Text::WiColGrade.get(lang) }</th>
                    <th scope="col">{ Text::WiColAwards.get(lang) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            </div>
        </div>
    }
}
