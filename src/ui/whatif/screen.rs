//! [`WhatIfScreen`]: the scenarios of the Scenario, the selected unit and
//! what the engine says about them. Selection (scenario, unit) is UI state;
//! every change to a scenario is one `Action::Edit` of the whole Scenario.
//! The comparison is `engine::whatif::compare` of the baseline and the
//! selected scenario, recomputed only when either changes.

use std::rc::Rc;

use yew::prelude::*;

use super::compare_view::CompareView;
use super::goal_seek::GoalSeekPanel;
use super::parts_chart::{Part, PartsChart};
use super::scenario_list::{ListEdit, ScenarioList};
use super::sensitivity_view::SensitivityView;
use super::unit_inputs::UnitInputs;
use super::{error_text, unit_name};
use crate::engine::evaluation::UnitResult;
use crate::engine::whatif::{compare, WhatIf};
use crate::engine::RuleSet;
use crate::i18n::Text;
use crate::ui::app::{use_app, Screen};
use crate::ui::by_ptr::ByPtr;
use crate::ui::calc::{fill, rule_label};
use crate::ui::select_field::SelectField;
use crate::ui::shell::use_lang;
use crate::ui::state::Action;

/// The chart's parts of a unit's total (absent parts count 0).
fn parts(b: &UnitResult, a: &UnitResult) -> Vec<Part> {
    let z = |d: Option<rust_decimal::Decimal>| d.unwrap_or_default();
    vec![
        Part {
            key: "indicator",
            label: Text::WiPartIndicator,
            base: z(b.indicator_part),
            what_if: z(a.indicator_part),
        },
        Part {
            key: "feedback",
            label: Text::WiPart360,
            base: z(b.feedback_part),
            what_if: z(a.feedback_part),
        },
        Part {
            key: "bonus",
            label: Text::WiPartBonus,
            base: b.bonus,
            what_if: a.bonus,
        },
        Part {
            key: "deductions",
            label: Text::WiPartDeductions,
            base: b.deductions,
            what_if: a.deductions,
        },
        Part {
            key: "linkage",
            label: Text::WiPartLinkage,
            base: b.linkage,
            what_if: a.linkage,
        },
    ]
}

#[component]
pub fn WhatIfScreen() -> Html {
    let lang = use_lang();
    let app = use_app();
    let scenario = app.scenario().clone();
    let selected = use_state(|| scenario.what_ifs.first().map(|w| w.id.clone()));
    let unit_sel = use_state(|| None::<String>);

    let rules: Rc<RuleSet> = {
        let s = scenario.clone();
        use_memo(ByPtr(s), |s| {
            s.rules
                .resolve()
                .map(|r| r.into_owned())
                .unwrap_or_else(|_| RuleSet::builtin())
        })
    };
    let what_ifs = use_memo(ByPtr(scenario.clone()), |s| s.what_ifs.clone());
    let current: Option<WhatIf> = selected
        .as_ref()
        .and_then(|id| scenario.what_ifs.iter().find(|w| &w.id == id))
        .cloned();
    let unit_id: Option<String> = unit_sel
        .as_ref()
        .filter(|id| scenario.units.iter().any(|u| &u.id == *id))
        .cloned()
        .or_else(|| scenario.units.first().map(|u| u.id.clone()));

    let comparison = use_memo((ByPtr(scenario.clone()), current.clone()), |(s, w)| {
        w.as_ref().map(|w| compare(s, w).map(Rc::new))
    });

    let on_select = {
        let selected = selected.clone();
        Callback::from(move |id: String| selected.set(Some(id)))
    };
    let on_list = {
        let app = app.clone();
        let selected = selected.clone();
        Callback::from(move |(list, sel): ListEdit| {
            let mut next = (**app.scenario()).clone();
            next.what_ifs = list;
            app.dispatch(Action::Edit(next));
            selected.set(sel);
        })
    };
    let on_unit = {
        let unit_sel = unit_sel.clone();
        Callback::from(move |id: String| unit_sel.set(Some(id)))
    };
    let on_apply = {
        let app = app.clone();
        let selected = selected.clone();
        Callback::from(move |w: WhatIf| {
            let mut next = (**app.scenario()).clone();
            let id = w.id.clone();
            next.what_ifs.push(w);
            app.dispatch(Action::Edit(next));
            selected.set(Some(id));
        })
    };

    // The unit picker: every unit, by group.
    let unit_options: Vec<(String, String)> = scenario
        .units
        .iter()
        .map(|u| {
            (
                u.id.clone(),
                format!(
                    "{} · {}",
                    unit_name(&scenario, &u.id),
                    rule_label(&rules, lang, &u.group)
                ),
            )
        })
        .collect();
    let picker = html! {
        <div class="whatif-picker">
            <SelectField id="whatif-unit" label={Text::WiSelectUnit.get(lang)} options={unit_options}
                value={unit_id.clone().unwrap_or_default()} on_change={on_unit.clone()} />
        </div>
    };

    let inputs = match (&current, &unit_id) {
        (Some(w), Some(uid)) => scenario
            .units
            .iter()
            .find(|u| &u.id == uid)
            .map(|base_unit| {
                let over = w.units.iter().find(|u| &u.id == uid);
                let unit = Rc::new(over.cloned().unwrap_or_else(|| base_unit.clone()));
                let on_change = {
                    let app = app.clone();
                    let wid = w.id.clone();
                    let uid = uid.clone();
                    Callback::from(move |u: Option<crate::engine::scenario::Unit>| {
                        let mut next = (**app.scenario()).clone();
                        if let Some(w) = next.what_ifs.iter_mut().find(|w| w.id == wid) {
                            w.units.retain(|x| x.id != uid);
                            if let Some(u) = u {
                                w.units.push(u);
                            }
                        }
                        app.dispatch(Action::Edit(next));
                    })
                };
                html! {
                    <UnitInputs key={format!("{}/{}", w.id, uid)} rules={rules.clone()}
                        base={Rc::new(base_unit.clone())} {unit} overridden={over.is_some()}
                        name={unit_name(&scenario, uid)} {on_change} />
                }
            }),
        _ => None,
    };

    let compared = match &*comparison {
        None => {
            html! { <p class="whatif-hint" id="whatif-none">{ Text::WiNoWhatIfSelected.get(lang) }</p> }
        }
        Some(Err(e)) => html! { <p class="whatif-error" role="alert">{ error_text(lang, e) }</p> },
        Some(Ok(c)) => {
            let chart = unit_id.as_ref().and_then(|uid| {
                let b = c.base.units.iter().find(|u| &u.id == uid)?;
                let a = c.what_if.units.iter().find(|u| &u.id == uid)?;
                Some(html! {
                    <section class="whatif-chart-box" aria-labelledby="whatif-chart-heading">
                        <h3 id="whatif-chart-heading">
                            { fill(Text::WiChartHeading.get(lang), &[("unit", &unit_name(&scenario, uid))]) }
                        </h3>
                        <PartsChart unit={unit_name(&scenario, uid)} parts={parts(b, a)} />
                    </section>
                })
            });
            html! {
                <>
                { chart.unwrap_or_default() }
                <CompareView base={scenario.clone()} rules={rules.clone()} comparison={c.clone()}
                    selected_unit={unit_id.clone()} on_unit={on_unit.clone()} />
                </>
            }
        }
    };

    let analysis = unit_id.as_ref().map(|uid| {
        let name = unit_name(&scenario, uid);
        html! {
            <>
            <GoalSeekPanel key={uid.clone()} base={scenario.clone()} rules={rules.clone()} unit={uid.clone()}
                name={name.clone()} on_apply={on_apply.clone()} />
            <SensitivityView base={scenario.clone()} rules={rules.clone()} unit={uid.clone()} {name} />
            </>
        }
    });

    html! {
        <section id={format!("screen-{}", Screen::WhatIf.id())} class="whatif-screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{ Screen::WhatIf.title().get(lang) }</h2>
            <p class="whatif-intro">{ Text::WiIntro.get(lang) }</p>
            <div class="whatif-top">
                <ScenarioList what_ifs={what_ifs} selected={(*selected).clone()} {on_select} on_edit={on_list} />
                { picker }
            </div>
            <div class="whatif-main">
                <div class="whatif-col">
                    { inputs.unwrap_or_default() }
                    { compared }
                </div>
                <div class="whatif-col">
                    { analysis.unwrap_or_default() }
                </div>
            </div>
        </section>
    }
}
