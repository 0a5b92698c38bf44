//! One ranking group's roster: a heading with the group's label (rule
//! data) and its excellent slots, a table of its units sortable by column
//! (buttons in the headers, `aria-sort` on the sorted one), and a button
//! adding a unit to the group. Rows are [`RosterRow`]s keyed by unit id.
//! Sorting only reorders what the Evaluation gave; unranked (incomplete)
//! units always come last.

use std::cmp::Ordering;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::fill;
use super::roster_row::{grade_order, RosterRow, RowCmd, RowData};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

/// A sortable column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Total,
    Rank,
    Grade,
    Movement,
}

impl SortKey {
    /// The direction a first click sorts in (best first).
    fn default_ascending(self) -> bool {
        !matches!(self, SortKey::Total | SortKey::Movement)
    }
}

#[derive(Properties, PartialEq)]
pub struct GroupRosterProps {
    pub group_id: AttrValue,
    /// `dom_id(group_id)`.
    pub dom: AttrValue,
    pub label: AttrValue,
    /// Excellent slots of the group (from the Evaluation).
    #[prop_or_default]
    pub slots: Option<u32>,
    pub rows: Rc<Vec<RowData>>,
    pub on_row: Callback<RowCmd>,
    /// Adds a unit to the group (the group id).
    #[prop_or_default]
    pub on_add: Option<Callback<String>>,
}

/// Compares names the way a Chinese reader expects (pinyin order), with
/// the browser's collator; falls back to code-point order.
fn name_cmp() -> impl Fn(&str, &str) -> Ordering {
    let locales = js_sys::Array::of1(&JsValue::from_str("zh-CN"));
    let collator = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new());
    let compare = collator.compare();
    move |a: &str, b: &str| {
        compare
            .call2(&JsValue::NULL, &JsValue::from_str(a), &JsValue::from_str(b))
            .ok()
            .and_then(|v| v.as_f64())
            .map(|x| x.partial_cmp(&0.0).unwrap_or(Ordering::Equal))
            .unwrap_or_else(|| a.cmp(b))
    }
}

/// `rows` sorted by `key`; rows without a value for the key (unranked,
/// no result) last in Scenario order whatever the direction.
fn sorted(rows: &[RowData], key: SortKey, ascending: bool) -> Vec<RowData> {
    let mut out = rows.to_vec();
    let dir = |o: Ordering| if ascending { o } else { o.reverse() };
    let ranked = |r: &RowData| r.result.as_ref().is_some_and(|x| x.complete);
    match key {
        SortKey::Name => {
            let cmp = name_cmp();
            crate::order::sort_by(&mut out, |a, b| {
                dir(cmp(&a.name, &b.name)).then(a.order.cmp(&b.order))
            });
        }
        SortKey::Total => crate::order::sort_by(&mut out, |a, b| {
            let (x, y) = (
                a.result.as_ref().map(|r| r.total),
                b.result.as_ref().map(|r| r.total),
            );
            (x.is_none().cmp(&y.is_none()))
                .then_with(|| dir(x.cmp(&y)))
                .then(a.order.cmp(&b.order))
        }),
        SortKey::Rank => crate::order::sort_by(&mut out, |a, b| {
            let p = |r: &RowData| {
                r.result
                    .as_ref()
                    .and_then(|x| x.position)
                    .filter(|_| ranked(r))
            };
            let (x, y) = (p(a), p(b));
            (x.is_none().cmp(&y.is_none()))
                .then_with(|| dir(x.cmp(&y)))
                .then(a.order.cmp(&b.order))
        }),
        SortKey::Grade => crate::order::sort_by(&mut out, |a, b| {
            let g = |r: &RowData| r.result.as_ref().and_then(|x| x.grade).map(grade_order);
            let (x, y) = (g(a), g(b));
            (x.is_none().cmp(&y.is_none()))
                .then_with(|| dir(x.cmp(&y)))
                .then_with(|| {
                    let p = |r: &RowData| r.result.as_ref().and_then(|x| x.position);
                    p(a).cmp(&p(b))
                })
                .then(a.order.cmp(&b.order))
        }),
        SortKey::Movement => crate::order::sort_by(&mut out, |a, b| {
            let (x, y) = (a.movement(), b.movement());
            (x.is_none().cmp(&y.is_none()))
                .then_with(|| dir(x.cmp(&y)))
                .then(a.order.cmp(&b.order))
        }),
    }
    out
}

#[component]
pub fn GroupRoster(props: &GroupRosterProps) -> Html {
    let lang = use_lang();
    let sort = use_state(|| (SortKey::Rank, true));
    let (key, ascending) = *sort;
    let rows = {
        let rows = props.rows.clone();
        use_memo((rows, key, ascending), |(rows, key, asc)| {
            sorted(rows, *key, *asc)
        })
    };

    let header = |k: SortKey, label: Text, class: &'static str| {
        let active = k == key;
        let aria_sort = active.then_some(if ascending { "ascending" } else { "descending" });
        let onclick = {
            let sort = sort.clone();
            Callback::from(move |_: MouseEvent| {
                let (cur, asc) = *sort;
                if cur == k {
                    sort.set((k, !asc));
                } else {
                    sort.set((k, k.default_ascending()));
                }
            })
        };
        let arrow = match (active, ascending) {
            (false, _) => "↕",
            (true, true) => "▲",
            (true, false) => "▼",
        };
        html! {
            <th scope="col" class={class} aria-sort={aria_sort}>
                <button type="button" class="calc-sort" {onclick}>
                    { label.get(lang) }<span class="calc-sort-arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    };

    let title_id = format!("calc-group-{}", props.dom);
    let count = props.rows.len().to_string();
    let summary = match props.slots {
        Some(s) => fill(
            Text::CalcGroupSummary.get(lang),
            &[("n", &count), ("slots", &s.to_string())],
        ),
        None => fill(Text::CalcGroupCount.get(lang), &[("n", &count)]),
    };
    let add = props.on_add.as_ref().map(|cb| {
        let group = props.group_id.to_string();
        let onclick = cb.reform(move |_: MouseEvent| group.clone());
        html! {
            <button type="button" class="calc-add" id={format!("calc-add-{}", props.dom)} {onclick}>
                { fill(Text::CalcAddUnit.get(lang), &[("group", &props.label)]) }
            </button>
        }
    });

    html! {
        <section class="calc-group" id={format!("calc-section-{}", props.dom)} aria-labelledby={title_id.clone()}>
            <h3 id={title_id.clone()} tabindex="-1">
                { props.label.clone() }
                <span class="calc-group-summary">{ summary }</span>
            </h3>
            if props.rows.is_empty() {
                <p class="calc-hint">{ Text::CalcGroupEmpty.get(lang) }</p>
            } else {
                <div class="calc-table-wrap">
                    <table class="calc-roster" aria-labelledby={title_id}>
                        <thead>
                            <tr>
                                { header(SortKey::Name, Text::CalcColName, "calc-col-name") }
                                { header(SortKey::Total, Text::CalcColTotal, "num") }
                                { header(SortKey::Rank, Text::CalcColRank, "num") }
                                { header(SortKey::Grade, Text::CalcColGrade, "") }
                                <th scope="col">{ Text::CalcColAwards.get(lang) }</th>
                                <th scope="col">{ Text::CalcColFlags.get(lang) }</th>
                                { header(SortKey::Movement, Text::CalcColMovement, "num") }
                                <th scope="col"><span class="visually-hidden">{ Text::CalcColActions.get(lang) }</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|r| html! {
                                <RosterRow key={r.id.to_string()} data={r.clone()} on_row={props.on_row.clone()} />
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            { for add }
        </section>
    }
}
