//! [`CalcScreen`], the 考核计算 screen: the toolbar (undo, redo, blank
//! county) with the global shortcuts, the engine-error banner, one roster
//! per ranking group (rule order; units whose group the rules lack come
//! last), the trace and the unit editor under the group of their unit, and
//! the cadres panel.
//!
//! Rows are memoised: their data are rebuilt from the Evaluation on each
//! render but compared by value, and their one callback is stable (it reads
//! the current Scenario from a ref and dispatches to the app and to the
//! screen's reducer), so an edit re-renders only the rows whose figures
//! changed.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::cadres::CadresPanel;
use super::error_banner::ErrorBanner;
use super::ops::{add_unit, blank_county, duplicate_unit, remove_unit};
use super::roster::GroupRoster;
use super::roster_row::{RowCmd, RowData, RowResult};
use super::toolbar::Toolbar;
use super::trace_of::TraceOf;
use super::ui_state::{CalcUi, Place, Subject, TraceTarget, UiAction};
use super::unit_editor::UnitEditor;
use super::{dom_id, fill, rule_label};
use crate::engine::builtin::builtin_ref;
use crate::engine::evaluation::Evaluation;
use crate::engine::rules::RuleSet;
use crate::engine::scenario::Scenario;
use crate::engine::types::Award;
use crate::i18n::{self, Lang, Text};
use crate::ui::app::use_app;
use crate::ui::focus_id;
use crate::ui::shell::use_lang;
use crate::ui::state::Action;

/// What the stable callbacks read: the Scenario and language of the last
/// render.
struct Latest {
    scenario: Rc<Scenario>,
    lang: Lang,
}

/// Memo key: the Scenario, compared by its rules only.
struct RulesOf(Rc<Scenario>);

impl PartialEq for RulesOf {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || self.0.rules == other.0.rules
    }
}

/// The row data of every unit, in Scenario order.
fn rows_of(
    s: &Scenario,
    ev: Option<&Evaluation>,
    rules: &RuleSet,
    lang: Lang,
    ui: &CalcUi,
) -> Vec<RowData> {
    s.units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let result = ev
                .and_then(|e| e.units.get(i))
                .filter(|r| r.id == u.id)
                .map(|r| RowResult {
                    total: r.total,
                    complete: r.complete,
                    position: r.position,
                    rank: r.rank,
                    tied: r.tied,
                    grade: r.grade,
                    vetoed: r.vetoed,
                    awards: r
                        .awards
                        .iter()
                        .map(|a| {
                            let base = i18n::award(a.award).get(lang).to_string();
                            match (&a.indicator, a.award) {
                                (Some(ind), Award::SingleItem) => {
                                    format!(
                                        "{base}{}",
                                        fill(
                                            lang.pick("（{i}）", " ({i})"),
                                            &[("i", &rule_label(rules, lang, ind))]
                                        )
                                    )
                                }
                                _ => base,
                            }
                        })
                        .collect(),
                    flags: r
                        .flags
                        .iter()
                        .map(|f| (f.action, Rc::from(f.rule.as_str())))
                        .collect(),
                });
            let trace = ui.trace.as_ref().and_then(|t| match &t.subject {
                Subject::Unit(id) if *id == u.id && t.place == Place::Roster => {
                    Some(t.highlight.as_deref().map(Rc::from))
                }
                _ => None,
            });
            RowData {
                id: Rc::from(u.id.as_str()),
                dom: Rc::from(dom_id(&u.id).as_str()),
                name: Rc::from(u.name.as_str()),
                order: i,
                result,
                last_rank: u.last_year.as_ref().and_then(|l| l.rank),
                editing: ui.unit.as_deref() == Some(u.id.as_str()),
                trace,
            }
        })
        .collect()
}

#[component]
pub fn CalcScreen() -> Html {
    let app = use_app();
    let lang = use_lang();
    let ui = use_reducer(CalcUi::default);

    let scenario = app.scenario().clone();
    let latest = use_mut_ref(|| Latest {
        scenario: scenario.clone(),
        lang,
    });
    *latest.borrow_mut() = Latest {
        scenario: scenario.clone(),
        lang,
    };
    let rules: Rc<RuleSet> = use_memo(RulesOf(scenario.clone()), |k| {
        k.0.rules
            .resolve()
            .map(|r| r.into_owned())
            .unwrap_or_else(|_| builtin_ref().clone())
    });
    let ev = app.evaluation.clone();
    let ev_ok = (*ev).as_ref().ok();

    let on_row = {
        let (latest, dispatch, ui) = (latest.clone(), app.dispatcher(), ui.dispatcher());
        use_callback((), move |cmd: RowCmd, _| {
            row_command(&latest, &dispatch, &ui, cmd)
        })
    };
    let on_add = {
        let (latest, dispatch, ui) = (latest.clone(), app.dispatcher(), ui.dispatcher());
        use_callback((), move |group: String, _| {
            let (s, lang) = {
                let l = latest.borrow();
                (l.scenario.clone(), l.lang)
            };
            let (next, id) = add_unit(&s, &group, Text::CalcNewUnitName.get(lang));
            dispatch.dispatch(Action::Edit(next));
            ui.dispatch(UiAction::OpenUnit(id));
        })
    };

    let rows = rows_of(&scenario, ev_ok, &rules, lang, &ui);
    let mut groups: Vec<(String, String, bool)> = rules
        .ranking_groups
        .iter()
        .map(|g| (g.id.clone(), lang.pick(&g.zh, &g.en).to_string(), true))
        .collect();
    for u in scenario.units.iter() {
        if !groups.iter().any(|(g, _, _)| *g == u.group) {
            let label = fill(Text::CalcUnknownGroup.get(lang), &[("id", &u.group)]);
            groups.push((u.group.clone(), label, false));
        }
    }

    let close_trace = {
        let (ui, opener) = (ui.dispatcher(), ui.trace.as_ref().map(|t| t.opener.clone()));
        Callback::from(move |()| {
            ui.dispatch(UiAction::CloseTrace);
            if let Some(o) = &opener {
                focus_id(o);
            }
        })
    };
    let close_editor = {
        let (ui, id) = (
            ui.dispatcher(),
            ui.unit.as_ref().map(|u| format!("calc-edit-{}", dom_id(u))),
        );
        Callback::from(move |()| {
            ui.dispatch(UiAction::CloseUnit);
            if let Some(id) = &id {
                focus_id(id);
            }
        })
    };
    let editor_trace = {
        let (ui, unit) = (ui.dispatcher(), ui.unit.clone());
        Callback::from(move |opener: String| {
            if let Some(u) = &unit {
                ui.dispatch(UiAction::ToggleTrace(TraceTarget {
                    subject: Subject::Unit(u.clone()),
                    highlight: None,
                    place: Place::Roster,
                    opener,
                }));
            }
        })
    };
    let group_of = |id: &str| {
        scenario
            .units
            .iter()
            .find(|u| u.id == id)
            .map(|u| u.group.clone())
    };
    let trace_group = ui.trace.as_ref().and_then(|t| match (&t.subject, t.place) {
        (Subject::Unit(id), Place::Roster) => group_of(id),
        _ => None,
    });
    let editor_group = ui.unit.as_deref().and_then(group_of);

    let rosters = groups.iter().map(|(gid, label, known)| {
        let dom = dom_id(gid);
        let group_rows: Vec<RowData> = rows
            .iter()
            .filter(|r| scenario.units[r.order].group == *gid)
            .cloned()
            .collect();
        let slots = ev_ok
            .and_then(|e| e.groups.iter().find(|g| g.group == *gid))
            .map(|g| g.excellent_slots);
        let trace = (trace_group.as_deref() == Some(gid.as_str()))
            .then(|| ui.trace.clone())
            .flatten();
        let editor = (editor_group.as_deref() == Some(gid.as_str()))
            .then(|| ui.unit.clone())
            .flatten();
        html! {
            <div class="calc-group-block" key={gid.clone()}>
                <GroupRoster group_id={gid.clone()} dom={dom} label={label.clone()} {slots}
                    rows={Rc::new(group_rows)} on_row={on_row.clone()}
                    on_add={known.then(|| on_add.clone())} />
                if let Some(t) = trace {
                    <TraceOf target={t} rules={rules.clone()} on_close={close_trace.clone()} />
                }
                if let Some(id) = editor {
                    <UnitEditor key={id.clone()} unit_id={id.clone()} rules={rules.clone()}
                        on_close={close_editor.clone()} on_trace={editor_trace.clone()} />
                }
            </div>
        }
    });

    let banner = match &*ev {
        Ok(_) => html! {},
        Err(e) => {
            let unit_name = e.unit.as_ref().and_then(|id| {
                scenario
                    .units
                    .iter()
                    .find(|u| u.id == *id)
                    .map(|u| AttrValue::from(u.name.clone()))
            });
            let cadre_name = e.cadre.as_ref().and_then(|id| {
                scenario
                    .cadres
                    .iter()
                    .find(|c| c.id == *id)
                    .map(|c| AttrValue::from(c.name.clone()))
            });
            let unit_exists = e
                .unit
                .as_ref()
                .is_some_and(|id| scenario.units.iter().any(|u| u.id == *id));
            let cadre_exists = e
                .cadre
                .as_ref()
                .is_some_and(|id| scenario.cadres.iter().any(|c| c.id == *id));
            let on_open = if cadre_exists {
                let (ui, id) = (ui.dispatcher(), e.cadre.clone().unwrap_or_default());
                Some(Callback::from(move |()| {
                    ui.dispatch(UiAction::OpenCadre(id.clone()))
                }))
            } else if unit_exists {
                let (ui, id) = (ui.dispatcher(), e.unit.clone().unwrap_or_default());
                Some(Callback::from(move |()| {
                    ui.dispatch(UiAction::OpenUnit(id.clone()))
                }))
            } else {
                None
            };
            html! { <ErrorBanner error={e.clone()} {unit_name} {cadre_name} {on_open} can_undo={app.history.can_undo()} /> }
        }
    };

    let on_undo = {
        let d = app.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Undo))
    };
    let on_redo = {
        let d = app.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Redo))
    };
    let on_blank = {
        let (d, ui, s) = (app.dispatcher(), ui.dispatcher(), scenario.clone());
        Callback::from(move |()| {
            d.dispatch(Action::Edit(blank_county(&s)));
            ui.dispatch(UiAction::CloseUnit);
            ui.dispatch(UiAction::CloseCadre);
            ui.dispatch(UiAction::CloseTrace);
            ui.dispatch(UiAction::Status(Text::CalcBlankDone.get(lang).to_string()));
        })
    };
    let cadre_trace = ui.trace.clone().filter(|t| t.place == Place::Cadres);

    html! {
        <section id="screen-calc" class="calc-screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{ Text::ScreenCalc.get(lang) }</h2>
            <p class="calc-intro">{ Text::CalcIntro.get(lang) }</p>
            <Toolbar can_undo={app.history.can_undo()} can_redo={app.history.can_redo()}
                {on_undo} {on_redo} {on_blank} />
            <p class="calc-status" id="calc-status" role="status">{ ui.status.clone() }</p>
            { banner }
            if scenario.units.is_empty() {
                <p class="calc-hint" id="calc-empty">{ Text::CalcEmptyCounty.get(lang) }</p>
            }
            { for rosters }
            <CadresPanel rules={rules.clone()} editing={ui.cadre.clone().map(AttrValue::from)}
                trace={cadre_trace} unit={ui.unit.clone().map(AttrValue::from)} ui={ui.dispatcher()} />
        </section>
    }
}

/// Carries out a row command on the current Scenario.
fn row_command(
    latest: &Rc<RefCell<Latest>>,
    app: &UseReducerDispatcher<crate::ui::state::AppState>,
    ui: &UseReducerDispatcher<CalcUi>,
    cmd: RowCmd,
) {
    let (s, lang) = {
        let l = latest.borrow();
        (l.scenario.clone(), l.lang)
    };
    match cmd {
        RowCmd::Edit(id) => ui.dispatch(UiAction::ToggleUnit(id.to_string())),
        RowCmd::Trace(id, rule, opener) => ui.dispatch(UiAction::ToggleTrace(TraceTarget {
            subject: Subject::Unit(id.to_string()),
            highlight: rule.map(|r| r.to_string()),
            place: Place::Roster,
            opener,
        })),
        RowCmd::Duplicate(id) => {
            if let Some((next, new_id)) = duplicate_unit(&s, &id, Text::CalcCopySuffix.get(lang)) {
                app.dispatch(Action::Edit(next));
                ui.dispatch(UiAction::OpenUnit(new_id));
            }
        }
        RowCmd::Remove(id) => {
            let Some(unit) = s.units.iter().find(|u| *u.id == *id) else {
                return;
            };
            let name = if unit.name.is_empty() {
                unit.id.clone()
            } else {
                unit.name.clone()
            };
            let group = unit.group.clone();
            if let Some(next) = remove_unit(&s, &id) {
                app.dispatch(Action::Edit(next));
                ui.dispatch(UiAction::Removed(id.to_string()));
                ui.dispatch(UiAction::Status(fill(
                    Text::CalcRemoved.get(lang),
                    &[("name", &name)],
                )));
                focus_id(&format!("calc-group-{}", dom_id(&group)));
            }
        }
    }
}
