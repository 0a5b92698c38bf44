//! Checking a RuleSet as a whole (domain.md section 4: offices edit the
//! numbers and add or remove items of the existing kinds): every problem of
//! the set at once, each with the JSON path of the offending value, so an
//! editor can show it at its field.
//!
//! [`RuleSet::validate`] lists every issue (scoring and tolerance parts);
//! [`check_scoring`] is the check the engine runs before each evaluation
//! (`book.rs`): the first blocking issue of the scoring part (sections
//! 4.1–4.8) as an [`EngineError`] at `rules.<path>`. Both run the same
//! checks, so what the editor marks is exactly what the engine refuses.
//!
//! Paths follow the RuleSet's JSON with list positions, e.g.
//! `feedback.groups[2].weight`, `events[4].points.city`, `indicators[1].id`,
//! `tolerance.calendar.holidays[0]`. An issue about a whole list (weights
//! not summing) has the list's path (`feedback.groups`).
//!
//! Severity: [`Severity::Error`] issues make the engine refuse the set (the
//! scoring part) or the tolerance check (the tolerance part);
//! [`Severity::Warning`] issues are shown but computed through — period
//! weights not summing to 100 (docs/engine-choices.md 16: they are free).

use std::collections::HashSet;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::{EngineError, ErrorKind};
use super::num::HUNDRED;
use super::rules::{Meta, RuleSet, SCHEMA_VERSION};
use super::tolerance::{CivilDate, ToleranceRules};
use super::types::Effect;

/// What is wrong with a value of the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// A `schema_version` this engine does not read.
    UnsupportedVersion,
    /// An item of a list without an id (blank).
    EmptyId,
    /// An id used by an earlier item of the same list (for the tolerance
    /// checklist: of the three lists together).
    DuplicateId,
    /// A cap, points, weight or coefficient below zero.
    Negative,
    /// A share that is not within 0–1.
    ShareOutOfRange,
    /// A score threshold that is not within 0–100 (the pass mark).
    ScoreOutOfRange,
    /// Weights that must sum to 100 do not; `value` is the sum.
    WeightsNotSumming,
    /// A bonus event kind without a bonus category.
    MissingCategory,
    /// A reference (a category, an event kind, a checklist item) to an id
    /// that the list does not have; `value` is the id.
    UnknownReference,
    /// A calendar date that is not a valid `YYYY-MM-DD`.
    InvalidDate,
    /// A date listed both as a holiday and as a make-up working day.
    CalendarConflict,
    /// A sum beyond the range of the decimal type.
    Overflow,
    /// Points or a cap above the whole score of 100 (a warning: it is
    /// computed through, but it is almost surely a typing error).
    BeyondScore,
}

impl IssueKind {
    /// The engine error kind the issue is reported as.
    pub fn error_kind(self) -> ErrorKind {
        match self {
            IssueKind::UnsupportedVersion => ErrorKind::UnsupportedVersion,
            IssueKind::EmptyId | IssueKind::MissingCategory => ErrorKind::MissingValue,
            IssueKind::DuplicateId => ErrorKind::DuplicateId,
            IssueKind::WeightsNotSumming => ErrorKind::WeightsNotSumming,
            IssueKind::UnknownReference => ErrorKind::UnknownRuleId,
            IssueKind::Overflow => ErrorKind::Overflow,
            IssueKind::Negative
            | IssueKind::ShareOutOfRange
            | IssueKind::ScoreOutOfRange
            | IssueKind::BeyondScore
            | IssueKind::InvalidDate
            | IssueKind::CalendarConflict => ErrorKind::OutOfRange,
        }
    }
}

/// Whether an issue stops the computation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The engine refuses the rules until it is fixed.
    Error,
    /// Shown to the user; the engine computes with the value as it is.
    Warning,
}

/// One problem of a RuleSet, at its path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleIssue {
    /// JSON path inside the RuleSet, e.g. `feedback.groups[2].weight`.
    pub path: String,
    pub kind: IssueKind,
    /// The offending value (the sum, the id, the date), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    pub severity: Severity,
}

impl RuleIssue {
    /// Whether the issue is about the tolerance part (section 4.9).
    pub fn is_tolerance(&self) -> bool {
        self.path.starts_with("tolerance.")
    }

    /// The issue as the engine reports it: field `rules.<path>`.
    pub fn to_engine_error(&self) -> EngineError {
        let e = EngineError::new(self.kind.error_kind(), format!("rules.{}", self.path));
        match &self.value {
            Some(v) => e.with_value(v),
            None => e,
        }
    }
}

impl RuleSet {
    /// Every issue of the set, scoring part (4.1–4.8) then tolerance part
    /// (4.9), in the order of the set's fields. The built-in set has none.
    pub fn validate(&self) -> Vec<RuleIssue> {
        let mut c = Checker::default();
        scoring(self, &mut c);
        tolerance(&self.tolerance, &mut c);
        c.issues
    }
}

/// The engine's check of the scoring part: the first blocking issue (in
/// the order of [`RuleSet::validate`]) as an [`EngineError`].
pub fn check_scoring(set: &RuleSet) -> Result<(), EngineError> {
    let mut c = Checker {
        stop_at_error: true,
        ..Checker::default()
    };
    scoring(set, &mut c);
    match c.issues.iter().find(|i| i.severity == Severity::Error) {
        Some(i) => Err(i.to_engine_error()),
        None => Ok(()),
    }
}

/// Collects issues. Paths are built only when an issue is found, so a clean
/// set costs no allocation beyond the id sets.
#[derive(Default)]
struct Checker {
    issues: Vec<RuleIssue>,
    /// The engine needs only the first error: stop collecting after it.
    stop_at_error: bool,
}

impl Checker {
    fn done(&self) -> bool {
        self.stop_at_error && self.issues.iter().any(|i| i.severity == Severity::Error)
    }

    fn push(&mut self, path: String, kind: IssueKind, value: Option<String>, severity: Severity) {
        if !self.done() {
            self.issues.push(RuleIssue {
                path,
                kind,
                value,
                severity,
            });
        }
    }

    fn error(&mut self, path: impl FnOnce() -> String, kind: IssueKind, value: Option<String>) {
        if !self.done() {
            self.push(path(), kind, value, Severity::Error);
        }
    }

    /// `v ≥ 0`.
    fn non_negative(&mut self, v: Decimal, path: impl FnOnce() -> String) {
        if v < Decimal::ZERO {
            self.error(path, IssueKind::Negative, Some(v.to_string()));
        }
    }

    /// `v ≥ 0`, and a warning above the whole score of 100: points and caps
    /// of bonus and deduction events.
    fn points(&mut self, v: Decimal, path: impl FnOnce() -> String) {
        if v < Decimal::ZERO {
            self.error(path, IssueKind::Negative, Some(v.to_string()));
        } else if v > HUNDRED {
            self.push(
                path(),
                IssueKind::BeyondScore,
                Some(v.to_string()),
                Severity::Warning,
            );
        }
    }

    /// `0 ≤ v ≤ 1`.
    fn share(&mut self, v: Decimal, path: impl FnOnce() -> String) {
        if v < Decimal::ZERO || v > Decimal::ONE {
            self.error(path, IssueKind::ShareOutOfRange, Some(v.to_string()));
        }
    }

    /// `0 ≤ v ≤ 100`.
    fn score(&mut self, v: Decimal, path: impl FnOnce() -> String) {
        if v < Decimal::ZERO || v > HUNDRED {
            self.error(path, IssueKind::ScoreOutOfRange, Some(v.to_string()));
        }
    }

    /// Ids of `list` (at `list_path`) non-blank and unique; returns the set
    /// of ids for reference checks.
    fn ids<'a>(&mut self, list_path: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.error(|| format!("{list_path}[{i}].id"), IssueKind::EmptyId, None);
            } else if !seen.insert(id) {
                self.error(
                    || format!("{list_path}[{i}].id"),
                    IssueKind::DuplicateId,
                    Some(id.to_string()),
                );
            }
        }
        seen
    }

    /// Σ `weights` = 100, the issue at `path` with `severity`.
    fn sum_hundred<'a>(
        &mut self,
        weights: impl Iterator<Item = &'a Decimal>,
        path: &str,
        severity: Severity,
    ) {
        let mut total = Decimal::ZERO;
        for w in weights {
            match total.checked_add(*w) {
                Some(t) => total = t,
                None => {
                    self.push(path.to_string(), IssueKind::Overflow, None, Severity::Error);
                    return;
                }
            }
        }
        if total != HUNDRED && !self.done() {
            self.push(
                path.to_string(),
                IssueKind::WeightsNotSumming,
                Some(total.normalize().to_string()),
                severity,
            );
        }
    }
}

fn metas<T>(list: &[T], meta: impl Fn(&T) -> &Meta) -> impl Iterator<Item = &str> {
    list.iter().map(move |x| meta(x).id.as_str())
}

/// Sections 4.1–4.8.
fn scoring(s: &RuleSet, c: &mut Checker) {
    if s.schema_version != SCHEMA_VERSION {
        c.error(
            || "schema_version".into(),
            IssueKind::UnsupportedVersion,
            Some(s.schema_version.to_string()),
        );
    }

    // 4.2 indicator part and catalogue.
    c.non_negative(s.indicator_part.points, || "indicator_part.points".into());
    c.non_negative(s.indicator_part.completion_max, || {
        "indicator_part.completion_max".into()
    });
    c.ids("indicators", metas(&s.indicators, |i| &i.meta));
    for (i, ind) in s.indicators.iter().enumerate() {
        c.non_negative(ind.default_weight, || {
            format!("indicators[{i}].default_weight")
        });
    }

    // 4.2 360 part.
    c.non_negative(s.feedback.points, || "feedback.points".into());
    c.ids("feedback.groups", metas(&s.feedback.groups, |g| &g.meta));
    for (i, g) in s.feedback.groups.iter().enumerate() {
        c.non_negative(g.weight, || format!("feedback.groups[{i}].weight"));
    }
    c.sum_hundred(
        s.feedback.groups.iter().map(|g| &g.weight),
        "feedback.groups",
        Severity::Error,
    );

    // 4.2 democratic rating.
    c.non_negative(s.rating.points, || "rating.points".into());
    c.ids("rating.options", metas(&s.rating.options, |o| &o.meta));
    for (i, o) in s.rating.options.iter().enumerate() {
        if let Some(k) = o.coefficient {
            c.non_negative(k, || format!("rating.options[{i}].coefficient"));
        }
    }

    // 4.2 bonus categories and caps, event kinds.
    let categories = c.ids("bonus.categories", metas(&s.bonus.categories, |x| &x.meta));
    for (i, cat) in s.bonus.categories.iter().enumerate() {
        c.points(cat.cap, || format!("bonus.categories[{i}].cap"));
    }
    c.points(s.bonus.total_cap.cap, || "bonus.total_cap.cap".into());
    let kinds = c.ids("events", metas(&s.events, |k| &k.meta));
    for (i, k) in s.events.iter().enumerate() {
        c.points(k.points.national, || format!("events[{i}].points.national"));
        c.points(k.points.provincial, || {
            format!("events[{i}].points.provincial")
        });
        c.points(k.points.city, || format!("events[{i}].points.city"));
        if k.effect == Effect::Bonus {
            match &k.category {
                None => c.error(
                    || format!("events[{i}].category"),
                    IssueKind::MissingCategory,
                    None,
                ),
                Some(cat) if !categories.contains(cat.as_str()) => c.error(
                    || format!("events[{i}].category"),
                    IssueKind::UnknownReference,
                    Some(cat.clone()),
                ),
                Some(_) => {}
            }
        }
    }

    // 4.2 linkage, 4.3 period weights (free: a warning only).
    c.non_negative(s.linkage.multiplier, || "linkage.multiplier".into());
    for (k, w) in s.periods.weights.iter().enumerate() {
        c.non_negative(*w, || format!("periods.weights[{k}]"));
    }
    c.sum_hundred(
        s.periods.weights.iter(),
        "periods.weights",
        Severity::Warning,
    );

    // 4.1 ranking groups.
    c.ids(
        "ranking_groups",
        s.ranking_groups.iter().map(|g| g.id.as_str()),
    );

    // 4.4 grades and quotas.
    c.share(s.grades.excellent.share, || "grades.excellent.share".into());
    let national = &s.grades.national_commendation.kind;
    if !kinds.contains(national.as_str()) {
        c.error(
            || "grades.national_commendation.kind".into(),
            IssueKind::UnknownReference,
            Some(national.clone()),
        );
    }
    c.share(s.staff_quota.share, || "staff_quota.share".into());
    c.share(s.staff_quota.share_excellent, || {
        "staff_quota.share_excellent".into()
    });

    // 4.6 escalation.
    c.ids("escalation.steps", metas(&s.escalation.steps, |x| &x.meta));
    c.share(s.escalation.supervisor_quarters.share, || {
        "escalation.supervisor_quarters.share".into()
    });

    // 4.7 cadres, 4.8 learning.
    c.share(s.cadres.individual.learning_weight, || {
        "cadres.individual.learning_weight".into()
    });
    c.share(s.cadres.excellent.leader_share, || {
        "cadres.excellent.leader_share".into()
    });
    c.score(s.learning.pass.pass_mark, || {
        "learning.pass.pass_mark".into()
    });
}

/// Section 4.9: the same checks as `ToleranceRules::validate`, every issue
/// at its path instead of the first one.
fn tolerance(t: &ToleranceRules, c: &mut Checker) {
    c.ids(
        "tolerance.distinctions",
        t.distinctions.iter().map(|d| d.id.as_str()),
    );
    // The checklist: ids unique across the three lists.
    let mut checklist: HashSet<&str> = HashSet::new();
    for (list, items) in [
        ("tolerance.negative", &t.negative),
        ("tolerance.conditions", &t.conditions),
        ("tolerance.positive", &t.positive),
    ] {
        for (i, item) in items.iter().enumerate() {
            let id = item.id.as_str();
            if id.trim().is_empty() {
                c.error(|| format!("{list}[{i}].id"), IssueKind::EmptyId, None);
            } else if !checklist.insert(id) {
                c.error(
                    || format!("{list}[{i}].id"),
                    IssueKind::DuplicateId,
                    Some(id.to_string()),
                );
            }
        }
    }
    for (i, d) in t.distinctions.iter().enumerate() {
        if !t.negative.iter().any(|n| n.id == d.negative) {
            c.error(
                || format!("tolerance.distinctions[{i}].negative"),
                IssueKind::UnknownReference,
                Some(d.negative.clone()),
            );
        }
        if !t.positive.iter().any(|p| p.id == d.positive) {
            c.error(
                || format!("tolerance.distinctions[{i}].positive"),
                IssueKind::UnknownReference,
                Some(d.positive.clone()),
            );
        }
    }
    c.ids("tolerance.steps", t.steps.iter().map(|s| s.id.as_str()));
    c.ids(
        "tolerance.clearance_methods",
        t.clearance_methods.iter().map(|m| m.id.as_str()),
    );
    let mut holidays = HashSet::new();
    for (i, d) in t.calendar.holidays.iter().enumerate() {
        match CivilDate::parse(d) {
            Ok(day) => {
                holidays.insert(day);
            }
            Err(_) => c.error(
                || format!("tolerance.calendar.holidays[{i}]"),
                IssueKind::InvalidDate,
                Some(d.clone()),
            ),
        }
    }
    for (i, d) in t.calendar.makeup_workdays.iter().enumerate() {
        match CivilDate::parse(d) {
            Ok(day) if holidays.contains(&day) => c.error(
                || format!("tolerance.calendar.makeup_workdays[{i}]"),
                IssueKind::CalendarConflict,
                Some(d.clone()),
            ),
            Ok(_) => {}
            Err(_) => c.error(
                || format!("tolerance.calendar.makeup_workdays[{i}]"),
                IssueKind::InvalidDate,
                Some(d.clone()),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::Item;
    use crate::engine::types::Effect;

    fn one(set: &RuleSet) -> RuleIssue {
        let issues = set.validate();
        assert_eq!(issues.len(), 1, "{issues:?}");
        issues.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    type Edit = Box<dyn Fn(&mut RuleSet)>;

    fn dec(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn rules_check_builtin_set_has_no_issue() {
        assert_eq!(RuleSet::builtin().validate(), vec![]);
        assert_eq!(check_scoring(&RuleSet::builtin()), Ok(()));
    }

    #[test]
    fn rules_check_feedback_weights_not_summing_names_the_list_and_the_sum() {
        let mut s = RuleSet::builtin();
        s.feedback.groups[2].weight = dec(15);
        let i = one(&s);
        assert_eq!(i.path, "feedback.groups");
        assert_eq!(i.kind, IssueKind::WeightsNotSumming);
        assert_eq!(i.value.as_deref(), Some("95"));
        assert_eq!(i.severity, Severity::Error);
        let e = check_scoring(&s).err();
        assert_eq!(
            e.as_ref().map(|e| e.kind),
            Some(ErrorKind::WeightsNotSumming)
        );
        assert_eq!(
            e.map(|e| e.field),
            Some("rules.feedback.groups".to_string())
        );
    }

    #[test]
    fn rules_check_negative_weight_is_at_its_field_and_the_sum_is_reported_too() {
        let mut s = RuleSet::builtin();
        s.feedback.groups[2].weight = dec(-20);
        let issues = s.validate();
        let paths: Vec<(&str, IssueKind)> =
            issues.iter().map(|i| (i.path.as_str(), i.kind)).collect();
        assert_eq!(
            paths,
            vec![
                ("feedback.groups[2].weight", IssueKind::Negative),
                ("feedback.groups", IssueKind::WeightsNotSumming),
            ]
        );
        // The engine reports the first.
        let e = check_scoring(&s).err();
        assert_eq!(
            e.map(|e| (e.kind, e.field, e.value)),
            Some((
                ErrorKind::OutOfRange,
                "rules.feedback.groups[2].weight".to_string(),
                Some("-20".to_string())
            ))
        );
    }

    #[test]
    fn rules_check_period_weights_not_summing_is_a_warning_the_engine_computes_through() {
        let mut s = RuleSet::builtin();
        s.periods.weights = [dec(10), dec(10), dec(10), dec(10), dec(50)];
        let i = one(&s);
        assert_eq!(
            (i.path.as_str(), i.kind, i.value.as_deref(), i.severity),
            (
                "periods.weights",
                IssueKind::WeightsNotSumming,
                Some("90"),
                Severity::Warning
            )
        );
        assert_eq!(check_scoring(&s), Ok(()));
        s.periods.weights[3] = dec(-1);
        let issues = s.validate();
        assert_eq!(issues[0].path, "periods.weights[3]");
        assert_eq!(issues[0].kind, IssueKind::Negative);
        assert!(check_scoring(&s).is_err());
    }

    #[test]
    fn rules_check_warns_of_points_beyond_the_whole_score() {
        let mut s = RuleSet::builtin();
        s.events[0].points.provincial = dec(100_000_000);
        s.bonus.total_cap.cap = dec(101);
        let issues = s.validate();
        for path in ["events[0].points.provincial", "bonus.total_cap.cap"] {
            let i = issues
                .iter()
                .find(|i| i.path == path)
                .unwrap_or_else(|| panic!("no issue at {path}: {issues:?}"));
            assert_eq!(i.kind, IssueKind::BeyondScore);
            assert_eq!(i.severity, Severity::Warning);
        }
        // A warning only: the set still scores.
        assert!(check_scoring(&s).is_ok());
        // 100 itself is a plausible cap.
        s.bonus.total_cap.cap = dec(100);
        assert!(!s.validate().iter().any(|i| i.path == "bonus.total_cap.cap"));
    }

    #[test]
    fn rules_check_negative_caps_points_and_values() {
        let cases: Vec<(&str, Edit)> = vec![
            (
                "indicator_part.points",
                Box::new(|s| s.indicator_part.points = dec(-1)),
            ),
            (
                "indicator_part.completion_max",
                Box::new(|s| s.indicator_part.completion_max = dec(-1)),
            ),
            (
                "indicators[3].default_weight",
                Box::new(|s| s.indicators[3].default_weight = dec(-1)),
            ),
            ("feedback.points", Box::new(|s| s.feedback.points = dec(-1))),
            ("rating.points", Box::new(|s| s.rating.points = dec(-1))),
            (
                "rating.options[1].coefficient",
                Box::new(|s| s.rating.options[1].coefficient = Some(dec(-1))),
            ),
            (
                "bonus.categories[1].cap",
                Box::new(|s| s.bonus.categories[1].cap = dec(-5)),
            ),
            (
                "bonus.total_cap.cap",
                Box::new(|s| s.bonus.total_cap.cap = dec(-10)),
            ),
            (
                "events[0].points.national",
                Box::new(|s| s.events[0].points.national = dec(-2)),
            ),
            (
                "events[5].points.provincial",
                Box::new(|s| s.events[5].points.provincial = dec(-2)),
            ),
            (
                "events[7].points.city",
                Box::new(|s| s.events[7].points.city = dec(-1)),
            ),
            (
                "linkage.multiplier",
                Box::new(|s| s.linkage.multiplier = dec(-2)),
            ),
        ];
        for (path, edit) in cases {
            let mut s = RuleSet::builtin();
            edit(&mut s);
            let i = one(&s);
            assert_eq!(
                (i.path.as_str(), i.kind),
                (path, IssueKind::Negative),
                "{path}"
            );
            assert_eq!(i.value.as_deref().map(|v| v.starts_with('-')), Some(true));
            let e = check_scoring(&s).err();
            assert_eq!(e.map(|e| e.field), Some(format!("rules.{path}")));
        }
    }

    #[test]
    fn rules_check_shares_and_the_pass_mark_out_of_range() {
        let half = Decimal::new(15, 1);
        let cases: Vec<(&str, IssueKind, Edit)> = vec![
            (
                "grades.excellent.share",
                IssueKind::ShareOutOfRange,
                Box::new(move |s| s.grades.excellent.share = half),
            ),
            (
                "staff_quota.share",
                IssueKind::ShareOutOfRange,
                Box::new(|s| s.staff_quota.share = dec(-1)),
            ),
            (
                "staff_quota.share_excellent",
                IssueKind::ShareOutOfRange,
                Box::new(move |s| s.staff_quota.share_excellent = half),
            ),
            (
                "escalation.supervisor_quarters.share",
                IssueKind::ShareOutOfRange,
                Box::new(move |s| s.escalation.supervisor_quarters.share = half),
            ),
            (
                "cadres.individual.learning_weight",
                IssueKind::ShareOutOfRange,
                Box::new(move |s| s.cadres.individual.learning_weight = half),
            ),
            (
                "cadres.excellent.leader_share",
                IssueKind::ShareOutOfRange,
                Box::new(move |s| s.cadres.excellent.leader_share = half),
            ),
            (
                "learning.pass.pass_mark",
                IssueKind::ScoreOutOfRange,
                Box::new(|s| s.learning.pass.pass_mark = dec(101)),
            ),
        ];
        for (path, kind, edit) in cases {
            let mut s = RuleSet::builtin();
            edit(&mut s);
            let i = one(&s);
            assert_eq!((i.path.as_str(), i.kind), (path, kind), "{path}");
            assert_eq!(
                check_scoring(&s).err().map(|e| e.kind),
                Some(ErrorKind::OutOfRange)
            );
        }
    }

    #[test]
    fn rules_check_duplicate_and_empty_ids_in_every_list() {
        let cases: Vec<(&str, Edit)> = vec![
            (
                "indicators[1].id",
                Box::new(|s| s.indicators[1].meta.id = "ind.gdp".into()),
            ),
            (
                "feedback.groups[4].id",
                Box::new(|s| s.feedback.groups[4].meta.id = "fb.office".into()),
            ),
            (
                "rating.options[2].id",
                Box::new(|s| s.rating.options[2].meta.id = "vote.good".into()),
            ),
            (
                "bonus.categories[3].id",
                Box::new(|s| s.bonus.categories.push(s.bonus.categories[0].clone())),
            ),
            (
                "events[9].id",
                Box::new(|s| s.events[9].meta.id = "veto.safety".into()),
            ),
            (
                "ranking_groups[1].id",
                Box::new(|s| s.ranking_groups[1].id = "group.town".into()),
            ),
            (
                "escalation.steps[2].id",
                Box::new(|s| s.escalation.steps[2].meta.id = "esc.reminder".into()),
            ),
        ];
        for (path, edit) in cases {
            let mut s = RuleSet::builtin();
            edit(&mut s);
            let i = one(&s);
            assert_eq!(
                (i.path.as_str(), i.kind),
                (path, IssueKind::DuplicateId),
                "{path}"
            );
            assert!(i.value.is_some());
            let e = check_scoring(&s).err();
            assert_eq!(
                e.as_ref().map(|e| e.kind),
                Some(ErrorKind::DuplicateId),
                "{path}"
            );
            assert_eq!(e.map(|e| e.field), Some(format!("rules.{path}")));
        }
        let mut s = RuleSet::builtin();
        s.indicators[4].meta.id = "  ".into();
        let i = one(&s);
        assert_eq!(
            (i.path.as_str(), i.kind, i.value),
            ("indicators[4].id", IssueKind::EmptyId, None)
        );
        assert_eq!(
            check_scoring(&s).err().map(|e| e.kind),
            Some(ErrorKind::MissingValue)
        );
    }

    #[test]
    fn rules_check_references_between_items() {
        // A bonus kind naming a category that is gone.
        let mut s = RuleSet::builtin();
        s.bonus.categories.remove(1);
        let i = one(&s);
        assert_eq!(
            (i.path.as_str(), i.kind, i.value.as_deref()),
            (
                "events[3].category",
                IssueKind::UnknownReference,
                Some("bonus.ranking")
            )
        );
        assert_eq!(
            check_scoring(&s).err().map(|e| e.kind),
            Some(ErrorKind::UnknownRuleId)
        );
        // A bonus kind without a category; other effects need none.
        let mut s = RuleSet::builtin();
        s.events[0].category = None;
        s.events[8].category = None;
        let i = one(&s);
        assert_eq!(
            (i.path.as_str(), i.kind),
            ("events[0].category", IssueKind::MissingCategory)
        );
        // The national-commendation rule naming a removed kind.
        let mut s = RuleSet::builtin();
        s.grades.national_commendation.kind = "bonus.nope".into();
        let i = one(&s);
        assert_eq!(
            (i.path.as_str(), i.kind),
            (
                "grades.national_commendation.kind",
                IssueKind::UnknownReference
            )
        );
        // A kind changed to veto keeps its category without an issue.
        let mut s = RuleSet::builtin();
        s.events[0].effect = Effect::Veto;
        s.bonus.categories[0].meta.id = "bonus.other".into();
        let issues = s.validate();
        assert!(
            issues.iter().all(|i| i.path != "events[0].category"),
            "{issues:?}"
        );
    }

    #[test]
    fn rules_check_schema_version() {
        let mut s = RuleSet::builtin();
        s.schema_version = 2;
        let i = one(&s);
        assert_eq!(
            (i.path.as_str(), i.kind),
            ("schema_version", IssueKind::UnsupportedVersion)
        );
        assert_eq!(
            check_scoring(&s).err().map(|e| e.kind),
            Some(ErrorKind::UnsupportedVersion)
        );
    }

    #[test]
    fn rules_check_overflowing_weights() {
        let mut s = RuleSet::builtin();
        s.feedback.groups[0].weight = Decimal::MAX;
        s.feedback.groups[1].weight = Decimal::MAX;
        let issues = s.validate();
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(
            (issues[0].path.as_str(), issues[0].kind),
            ("feedback.groups", IssueKind::Overflow)
        );
    }

    #[test]
    fn rules_check_every_issue_at_once_but_the_engine_stops_at_the_first() {
        let mut s = RuleSet::builtin();
        s.indicators[1].meta.id = "ind.gdp".into();
        s.feedback.groups[0].weight = dec(25);
        s.bonus.total_cap.cap = dec(-1);
        let paths: Vec<String> = s.validate().into_iter().map(|i| i.path).collect();
        assert_eq!(
            paths,
            vec!["indicators[1].id", "feedback.groups", "bonus.total_cap.cap"]
        );
        assert_eq!(
            check_scoring(&s).err().map(|e| e.field),
            Some("rules.indicators[1].id".to_string())
        );
    }

    #[test]
    fn rules_check_tolerance_part_is_reported_but_does_not_block_scoring() {
        let item = |id: &str| Item {
            id: id.into(),
            ..Item::default()
        };
        let mut s = RuleSet::builtin();
        let first_negative = s.tolerance.negative[0].id.clone();
        s.tolerance.positive.push(item(&first_negative));
        s.tolerance.conditions.push(item(""));
        s.tolerance.distinctions[0].negative = "nope".into();
        s.tolerance.calendar.holidays = vec!["2025-10-01".into(), "2025-13-01".into()];
        s.tolerance.calendar.makeup_workdays = vec!["2025-10-01".into()];
        let steps = s.tolerance.steps.len();
        let dup_step = s.tolerance.steps[0].clone();
        s.tolerance.steps.push(dup_step);
        let got: Vec<(String, IssueKind)> =
            s.validate().into_iter().map(|i| (i.path, i.kind)).collect();
        let n_cond = s.tolerance.conditions.len() - 1;
        let n_pos = s.tolerance.positive.len() - 1;
        let want = vec![
            (
                format!("tolerance.conditions[{n_cond}].id"),
                IssueKind::EmptyId,
            ),
            (
                format!("tolerance.positive[{n_pos}].id"),
                IssueKind::DuplicateId,
            ),
            (
                "tolerance.distinctions[0].negative".to_string(),
                IssueKind::UnknownReference,
            ),
            (
                format!("tolerance.steps[{steps}].id"),
                IssueKind::DuplicateId,
            ),
            (
                "tolerance.calendar.holidays[1]".to_string(),
                IssueKind::InvalidDate,
            ),
            (
                "tolerance.calendar.makeup_workdays[0]".to_string(),
                IssueKind::CalendarConflict,
            ),
        ];
        assert_eq!(got, want);
        assert!(s.validate().iter().all(RuleIssue::is_tolerance));
        assert_eq!(check_scoring(&s), Ok(()));
    }

    #[test]
    fn rules_check_agrees_with_the_tolerance_modules_own_check() {
        let mut s = RuleSet::builtin();
        assert!(s.tolerance.validate().is_ok());
        s.tolerance.calendar.holidays = vec!["2025-02-30".into()];
        assert!(s.tolerance.validate().is_err());
        assert_eq!(s.validate().len(), 1);
    }
}
