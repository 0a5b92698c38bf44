//! The checklist, grouped as issue 4 asks: the three distinctions (each
//! with its right half, a positive situation, and its wrong half, a
//! negative item), then the rest of the negative list, the required
//! conditions, and the rest of the positive list. Every question appears
//! exactly once; the groups and items come from the rules.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use yew::prelude::*;

use super::fill;
use super::question::Question;
use crate::engine::tolerance::{Answer, Item, ToleranceRules};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub rules: Rc<ToleranceRules>,
    /// The case's answers (a missing id is unknown).
    pub answers: BTreeMap<String, Answer>,
    /// The questions the verdict names as to verify.
    pub to_verify: Vec<String>,
    /// Called with (question id, new answer).
    pub on_answer: Callback<(String, Answer)>,
}

#[component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let lang = use_lang();
    let rules = &props.rules;
    let question = |item: &Item, half: Option<Text>| {
        let id = item.id.clone();
        let on_answer = props.on_answer.reform(move |a: Answer| (id.clone(), a));
        html! {
            <Question key={item.id.clone()} item={item.clone()}
                answer={props.answers.get(&item.id).copied().unwrap_or_default()}
                {half} to_verify={props.to_verify.contains(&item.id)} {on_answer} />
        }
    };

    let in_distinction: BTreeSet<&str> = rules
        .distinctions
        .iter()
        .flat_map(|d| [d.negative.as_str(), d.positive.as_str()])
        .collect();
    let find = |list: &[Item], id: &str| list.iter().find(|i| i.id == id).cloned();

    let distinctions = rules.distinctions.iter().enumerate().map(|(n, d)| {
        let right = find(&rules.positive, &d.positive);
        let wrong = find(&rules.negative, &d.negative);
        let heading_id = format!("tol-d-{n}");
        html! {
            <div class="tol-distinction" key={d.id.clone()} role="group" aria-labelledby={heading_id.clone()}>
                <p class="tol-d-label" id={heading_id}>
                    <span class="tol-d-num">{ format!("{}", n + 1) }</span>
                    { lang.pick(&d.zh, &d.en) }
                </p>
                { for right.map(|i| question(&i, Some(Text::TolDistinctionRight))) }
                { for wrong.map(|i| question(&i, Some(Text::TolDistinctionWrong))) }
            </div>
        }
    });
    let rest = |list: &[Item]| -> Vec<Html> {
        list.iter()
            .filter(|i| !in_distinction.contains(i.id.as_str()))
            .map(|i| question(i, None))
            .collect()
    };
    let negative = rest(&rules.negative);
    let conditions: Vec<Html> = rules.conditions.iter().map(|i| question(i, None)).collect();
    let positive = rest(&rules.positive);
    let k = rules.threshold.min_conditions.to_string();
    let n = rules.conditions.len().to_string();

    let group = |id: &str, title: Text, hint: String, body: Html| {
        html! {
            <section class="tol-group" id={id.to_string()} aria-labelledby={format!("{id}-title")}>
                <h4 id={format!("{id}-title")}>{ title.get(lang) }</h4>
                <p class="tol-hint">{ hint }</p>
                { body }
            </section>
        }
    };

    html! {
        <div class="tol-checklist">
            if !rules.distinctions.is_empty() {
                { group("tol-g-distinctions", Text::TolGroupDistinctions,
                    Text::TolGroupDistinctionsHint.get(lang).to_string(),
                    distinctions.collect::<Html>()) }
            }
            if !negative.is_empty() {
                { group("tol-g-negative", Text::TolGroupNegative,
                    Text::TolGroupNegativeHint.get(lang).to_string(), negative.into_iter().collect::<Html>()) }
            }
            if !conditions.is_empty() {
                { group("tol-g-conditions", Text::TolGroupConditions,
                    fill(Text::TolGroupConditionsHint.get(lang), &[("k", &k), ("n", &n)]),
                    conditions.into_iter().collect::<Html>()) }
            }
            if !positive.is_empty() {
                { group("tol-g-positive", Text::TolGroupPositive,
                    Text::TolGroupPositiveHint.get(lang).to_string(), positive.into_iter().collect::<Html>()) }
            }
        </div>
    }
}
