//! The body of each screen: `Screen` → the screen's component.

use yew::prelude::*;

use super::app::{use_app, Screen};
use super::state::Action;
use super::tolerance::ToleranceScreen;
use crate::engine::tolerance::{ToleranceCase, ToleranceRules};
use crate::ui::by_ptr::ByPtr;

#[derive(Properties, PartialEq)]
pub struct ScreenViewProps {
    pub screen: Screen,
}

/// The tolerance screen over the Scenario's cases and rules.
#[component]
fn ToleranceOfScenario() -> Html {
    let app = use_app();
    let scenario = app.scenario().clone();
    let rules = use_memo(ByPtr(scenario.clone()), |s| {
        s.rules
            .resolve()
            .map(|r| r.tolerance.clone())
            .unwrap_or_else(|_| ToleranceRules::builtin())
    });
    let cases = use_memo(ByPtr(scenario.clone()), |s| s.tolerance_cases.clone());
    let on_cases = {
        let app = app.clone();
        Callback::from(move |cases: Vec<ToleranceCase>| {
            let mut next = (**app.scenario()).clone();
            next.tolerance_cases = cases;
            app.dispatch(Action::Edit(next));
        })
    };
    html! { <ToleranceScreen {rules} {cases} {on_cases} /> }
}

#[component]
pub fn ScreenView(props: &ScreenViewProps) -> Html {
    match props.screen {
        Screen::Calc => {
            // The import / export panel and the quarterly bulletin follow
            // the calc screen (issue 5 items 5, 7, 9). The panel is below
            // the rosters: it renders after the first paint (`Deferred`).
            html! {
                <>
                <super::calc::CalcScreen />
                <super::deferred::Deferred><super::io::IoPanel /></super::deferred::Deferred>
                <super::bulletin::QuarterlyBulletin />
                </>
            }
        }
        Screen::WhatIf => html! { <super::whatif::WhatIfScreen /> },
        Screen::Tolerance => {
            html! { <ToleranceOfScenario /> }
        }
        Screen::Rules => html! { <super::rules::RulesScreen /> },
        Screen::Drafts => html! { <super::drafts::DraftsScreen /> },
    }
}
