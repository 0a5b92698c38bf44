//! The body of each screen. Later issues replace the placeholders with the
//! real screens, one file each.

use yew::prelude::*;

use super::app::{use_app, Screen};
use super::shell::use_lang;
use super::state::Action;
use super::tolerance::ToleranceScreen;
use crate::engine::tolerance::{ToleranceCase, ToleranceRules};
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct ScreenViewProps {
    pub screen: Screen,
}

/// The tolerance screen over the Scenario's cases and rules.
#[component]
fn ToleranceOfScenario() -> Html {
    let app = use_app();
    let scenario = app.scenario().clone();
    let rules = use_memo(scenario.clone(), |s| {
        s.rules
            .resolve()
            .map(|r| r.tolerance.clone())
            .unwrap_or_else(|_| ToleranceRules::builtin())
    });
    let cases = use_memo(scenario.clone(), |s| s.tolerance_cases.clone());
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
    let lang = use_lang();
    let s = props.screen;
    let body = match s {
        Screen::Calc => {
            // The import / export panel and the quarterly bulletin follow
            // the calc screen (issue 5 items 5, 7, 9).
            return html! {
                <>
                <super::calc::CalcScreen />
                <super::io::IoPanel />
                <super::bulletin::QuarterlyBulletin />
                </>
            };
        }
        Screen::WhatIf => return html! { <super::whatif::WhatIfScreen /> },
        Screen::Tolerance => {
            return html! { <ToleranceOfScenario /> };
        }
        Screen::Rules => return html! { <super::rules::RulesScreen /> },
        Screen::Drafts => return html! { <super::drafts::DraftsScreen /> },
    };
    html! {
        <section id={format!("screen-{}", s.id())} aria-labelledby="screen-title">
            <h2 id="screen-title">{ s.title().get(lang) }</h2>
            <p>{ body.get(lang) }</p>
        </section>
    }
}
