//! [`QuarterlyBulletin`]: the quarter selector, the print button and one
//! table per ranking group, behind a disclosure (built only when opened).

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::group_table::GroupTable;
use crate::engine::builtin::builtin_ref;
use crate::engine::{Evaluation, Scenario};
use crate::i18n::{Lang, Text};
use crate::io::bulletin::{bulletin, GroupBulletin};
use crate::io::labels::Labels;
use crate::ui::io::browser::{print_sheet, Sheet};
use crate::ui::disclosure::Disclosure;
use crate::ui::shell::use_lang;
use crate::ui::use_app;

/// The label of quarter 1–4.
pub fn quarter_text(q: u8) -> Text {
    match q {
        1 => Text::BulletinQ1,
        2 => Text::BulletinQ2,
        3 => Text::BulletinQ3,
        _ => Text::BulletinQ4,
    }
}

/// The bulletin's data, recomputed when the Scenario, its Evaluation or
/// the quarter change (compared by identity).
#[derive(Clone)]
struct Inputs(
    Rc<Scenario>,
    Rc<Result<Evaluation, crate::engine::EngineError>>,
    u8,
);

impl PartialEq for Inputs {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0) && Rc::ptr_eq(&self.1, &o.1) && self.2 == o.2
    }
}

/// The last quarter with a ranked unit (the bulletin opens on it), or 1.
fn latest_quarter(ev: &Evaluation) -> u8 {
    (1..=4u8)
        .rev()
        .find(|q| {
            ev.groups.iter().any(|g| {
                g.quarter_orders
                    .get(usize::from(q - 1))
                    .is_some_and(|o| !o.is_empty())
            })
        })
        .unwrap_or(1)
}

/// The bulletin section: its title and what it is, and the bulletin
/// itself behind a [`Disclosure`] (closed at first: it is a report to
/// open and print, and a 500-unit county's tables are long).
#[component]
pub fn QuarterlyBulletin() -> Html {
    let lang = use_lang();
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |now: bool| open.set(now))
    };
    let summary = html! { { Text::BulletinShow.get(lang) } };
    html! {
        <section class="bulletin" id="bulletin" aria-labelledby="bulletin-title">
            <h2 id="bulletin-title">{ Text::BulletinTitle.get(lang) }</h2>
            <p class="io-hint no-print">{ Text::BulletinIntro.get(lang) }</p>
            <Disclosure id="bulletin-body" class="bulletin-disclosure" open={*open} {on_toggle} {summary}>
                <BulletinBody />
            </Disclosure>
        </section>
    }
}

/// The quarter selector, the print button and one table per group.
#[component]
fn BulletinBody() -> Html {
    let lang = use_lang();
    let app = use_app();
    let chosen = use_state(|| None::<u8>);
    let quarter = chosen.unwrap_or_else(|| match &*app.evaluation {
        Ok(ev) => latest_quarter(ev),
        Err(_) => 1,
    });
    let data = use_memo(
        Inputs(app.scenario().clone(), app.evaluation.clone(), quarter),
        |Inputs(s, ev, q)| {
            let ev = ev.as_ref().as_ref().ok()?;
            let rules = s.rules.resolve().ok();
            let rules = rules.as_deref().unwrap_or(builtin_ref());
            let labels = Rc::new(Labels::of(rules));
            let groups: Vec<Rc<GroupBulletin>> = bulletin(s, ev, rules, *q)
                .into_iter()
                .map(Rc::new)
                .collect();
            Some((groups, labels))
        },
    );
    let on_quarter = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            chosen.set(
                sel.value()
                    .parse::<u8>()
                    .ok()
                    .filter(|q| (1..=4).contains(q)),
            );
        })
    };
    let on_print = Callback::from(|_: MouseEvent| print_sheet(Sheet::Bulletin));
    let year = app.scenario().year;
    let title = match lang {
        Lang::Zh => format!(
            "{year}年{}{}",
            quarter_text(quarter).get(lang),
            Text::BulletinSheetSuffix.get(lang)
        ),
        Lang::En => format!(
            "{year} {} {}",
            quarter_text(quarter).get(lang),
            Text::BulletinSheetSuffix.get(lang)
        ),
    };
    html! {
        <>
            <div class="io-row no-print">
                <label for="bulletin-quarter">{ Text::BulletinQuarter.get(lang) }</label>
                <select id="bulletin-quarter" onchange={on_quarter}>
                    { for (1..=4u8).map(|q| html! {
                        <option value={q.to_string()} selected={q == quarter}>{ quarter_text(q).get(lang) }</option>
                    }) }
                </select>
                <button type="button" id="bulletin-print" onclick={on_print} disabled={data.is_none()}>
                    { Text::PrintBulletin.get(lang) }
                </button>
            </div>
            <p class="bulletin-sheet-title" id="bulletin-sheet-title">{ title }</p>
            {
                match &*data {
                    None => html! { <p class="io-hint">{ Text::BulletinUnavailable.get(lang) }</p> },
                    Some((groups, labels)) => html! {
                        <>
                        { for groups.iter().filter(|g| !g.rows.is_empty() || !g.unranked.is_empty()).map(|g| html! {
                            <GroupTable key={g.group.clone()} group={g.clone()} labels={labels.clone()} />
                        }) }
                        </>
                    },
                }
            }
            <p class="io-sheet-advisory">{ Text::FooterAdvisory.get(lang) }</p>
        </>
    }
}
