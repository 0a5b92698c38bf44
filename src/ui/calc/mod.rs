//! The 考核计算 (assessment) screen, issue 5 items 1–4 and 8: the roster of
//! each ranking group with totals, displayed ranks (并列), grades, awards,
//! flags and the movement against last year; the unit editor; the cadres
//! panel; the explanation (trace) of every total and flag; undo and redo.
//! A thin layer over the engine: every number shown comes from the
//! Evaluation in the app state (`use_app()`); edits go out as
//! `Action::Edit(next Scenario)`, one undo step each.
//!
//! One component per file:
//! - `screen.rs` — [`CalcScreen`]: layout, UI state (selection, open trace),
//!   the stable row commands.
//! - `toolbar.rs` — undo / redo / new blank county; `keys.rs` — the global
//!   Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y hook.
//! - `error_banner.rs` — the engine error, naming the unit and field.
//! - `roster.rs` — one ranking group's sortable table; `roster_row.rs` — a
//!   memoised row (cheap props, keyed by unit id).
//! - `editor_panel.rs` — the frame both editors share (title focused on
//!   open, close button, hint, Escape).
//! - `unit_editor.rs` — the editor of the selected unit, made of
//!   `unit_basics.rs`, `indicators.rs` (+ `indicator_row.rs`,
//!   `quarter_values.rs`), `events.rs` (+ `event_row.rs`), `linkage.rs`,
//!   `feedback.rs` (+ `raters_field.rs`), `votes.rs`.
//! - `cadres.rs` — unit heads and county leaders with their results;
//!   `cadre_row.rs` — a memoised row (cheap props, keyed by cadre id);
//!   `cadre_editor.rs`, `learning.rs` (the twelve monthly tests).
//! - `trace_view.rs` — the explanation panel of one total.
//!
//! Helpers here: rule-id → [`Meta`] lookup for trace labels, DOM ids from
//! data ids, fresh ids, number display, engine-error texts.

mod cadre_editor;
mod cadre_row;
mod cadres;
mod editor_panel;
mod error_banner;
mod event_row;
mod events;
mod feedback;
mod indicator_row;
mod indicators;
mod learning;
mod linkage;
mod ops;
mod quarter_values;
mod raters_field;
mod roster;
mod roster_row;
mod screen;
mod toolbar;
mod trace_of;
mod trace_view;
mod ui_state;
mod unit_basics;
mod unit_editor;
mod votes;

pub use error_banner::error_sentence;
pub use screen::CalcScreen;

use rust_decimal::Decimal;

use crate::engine::error::ErrorKind;
use crate::engine::rules::{Meta, RuleSet};
use crate::engine::types::{Direction, Effect};
use crate::i18n::{Lang, Text};

/// Every labelled item of a rule set (scoring sections 4.1–4.8), for
/// looking up the label and citation of a trace line's rule id.
pub fn all_metas(r: &RuleSet) -> Vec<&Meta> {
    let mut v: Vec<&Meta> = vec![
        &r.incomplete,
        &r.rounding,
        &r.indicator_part.meta,
        &r.feedback.meta,
        &r.feedback.drop_extremes.meta,
        &r.rating.meta,
        &r.bonus.total_cap.meta,
        &r.bonus.dedup,
        &r.linkage.meta,
        &r.periods.meta,
        &r.grades.excellent.meta,
        &r.grades.good.meta,
        &r.grades.fair.meta,
        &r.grades.poor,
        &r.grades.national_commendation.meta,
        &r.grades.veto,
        &r.staff_quota.meta,
        &r.awards.all_round,
        &r.awards.single_item.meta,
        &r.awards.led_throughout,
        &r.awards.most_improved,
        &r.escalation.accountability,
        &r.escalation.supervisor_quarters.meta,
        &r.escalation.supervisor_head_grade.meta,
        &r.escalation.supervisor_rating.meta,
        &r.escalation.supervisor_linkage.meta,
        &r.escalation.bottom_two_years.meta,
        &r.cadres.linked_head,
        &r.cadres.linked_leader,
        &r.cadres.individual.meta,
        &r.cadres.excellent.meta,
        &r.cadres.competent.meta,
        &r.cadres.basic.meta,
        &r.cadres.incompetent,
        &r.cadres.not_recommended,
        &r.learning.pass.meta,
        &r.learning.resit,
        &r.learning.retraining,
        &r.learning.missed,
        &r.learning.half_year,
        &r.learning.year,
    ];
    v.extend(r.indicators.iter().map(|i| &i.meta));
    v.extend(r.feedback.groups.iter().map(|g| &g.meta));
    v.extend(r.rating.options.iter().map(|o| &o.meta));
    v.extend(r.bonus.categories.iter().map(|c| &c.meta));
    v.extend(r.events.iter().map(|e| &e.meta));
    v.extend(r.ranking_groups.iter());
    v.extend(r.escalation.steps.iter().map(|s| &s.meta));
    v
}

/// The rule item with id `id` (label zh/en and citation), if the set has it.
pub fn rule_meta<'a>(rules: &'a RuleSet, id: &str) -> Option<&'a Meta> {
    all_metas(rules).into_iter().find(|m| m.id == id)
}

/// The label of rule item `id` in `lang`, or the id itself.
pub fn rule_label(rules: &RuleSet, lang: Lang, id: &str) -> String {
    rule_meta(rules, id)
        .map(|m| lang.pick(&m.zh, &m.en).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// What the inputs of a trace line of rule `id` are (docs/scenario-format.md,
/// "Trace lines"); empty when the rule's inputs have no fixed names.
pub fn input_names(rules: &RuleSet, id: &str) -> &'static [Text] {
    use Text::*;
    if rules.indicators.iter().any(|i| i.meta.id == id) {
        return &[CalcInWeight, CalcInTarget, CalcInActual, CalcInCompletion];
    }
    if rules.feedback.groups.iter().any(|g| g.meta.id == id) {
        return &[CalcInWeight, CalcInScore];
    }
    if rules.rating.options.iter().any(|o| o.meta.id == id) {
        return &[CalcInVotes, CalcInCoefficient];
    }
    if rules.bonus.categories.iter().any(|c| c.meta.id == id) {
        return &[CalcInRaw, CalcInCap];
    }
    if let Some(e) = rules.events.iter().find(|e| e.meta.id == id) {
        return match e.effect {
            Effect::Bonus | Effect::Deduction => &[CalcInPointsEach, CalcInCount],
            Effect::Veto | Effect::Accountability => &[CalcInCount],
        };
    }
    if id == rules.indicator_part.meta.id {
        return &[CalcInWeightsApplicable, CalcInPartPoints];
    }
    if id == rules.feedback.meta.id {
        return &[CalcInWeightsScored, CalcInWeightsTotal];
    }
    if id == rules.feedback.drop_extremes.meta.id {
        return &[CalcInHighest, CalcInLowest, CalcInRaters];
    }
    if id == rules.rating.meta.id {
        return &[CalcInRating, CalcInRatingPoints];
    }
    if id == rules.bonus.dedup.id {
        return &[CalcInPointsEach];
    }
    if id == rules.bonus.total_cap.meta.id {
        return &[CalcInRaw, CalcInCap];
    }
    if id == rules.linkage.meta.id {
        return &[CalcInCountyPoints, CalcInMultiplier];
    }
    if id == rules.periods.meta.id {
        return &[CalcInWeight, CalcInScore];
    }
    if id == rules.rounding.id {
        return &[CalcInUnrounded];
    }
    if id == rules.cadres.linked_head.id || id == rules.cadres.linked_leader.id {
        return &[CalcInLinked, CalcInWeight];
    }
    if id == rules.cadres.individual.meta.id {
        return &[CalcInLearning, CalcInWeight];
    }
    if rules.ranking_groups.iter().any(|g| g.id == id) {
        return &[CalcInPosition, CalcInRank, CalcInRanked];
    }
    let g = &rules.grades;
    if id == g.excellent.meta.id {
        return &[CalcInTotal, CalcInThreshold, CalcInSlotUsed, CalcInSlots];
    }
    if id == g.good.meta.id || id == g.fair.meta.id || id == g.poor.id {
        return &[CalcInTotal, CalcInThreshold];
    }
    if id == rules.staff_quota.meta.id {
        return &[CalcInStaff, CalcInShare, CalcInQuota];
    }
    let c = &rules.cadres;
    if id == c.excellent.meta.id
        || id == c.competent.meta.id
        || id == c.basic.meta.id
        || id == c.incompetent.id
    {
        return &[CalcInResult, CalcInThreshold];
    }
    &[]
}

/// The label of an engine error kind.
pub fn error_kind(k: ErrorKind) -> Text {
    match k {
        ErrorKind::UnsupportedVersion => Text::CalcErrUnsupportedVersion,
        ErrorKind::UnknownRuleSet => Text::CalcErrUnknownRuleSet,
        ErrorKind::UnknownRuleId => Text::CalcErrUnknownRuleId,
        ErrorKind::DuplicateId => Text::CalcErrDuplicateId,
        ErrorKind::NegativeCount => Text::CalcErrNegativeCount,
        ErrorKind::WeightsNotSumming => Text::CalcErrWeightsNotSumming,
        ErrorKind::TargetNotPositive => Text::CalcErrTargetNotPositive,
        ErrorKind::MissingValue => Text::CalcErrMissingValue,
        ErrorKind::OutOfRange => Text::CalcErrOutOfRange,
        ErrorKind::MissingUnit => Text::CalcErrMissingUnit,
        ErrorKind::DocNoCount => Text::CalcErrDocNoCount,
        ErrorKind::Overflow => Text::CalcErrOverflow,
    }
}

/// The label of an indicator direction.
pub fn direction(d: Direction) -> Text {
    match d {
        Direction::Higher => Text::CalcDirHigher,
        Direction::Lower => Text::CalcDirLower,
    }
}

pub use super::dom_id;

/// `prefix` + the smallest n ≥ `start` such that the id is not taken.
pub fn fresh_id<'a>(
    prefix: &str,
    start: usize,
    taken: impl Iterator<Item = &'a str> + Clone,
) -> String {
    let mut n = start.max(1);
    loop {
        let id = format!("{prefix}{n}");
        if !taken.clone().any(|t| t == id) {
            return id;
        }
        n += 1;
    }
}

/// A whole decimal as `i64` (number fields bounded to whole values only
/// send those).
pub fn to_i64(d: Decimal) -> Option<i64> {
    use rust_decimal::prelude::ToPrimitive;
    d.trunc().to_i64()
}

/// Bounds of a whole-number field from `min`.
pub fn whole_from(min: i64) -> crate::numinput::Bounds {
    crate::numinput::Bounds {
        min: Some(Decimal::from(min)),
        max: Some(Decimal::from(1_000_000_000i64)),
        whole: true,
        positive: false,
    }
}

/// Bounds of a score field (0–100).
pub fn score_bounds() -> crate::numinput::Bounds {
    crate::numinput::Bounds {
        min: Some(Decimal::ZERO),
        max: Some(Decimal::from(100)),
        whole: false,
        positive: false,
    }
}

/// Replaces each `{name}` in `template` by its value.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(template.to_string(), |acc, (k, v)| {
        acc.replace(&format!("{{{k}}}"), v)
    })
}

/// A score as the engine produced it (rounded totals keep their two
/// decimals).
pub fn score(d: Decimal) -> String {
    d.to_string()
}

/// An unrounded value (a trace line's points or input): exact and without
/// trailing zeros up to four decimals; longer ones are shown to four
/// decimals with `≈` (the exact value is in the cell's title).
pub fn exact(d: Decimal) -> (String, bool) {
    let n = d.normalize();
    if n.scale() <= 4 {
        (n.to_string(), false)
    } else {
        (format!("≈{}", d.round_dp(4).normalize()), true)
    }
}

/// A signed display of trace points: `+1`, `−0.5`, `0`, `≈+16.6667`.
pub fn signed(d: Decimal) -> String {
    let (s, approx) = exact(d.abs());
    let s = s.trim_start_matches('≈');
    let sign = if d > Decimal::ZERO {
        "+"
    } else if d < Decimal::ZERO {
        "−"
    } else {
        ""
    };
    format!("{}{sign}{s}", if approx { "≈" } else { "" })
}
