//! The cadres panel: unit heads and county leaders with their linked units
//! and their results from the Evaluation — linked result, individual
//! result (opens its trace), grade, learning result, flags (each opens the
//! trace of the unit or cadre that raised it) and the promotion
//! recommendation; adding a unit head or a county leader, editing and
//! removing one. The editor and the trace open below the table.

use std::rc::Rc;

use yew::prelude::*;

use super::cadre_editor::CadreEditor;
use super::trace_of::TraceOf;
use super::ui_state::{focus_id, CalcUi, Place, Subject, TraceTarget, UiAction};
use super::{dom_id, fill, fresh_id, score};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::Cadre;
use crate::engine::types::{Action as Flagged, CadreRole};
use crate::i18n::{self, Text};
use crate::ui::app::use_app;
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

#[component]
pub fn CadresPanel(props: &CadresPanelProps) -> Html {
    let app = use_app();
    let lang = use_lang();
    let s = app.scenario().clone();
    let ui = props.ui.clone();
    let results = match &*app.evaluation {
        Ok(ev) => Some(ev.cadres.clone()),
        Err(_) => None,
    };
    let unit_name = |id: &str| {
        s.units
            .iter()
            .find(|u| u.id == id)
            .map(|u| {
                if u.name.is_empty() {
                    u.id.clone()
                } else {
                    u.name.clone()
                }
            })
            .unwrap_or_else(|| id.to_string())
    };

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

    let rows = s.cadres.iter().enumerate().map(|(i, c)| {
        let dom = dom_id(&c.id);
        let r = results.as_ref().and_then(|rs| rs.get(i)).filter(|r| r.id == c.id);
        let name = if c.name.is_empty() { c.id.clone() } else { c.name.clone() };
        let editing = props.editing.as_deref() == Some(c.id.as_str());
        let on_edit = {
            let (ui, id) = (ui.clone(), c.id.clone());
            Callback::from(move |_: MouseEvent| ui.dispatch(UiAction::ToggleCadre(id.clone())))
        };
        let on_remove = {
            let (app, s, ui, id, name) = (app.clone(), s.clone(), ui.clone(), c.id.clone(), name.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = (*s).clone();
                next.cadres.retain(|x| x.id != id);
                app.dispatch(Action::Edit(next));
                ui.dispatch(UiAction::CloseCadre);
                ui.dispatch(UiAction::Status(fill(Text::CalcRemoved.get(lang), &[("name", &name)])));
                focus_id("calc-cadres-title");
            })
        };
        let trace_button = |label: String, bid: String, subject: Subject, hl: Option<String>, class: &'static str| {
            let open = props.trace.as_ref().is_some_and(|t| t.subject == subject && t.highlight == hl);
            let onclick = {
                let (ui, bid) = (ui.clone(), bid.clone());
                Callback::from(move |_: MouseEvent| {
                    ui.dispatch(UiAction::ToggleTrace(TraceTarget {
                        subject: subject.clone(),
                        highlight: hl.clone(),
                        place: Place::Cadres,
                        opener: bid.clone(),
                    }))
                })
            };
            html! {
                <button type="button" {class} id={bid} aria-expanded={if open { "true" } else { "false" }}
                    aria-controls={open.then_some("calc-trace")} {onclick}>{ label }</button>
            }
        };
        let role = match c.role {
            CadreRole::UnitHead => Text::CalcRoleHead,
            CadreRole::CountyLeader => Text::CalcRoleLeader,
        };
        let linked_units = c.units.iter().map(|u| unit_name(u)).collect::<Vec<_>>().join(lang.pick("、", ", "));
        let dash = || html! { { "—" } };
        let individual = match r.and_then(|r| r.individual) {
            Some(v) => trace_button(score(v), format!("calc-cadre-total-{dom}"), Subject::Cadre(c.id.clone()), None, "calc-disclosure"),
            None => dash(),
        };
        let flags = r.map(|r| r.flags.clone()).unwrap_or_default();
        let not_recommended = flags.iter().find(|f| f.action == Flagged::NotRecommended).cloned();
        let flag_items = flags.iter().enumerate().map(|(k, f)| {
            let mut label = i18n::action(f.action).get(lang).to_string();
            let subject = match &f.unit {
                Some(u) => {
                    label = format!("{label}（{}）", unit_name(u));
                    Subject::Unit(u.clone())
                }
                None => Subject::Cadre(c.id.clone()),
            };
            html! {
                <li>{ trace_button(label, format!("calc-cadre-flag-{dom}-{k}"), subject, Some(f.rule.as_str().to_string()), "calc-flag") }</li>
            }
        });
        let promotion = match &not_recommended {
            Some(f) => trace_button(
                Text::CalcNotRecommended.get(lang).to_string(),
                format!("calc-cadre-promo-{dom}"),
                Subject::Cadre(c.id.clone()),
                Some(f.rule.as_str().to_string()),
                "calc-flag",
            ),
            None if r.is_some() => html! { <span class="calc-hint">{ Text::CalcNoRestriction.get(lang) }</span> },
            None => dash(),
        };
        html! {
            <tr key={c.id.clone()} id={format!("calc-cadre-row-{dom}")} data-cadre={c.id.clone()}
                class={classes!(editing.then_some("calc-row-editing"))}>
                <th scope="row" class="calc-name">
                    <button type="button" class="calc-link" id={format!("calc-cadre-edit-{dom}")}
                        aria-expanded={if editing { "true" } else { "false" }}
                        aria-controls={editing.then_some("calc-cadre-editor")} onclick={on_edit}>{ name.clone() }</button>
                </th>
                <td>{ role.get(lang) }</td>
                <td class="calc-linked-units">{ linked_units }</td>
                <td class="num calc-linked" data-linked={r.and_then(|r| r.linked).map(score)}>
                    { r.and_then(|r| r.linked).map(score).unwrap_or_else(|| "—".into()) }
                </td>
                <td class="num calc-total">{ individual }</td>
                <td>{ r.and_then(|r| r.grade).map(|g| i18n::cadre_grade(g).get(lang).to_string()).unwrap_or_else(|| "—".into()) }</td>
                <td class="num">{ r.and_then(|r| r.learning.year).map(score).unwrap_or_else(|| "—".into()) }</td>
                <td class="calc-flags">
                    if !flags.is_empty() { <ul class="calc-inline-list">{ for flag_items }</ul> }
                </td>
                <td class="calc-promotion">{ promotion }</td>
                <td class="calc-row-actions">
                    <button type="button" class="calc-small calc-danger" id={format!("calc-cadre-remove-{dom}")} onclick={on_remove}>
                        { Text::CalcRemove.get(lang) }<span class="visually-hidden">{ format!(" {name}") }</span>
                    </button>
                </td>
            </tr>
        }
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
        </section>
    }
}
