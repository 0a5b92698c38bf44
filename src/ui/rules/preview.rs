//! [`EffectPreview`]: the effect of the edited rules, shown while the
//! rules differ from the built-in set — the units whose total or grade is
//! not what it is under the built-in rules, with both values side by side.
//! Both evaluations come from the engine (the built-in one is computed
//! once per Scenario, only while this screen shows edited rules); the view
//! only compares what it shows.

use std::rc::Rc;

use yew::prelude::*;

use super::fill;
use crate::engine::evaluation::{Evaluation, UnitResult};
use crate::engine::scenario::RulesRef;
use crate::engine::{evaluate, EngineError, Scenario};
use crate::i18n::{unit_grade, Lang, Text};
use crate::ui::by_ptr::ByPtr;
use crate::ui::shell::use_lang;

/// How many changed units are listed.
const LIMIT: usize = 10;

#[derive(Properties, PartialEq)]
pub struct EffectPreviewProps {
    pub scenario: Rc<Scenario>,
    /// The engine's result for the Scenario as it is.
    pub evaluation: Rc<Result<Evaluation, EngineError>>,
}

fn grade_text(lang: Lang, u: &UnitResult) -> &'static str {
    u.grade.map(|g| unit_grade(g).get(lang)).unwrap_or("—")
}

#[component]
pub fn EffectPreview(props: &EffectPreviewProps) -> Html {
    let lang = use_lang();
    let builtin = use_memo(ByPtr(props.scenario.clone()), |s| {
        let mut base = (*s.0).clone();
        base.rules = RulesRef::builtin();
        evaluate(&base)
    });
    let (Ok(now), Ok(base)) = (&*props.evaluation, &*builtin) else {
        return html! {};
    };
    let names: std::collections::HashMap<&str, &str> = props
        .scenario
        .units
        .iter()
        .map(|u| (u.id.as_str(), u.name.as_str()))
        .collect();
    let before: std::collections::HashMap<&str, &UnitResult> =
        base.units.iter().map(|u| (u.id.as_str(), u)).collect();
    let changed: Vec<(&UnitResult, &UnitResult)> = now
        .units
        .iter()
        .filter_map(|u| {
            let b = before.get(u.id.as_str())?;
            (b.total != u.total || b.grade != u.grade).then_some((*b, u))
        })
        .collect();
    let rows = changed.iter().take(LIMIT).map(|(b, u)| {
        let name = names
            .get(u.id.as_str())
            .copied()
            .filter(|n| !n.is_empty())
            .unwrap_or(&u.id);
        html! {
            <tr key={u.id.clone()} data-unit={u.id.clone()}>
                <th scope="row">{ name }</th>
                <td class="num rules-preview-base">{ b.total.to_string() }</td>
                <td class="num rules-preview-now">{ u.total.to_string() }</td>
                <td>{ grade_text(lang, b) }</td>
                <td>{ grade_text(lang, u) }</td>
            </tr>
        }
    });
    html! {
        <section class="rule-preview" id="rules-preview" aria-labelledby="rules-preview-title">
            <h3 id="rules-preview-title">{ Text::RulePreviewHeading.get(lang) }</h3>
            if changed.is_empty() {
                <p id="rules-preview-none">{ Text::RulePreviewSame.get(lang) }</p>
            } else {
                <p id="rules-preview-count">{ fill(Text::RulePreviewCount.get(lang), &[("n", &changed.len().to_string())]) }</p>
                <div class="rule-table-wrap">
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{ Text::RulePreviewUnit.get(lang) }</th>
                                <th scope="col" class="num">{ Text::RulePreviewBuiltin.get(lang) }</th>
                                <th scope="col" class="num">{ Text::RulePreviewNow.get(lang) }</th>
                                <th scope="col">{ Text::RulePreviewGradeBuiltin.get(lang) }</th>
                                <th scope="col">{ Text::RulePreviewGradeNow.get(lang) }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                if changed.len() > LIMIT {
                    <p>{ fill(Text::RulePreviewMore.get(lang), &[("n", &(changed.len() - LIMIT).to_string())]) }</p>
                }
            }
        </section>
    }
}
