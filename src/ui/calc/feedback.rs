//! The unit's 360-degree feedback: per evaluator group of the rules (label
//! and weight from the rule data) no score, a group score (0–100), or
//! individual raters' scores (the engine drops the highest and lowest from
//! the rules' number of raters on).

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::raters_field::RatersField;
use super::{dom_id, exact, fill, score_bounds};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{FeedbackInput, Unit};
use crate::i18n::Text;
use crate::ui::fields::DecimalField;
use crate::ui::select_field::SelectField;
use crate::ui::shell::use_lang;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    None,
    Score,
    Raters,
}

impl Mode {
    fn key(self) -> &'static str {
        match self {
            Mode::None => "none",
            Mode::Score => "score",
            Mode::Raters => "raters",
        }
    }

    /// The mode an input shows in (`None`: no entry).
    fn of(f: Option<&FeedbackInput>) -> Option<Mode> {
        match f {
            None => Some(Mode::None),
            Some(f) if !f.raters.is_empty() => Some(Mode::Raters),
            Some(f) if f.score.is_some() => Some(Mode::Score),
            Some(_) => None,
        }
    }
}

#[derive(Properties, PartialEq)]
struct GroupRowProps {
    group: AttrValue,
    label: AttrValue,
    weight: Decimal,
    input: Option<FeedbackInput>,
    /// `None` removes the group's entry.
    on_change: Callback<(String, Option<FeedbackInput>)>,
}

#[component]
fn GroupRow(props: &GroupRowProps) -> Html {
    let lang = use_lang();
    let derived = Mode::of(props.input.as_ref());
    let mode = use_state(|| derived.unwrap_or(Mode::Score));
    {
        let mode = mode.clone();
        use_effect_with(derived, move |d| {
            if let Some(d) = d {
                mode.set(*d);
            }
        });
    }
    let group = props.group.to_string();
    let base = format!("calc-fb-{}", dom_id(&group));
    let label = props.label.to_string();
    let on_mode = {
        let (mode, on_change, group, input) = (
            mode.clone(),
            props.on_change.clone(),
            group.clone(),
            props.input.clone(),
        );
        Callback::from(move |v: String| {
            let m = match v.as_str() {
                "score" => Mode::Score,
                "raters" => Mode::Raters,
                _ => Mode::None,
            };
            mode.set(m);
            match m {
                Mode::None => on_change.emit((group.clone(), None)),
                // Switching keeps only what the new mode uses.
                Mode::Score => {
                    if let Some(f) = &input {
                        if !f.raters.is_empty() {
                            on_change.emit((
                                group.clone(),
                                Some(FeedbackInput {
                                    group: group.clone(),
                                    score: None,
                                    raters: Vec::new(),
                                }),
                            ));
                        }
                    }
                }
                Mode::Raters => {
                    if let Some(f) = &input {
                        if f.score.is_some() {
                            on_change.emit((
                                group.clone(),
                                Some(FeedbackInput {
                                    group: group.clone(),
                                    score: None,
                                    raters: f.raters.clone(),
                                }),
                            ));
                        }
                    }
                }
            }
        })
    };
    let on_score = {
        let (on_change, group) = (props.on_change.clone(), group.clone());
        Callback::from(move |v: Option<Decimal>| {
            let entry = v.map(|s| FeedbackInput {
                group: group.clone(),
                score: Some(s),
                raters: Vec::new(),
            });
            on_change.emit((group.clone(), entry));
        })
    };
    let on_raters = {
        let (on_change, group) = (props.on_change.clone(), group.clone());
        Callback::from(move |v: Vec<Decimal>| {
            let entry = (!v.is_empty()).then(|| FeedbackInput {
                group: group.clone(),
                score: None,
                raters: v,
            });
            on_change.emit((group.clone(), entry));
        })
    };
    let modes = vec![
        (
            Mode::None.key().to_string(),
            Text::CalcFbNone.get(lang).to_string(),
        ),
        (
            Mode::Score.key().to_string(),
            Text::CalcFbScore.get(lang).to_string(),
        ),
        (
            Mode::Raters.key().to_string(),
            Text::CalcFbRaters.get(lang).to_string(),
        ),
    ];
    let input = props.input.clone();
    html! {
        <tr>
            <th scope="row">{ label.clone() }<span class="calc-weight-tag">{ format!(" {}%", exact(props.weight).0) }</span></th>
            <td>
                <SelectField id={format!("{base}-mode")} compact=true
                    label={fill(Text::CalcFbModeOf.get(lang), &[("group", &label)])}
                    options={modes} value={mode.key()} on_change={on_mode} />
            </td>
            <td>
                { match *mode {
                    Mode::None => html! { <span class="calc-hint">{ Text::CalcFbNoScore.get(lang) }</span> },
                    Mode::Score => html! {
                        <DecimalField id={format!("{base}-score")} compact=true
                            label={fill(Text::CalcFbScoreOf.get(lang), &[("group", &label)])}
                            value={input.as_ref().and_then(|f| f.score)} bounds={score_bounds()}
                            on_change={on_score} />
                    },
                    Mode::Raters => html! {
                        <RatersField id={format!("{base}-raters")}
                            label={fill(Text::CalcFbRatersOf.get(lang), &[("group", &label)])}
                            value={input.as_ref().map(|f| f.raters.clone()).unwrap_or_default()}
                            on_change={on_raters} />
                    },
                } }
            </td>
        </tr>
    }
}

#[derive(Properties, PartialEq)]
pub struct FeedbackTableProps {
    pub unit: Rc<Unit>,
    pub rules: Rc<RuleSet>,
    pub on_change: Callback<Unit>,
}

#[component]
pub fn FeedbackTable(props: &FeedbackTableProps) -> Html {
    let lang = use_lang();
    let u = props.unit.clone();
    let on_group = {
        let (u, on_change, rules) = (u.clone(), props.on_change.clone(), props.rules.clone());
        Callback::from(move |(g, v): (String, Option<FeedbackInput>)| {
            let mut next = (*u).clone();
            match (next.feedback.iter().position(|f| f.group == g), v) {
                (Some(i), Some(v)) => next.feedback[i] = v,
                (Some(i), None) => {
                    next.feedback.remove(i);
                }
                (None, Some(v)) => {
                    next.feedback.push(v);
                    // Keep the rules' order of the groups.
                    let pos = |id: &str| {
                        rules
                            .feedback
                            .groups
                            .iter()
                            .position(|x| x.meta.id == id)
                            .unwrap_or(usize::MAX)
                    };
                    crate::order::sort_by_key(&mut next.feedback, |f| pos(&f.group));
                }
                (None, None) => return,
            }
            on_change.emit(next);
        })
    };
    let min = props.rules.feedback.drop_extremes.min_raters.to_string();
    html! {
        <fieldset class="calc-fieldset" id="calc-u-feedback">
            <legend>{ Text::CalcFeedback.get(lang) }</legend>
            <p class="calc-hint">{ fill(Text::CalcFeedbackHint.get(lang), &[("n", &min)]) }</p>
            <div class="calc-table-wrap">
                <table class="calc-edit-table">
                    <thead>
                        <tr>
                            <th scope="col">{ Text::CalcFbGroup.get(lang) }</th>
                            <th scope="col">{ Text::CalcFbMode.get(lang) }</th>
                            <th scope="col">{ Text::CalcFbValue.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.rules.feedback.groups.iter().map(|g| html! {
                            <GroupRow key={g.meta.id.clone()} group={g.meta.id.clone()}
                                label={lang.pick(&g.meta.zh, &g.meta.en).to_string()} weight={g.weight}
                                input={u.feedback.iter().find(|f| f.group == g.meta.id).cloned()}
                                on_change={on_group.clone()} />
                        }) }
                    </tbody>
                </table>
            </div>
        </fieldset>
    }
}
