//! Goal seek for the selected unit on the baseline: the target (total ≥ x,
//! rank ≤ r in the group, or a grade), the levers allowed — the engine's
//! defaults (`default_levers`: the unit's indicators and its quarterly city
//! top-3 rankings) as checkboxes with an editable cost per step, plus
//! other bonus event kinds added by the user —, "Solve" (`goal_seek`), and
//! the answer ([`AnswerView`]) which applies as a new scenario
//! (`GoalSeekAnswer::to_what_if`). Mounted keyed by unit, so its state is
//! the unit's.

use std::rc::Rc;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::answer_view::AnswerView;
use super::event_adder::{EventAdder, NewEvent};
use super::{error_text, grade, lever_text};
use crate::engine::error::EngineError;
use crate::engine::rules::RuleSet;
use crate::engine::scenario::Scenario;
use crate::engine::types::{Effect, UnitGrade};
use crate::engine::whatif::lever::DEFAULT_QUARTER;
use crate::engine::whatif::{
    default_levers, goal_seek, GoalSeekAnswer, GoalSeekRequest, Lever, Target, WhatIf,
};
use crate::i18n::{Lang, Text};
use crate::numinput::Bounds;
use crate::ui::calc::{fill, fresh_id};
use crate::ui::fields::DecimalField;
use crate::ui::select_field::SelectField;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct GoalSeekProps {
    pub base: Rc<Scenario>,
    pub rules: Rc<RuleSet>,
    pub unit: AttrValue,
    pub name: AttrValue,
    /// A new what-if to add and select.
    pub on_apply: Callback<WhatIf>,
}

const GRADES: [(UnitGrade, &str); 3] = [
    (UnitGrade::Excellent, "excellent"),
    (UnitGrade::Good, "good"),
    (UnitGrade::Fair, "fair"),
];

/// A solved request: the levers used and the answer or the engine error.
#[derive(Clone, PartialEq)]
struct Solved {
    levers: Rc<Vec<Lever>>,
    answer: Result<Rc<GoalSeekAnswer>, EngineError>,
}

fn target_text(lang: Lang, t: &Target) -> String {
    match t {
        Target::Total(x) => format!("{} {}", Text::WiGsTargetTotal.get(lang), x.normalize()),
        Target::Rank(r) => format!("{} {r}", Text::WiGsTargetRank.get(lang)),
        Target::Grade(g) => format!(
            "{} {}",
            Text::WiGsTargetGrade.get(lang),
            grade(lang, Some(*g))
        ),
    }
}

#[component]
pub fn GoalSeekPanel(props: &GoalSeekProps) -> Html {
    let lang = use_lang();
    let kind = use_state(|| "grade".to_string());
    let goal_grade = use_state(|| UnitGrade::Excellent);
    let value = use_state(|| None::<Decimal>);
    let levers = {
        let (base, unit) = (props.base.clone(), props.unit.to_string());
        use_state(move || {
            default_levers(&base, &unit, DEFAULT_QUARTER)
                .unwrap_or_default()
                .into_iter()
                .map(|l| (l, true))
                .collect::<Vec<(Lever, bool)>>()
        })
    };
    let solved = use_state(|| None::<Solved>);

    let target = match kind.as_str() {
        "total" => value.map(Target::Total),
        "rank" => value
            .filter(|v| v.fract().is_zero())
            .and_then(|v| v.to_u32())
            .filter(|r| *r >= 1)
            .map(Target::Rank),
        _ => Some(Target::Grade(*goal_grade)),
    };

    let on_kind = {
        let kind = kind.clone();
        let value = value.clone();
        Callback::from(move |v: String| {
            kind.set(v);
            value.set(None);
        })
    };
    let on_grade = {
        let g = goal_grade.clone();
        Callback::from(move |v: String| {
            if let Some((x, _)) = GRADES.iter().find(|(_, k)| *k == v) {
                g.set(*x);
            }
        })
    };
    let on_value = {
        let value = value.clone();
        Callback::from(move |v: Option<Decimal>| value.set(v))
    };
    let on_add_lever = {
        let levers = levers.clone();
        Callback::from(move |e: NewEvent| {
            let mut next = (*levers).clone();
            let l = Lever::event(&e.kind, e.level, e.quarter);
            if !next.iter().any(|(x, _)| x.on == l.on) {
                next.push((l, true));
            }
            levers.set(next);
        })
    };
    let on_solve = {
        let base = props.base.clone();
        let unit = props.unit.to_string();
        let levers = levers.clone();
        let solved = solved.clone();
        let target = target.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(t) = target.clone() else { return };
            let used: Vec<Lever> = levers
                .iter()
                .filter(|(_, on)| *on)
                .map(|(l, _)| l.clone())
                .collect();
            let req = GoalSeekRequest::new(&unit, t).with_levers(used.clone());
            solved.set(Some(Solved {
                levers: Rc::new(used),
                answer: goal_seek(&base, &req).map(Rc::new),
            }));
        })
    };

    let lever_rows = levers.iter().enumerate().map(|(i, (l, on))| {
        let toggle = {
            let levers = levers.clone();
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                let mut next = (*levers).clone();
                if let Some(x) = next.get_mut(i) {
                    x.1 = input.checked();
                }
                levers.set(next);
            })
        };
        let on_cost = {
            let levers = levers.clone();
            Callback::from(move |v: Option<Decimal>| {
                let mut next = (*levers).clone();
                if let Some(x) = next.get_mut(i) {
                    x.0.cost = v.unwrap_or(Decimal::ONE);
                }
                levers.set(next);
            })
        };
        let label = lever_text(&props.rules, lang, l);
        let id = format!("whatif-lever-{i}");
        html! {
            <tr key={i}>
                <td>
                    <input type="checkbox" id={id.clone()} checked={*on} onchange={toggle} />
                    <label for={id.clone()}>{ label.clone() }</label>
                </td>
                <td>
                    <DecimalField id={format!("{id}-cost")}
                        label={format!("{label} {}", Text::WiGsCost.get(lang))}
                        value={Some(l.cost)} compact={true}
                        bounds={Bounds { min: Some(Decimal::ZERO), max: Some(Decimal::from(1_000_000)), whole: false, positive: false }}
                        on_change={on_cost} />
                </td>
            </tr>
        }
    });

    let kinds = vec![
        (
            "grade".to_string(),
            Text::WiGsTargetGrade.get(lang).to_string(),
        ),
        (
            "total".to_string(),
            Text::WiGsTargetTotal.get(lang).to_string(),
        ),
        (
            "rank".to_string(),
            Text::WiGsTargetRank.get(lang).to_string(),
        ),
    ];
    let grades: Vec<(String, String)> = GRADES
        .iter()
        .map(|(g, k)| (k.to_string(), grade(lang, Some(*g))))
        .collect();
    let grade_key = GRADES
        .iter()
        .find(|(g, _)| *g == *goal_grade)
        .map(|(_, k)| *k)
        .unwrap_or("excellent");
    let bonus_kinds: Vec<(String, String)> = props
        .rules
        .events
        .iter()
        .filter(|k| k.effect == Effect::Bonus)
        .map(|k| {
            (
                k.meta.id.clone(),
                lang.pick(&k.meta.zh, &k.meta.en).to_string(),
            )
        })
        .collect();
    let value_bounds = if kind.as_str() == "rank" {
        Bounds {
            min: Some(Decimal::ONE),
            max: Some(Decimal::from(10_000)),
            whole: true,
            positive: false,
        }
    } else {
        Bounds::default()
    };

    let answer = (*solved).clone().map(|s| match s.answer {
        Err(e) => html! { <p class="whatif-error" role="alert">{ error_text(lang, &e) }</p> },
        Ok(a) => {
            let on_apply = {
                let base = props.base.clone();
                let cb = props.on_apply.clone();
                let a = a.clone();
                let name = fill(
                    Text::WiGsScenarioName.get(lang),
                    &[
                        ("unit", props.name.as_str()),
                        ("target", &target_text(lang, &a.target)),
                    ],
                );
                Callback::from(move |_: ()| {
                    let id = fresh_id(
                        "wi",
                        base.what_ifs.len() + 1,
                        base.what_ifs.iter().map(|w| w.id.as_str()),
                    );
                    if let Ok(w) = a.to_what_if(&base, id, name.clone()) {
                        cb.emit(w);
                    }
                })
            };
            html! {
                <AnswerView base={props.base.clone()} rules={props.rules.clone()} answer={a}
                    levers={s.levers.clone()} {on_apply} />
            }
        }
    });

    html! {
        <section class="whatif-goalseek" aria-labelledby="whatif-gs-title">
            <h3 id="whatif-gs-title">{ fill(Text::WiGsHeading.get(lang), &[("unit", props.name.as_str())]) }</h3>
            <p class="whatif-hint">{ Text::WiGsHint.get(lang) }</p>
            <div class="whatif-row">
                <SelectField id="whatif-gs-kind" label={Text::WiGsTarget.get(lang)}
                    options={kinds} value={(*kind).clone()} on_change={on_kind} />
                if kind.as_str() == "grade" {
                    <SelectField id="whatif-gs-grade" label={Text::WiGsGrade.get(lang)}
                        options={grades} value={grade_key} on_change={on_grade} />
                } else {
                    <DecimalField id="whatif-gs-value" label={Text::WiGsValue.get(lang)}
                        value={*value} bounds={value_bounds} required={true} on_change={on_value} />
                }
            </div>
            <fieldset class="whatif-levers">
                <legend>{ Text::WiGsLevers.get(lang) }</legend>
                if levers.is_empty() {
                    <p class="whatif-hint">{ Text::WiUnrNoLevers.get(lang) }</p>
                } else {
                    <div class="whatif-scroll">
                    <table class="whatif-table" id="whatif-gs-levers">
                        <thead><tr>
                            <th scope="col">{ Text::WiGsLevers.get(lang) }</th>
                            <th scope="col">{ Text::WiGsCost.get(lang) }</th>
                        </tr></thead>
                        <tbody>{ for lever_rows }</tbody>
                    </table>
                    </div>
                }
                <EventAdder id="whatif-gs-add" kinds={bonus_kinds} button={Text::WiGsAddLever.get(lang)}
                    on_add={on_add_lever} />
            </fieldset>
            <button type="button" id="whatif-gs-solve" class="whatif-add" disabled={target.is_none()}
                onclick={on_solve}>{ Text::WiGsSolve.get(lang) }</button>
            <div id="whatif-gs-answer" aria-live="polite">{ answer.unwrap_or_default() }</div>
        </section>
    }
}
