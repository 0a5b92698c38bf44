//! One unit's row in a group's roster: name (opens the editor), total
//! (opens its trace), displayed rank with 并列, grade, awards, flags (each
//! opens the trace at the rule that raised it), change against last year's
//! rank, duplicate and remove. Props are cheap values and `Rc`s compared
//! by value, and the callback is stable, so a row re-renders only when
//! what it shows changes (a 500-unit county stays responsive).

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::{fill, score};
use crate::engine::types::{Action, UnitGrade};
use crate::i18n::{self, Text};
use crate::ui::shell::use_lang;

/// What the roster does with a unit (sent by rows to the screen).
#[derive(Clone, Debug, PartialEq)]
pub enum RowCmd {
    /// Open (or close) the unit editor.
    Edit(Rc<str>),
    /// Open (or close) the unit's trace, at a flag's rule when given;
    /// the last field is the DOM id of the button (focus returns there).
    Trace(Rc<str>, Option<Rc<str>>, String),
    Duplicate(Rc<str>),
    Remove(Rc<str>),
}

/// A unit's results as the row shows them (from the Evaluation).
#[derive(Clone, Debug, PartialEq)]
pub struct RowResult {
    pub total: Decimal,
    pub complete: bool,
    /// Place in the group's order (ranked units only).
    pub position: Option<u32>,
    pub rank: Option<u32>,
    pub tied: bool,
    pub grade: Option<UnitGrade>,
    pub vetoed: bool,
    /// Award labels, in the UI language.
    pub awards: Rc<[String]>,
    /// (flag, rule id that raised it).
    pub flags: Rc<[(Action, Rc<str>)]>,
}

/// Everything one row shows.
#[derive(Clone, Debug, PartialEq)]
pub struct RowData {
    pub id: Rc<str>,
    /// `dom_id(id)`.
    pub dom: Rc<str>,
    pub name: Rc<str>,
    /// Index in the Scenario (the order of unranked units).
    pub order: usize,
    /// None when the Scenario could not be evaluated.
    pub result: Option<RowResult>,
    pub last_rank: Option<i64>,
    /// The editor is open for this unit.
    pub editing: bool,
    /// The trace is open for this unit: `Some(None)` from the total,
    /// `Some(Some(rule))` from a flag.
    pub trace: Option<Option<Rc<str>>>,
}

impl RowData {
    /// Places gained since last year (positive: moved up), when both ranks
    /// are known.
    pub fn movement(&self) -> Option<i64> {
        let rank = self.result.as_ref()?.rank?;
        Some(self.last_rank? - i64::from(rank))
    }
}

#[derive(Properties, PartialEq)]
pub struct RosterRowProps {
    pub data: RowData,
    pub on_row: Callback<RowCmd>,
}

#[component]
pub fn RosterRow(props: &RosterRowProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    let id = d.id.clone();
    let dom = &d.dom;
    let name = if d.name.is_empty() {
        d.id.to_string()
    } else {
        d.name.to_string()
    };

    let edit_id = format!("calc-edit-{dom}");
    let on_edit = {
        let id = id.clone();
        props
            .on_row
            .reform(move |_: MouseEvent| RowCmd::Edit(id.clone()))
    };
    let on_dup = {
        let id = id.clone();
        props
            .on_row
            .reform(move |_: MouseEvent| RowCmd::Duplicate(id.clone()))
    };
    let on_remove = {
        let id = id.clone();
        props
            .on_row
            .reform(move |_: MouseEvent| RowCmd::Remove(id.clone()))
    };
    let expanded = |open: bool| if open { "true" } else { "false" };

    let total_cell = match &d.result {
        None => html! { <td class="num calc-total">{ "—" }</td> },
        Some(r) => {
            let open = d.trace == Some(None);
            let bid = format!("calc-total-{dom}");
            let onclick = {
                let (id, bid) = (id.clone(), bid.clone());
                props
                    .on_row
                    .reform(move |_: MouseEvent| RowCmd::Trace(id.clone(), None, bid.clone()))
            };
            html! {
                <td class="num calc-total">
                    <button type="button" class="calc-disclosure" id={bid} data-total={score(r.total)}
                        aria-expanded={expanded(open)} aria-controls={open.then_some("calc-trace")}
                        {onclick}>
                        { score(r.total) }
                        <span class="visually-hidden">{ Text::CalcShowTrace.get(lang) }</span>
                    </button>
                </td>
            }
        }
    };

    let rank_cell = match &d.result {
        None => html! { <td class="num">{ "—" }</td> },
        Some(r) if !r.complete => html! {
            <td class="calc-unranked"><span class="calc-badge calc-badge-muted">{ Text::CalcUnranked.get(lang) }</span></td>
        },
        Some(r) => match r.rank {
            Some(rank) => html! {
                <td class="num calc-rank" data-rank={rank.to_string()}>
                    { rank.to_string() }
                    if r.tied { <span class="calc-tied">{ format!(" {}", Text::Tied.get(lang)) }</span> }
                </td>
            },
            None => html! { <td class="num">{ "—" }</td> },
        },
    };

    let grade_cell = match &d.result {
        Some(r) => html! {
            <td class="calc-grade">
                if let Some(g) = r.grade {
                    <span class={classes!("calc-grade-tag", format!("calc-grade-{}", grade_key(g)))}>
                        { i18n::unit_grade(g).get(lang) }
                    </span>
                } else { { "—" } }
                if r.vetoed { <span class="calc-badge calc-badge-bad">{ Text::CalcVetoed.get(lang) }</span> }
            </td>
        },
        None => html! { <td>{ "—" }</td> },
    };

    let awards_cell = match &d.result {
        Some(r) if !r.awards.is_empty() => html! {
            <td class="calc-awards">
                <ul class="calc-inline-list">
                    { for r.awards.iter().map(|a| html! { <li class="calc-award">{ a.clone() }</li> }) }
                </ul>
            </td>
        },
        _ => html! { <td></td> },
    };

    let flags_cell = match &d.result {
        Some(r) if !r.flags.is_empty() => html! {
            <td class="calc-flags">
                <ul class="calc-inline-list">
                    { for r.flags.iter().enumerate().map(|(k, (action, rule))| {
                        let bid = format!("calc-flag-{dom}-{k}");
                        let open = d.trace.as_ref().is_some_and(|h| h.as_deref() == Some(&**rule));
                        let onclick = {
                            let (id, rule, bid) = (id.clone(), rule.clone(), bid.clone());
                            props.on_row.reform(move |_: MouseEvent| {
                                RowCmd::Trace(id.clone(), Some(rule.clone()), bid.clone())
                            })
                        };
                        html! {
                            <li>
                                <button type="button" class="calc-flag" id={bid}
                                    aria-expanded={expanded(open)} aria-controls={open.then_some("calc-trace")}
                                    {onclick}>
                                    { i18n::action(*action).get(lang) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </td>
        },
        _ => html! { <td></td> },
    };

    let movement_cell = match d.movement() {
        Some(m) if m > 0 => html! {
            <td class="num calc-move calc-up"><span aria-hidden="true">{ format!("↑{m}") }</span>
                <span class="visually-hidden">{ fill(Text::CalcMoveUp.get(lang), &[("n", &m.to_string())]) }</span></td>
        },
        Some(m) if m < 0 => html! {
            <td class="num calc-move calc-down"><span aria-hidden="true">{ format!("↓{}", -m) }</span>
                <span class="visually-hidden">{ fill(Text::CalcMoveDown.get(lang), &[("n", &(-m).to_string())]) }</span></td>
        },
        Some(_) => html! { <td class="num calc-move">{ Text::CalcMoveSame.get(lang) }</td> },
        None => html! {
            <td class="num calc-move"><span aria-hidden="true">{ "—" }</span>
                <span class="visually-hidden">{ Text::CalcMoveNone.get(lang) }</span></td>
        },
    };

    html! {
        <tr id={format!("calc-row-{dom}")} data-unit={d.id.to_string()}
            class={classes!(d.editing.then_some("calc-row-editing"),
                d.result.as_ref().is_some_and(|r| !r.complete).then_some("calc-row-incomplete"))}>
            <th scope="row" class="calc-name">
                <button type="button" class="calc-link" id={edit_id}
                    aria-expanded={expanded(d.editing)} aria-controls={d.editing.then_some("calc-editor")}
                    onclick={on_edit}>
                    { name.clone() }
                </button>
            </th>
            { total_cell }
            { rank_cell }
            { grade_cell }
            { awards_cell }
            { flags_cell }
            { movement_cell }
            <td class="calc-row-actions">
                <button type="button" class="calc-small" id={format!("calc-dup-{dom}")} onclick={on_dup}>
                    { Text::CalcDuplicate.get(lang) }<span class="visually-hidden">{ format!(" {name}") }</span>
                </button>
                <button type="button" class="calc-small calc-danger" id={format!("calc-remove-{dom}")} onclick={on_remove}>
                    { Text::CalcRemove.get(lang) }<span class="visually-hidden">{ format!(" {name}") }</span>
                </button>
            </td>
        </tr>
    }
}

/// A stable key of a grade (CSS classes, sorting).
pub fn grade_key(g: UnitGrade) -> &'static str {
    match g {
        UnitGrade::Excellent => "excellent",
        UnitGrade::Good => "good",
        UnitGrade::Fair => "fair",
        UnitGrade::Poor => "poor",
    }
}

/// The order of grades for sorting (best first).
pub fn grade_order(g: UnitGrade) -> u8 {
    match g {
        UnitGrade::Excellent => 0,
        UnitGrade::Good => 1,
        UnitGrade::Fair => 2,
        UnitGrade::Poor => 3,
    }
}
