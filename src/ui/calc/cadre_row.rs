//! One cadre's row in the cadres panel: name (opens the editor), role,
//! linked units, linked result, individual result (opens its trace),
//! grade, learning result, flags (each opens the trace of the unit or
//! cadre that raised it), promotion, remove. Like [`super::roster_row`],
//! props are cheap values compared by value and the callback is stable, so
//! an edit re-renders only the rows whose figures changed (a 500-unit
//! county has ~570 cadres).

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::score;
use super::ui_state::{Place, Subject, TraceTarget};
use crate::engine::types::{Action as Flagged, CadreGrade, CadreRole};
use crate::i18n::{self, Text};
use crate::ui::shell::use_lang;

/// What a cadre row asks the panel to do.
#[derive(Clone, Debug, PartialEq)]
pub enum CadreCmd {
    /// Open (or close) the cadre editor.
    Edit(Rc<str>),
    /// Remove the cadre (id, name for the status message).
    Remove(Rc<str>, Rc<str>),
    /// Open (or close) a trace.
    Trace(TraceTarget),
}

/// A flag as the row shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct CadreFlagView {
    pub action: Flagged,
    pub rule: Rc<str>,
    /// The unit that raised it (its trace opens), with its name.
    pub unit: Option<(Rc<str>, Rc<str>)>,
}

/// Everything one cadre row shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CadreRowData {
    pub id: Rc<str>,
    /// `dom_id(id)`.
    pub dom: Rc<str>,
    /// The name, or the id when the name is empty.
    pub name: Rc<str>,
    pub role: CadreRole,
    /// Names of the linked units, joined for the UI language.
    pub linked_units: Rc<str>,
    /// The Evaluation has a result for this cadre.
    pub evaluated: bool,
    pub linked: Option<Decimal>,
    pub individual: Option<Decimal>,
    pub grade: Option<CadreGrade>,
    pub learning_year: Option<Decimal>,
    pub flags: Rc<[CadreFlagView]>,
    pub editing: bool,
    /// The open trace, when one of this row's buttons opened it.
    pub trace: Option<TraceTarget>,
}

impl CadreRowData {
    /// Whether `t` is the trace of one of this row's buttons: the cadre's
    /// own, or a unit's opened from one of its flags.
    pub fn owns_trace(&self, t: &TraceTarget) -> bool {
        t.place == Place::Cadres
            && match &t.subject {
                Subject::Cadre(id) => **id == *self.id,
                Subject::Unit(u) => self.flags.iter().any(|f| {
                    f.unit.as_ref().is_some_and(|(id, _)| **id == **u)
                        && t.highlight.as_deref() == Some(&*f.rule)
                }),
            }
    }
}

#[derive(Properties, PartialEq)]
pub struct CadreRowProps {
    pub data: CadreRowData,
    pub on_cmd: Callback<CadreCmd>,
}

#[component]
pub fn CadreRow(props: &CadreRowProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    let dom = &d.dom;
    let expanded = |open: bool| if open { "true" } else { "false" };
    let trace_button =
        |label: String, bid: String, subject: Subject, hl: Option<&str>, class: &'static str| {
            let open = d
                .trace
                .as_ref()
                .is_some_and(|t| t.subject == subject && t.highlight.as_deref() == hl);
            let target = TraceTarget {
                subject,
                highlight: hl.map(str::to_string),
                place: Place::Cadres,
                opener: bid.clone(),
            };
            let onclick = props
                .on_cmd
                .reform(move |_: MouseEvent| CadreCmd::Trace(target.clone()));
            html! {
                <button type="button" {class} id={bid} aria-expanded={expanded(open)}
                    aria-controls={open.then_some("calc-trace")} {onclick}>{ label }</button>
            }
        };
    let own = || Subject::Cadre(d.id.to_string());
    let dash = || html! { { "—" } };
    let individual = match d.individual {
        Some(v) => trace_button(
            score(v),
            format!("calc-cadre-total-{dom}"),
            own(),
            None,
            "calc-disclosure",
        ),
        None => dash(),
    };
    let flag_items = d.flags.iter().enumerate().map(|(k, f)| {
        let action = i18n::action(f.action).get(lang);
        let (label, subject) = match &f.unit {
            Some((id, name)) => (format!("{action}{}", lang.paren(name)), Subject::Unit(id.to_string())),
            None => (action.to_string(), own()),
        };
        html! {
            <li>{ trace_button(label, format!("calc-cadre-flag-{dom}-{k}"), subject, Some(&f.rule), "calc-flag") }</li>
        }
    });
    let promotion = match d.flags.iter().find(|f| f.action == Flagged::NotRecommended) {
        Some(f) => trace_button(
            Text::CalcNotRecommended.get(lang).to_string(),
            format!("calc-cadre-promo-{dom}"),
            own(),
            Some(&f.rule),
            "calc-flag",
        ),
        None if d.evaluated => {
            html! { <span class="calc-hint">{ Text::CalcNoRestriction.get(lang) }</span> }
        }
        None => dash(),
    };
    let role = match d.role {
        CadreRole::UnitHead => Text::CalcRoleHead,
        CadreRole::CountyLeader => Text::CalcRoleLeader,
    };
    let on_edit = {
        let id = d.id.clone();
        props
            .on_cmd
            .reform(move |_: MouseEvent| CadreCmd::Edit(id.clone()))
    };
    let on_remove = {
        let (id, name) = (d.id.clone(), d.name.clone());
        props
            .on_cmd
            .reform(move |_: MouseEvent| CadreCmd::Remove(id.clone(), name.clone()))
    };
    let or_dash = |v: Option<Decimal>| v.map(score).unwrap_or_else(|| "—".into());

    html! {
        <tr id={format!("calc-cadre-row-{dom}")} data-cadre={d.id.to_string()}
            class={classes!(d.editing.then_some("calc-row-editing"))}>
            <th scope="row" class="calc-name">
                <button type="button" class="calc-link" id={format!("calc-cadre-edit-{dom}")}
                    aria-expanded={expanded(d.editing)}
                    aria-controls={d.editing.then_some("calc-cadre-editor")} onclick={on_edit}>{ d.name.to_string() }</button>
            </th>
            <td>{ role.get(lang) }</td>
            <td class="calc-linked-units">{ d.linked_units.to_string() }</td>
            <td class="num calc-linked" data-linked={d.linked.map(score)}>{ or_dash(d.linked) }</td>
            <td class="num calc-total">{ individual }</td>
            <td>{ d.grade.map(|g| i18n::cadre_grade(g).get(lang).to_string()).unwrap_or_else(|| "—".into()) }</td>
            <td class="num">{ or_dash(d.learning_year) }</td>
            <td class="calc-flags">
                if !d.flags.is_empty() { <ul class="calc-inline-list">{ for flag_items }</ul> }
            </td>
            <td class="calc-promotion">{ promotion }</td>
            <td class="calc-row-actions">
                <button type="button" class="calc-small calc-danger" id={format!("calc-cadre-remove-{dom}")} onclick={on_remove}>
                    { Text::CalcRemove.get(lang) }<span class="visually-hidden">{ format!(" {}", d.name) }</span>
                </button>
            </td>
        </tr>
    }
}
