//! Sensitivity of the selected unit on the baseline: the engine's list of
//! single changes (an indicator actual one step up or down, one more or
//! one fewer event of each kind and level), ranked by the effect on the
//! total, with the effect on rank and grade; a change whose effect a cap
//! or clamp cut is marked "capped" with the rules that cut it.

use std::rc::Rc;

use yew::prelude::*;

use super::{delta, delta_int, edit_text, error_text, grade};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::Scenario;
use crate::engine::whatif::lever::DEFAULT_QUARTER;
use crate::engine::whatif::sensitivity;
use crate::i18n::Text;
use crate::ui::calc::{fill, rule_label};
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct SensitivityViewProps {
    pub base: Rc<Scenario>,
    pub rules: Rc<RuleSet>,
    pub unit: AttrValue,
    pub name: AttrValue,
}

#[component]
pub fn SensitivityView(props: &SensitivityViewProps) -> Html {
    let lang = use_lang();
    let result = use_memo((props.base.clone(), props.unit.clone()), |(s, u)| {
        sensitivity(s, u, DEFAULT_QUARTER)
    });
    let body = match &*result {
        Err(e) => html! { <p class="whatif-error" role="alert">{ error_text(lang, e) }</p> },
        Ok(s) if s.changes.is_empty() => {
            html! { <p class="whatif-hint">{ Text::WiNoSens.get(lang) }</p> }
        }
        Ok(s) => html! {
            <div class="whatif-scroll">
            <table class="whatif-table" id="whatif-sens">
                <thead><tr>
                    <th scope="col">{ "#" }</th>
                    <th scope="col">{ Text::WiSingleChange.get(lang) }</th>
                    <th scope="col">{ Text::WiEffectTotal.get(lang) }</th>
                    <th scope="col">{ Text::WiEffectRank.get(lang) }</th>
                    <th scope="col">{ Text::WiGradeAfter.get(lang) }</th>
                    <th scope="col">{ Text::WiCappedCol.get(lang) }</th>
                </tr></thead>
                <tbody>
                { for s.changes.iter().enumerate().map(|(i, c)| {
                    let capped = !c.capped.is_empty();
                    let caps = c.capped.iter().map(|r| rule_label(&props.rules, lang, r))
                        .collect::<Vec<_>>().join("、");
                    html! {
                        <tr class={classes!(capped.then_some("whatif-capped"),
                                c.grade_delta.filter(|d| *d != 0).map(|_| "whatif-hl"))}>
                            <td class="whatif-num">{ i + 1 }</td>
                            <td>{ edit_text(&props.rules, lang, &c.edit) }</td>
                            <td class="whatif-num">{ delta(c.total_delta) }</td>
                            <td class="whatif-num">{
                                c.rank_delta.map(delta_int).unwrap_or_else(|| "—".into())
                            }</td>
                            <td>
                                { grade(lang, c.after.grade) }
                                if let Some(d) = c.grade_delta.filter(|d| *d != 0) {
                                    { format!(" ({})", delta_int(d)) }
                                }
                            </td>
                            <td>
                                if capped {
                                    <span class="whatif-cap-mark">
                                        { fill(Text::WiCapped.get(lang), &[("rules", &caps)]) }
                                    </span>
                                }
                            </td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </div>
        },
    };
    html! {
        <section class="whatif-sensitivity" aria-labelledby="whatif-sens-title">
            <h3 id="whatif-sens-title">
                { fill(Text::WiSensHeading.get(lang), &[("unit", props.name.as_str())]) }
            </h3>
            <p class="whatif-hint">{ Text::WiSensHint.get(lang) }</p>
            { body }
        </section>
    }
}
