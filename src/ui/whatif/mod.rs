//! The 情景模拟 (what-if) screen, issue 6 items 2–5: named scenarios stored
//! in `Scenario.what_ifs` (each an override of units of the baseline),
//! edited unit by unit; the baseline and the selected scenario side by side
//! (per group, rows whose rank, grade, award or flag changes highlighted)
//! with an SVG chart of the parts of one unit's total; the sensitivity of
//! one unit; goal seek for a total, a rank or a grade, applied as a new
//! scenario in one click. Every figure comes from `engine::whatif`
//! (`compare`, `sensitivity`, `goal_seek`); every change is one
//! `Action::Edit` of the Scenario, so scenarios persist with the draft and
//! travel in links.
//!
//! One component per file:
//! - `screen.rs` — [`WhatIfScreen`]: selection (scenario, unit), layout.
//! - `scenario_list.rs` — add named, rename, duplicate, remove, select.
//! - `unit_inputs.rs` — the selected unit's inputs inside the scenario
//!   (indicator actuals, events); `event_adder.rs` — kind, level, quarter
//!   and an add button (also adds goal-seek levers).
//! - `compare_view.rs` — the comparison of one scenario, one
//!   `group_table.rs` per ranking group; `parts_chart.rs` — the inline SVG.
//! - `sensitivity_view.rs` — the ranked single changes of one unit.
//! - `goal_seek.rs` — target and levers; `answer_view.rs` — the answer.
//!
//! Helpers here: number, rank and grade display, labels of edits, levers
//! and unreachable reasons. Styles: `styles/whatif.css`; tests
//! `tests/browser_whatif.rs`, `tests/e2e/whatif.test.mjs`.

mod answer_view;
mod compare_view;
mod event_adder;
mod goal_seek;
mod group_table;
mod parts_chart;
mod scenario_list;
mod screen;
mod sensitivity_view;
mod unit_inputs;

pub use screen::WhatIfScreen;

use rust_decimal::Decimal;

use crate::engine::error::EngineError;
use crate::engine::rules::RuleSet;
use crate::engine::scenario::Scenario;
use crate::engine::types::{Level, UnitGrade};
use crate::engine::whatif::{Edit, Lever, LeverOn, Unreachable};
use crate::i18n::{self, Lang, Text};
use crate::ui::calc::{error_kind, fill, rule_label};

/// A score with two decimals (`98.58`).
pub fn num(d: Decimal) -> String {
    format!("{:.2}", d.round_dp(2))
}

/// An optional score (`—` when absent).
pub fn opt_num(d: Option<Decimal>) -> String {
    d.map(num).unwrap_or_else(|| "—".to_string())
}

/// A signed difference: `+1.00`, `−0.50`, `0.00`.
pub fn delta(d: Decimal) -> String {
    let r = d.round_dp(2);
    if r > Decimal::ZERO {
        format!("+{}", num(r))
    } else if r < Decimal::ZERO {
        format!("−{}", num(-r))
    } else {
        num(Decimal::ZERO)
    }
}

/// A signed whole difference (`+2`, `−1`, `0`).
pub fn delta_int(d: i64) -> String {
    match d {
        d if d > 0 => format!("+{d}"),
        d if d < 0 => format!("−{}", -d),
        _ => "0".to_string(),
    }
}

/// A displayed rank (`3`, `4 并列`), or the unranked text.
pub fn rank(lang: Lang, r: Option<u32>) -> String {
    match r {
        Some(r) => r.to_string(),
        None => Text::WiUnranked.get(lang).to_string(),
    }
}

/// A grade label, or `—`.
pub fn grade(lang: Lang, g: Option<UnitGrade>) -> String {
    g.map(|g| i18n::unit_grade(g).get(lang).to_string())
        .unwrap_or_else(|| "—".to_string())
}

/// A stable name of a grade for data attributes and tests.
pub fn grade_key(g: Option<UnitGrade>) -> &'static str {
    match g {
        Some(UnitGrade::Excellent) => "excellent",
        Some(UnitGrade::Good) => "good",
        Some(UnitGrade::Fair) => "fair",
        Some(UnitGrade::Poor) => "poor",
        None => "none",
    }
}

/// A unit's name (its id when unnamed or unknown).
pub fn unit_name(s: &Scenario, id: &str) -> String {
    s.units
        .iter()
        .find(|u| u.id == id)
        .map(|u| u.name.trim())
        .filter(|n| !n.is_empty())
        .unwrap_or(id)
        .to_string()
}

/// "第4季度" / "Q4".
pub fn quarter(lang: Lang, q: impl ToString) -> String {
    fill(Text::WiQuarterN.get(lang), &[("q", &q.to_string())])
}

/// The label of a level.
pub fn level(lang: Lang, l: Level) -> &'static str {
    i18n::level(l).get(lang)
}

/// `a` and `b` shown with the same decimal places (the more of the two),
/// so that "62737.29 → 62218.80" reads as one kind of number.
fn same_places(a: Decimal, b: Decimal) -> (String, String) {
    let (a, b) = (a.normalize(), b.normalize());
    let dp = a.scale().max(b.scale());
    let show = |mut d: Decimal| {
        d.rescale(dp);
        d.to_string()
    };
    (show(a), show(b))
}

/// One concrete change of a unit's inputs, in words.
pub fn edit_text(rules: &RuleSet, lang: Lang, e: &Edit) -> String {
    match e {
        Edit::SetActual {
            indicator,
            from,
            to,
        } => {
            let (from, to) = same_places(*from, *to);
            fill(
                Text::WiEditSetActual.get(lang),
                &[
                    ("ind", &rule_label(rules, lang, indicator)),
                    ("from", &from),
                    ("to", &to),
                ],
            )
        }
        Edit::AddEvents {
            kind,
            level: l,
            quarter: q,
            count,
        } => fill(
            Text::WiEditAdd.get(lang),
            &[
                ("count", &count.to_string()),
                ("kind", &rule_label(rules, lang, kind)),
                ("level", level(lang, *l)),
                ("q", &q.to_string()),
            ],
        ),
        Edit::RemoveEvent { kind, level: l } => fill(
            Text::WiEditRemove.get(lang),
            &[
                ("kind", &rule_label(rules, lang, kind)),
                ("level", level(lang, *l)),
            ],
        ),
    }
}

/// A goal-seek lever, in words.
pub fn lever_text(rules: &RuleSet, lang: Lang, l: &Lever) -> String {
    match &l.on {
        LeverOn::Indicator(id) => fill(
            Text::WiGsLeverIndicator.get(lang),
            &[("ind", &rule_label(rules, lang, id))],
        ),
        LeverOn::Event {
            kind,
            level: lv,
            quarter: q,
        } => fill(
            Text::WiGsLeverEvent.get(lang),
            &[
                ("kind", &rule_label(rules, lang, kind)),
                ("level", level(lang, *lv)),
                ("q", &q.to_string()),
            ],
        ),
    }
}

/// Why a target cannot be reached, in words.
pub fn unreachable_text(
    s: &Scenario,
    rules: &RuleSet,
    lang: Lang,
    u: &Unreachable,
    levers: &[Lever],
) -> String {
    let labels = |ids: &[String]| {
        ids.iter()
            .map(|id| rule_label(rules, lang, id))
            .collect::<Vec<_>>()
            .join("、")
    };
    match u {
        Unreachable::Vetoed { kinds } => {
            fill(Text::WiUnrVetoed.get(lang), &[("kinds", &labels(kinds))])
        }
        Unreachable::NotRanked => Text::WiUnrNotRanked.get(lang).to_string(),
        Unreachable::NoLevers => Text::WiUnrNoLevers.get(lang).to_string(),
        Unreachable::Quota { slots, holders } => {
            let names = holders
                .iter()
                .map(|h| unit_name(s, h))
                .collect::<Vec<_>>()
                .join("、");
            fill(
                Text::WiUnrQuota.get(lang),
                &[("slots", &slots.to_string()), ("holders", &names)],
            )
        }
        Unreachable::Capped { caps } => {
            fill(Text::WiUnrCapped.get(lang), &[("caps", &labels(caps))])
        }
        Unreachable::MaxSteps { levers: idx } => {
            let names = idx
                .iter()
                .filter_map(|i| levers.get(*i))
                .map(|l| lever_text(rules, lang, l))
                .collect::<Vec<_>>()
                .join("、");
            fill(Text::WiUnrMaxSteps.get(lang), &[("levers", &names)])
        }
    }
}

/// An engine error in one line: translated kind, field, value.
pub fn error_text(lang: Lang, e: &EngineError) -> String {
    let mut out = format!(
        "{}{}",
        Text::WiError.get(lang),
        error_kind(e.kind).get(lang)
    );
    if let Some(u) = &e.unit {
        out.push_str(&format!(" · {u}"));
    }
    if !e.field.is_empty() {
        out.push_str(&format!(" · {}", e.field));
    }
    if let Some(v) = &e.value {
        out.push_str(&format!(" = {v}"));
    }
    out
}
