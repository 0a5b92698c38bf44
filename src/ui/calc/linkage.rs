//! The linkage entries (双倍) this unit takes part in, as lead or
//! responsible unit: the city's indicator, the county's points gained
//! (positive) or lost (negative), the lead unit and the responsible units.
//! Linkage lives in the Scenario, not in the unit: an entry shows in the
//! editor of each unit it names, and editing it changes it for all.

use std::rc::Rc;

use rust_decimal::Decimal;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::fill;
use crate::engine::scenario::LinkageEntry;
use crate::i18n::Text;
use crate::ui::fields::{DecimalField, TextField};
use crate::ui::select_field::SelectField;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct LinkageListProps {
    pub unit_id: AttrValue,
    /// (unit id, display name) of every unit.
    pub units: Rc<Vec<(String, String)>>,
    pub linkage: Rc<Vec<LinkageEntry>>,
    pub on_change: Callback<Vec<LinkageEntry>>,
}

#[component]
pub fn LinkageList(props: &LinkageListProps) -> Html {
    let lang = use_lang();
    let me = props.unit_id.to_string();
    let all = props.linkage.clone();
    let units = props.units.clone();
    let name_of = |id: &str| {
        units
            .iter()
            .find(|(u, _)| u == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| id.to_string())
    };
    // Each entry's edit: the whole list with entry k replaced (or removed).
    let edit = {
        let (all, on_change) = (all.clone(), props.on_change.clone());
        move |k: usize, f: Rc<dyn Fn(&mut LinkageEntry)>| {
            let mut next = (*all).clone();
            if let Some(e) = next.get_mut(k) {
                f(e);
                on_change.emit(next);
            }
        }
    };
    let mine: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, e)| e.lead == me || e.responsible.iter().any(|r| *r == me))
        .map(|(k, _)| k)
        .collect();
    let on_add = {
        let (all, on_change, me) = (all.clone(), props.on_change.clone(), me.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = (*all).clone();
            next.push(LinkageEntry {
                indicator: String::new(),
                points: Decimal::ZERO,
                lead: me.clone(),
                responsible: Vec::new(),
            });
            on_change.emit(next);
        })
    };
    let unit_options: Vec<(String, String)> = units
        .iter()
        .map(|(id, n)| (id.clone(), n.clone()))
        .collect();

    let cards = mine.iter().enumerate().map(|(pos, &k)| {
        let e = &all[k];
        let base = format!("calc-lk-{k}");
        let n = (pos + 1).to_string();
        let on_indicator = {
            let edit = edit.clone();
            Callback::from(move |v: String| edit(k, Rc::new(move |e: &mut LinkageEntry| e.indicator = v.trim().to_string())))
        };
        let on_points = {
            let edit = edit.clone();
            Callback::from(move |v: Option<Decimal>| {
                if let Some(v) = v {
                    edit(k, Rc::new(move |e: &mut LinkageEntry| e.points = v));
                }
            })
        };
        let on_lead = {
            let edit = edit.clone();
            Callback::from(move |v: String| edit(k, Rc::new(move |e: &mut LinkageEntry| e.lead = v.clone())))
        };
        let on_remove = {
            let (all, on_change) = (all.clone(), props.on_change.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = (*all).clone();
                if k < next.len() {
                    next.remove(k);
                    on_change.emit(next);
                }
            })
        };
        let candidates: Vec<(String, String)> = unit_options
            .iter()
            .filter(|(id, _)| *id != e.lead && !e.responsible.contains(id))
            .cloned()
            .collect();
        let add_select_id = format!("{base}-resp-add-select");
        let on_add_resp = {
            let (edit, sid) = (edit.clone(), add_select_id.clone());
            Callback::from(move |_: MouseEvent| {
                let chosen = gloo::utils::document()
                    .get_element_by_id(&sid)
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<HtmlSelectElement>(el).ok())
                    .map(|s| s.value())
                    .unwrap_or_default();
                if !chosen.is_empty() {
                    edit(k, Rc::new(move |e: &mut LinkageEntry| {
                        if !e.responsible.contains(&chosen) {
                            e.responsible.push(chosen.clone());
                        }
                    }));
                }
            })
        };
        let mut lead_options = unit_options.clone();
        if !lead_options.iter().any(|(id, _)| *id == e.lead) {
            lead_options.push((e.lead.clone(), e.lead.clone()));
        }
        let title = if e.indicator.is_empty() { Text::CalcLinkageUntitled.get(lang).to_string() } else { e.indicator.clone() };
        html! {
            <fieldset class="calc-card" id={base.clone()} key={k}>
                <legend>{ fill(Text::CalcLinkageN.get(lang), &[("n", &n), ("ind", &title)]) }</legend>
                <div class="calc-fields">
                    <TextField id={format!("{base}-indicator")} label={Text::CalcLinkageIndicator.get(lang)}
                        value={e.indicator.clone()} on_change={on_indicator} />
                    <DecimalField id={format!("{base}-points")} label={Text::CalcLinkagePoints.get(lang)}
                        value={Some(e.points)} required=true hint={Text::CalcLinkagePointsHint.get(lang)}
                        on_change={on_points} />
                    <SelectField id={format!("{base}-lead")} label={Text::CalcLinkageLead.get(lang)}
                        options={lead_options} value={e.lead.clone()} on_change={on_lead} />
                </div>
                <div class="calc-resp">
                    <p class="field-label" id={format!("{base}-resp-label")}>{ Text::CalcLinkageResponsible.get(lang) }</p>
                    if e.responsible.is_empty() {
                        <p class="calc-hint">{ Text::CalcLinkageNoResponsible.get(lang) }</p>
                    } else {
                        <ul class="calc-chips" aria-labelledby={format!("{base}-resp-label")}>
                            { for e.responsible.iter().enumerate().map(|(j, r)| {
                                let name = name_of(r);
                                let on_drop = {
                                    let (edit, r) = (edit.clone(), r.clone());
                                    Callback::from(move |_: MouseEvent| {
                                        let r = r.clone();
                                        edit(k, Rc::new(move |e: &mut LinkageEntry| e.responsible.retain(|x| *x != r)));
                                    })
                                };
                                html! {
                                    <li key={r.clone()}>
                                        { name.clone() }
                                        <button type="button" class="calc-chip-remove" id={format!("{base}-resp-{j}-remove")} onclick={on_drop}>
                                            <span aria-hidden="true">{ "×" }</span>
                                            <span class="visually-hidden">{ fill(Text::CalcRemoveNamed.get(lang), &[("name", &name)]) }</span>
                                        </button>
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                    if !candidates.is_empty() {
                        <div class="calc-add-row">
                            <div class="field">
                                <label for={add_select_id.clone()} class="field-label">{ Text::CalcLinkageAddResponsibleLabel.get(lang) }</label>
                                <select id={add_select_id.clone()}>
                                    { for candidates.iter().map(|(id, n)| html! { <option value={id.clone()}>{ n.clone() }</option> }) }
                                </select>
                            </div>
                            <button type="button" class="calc-small" id={format!("{base}-resp-add")} onclick={on_add_resp}>
                                { Text::CalcLinkageAddResponsible.get(lang) }
                            </button>
                        </div>
                    }
                </div>
                <button type="button" class="calc-small calc-danger" id={format!("{base}-remove")} onclick={on_remove}>
                    { fill(Text::CalcRemoveLinkage.get(lang), &[("n", &n)]) }
                </button>
            </fieldset>
        }
    });

    html! {
        <fieldset class="calc-fieldset" id="calc-u-linkage">
            <legend>{ Text::CalcLinkage.get(lang) }</legend>
            <p class="calc-hint">{ Text::CalcLinkageHint.get(lang) }</p>
            if mine.is_empty() {
                <p class="calc-hint">{ Text::CalcNoLinkage.get(lang) }</p>
            }
            { for cards }
            <button type="button" id="calc-lk-add" class="calc-add" onclick={on_add}>{ Text::CalcAddLinkage.get(lang) }</button>
        </fieldset>
    }
}
