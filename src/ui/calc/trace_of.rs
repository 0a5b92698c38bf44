//! The trace panel of an open [`TraceTarget`]: finds the unit's or cadre's
//! result in the Evaluation and shows its trace with a title naming it.
//! Nothing is shown when the Scenario cannot be evaluated or the subject
//! no longer exists.

use std::rc::Rc;

use yew::prelude::*;

use super::fill;
use super::trace_view::TracePanel;
use super::ui_state::{Subject, TraceTarget};
use crate::engine::rules::RuleSet;
use crate::i18n::Text;
use crate::ui::app::use_app;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct TraceOfProps {
    pub target: TraceTarget,
    pub rules: Rc<RuleSet>,
    pub on_close: Callback<()>,
}

#[component]
pub fn TraceOf(props: &TraceOfProps) -> Html {
    let app = use_app();
    let lang = use_lang();
    let Ok(ev) = &*app.evaluation else {
        return html! {};
    };
    let s = app.scenario();
    let name_or = |name: &str, id: &str| {
        if name.is_empty() {
            id.to_string()
        } else {
            name.to_string()
        }
    };
    let (title, lines, total, total_label) = match &props.target.subject {
        Subject::Unit(id) => {
            let Some(r) = ev.units.iter().find(|r| r.id == *id) else {
                return html! {};
            };
            let name = s
                .units
                .iter()
                .find(|u| u.id == *id)
                .map(|u| name_or(&u.name, id))
                .unwrap_or_else(|| id.clone());
            (
                fill(Text::CalcTraceTitleUnit.get(lang), &[("name", &name)]),
                Rc::new(r.trace.clone()),
                Some(r.total),
                Text::CalcTotal.get(lang),
            )
        }
        Subject::Cadre(id) => {
            let Some(r) = ev.cadres.iter().find(|r| r.id == *id) else {
                return html! {};
            };
            let name = s
                .cadres
                .iter()
                .find(|c| c.id == *id)
                .map(|c| name_or(&c.name, id))
                .unwrap_or_else(|| id.clone());
            (
                fill(Text::CalcTraceTitleCadre.get(lang), &[("name", &name)]),
                Rc::new(r.trace.clone()),
                r.individual,
                Text::CalcIndividual.get(lang),
            )
        }
    };
    html! {
        <TracePanel {title} {lines} {total} {total_label} rules={props.rules.clone()}
            highlight={props.target.highlight.clone().map(AttrValue::from)} on_close={props.on_close.clone()} />
    }
}
