//! `DraftsScreen` (草稿): the drafts stored in this browser, newest first,
//! with open, rename, duplicate, delete (undo) and export; the entries set
//! aside because they could not be read; the share button; and clearing
//! all of this browser's data. The open draft's summary carries its units
//! and the sum of the unit totals (`data-total-sum`), a fingerprint of the
//! Evaluation for tests.

use rust_decimal::Decimal;
use yew::prelude::*;

use super::clear_all::ClearAll;
use super::draft_row::DraftRow;
use super::quarantine::QuarantineList;
use super::save::note_problems;
use super::session::{store, use_drafts};
use crate::i18n::Text;
use crate::store::{DraftSummary, QuarantinedEntry};
use crate::ui::shell::use_lang;
use crate::ui::use_app;

#[derive(Clone, PartialEq, Default)]
struct Stored {
    drafts: Vec<DraftSummary>,
    quarantined: Vec<QuarantinedEntry>,
    error: Option<&'static str>,
}

#[component]
pub fn DraftsScreen() -> Html {
    let lang = use_lang();
    let app = use_app();
    let stored = use_state(Stored::default);
    let drafts = use_drafts();
    let list_rev = drafts.as_ref().map(|d| d.with(|s| s.list_rev)).unwrap_or(0);
    {
        let stored = stored.clone();
        let drafts = drafts.clone();
        use_effect_with(list_rev, move |_| {
            let mut st = store();
            let mut next = Stored::default();
            match st.list() {
                Ok(listing) => {
                    next.drafts = listing.drafts;
                    if !listing.problems.is_empty() {
                        if let Some(d) = &drafts {
                            d.update(|s| note_problems(s, &listing.problems));
                        }
                    }
                }
                Err(err) => next.error = Some(err.code()),
            }
            next.quarantined = st.quarantined().unwrap_or_default();
            stored.set(next);
        });
    }
    let Some(drafts) = drafts else {
        return html! {};
    };
    let (current, notice, deleted, status) = drafts.with(|s| {
        (
            s.current.as_ref().map(|c| c.id.clone()),
            s.notice,
            s.deleted.clone(),
            s.status.clone(),
        )
    });

    let scenario = app.scenario();
    let units = scenario.units.len();
    let total_sum = match &*app.evaluation {
        Ok(ev) => ev
            .units
            .iter()
            .try_fold(Decimal::ZERO, |acc, u| acc.checked_add(u.total))
            .map(|d| d.normalize().to_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    let current_name = drafts.with(|s| s.current.as_ref().map(|c| c.name.clone()));
    let summary = match &current_name {
        Some(name) => Text::DraftCurrentSummary.get(lang).replace("{name}", name),
        None => Text::DraftCurrentUnsaved.get(lang).to_owned(),
    };

    let share = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| drafts.open_share(true))
    };
    let export_current = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| {
            let latest = drafts.with(|s| s.latest.clone());
            let text = crate::json::to_string_pretty(&*latest).unwrap_or_default();
            let name = if latest.name.trim().is_empty() {
                "kaohe"
            } else {
                latest.name.as_str()
            };
            super::download::download(
                &super::manage::file_name(name, "json"),
                &text,
                "application/json",
            );
        })
    };
    let close_notice = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| drafts.update(|s| s.notice = None))
    };
    let undo = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| drafts.undo_delete())
    };
    let close_undo = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| drafts.dismiss_deleted())
    };

    html! {
        <section id="screen-drafts" class="drafts-screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{ Text::ScreenDrafts.get(lang) }</h2>
            <p>{ Text::DraftsIntro.get(lang) }</p>
            <p id="drafts-current" class="drafts-current" data-units={units.to_string()}
                data-total-sum={total_sum.clone()} data-status={status.id()}>
                { summary }
                { format!(" · {}", Text::DraftUnitsSummary.get(lang).replace("{n}", &units.to_string())) }
                if !total_sum.is_empty() {
                    { format!(" · {}", Text::DraftTotalSum.get(lang).replace("{sum}", &total_sum)) }
                }
            </p>
            <div class="drafts-toolbar">
                <button type="button" id="drafts-share" onclick={share}>{ Text::ShareOpen.get(lang) }</button>
                <button type="button" id="drafts-export-current" onclick={export_current}>{ Text::DraftExportCurrent.get(lang) }</button>
            </div>
            if let Some(n) = notice {
                <div class="drafts-notice" role="status" id="drafts-notice">
                    <p>{ n.get(lang) }</p>
                    <button type="button" onclick={close_notice}>{ Text::DraftsClose.get(lang) }</button>
                </div>
            }
            if let Some(d) = deleted {
                <div class="drafts-undo" role="status" id="drafts-undo">
                    <p>{ Text::DraftDeleted.get(lang).replace("{name}", &d.name) }</p>
                    <button type="button" id="drafts-undo-delete" onclick={undo}>{ Text::Undo.get(lang) }</button>
                    <button type="button" onclick={close_undo}>{ Text::DraftsClose.get(lang) }</button>
                </div>
            }
            if let Some(code) = stored.error {
                <p class="field-error" role="alert" data-code={code}>{ Text::DraftsListUnavailable.get(lang) }</p>
            }
            if stored.drafts.is_empty() {
                <p id="drafts-empty" class="muted">{ Text::DraftsEmpty.get(lang) }</p>
            } else {
                <div class="table-wrap">
                    <table class="drafts-table" id="drafts-table">
                        <caption class="visually-hidden">{ Text::DraftsTableCaption.get(lang) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ Text::DraftName.get(lang) }</th>
                                <th scope="col">{ Text::DraftUpdated.get(lang) }</th>
                                <th scope="col">{ Text::DraftUnits.get(lang) }</th>
                                <th scope="col">{ Text::DraftActions.get(lang) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for stored.drafts.iter().map(|d| html! {
                                <DraftRow key={d.id.clone()} draft={d.clone()}
                                    current={current.as_deref() == Some(d.id.as_str())} />
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <QuarantineList entries={stored.quarantined.clone()} />
            <ClearAll />
        </section>
    }
}
