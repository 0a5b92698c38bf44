//! The editor of one cadre: name, role, the linked units (a unit head:
//! one unit; a county leader: any number, as checkboxes grouped by ranking
//! group) and the monthly learning tests. Focus moves to its heading when
//! it opens; Escape or the close button closes it.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::editor_panel::EditorPanel;
use super::learning::LearningTable;
use super::{dom_id, fill};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{Cadre, MonthTest};
use crate::engine::types::CadreRole;
use crate::i18n::Text;
use crate::ui::app::use_app;
use crate::ui::fields::TextField;
use crate::ui::select_field::SelectField;
use crate::ui::shell::use_lang;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct CadreEditorProps {
    pub cadre_id: AttrValue,
    pub rules: Rc<RuleSet>,
    pub on_close: Callback<()>,
}

#[component]
pub fn CadreEditor(props: &CadreEditorProps) -> Html {
    let app = use_app();
    let lang = use_lang();
    let scenario = app.scenario().clone();
    let Some(index) = scenario
        .cadres
        .iter()
        .position(|c| *c.id == *props.cadre_id)
    else {
        return html! {};
    };
    let cadre = scenario.cadres[index].clone();
    let learning = match &*app.evaluation {
        Ok(ev) => ev
            .cadres
            .get(index)
            .filter(|r| r.id == cadre.id)
            .map(|r| r.learning.clone()),
        Err(_) => None,
    };
    let edit = {
        let (app, scenario) = (app.clone(), scenario.clone());
        Rc::new(move |c: Cadre| {
            let mut next = (*scenario).clone();
            if let Some(slot) = next.cadres.get_mut(index) {
                *slot = c;
                app.dispatch(Action::Edit(next));
            }
        })
    };
    let on_name = {
        let (edit, cadre) = (edit.clone(), cadre.clone());
        Callback::from(move |v: String| {
            edit(Cadre {
                name: v.trim().to_string(),
                ..cadre.clone()
            })
        })
    };
    let on_role = {
        let (edit, cadre) = (edit.clone(), cadre.clone());
        Callback::from(move |v: String| {
            let mut next = cadre.clone();
            if v == "unit_head" {
                next.role = CadreRole::UnitHead;
                next.units.truncate(1);
            } else {
                next.role = CadreRole::CountyLeader;
            }
            edit(next);
        })
    };
    let on_head_unit = {
        let (edit, cadre) = (edit.clone(), cadre.clone());
        Callback::from(move |v: String| {
            let units = if v.is_empty() { Vec::new() } else { vec![v] };
            edit(Cadre {
                units,
                ..cadre.clone()
            });
        })
    };
    let on_learning = {
        let (edit, cadre) = (edit.clone(), cadre.clone());
        Callback::from(move |l: Vec<MonthTest>| {
            edit(Cadre {
                learning: l,
                ..cadre.clone()
            })
        })
    };
    let unit_name = |id: &str| {
        scenario
            .units
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
    let roles = vec![
        (
            "unit_head".to_string(),
            Text::CalcRoleHead.get(lang).to_string(),
        ),
        (
            "county_leader".to_string(),
            Text::CalcRoleLeader.get(lang).to_string(),
        ),
    ];
    let role = match cadre.role {
        CadreRole::UnitHead => "unit_head",
        CadreRole::CountyLeader => "county_leader",
    };
    let name = if cadre.name.is_empty() {
        cadre.id.clone()
    } else {
        cadre.name.clone()
    };

    let units_html = match cadre.role {
        CadreRole::UnitHead => {
            let mut options: Vec<(String, String)> = Vec::new();
            if cadre.units.is_empty() {
                options.push((String::new(), Text::CalcChooseUnit.get(lang).to_string()));
            }
            options.extend(
                scenario
                    .units
                    .iter()
                    .map(|u| (u.id.clone(), unit_name(&u.id))),
            );
            html! {
                <SelectField id="calc-c-unit" label={Text::CalcHeadUnit.get(lang)} {options}
                    value={cadre.units.first().cloned().unwrap_or_default()} on_change={on_head_unit} />
            }
        }
        CadreRole::CountyLeader => {
            let mut groups: Vec<(String, String)> = props
                .rules
                .ranking_groups
                .iter()
                .map(|g| (g.id.clone(), lang.pick(&g.zh, &g.en).to_string()))
                .collect();
            for u in scenario.units.iter() {
                if !groups.iter().any(|(g, _)| *g == u.group) {
                    groups.push((u.group.clone(), u.group.clone()));
                }
            }
            html! {
                <fieldset class="calc-fieldset calc-leader-units" id="calc-c-units">
                    <legend>{ Text::CalcLeaderUnits.get(lang) }</legend>
                    { for groups.iter().map(|(g, label)| {
                        let members: Vec<_> = scenario.units.iter().filter(|u| u.group == *g).collect();
                        if members.is_empty() {
                            return html! {};
                        }
                        html! {
                            <fieldset class="calc-unit-checks" key={g.clone()}>
                                <legend>{ label.clone() }</legend>
                                { for members.into_iter().map(|u| {
                                    let cid = format!("calc-c-unit-{}", dom_id(&u.id));
                                    let checked = cadre.units.contains(&u.id);
                                    let onchange = {
                                        let (edit, cadre, uid) = (edit.clone(), cadre.clone(), u.id.clone());
                                        Callback::from(move |e: Event| {
                                            let el: HtmlInputElement = e.target_unchecked_into();
                                            let mut next = cadre.clone();
                                            next.units.retain(|x| *x != uid);
                                            if el.checked() {
                                                next.units.push(uid.clone());
                                            }
                                            edit(next);
                                        })
                                    };
                                    html! {
                                        <label class="calc-check" for={cid.clone()} key={u.id.clone()}>
                                            <input type="checkbox" id={cid} {checked} {onchange} />
                                            { unit_name(&u.id) }
                                        </label>
                                    }
                                }) }
                            </fieldset>
                        }
                    }) }
                </fieldset>
            }
        }
    };

    html! {
        <EditorPanel id="calc-cadre-editor" class="calc-cadre-editor" title={fill(Text::CalcCadreEditorTitle.get(lang), &[("name", &name)])}
            subject={props.cadre_id.clone()} on_close={props.on_close.clone()}>
            <fieldset class="calc-fieldset">
                <legend>{ Text::CalcBasics.get(lang) }</legend>
                <div class="calc-fields">
                    <TextField id="calc-c-name" label={Text::CalcCadreName.get(lang)} value={cadre.name.clone()} on_change={on_name} />
                    <SelectField id="calc-c-role" label={Text::CalcCadreRole.get(lang)} options={roles} value={role} on_change={on_role} />
                </div>
            </fieldset>
            { units_html }
            <LearningTable tests={cadre.learning.clone()} result={learning} on_change={on_learning} />
        </EditorPanel>
    }
}
