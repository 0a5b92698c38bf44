//! The answer of a goal seek: the steps of each lever that moves, its
//! cost, the total cost, the unit before and after (total, rank, grade),
//! a note when the search was heuristic; or why the target cannot be
//! reached. "Apply as a new scenario" sends the caller's apply callback.
//! Announced through `aria-live`.

use std::rc::Rc;

use yew::prelude::*;

use super::{edit_text, grade, grade_key, lever_text, num, rank, unreachable_text};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::Scenario;
use crate::engine::whatif::{GoalSeekAnswer, Lever, Outcome};
use crate::i18n::{Lang, Text};
use crate::ui::calc::fill;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct AnswerViewProps {
    pub base: Rc<Scenario>,
    pub rules: Rc<RuleSet>,
    pub answer: Rc<GoalSeekAnswer>,
    /// The levers of the request (for reasons naming levers by index).
    pub levers: Rc<Vec<Lever>>,
    pub on_apply: Callback<()>,
}

fn outcome(lang: Lang, t: Text, o: &Outcome) -> String {
    fill(
        t.get(lang),
        &[
            ("total", &num(o.total)),
            ("rank", &rank(lang, o.rank)),
            ("grade", &grade(lang, o.grade)),
        ],
    )
}

#[component]
pub fn AnswerView(props: &AnswerViewProps) -> Html {
    let lang = use_lang();
    let a = &props.answer;
    let moved: Vec<_> = a.levers.iter().filter(|l| l.steps > 0).collect();
    let onclick = {
        let cb = props.on_apply.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let steps: u32 = a
        .levers
        .iter()
        .map(|l| l.steps)
        .fold(0, u32::saturating_add);
    let status = if !a.reached {
        "unreachable"
    } else if moved.is_empty() {
        "met"
    } else {
        "reached"
    };
    html! {
        <div class="whatif-answer" data-status={status} data-steps={steps.to_string()}
            data-grade-after={grade_key(a.after.grade)}>
            if let Some(u) = &a.unreachable {
                <p class="whatif-unreachable" id="whatif-gs-reason">
                    <strong>{ Text::WiGsUnreachable.get(lang) }</strong>
                    { unreachable_text(&props.base, &props.rules, lang, u, &props.levers) }
                </p>
            } else if moved.is_empty() {
                <p id="whatif-gs-met">{ Text::WiGsAlready.get(lang) }</p>
            } else {
                <p class="whatif-reached"><strong>{ Text::WiGsReached.get(lang) }</strong></p>
            }
            if !moved.is_empty() {
                <div class="whatif-scroll">
                <table class="whatif-table" id="whatif-gs-steps">
                    <thead><tr>
                        <th scope="col">{ Text::WiGsLevers.get(lang) }</th>
                        <th scope="col">{ Text::WiGsSteps.get(lang) }</th>
                        <th scope="col">{ Text::WiGsChangeCol.get(lang) }</th>
                        <th scope="col">{ Text::WiGsCostCol.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                    { for moved.iter().map(|l| html! {
                        <tr>
                            <th scope="row">{ lever_text(&props.rules, lang, &l.lever) }</th>
                            <td class="whatif-num">{ format!("{} / {}", l.steps, l.max_steps) }</td>
                            <td>{ l.edit.as_ref().map(|e| edit_text(&props.rules, lang, e)).unwrap_or_default() }</td>
                            <td class="whatif-num">{ l.cost.normalize().to_string() }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
                </div>
                <p id="whatif-gs-cost">{ fill(Text::WiGsTotalCost.get(lang), &[("cost", &a.cost.normalize().to_string())]) }</p>
            }
            <p>{ outcome(lang, Text::WiGsBefore, &a.before) }</p>
            <p id="whatif-gs-after">{ outcome(lang, Text::WiGsResult, &a.after) }</p>
            if a.heuristic {
                <p class="whatif-note" id="whatif-gs-heuristic">{ Text::WiGsHeuristic.get(lang) }</p>
            }
            if a.reached && !moved.is_empty() {
                <button type="button" id="whatif-gs-apply" class="whatif-add" {onclick}>
                    { Text::WiGsApply.get(lang) }
                </button>
            }
        </div>
    }
}
