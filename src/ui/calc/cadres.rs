//! The cadres panel: unit heads and county leaders with their linked units
//! and their results from the Evaluation — linked result, individual
//! result (opens its trace), grade, learning result, flags (each opens the
//! trace of the unit or cadre that raised it) and the promotion
//! recommendation; adding a unit head or a county leader, editing and
//! removing one. The editor and the trace open below the table. The list
//! is a [`Disclosure`], closed at first (its summary gives the number of
//! cadres and of flags): with hundreds of cadres it was half the page.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::cadre_editor::CadreEditor;
use super::cadre_row::{CadreCmd, CadreFlagView, CadreRow, CadreRowData};
use super::trace_of::TraceOf;
use super::ui_state::{CalcUi, TraceTarget, UiAction};
use super::{dom_id, fill, fresh_id};
use crate::engine::evaluation::CadreResult;
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{Cadre, Scenario};
use crate::engine::types::CadreRole;
use crate::i18n::{Lang, Text};
use crate::ui::app::use_app;
use crate::ui::disclosure::Disclosure;
use crate::ui::focus_id;
use crate::ui::shell::use_lang;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct CadresPanelProps {
    pub rules: Rc<RuleSet>,
    /// The cadre being edited.
    pub editing: Option<AttrValue>,
    /// The trace open in this panel, if any.
    pub trace: Option<TraceTarget>,
    /// The unit selected in the roster (a new unit head heads it).
    pub unit: Option<AttrValue>,
    pub ui: UseReducerDispatcher<CalcUi>,
}

/// The rows of every cadre, in Scenario order.
fn rows_of(
    s: &Scenario,
    results: Option<&[CadreResult]>,
    lang: Lang,
    editing: Option<&str>,
    trace: Option<&TraceTarget>,
) -> Vec<CadreRowData> {
    // Names by unit id once (cadres × units lookups were most of a render).
    let names: HashMap<&str, Rc<str>> = s
        .units
        .iter()
        .map(|u| {
            let name = if u.name.is_empty() { &u.id } else { &u.name };
            (u.id.as_str(), Rc::from(name.as_str()))
        })
        .collect();
    let unit_name = |id: &str| names.get(id).cloned().unwrap_or_else(|| Rc::from(id));
    s.cadres
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let r = results.and_then(|rs| rs.get(i)).filter(|r| r.id == c.id);
            let flags = r
                .map(|r| {
                    r.flags
                        .iter()
                        .map(|f| CadreFlagView {
                            action: f.action,
                            rule: Rc::from(f.rule.as_str()),
                            unit: f
                                .unit
                                .as_ref()
                                .map(|u| (Rc::from(u.as_str()), unit_name(u))),
                        })
                        .collect()
                })
                .unwrap_or_else(|| Rc::from([]));
            let linked_units = c
                .units
                .iter()
                .map(|u| unit_name(u))
                .collect::<Vec<_>>()
                .join(lang.pick("、", ", "));
            let mut row = CadreRowData {
                id: Rc::from(c.id.as_str()),
                dom: Rc::from(dom_id(&c.id).as_str()),
                name: Rc::from(if c.name.is_empty() { &c.id } else { &c.name }.as_str()),
                role: c.role,
                linked_units: Rc::from(linked_units.as_str()),
                evaluated: r.is_some(),
                linked: r.and_then(|r| r.linked),
                individual: r.and_then(|r| r.individual),
                grade: r.and_then(|r| r.grade),
                learning_year: r.and_then(|r| r.learning.year),
                flags,
                editing: editing == Some(c.id.as_str()),
                trace: None,
            };
            row.trace = trace.filter(|t| row.owns_trace(t)).cloned();
            row
        })
        .collect()
}

#[component]
pub fn CadresPanel(props: &CadresPanelProps) -> Html {
    let app = use_app();
    let lang = use_lang();
    let s = app.scenario().clone();
    let ui = props.ui.clone();
    let latest = use_mut_ref(|| (s.clone(), lang));
    *latest.borrow_mut() = (s.clone(), lang);

    let add = |role: CadreRole| {
        let (app, s, ui, unit) = (app.clone(), s.clone(), ui.clone(), props.unit.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = (*s).clone();
            let id = fresh_id(
                "c",
                next.cadres.len() + 1,
                next.cadres.iter().map(|c| c.id.as_str()),
            );
            let units = match role {
                CadreRole::UnitHead => unit
                    .as_ref()
                    .map(|u| u.to_string())
                    .filter(|u| next.units.iter().any(|x| x.id == *u))
                    .or_else(|| next.units.first().map(|u| u.id.clone()))
                    .into_iter()
                    .collect(),
                CadreRole::CountyLeader => Vec::new(),
            };
            next.cadres.push(Cadre {
                id: id.clone(),
                name: String::new(),
                role,
                units,
                learning: Vec::new(),
            });
            app.dispatch(Action::Edit(next));
            ui.dispatch(UiAction::OpenCadre(id));
        })
    };
    let can_add_head = !s.units.is_empty();

    // One callback for every row, stable across renders (rows stay memoised);
    // it acts on the Scenario of the last render.
    let on_cmd = {
        let (latest, dispatch, ui) = (latest.clone(), app.dispatcher(), ui.clone());
        use_callback((), move |cmd: CadreCmd, _| match cmd {
            CadreCmd::Edit(id) => ui.dispatch(UiAction::ToggleCadre(id.to_string())),
            CadreCmd::Trace(target) => ui.dispatch(UiAction::ToggleTrace(target)),
            CadreCmd::Remove(id, name) => {
                let (s, lang) = latest.borrow().clone();
                let mut next = (*s).clone();
                next.cadres.retain(|x| *x.id != *id);
                dispatch.dispatch(Action::Edit(next));
                ui.dispatch(UiAction::CloseCadre);
                ui.dispatch(UiAction::Status(fill(
                    Text::CalcRemoved.get(lang),
                    &[("name", &name)],
                )));
                focus_id("calc-cadres-title");
            }
        })
    };
    // Open by the user, or because an editor or trace shows inside.
    let shown = use_state(|| false);
    let open = *shown || props.editing.is_some() || props.trace.is_some();
    let on_toggle = {
        let (shown, ui, editing, trace) = (
            shown.clone(),
            ui.clone(),
            props.editing.is_some(),
            props.trace.is_some(),
        );
        Callback::from(move |now: bool| {
            shown.set(now);
            if !now && editing {
                ui.dispatch(UiAction::CloseCadre);
            }
            if !now && trace {
                ui.dispatch(UiAction::CloseTrace);
            }
        })
    };
    let results = (*app.evaluation)
        .as_ref()
        .ok()
        .map(|ev| ev.cadres.as_slice());
    let flag_count: usize = results.map_or(0, |rs| rs.iter().map(|r| r.flags.len()).sum());
    let summary = html! {
        <>
        { fill(Text::CalcCadresShow.get(lang), &[("n", &s.cadres.len().to_string())]) }
        if flag_count > 0 {
            <span class="calc-badge calc-badge-bad">{ fill(Text::CalcCadresFlagCount.get(lang), &[("n", &flag_count.to_string())]) }</span>
        }
        </>
    };
    // Rows only while open: a closed panel costs nothing on an edit.
    let data = if open {
        rows_of(
            &s,
            results,
            lang,
            props.editing.as_deref(),
            props.trace.as_ref(),
        )
    } else {
        Vec::new()
    };
    let rows = data.into_iter().map(|d| {
        let key = d.id.to_string();
        html! { <CadreRow {key} data={d} on_cmd={on_cmd.clone()} /> }
    });

    let close_trace = {
        let (ui, opener) = (ui.clone(), props.trace.as_ref().map(|t| t.opener.clone()));
        Callback::from(move |()| {
            ui.dispatch(UiAction::CloseTrace);
            if let Some(o) = &opener {
                focus_id(o);
            }
        })
    };
    let close_editor = {
        let (ui, id) = (
            ui.clone(),
            props
                .editing
                .as_ref()
                .map(|c| format!("calc-cadre-edit-{}", dom_id(c))),
        );
        Callback::from(move |()| {
            ui.dispatch(UiAction::CloseCadre);
            if let Some(id) = &id {
                focus_id(id);
            }
        })
    };

    html! {
        <section class="calc-cadres" id="calc-cadres" aria-labelledby="calc-cadres-title">
            <h3 id="calc-cadres-title" tabindex="-1">{ Text::CalcCadres.get(lang) }</h3>
            <p class="calc-hint">{ Text::CalcCadresHint.get(lang) }</p>
            <Disclosure id="calc-cadres-list" class="calc-cadres-list" {open} {on_toggle} {summary}>
            if s.cadres.is_empty() {
                <p class="calc-hint">{ Text::CalcNoCadres.get(lang) }</p>
            } else {
                <div class="calc-table-wrap">
                    <table class="calc-roster calc-cadre-table" aria-labelledby="calc-cadres-title">
                        <thead>
                            <tr>
                                <th scope="col">{ Text::CalcCadreName.get(lang) }</th>
                                <th scope="col">{ Text::CalcCadreRole.get(lang) }</th>
                                <th scope="col">{ Text::CalcLinkedUnits.get(lang) }</th>
                                <th scope="col" class="num">{ Text::CalcLinked.get(lang) }</th>
                                <th scope="col" class="num">{ Text::CalcIndividual.get(lang) }</th>
                                <th scope="col">{ Text::CalcColGrade.get(lang) }</th>
                                <th scope="col" class="num">{ Text::CalcLearningYear.get(lang) }</th>
                                <th scope="col">{ Text::CalcColFlags.get(lang) }</th>
                                <th scope="col">{ Text::CalcPromotion.get(lang) }</th>
                                <th scope="col"><span class="visually-hidden">{ Text::CalcColActions.get(lang) }</span></th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
            <div class="calc-add-row">
                <button type="button" class="calc-add" id="calc-add-head" disabled={!can_add_head} onclick={add(CadreRole::UnitHead)}>
                    { Text::CalcAddHead.get(lang) }
                </button>
                <button type="button" class="calc-add" id="calc-add-leader" onclick={add(CadreRole::CountyLeader)}>
                    { Text::CalcAddLeader.get(lang) }
                </button>
            </div>
            if let Some(t) = props.trace.clone() {
                <TraceOf target={t} rules={props.rules.clone()} on_close={close_trace} />
            }
            if let Some(id) = props.editing.clone() {
                <CadreEditor key={id.to_string()} cadre_id={id.clone()} rules={props.rules.clone()} on_close={close_editor} />
            }
            </Disclosure>
        </section>
    }
}
