//! [`RulesScreen`]: the rule editor over the Scenario's rules. Reads the
//! app state (`use_app()`), resolves the effective RuleSet, checks it with
//! `RuleSet::validate` and provides both, with the edit callback, to the
//! sections through the context. Every edit copies the set, changes it and
//! sends the Scenario with `RulesRef::Custom(copy)` — or the built-in
//! reference when the copy equals the built-in set — as one undo step.

use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::awards::AwardsSection;
use super::bonus::BonusSection;
use super::cadres::CadresSection;
use super::calendar::CalendarSection;
use super::context::{EditFn, RulesCtx};
use super::escalation::EscalationSection;
use super::events::EventsSection;
use super::feedback::FeedbackSection;
use super::general::GeneralSection;
use super::grades::GradesSection;
use super::groups::GroupsSection;
use super::indicators::IndicatorsSection;
use super::learning::LearningSection;
use super::linkage::LinkageSection;
use super::preview::EffectPreview;
use super::rating::RatingSection;
use super::reset::ResetRules;
use super::summary::IssueSummary;
use super::tolerance_items::ToleranceSection;
use super::{field_dom_id, meta_label_of_set, section_of, SECTIONS};
use crate::engine::builtin::builtin_ref;
use crate::engine::rules::RuleSet;
use crate::engine::scenario::RulesRef;
use crate::engine::{RuleIssue, Scenario, Severity};
use crate::i18n::Text;
use crate::ui::app::use_app;
use crate::ui::by_ptr::ByPtr;
use crate::ui::shell::use_lang;
use crate::ui::state::Action;

/// The rules of `s`, or the built-in set when its reference does not
/// resolve (the error is shown), and whether it resolved.
fn effective(s: &Scenario) -> (Rc<RuleSet>, Option<crate::engine::EngineError>) {
    match s.rules.resolve() {
        Ok(r) => (Rc::new(r.into_owned()), None),
        Err(e) => (Rc::new(builtin_ref().clone()), Some(e)),
    }
}

/// The reference to store for an edited set.
fn reference(set: RuleSet) -> RulesRef {
    if set == *builtin_ref() {
        RulesRef::builtin()
    } else {
        RulesRef::Custom(Box::new(set))
    }
}

/// Moves focus to the field at `path` (for a list: its first marked
/// field, else its first field), scrolling it into view.
fn focus_path(path: &str) {
    let doc = gloo::utils::document();
    let Some(el) = doc.get_element_by_id(&field_dom_id(path)) else {
        return;
    };
    el.scroll_into_view();
    let target = if el.matches("input, select, textarea").unwrap_or(false) {
        Some(el)
    } else {
        // A list: its first marked field, else its first field.
        el.query_selector("[aria-invalid=\"true\"]")
            .ok()
            .flatten()
            .or_else(|| el.query_selector("input, select, textarea").ok().flatten())
    };
    if let Some(t) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        let _ = t.focus();
    }
}

#[component]
pub fn RulesScreen() -> Html {
    let lang = use_lang();
    let app = use_app();
    let scenario = app.scenario().clone();
    let resolved = use_memo(ByPtr(scenario.clone()), |s| effective(&s.0));
    let (rules, resolve_error) = (resolved.0.clone(), resolved.1.clone());
    let issues: Rc<Vec<RuleIssue>> = use_memo(ByPtr(scenario.clone()), {
        let rules = rules.clone();
        move |_| rules.validate()
    });
    let modified = *rules != *builtin_ref();
    let open = use_state(|| Rc::new(BTreeSet::<&'static str>::new()));
    let pending_focus = use_state(|| None::<String>);

    // After a jump has opened the section, focus the field.
    {
        let pending_focus = pending_focus.clone();
        use_effect(move || {
            if let Some(path) = (*pending_focus).clone() {
                focus_path(&path);
                pending_focus.set(None);
            }
        });
    }

    let apply = {
        let app = app.clone();
        let rules = rules.clone();
        Callback::from(move |f: EditFn| {
            let mut next_rules = (*rules).clone();
            f(&mut next_rules);
            let mut next = (**app.scenario()).clone();
            next.rules = reference(next_rules);
            if next != **app.scenario() {
                app.dispatch(Action::Edit(next));
            }
        })
    };
    let set_open = {
        let open = open.clone();
        Callback::from(move |(id, now): (&'static str, bool)| {
            if open.contains(id) != now {
                let mut next = (**open).clone();
                if now {
                    next.insert(id);
                } else {
                    next.remove(id);
                }
                open.set(Rc::new(next));
            }
        })
    };
    let jump = {
        let open = open.clone();
        let pending_focus = pending_focus.clone();
        Callback::from(move |path: String| {
            let id = section_of(&path);
            if !open.contains(id) {
                let mut next = (**open).clone();
                next.insert(id);
                open.set(Rc::new(next));
            }
            pending_focus.set(Some(path));
        })
    };
    let expand_all = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            open.set(Rc::new(SECTIONS.iter().map(|(id, _)| *id).collect()))
        })
    };
    let collapse_all = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(Rc::new(BTreeSet::new())))
    };
    let on_reset = {
        let app = app.clone();
        Callback::from(move |_: ()| {
            let mut next = (**app.scenario()).clone();
            next.rules = RulesRef::builtin();
            app.dispatch(Action::Edit(next));
        })
    };

    // The engine's error, when it is not one of the rule issues shown.
    let blocking = issues
        .iter()
        .any(|i| i.severity == Severity::Error && !i.is_tolerance());
    let engine_error = match (&*app.evaluation, blocking) {
        (Err(e), false) => Some(e.clone()),
        _ => resolve_error.clone(),
    };

    let ctx = RulesCtx {
        rules: rules.clone(),
        issues,
        apply,
        open: (*open).clone(),
        set_open,
        jump,
    };
    let name = meta_label_of_set(lang, &rules);
    html! {
        <ContextProvider<RulesCtx> context={ctx}>
        <section id="screen-rules" class="rules-screen" aria-labelledby="screen-title">
            <div class="rule-head">
                <h2 id="screen-title" tabindex="-1">{ Text::ScreenRules.get(lang) }</h2>
                if modified {
                    <span class="rule-badge" id="rules-edited-mark" title={Text::RuleEditedHint.get(lang)}>
                        { Text::RuleEdited.get(lang) }
                        <span class="visually-hidden">{ format!(" — {}", Text::RuleEditedHint.get(lang)) }</span>
                    </span>
                }
            </div>
            <p class="rule-set-name" id="rules-set-name">
                { name }{ " · " }<code>{ format!("{}@{}", rules.id, rules.version) }</code>{ " · " }
                if modified {
                    { Text::RuleEditedHint.get(lang) }
                } else {
                    { Text::RuleUnedited.get(lang) }
                }
            </p>
            <p class="rule-intro">{ Text::RuleIntro.get(lang) }</p>
            <div class="rule-toolbar">
                <ResetRules {modified} {on_reset} />
                <button type="button" id="rules-expand-all" onclick={expand_all}>{ Text::RuleExpandAll.get(lang) }</button>
                <button type="button" id="rules-collapse-all" onclick={collapse_all}>{ Text::RuleCollapseAll.get(lang) }</button>
            </div>
            <IssueSummary {engine_error} />
            if modified {
                <EffectPreview scenario={scenario.clone()} evaluation={app.evaluation.clone()} />
            }
            <div class="rule-sections">
                <GeneralSection />
                <IndicatorsSection />
                <FeedbackSection />
                <RatingSection />
                <BonusSection />
                <EventsSection />
                <LinkageSection />
                <GroupsSection />
                <GradesSection />
                <AwardsSection />
                <EscalationSection />
                <CadresSection />
                <LearningSection />
                <ToleranceSection />
                <CalendarSection />
            </div>
        </section>
        </ContextProvider<RulesCtx>>
    }
}
