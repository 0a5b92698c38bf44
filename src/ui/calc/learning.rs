//! A cadre's monthly learning tests (考阅炼评): for each of the twelve
//! months a score (0–100), a re-sit score after a fail, or "missed"; an
//! empty month had no test. The half-year and year results come from the
//! Evaluation.

use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{fill, score, score_bounds};
use crate::engine::evaluation::LearningResult;
use crate::engine::scenario::MonthTest;
use crate::i18n::Text;
use crate::ui::fields::DecimalField;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct LearningTableProps {
    pub tests: Vec<MonthTest>,
    pub result: Option<LearningResult>,
    pub on_change: Callback<Vec<MonthTest>>,
}

/// `tests` with month `m` replaced by `entry` (or removed), in month order.
fn with_month(tests: &[MonthTest], m: i64, entry: Option<MonthTest>) -> Vec<MonthTest> {
    let mut next: Vec<MonthTest> = tests.iter().filter(|t| t.month != m).cloned().collect();
    if let Some(e) = entry {
        next.push(e);
    }
    crate::order::sort_by_key(&mut next, |t| t.month);
    next
}

#[component]
pub fn LearningTable(props: &LearningTableProps) -> Html {
    let lang = use_lang();
    let rows = (1..=12i64).map(|m| {
        let entry = props.tests.iter().find(|t| t.month == m).cloned();
        let missed = entry.as_ref().is_some_and(|e| e.score.is_none());
        let month = fill(Text::CalcMonthN.get(lang), &[("m", &m.to_string())]);
        let base = format!("calc-learn-{m}");
        let on_score = {
            let (tests, on_change, entry) = (props.tests.clone(), props.on_change.clone(), entry.clone());
            Callback::from(move |v: Option<Decimal>| {
                let next = match v {
                    Some(s) => Some(MonthTest { month: m, score: Some(s), resit: entry.as_ref().and_then(|e| e.resit) }),
                    None => None,
                };
                on_change.emit(with_month(&tests, m, next));
            })
        };
        let on_resit = {
            let (tests, on_change, entry) = (props.tests.clone(), props.on_change.clone(), entry.clone());
            Callback::from(move |v: Option<Decimal>| {
                if let Some(e) = &entry {
                    let next = MonthTest { resit: v, ..e.clone() };
                    on_change.emit(with_month(&tests, m, Some(next)));
                }
            })
        };
        let on_missed = {
            let (tests, on_change) = (props.tests.clone(), props.on_change.clone());
            Callback::from(move |e: Event| {
                let el: HtmlInputElement = e.target_unchecked_into();
                let next = el.checked().then_some(MonthTest { month: m, score: None, resit: None });
                on_change.emit(with_month(&tests, m, next));
            })
        };
        let has_score = entry.as_ref().is_some_and(|e| e.score.is_some());
        html! {
            <tr key={m}>
                <th scope="row">{ month.clone() }</th>
                <td>
                    if missed {
                        <span class="calc-hint">{ Text::CalcMissed.get(lang) }</span>
                    } else {
                        <DecimalField id={format!("{base}-score")} compact=true
                            label={fill(Text::CalcLearnScoreOf.get(lang), &[("m", &month)])}
                            value={entry.as_ref().and_then(|e| e.score)} bounds={score_bounds()} on_change={on_score} />
                    }
                </td>
                <td>
                    if has_score {
                        <DecimalField id={format!("{base}-resit")} compact=true
                            label={fill(Text::CalcLearnResitOf.get(lang), &[("m", &month)])}
                            value={entry.as_ref().and_then(|e| e.resit)} bounds={score_bounds()} on_change={on_resit} />
                    }
                </td>
                <td class="calc-center">
                    <input type="checkbox" id={format!("{base}-missed")} checked={missed} onchange={on_missed} />
                    <label for={format!("{base}-missed")} class="visually-hidden">
                        { fill(Text::CalcLearnMissedOf.get(lang), &[("m", &month)]) }
                    </label>
                </td>
            </tr>
        }
    });
    let r = props.result.clone().unwrap_or_default();
    let half = |i: usize| {
        r.half_years
            .get(i)
            .copied()
            .flatten()
            .map(score)
            .unwrap_or_else(|| "—".into())
    };
    let year = r.year.map(score).unwrap_or_else(|| "—".into());
    html! {
        <fieldset class="calc-fieldset" id="calc-c-learning">
            <legend>{ Text::CalcLearning.get(lang) }</legend>
            <p class="calc-hint">{ Text::CalcLearningHint.get(lang) }</p>
            <div class="calc-table-wrap">
                <table class="calc-edit-table calc-learning-table">
                    <thead>
                        <tr>
                            <th scope="col">{ Text::CalcMonth.get(lang) }</th>
                            <th scope="col">{ Text::CalcLearnScore.get(lang) }</th>
                            <th scope="col">{ Text::CalcLearnResit.get(lang) }</th>
                            <th scope="col">{ Text::CalcMissed.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="calc-note" id="calc-c-learning-result">
                { fill(Text::CalcLearningResult.get(lang), &[("h1", &half(0)), ("h2", &half(1)), ("y", &year)]) }
            </p>
        </fieldset>
    }
}
