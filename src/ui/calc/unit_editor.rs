//! The editor of one unit: its results in one line (from the Evaluation)
//! with a button to its trace, then basics, indicators, events, linkage,
//! 360 feedback and votes. Every change makes a new Scenario sent as one
//! undo step. Focus moves to the editor's heading when it opens; Escape or
//! the close button closes it (the screen returns focus to the row).

use std::rc::Rc;

use yew::prelude::*;

use super::editor_panel::EditorPanel;
use super::events::EventList;
use super::feedback::FeedbackTable;
use super::indicators::IndicatorTable;
use super::linkage::LinkageList;
use super::unit_basics::UnitBasics;
use super::votes::VoteFields;
use super::{error_kind, fill, score};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{LinkageEntry, Unit};
use crate::i18n::{self, Text};
use crate::ui::app::use_app;
use crate::ui::shell::use_lang;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct UnitEditorProps {
    pub unit_id: AttrValue,
    pub rules: Rc<RuleSet>,
    pub on_close: Callback<()>,
    /// Opens the unit's trace (the DOM id of the button that asked).
    pub on_trace: Callback<String>,
}

#[component]
pub fn UnitEditor(props: &UnitEditorProps) -> Html {
    let app = use_app();
    let lang = use_lang();
    let scenario = app.scenario().clone();
    let Some(index) = scenario.units.iter().position(|u| *u.id == *props.unit_id) else {
        return html! {};
    };
    let unit = Rc::new(scenario.units[index].clone());
    let result = match &*app.evaluation {
        Ok(ev) => ev.units.get(index).filter(|r| r.id == unit.id).cloned(),
        Err(_) => None,
    };
    let own_error = match &*app.evaluation {
        Err(e) if e.unit.as_deref() == Some(unit.id.as_str()) => Some(e.clone()),
        _ => None,
    };

    let on_unit = {
        let (app, scenario) = (app.clone(), scenario.clone());
        Callback::from(move |u: Unit| {
            let mut next = (*scenario).clone();
            if let Some(slot) = next.units.get_mut(index) {
                *slot = u;
                app.dispatch(Action::Edit(next));
            }
        })
    };
    let on_linkage = {
        let (app, scenario) = (app.clone(), scenario.clone());
        Callback::from(move |l: Vec<LinkageEntry>| {
            let mut next = (*scenario).clone();
            next.linkage = l;
            app.dispatch(Action::Edit(next));
        })
    };
    let units: Rc<Vec<(String, String)>> = Rc::new(
        scenario
            .units
            .iter()
            .map(|u| {
                (
                    u.id.clone(),
                    if u.name.is_empty() {
                        u.id.clone()
                    } else {
                        u.name.clone()
                    },
                )
            })
            .collect(),
    );
    let name = if unit.name.is_empty() {
        unit.id.clone()
    } else {
        unit.name.clone()
    };

    let summary = match &result {
        None => html! { <p class="calc-summary">{ Text::CalcNoResult.get(lang) }</p> },
        Some(r) => {
            let mut bits = vec![fill(
                Text::CalcSummaryTotal.get(lang),
                &[("t", &score(r.total))],
            )];
            if !r.complete {
                bits.push(Text::CalcUnranked.get(lang).to_string());
            } else if let Some(rank) = r.rank {
                let tied = if r.tied {
                    format!(" {}", Text::Tied.get(lang))
                } else {
                    String::new()
                };
                bits.push(format!(
                    "{}{tied}",
                    fill(Text::CalcSummaryRank.get(lang), &[("r", &rank.to_string())])
                ));
            }
            if let Some(g) = r.grade {
                bits.push(i18n::unit_grade(g).get(lang).to_string());
            }
            bits.push(fill(
                Text::CalcSummaryQuota.get(lang),
                &[("q", &r.staff_excellent_quota.to_string())],
            ));
            let on_trace = props
                .on_trace
                .reform(|_: MouseEvent| "calc-editor-trace".to_string());
            html! {
                <div class="calc-summary">
                    <p id="calc-editor-summary">{ bits.join(" · ") }</p>
                    <button type="button" class="calc-small" id="calc-editor-trace" onclick={on_trace}>
                        { Text::CalcShowTraceButton.get(lang) }
                    </button>
                </div>
            }
        }
    };

    html! {
        <EditorPanel id="calc-editor" title={fill(Text::CalcEditorTitle.get(lang), &[("name", &name)])}
            subject={props.unit_id.clone()} on_close={props.on_close.clone()}>
            { summary }
            if let Some(e) = own_error {
                <p class="calc-note calc-note-bad" id="calc-editor-error">
                    { format!("{}{}", Text::CalcErrTitle.get(lang), error_kind(e.kind).get(lang)) }
                    { " " }{ fill(Text::CalcErrField.get(lang), &[("field", &e.field)]) }
                </p>
            }
            <UnitBasics unit={unit.clone()} rules={props.rules.clone()} on_change={on_unit.clone()} />
            <IndicatorTable unit={unit.clone()} rules={props.rules.clone()} on_change={on_unit.clone()} />
            <EventList unit={unit.clone()} rules={props.rules.clone()} on_change={on_unit.clone()} />
            <LinkageList unit_id={unit.id.clone()} units={units} linkage={Rc::new(scenario.linkage.clone())}
                on_change={on_linkage} />
            <FeedbackTable unit={unit.clone()} rules={props.rules.clone()} on_change={on_unit.clone()} />
            <VoteFields unit={unit.clone()} rules={props.rules.clone()} rating={result.as_ref().and_then(|r| r.rating)}
                on_change={on_unit} />
        </EditorPanel>
    }
}
