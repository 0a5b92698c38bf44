//! The difference of two evaluations (issue 6 items 1–2): per unit, every
//! part of the total that changed (indicator part, 360 part, rating and its
//! term, bonus by category, bonus, deductions, linkage, total), its place
//! (position, displayed rank), grade and veto, awards and flags won or lost,
//! with deltas; per ranking group, the order when it changed. Units are
//! matched by id: a unit in only one evaluation is reported as added or
//! removed. Identical evaluations give an empty diff; only what changed is
//! listed. The engine computes the diff, the view only shows it.

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::WhatIf;
use crate::engine::error::EngineError;
use crate::engine::evaluate;
use crate::engine::evaluation::{AwardResult, Evaluation, Flag, GroupResult, UnitResult};
use crate::engine::scenario::Scenario;
use crate::engine::trace::Shared;
use crate::engine::types::UnitGrade;

/// What changed between two evaluations (units and groups with no change
/// are left out).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EvaluationDiff {
    /// Changed and added units in the order of the other evaluation, then
    /// removed units in the order of the base.
    pub units: Vec<UnitDiff>,
    /// Groups whose order or excellent slots changed, in the same way.
    pub groups: Vec<GroupDiff>,
}

impl EvaluationDiff {
    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty() && self.groups.is_empty()
    }

    /// The diff of one unit, if it changed.
    pub fn unit(&self, id: &str) -> Option<&UnitDiff> {
        self.units.iter().find(|u| u.id == id)
    }
}

/// Whether an item is in both evaluations or only one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Changed,
    Added,
    Removed,
}

/// A unit's changes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitDiff {
    pub id: String,
    pub status: Presence,
    /// The unit's group (in the other evaluation; the base's when removed).
    pub group: String,
    /// Its rank, grade, an award or a flag changed (or it was added or
    /// removed): the view highlights it.
    pub highlight: bool,
    /// What changed (empty for added and removed units).
    pub changes: Vec<Change>,
}

impl UnitDiff {
    /// The names of the changed parts, in order (`total`, `rank`, …).
    pub fn parts(&self) -> Vec<&'static str> {
        self.changes.iter().map(Change::part).collect()
    }
}

/// A number before and after, with `delta` = after − before.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Num {
    pub before: Option<Decimal>,
    pub after: Option<Decimal>,
    pub delta: Option<Decimal>,
}

impl Num {
    /// The change, or None when equal.
    fn of(before: Option<Decimal>, after: Option<Decimal>) -> Option<Num> {
        if before == after {
            return None;
        }
        let delta = match (before, after) {
            (Some(b), Some(a)) => a.checked_sub(b),
            _ => None,
        };
        Some(Num {
            before,
            after,
            delta,
        })
    }
}

/// A place before and after; `delta` = after − before (negative: better).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub before: Option<u32>,
    pub after: Option<u32>,
    pub delta: Option<i64>,
}

impl Place {
    fn of(before: Option<u32>, after: Option<u32>) -> Option<Place> {
        if before == after {
            return None;
        }
        let delta = match (before, after) {
            (Some(b), Some(a)) => Some(i64::from(a) - i64::from(b)),
            _ => None,
        };
        Some(Place {
            before,
            after,
            delta,
        })
    }
}

/// One changed part of a unit's result (JSON: tagged by `part`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "part", rename_all = "snake_case")]
pub enum Change {
    /// The unit moved to another ranking group.
    Group {
        before: String,
        after: String,
    },
    /// The unit became complete or incomplete (4.1).
    Complete {
        before: bool,
        after: bool,
    },
    IndicatorPart(Num),
    /// The 360 part.
    FeedbackPart(Num),
    /// The democratic rating (rounded).
    Rating(Num),
    RatingTerm(Num),
    /// A bonus category's raw sum and what its cap leaves.
    BonusCategory {
        category: String,
        raw: Num,
        capped: Num,
    },
    /// Bonus after all caps.
    Bonus(Num),
    Deductions(Num),
    Linkage(Num),
    /// The final total (rounded).
    Total(Num),
    Position(Place),
    /// Displayed rank.
    Rank(Place),
    /// Unit grade; `delta` in grades (+1: one grade better).
    Grade {
        before: Option<UnitGrade>,
        after: Option<UnitGrade>,
        delta: Option<i64>,
    },
    Vetoed {
        before: bool,
        after: bool,
    },
    AwardAdded(AwardResult),
    AwardRemoved(AwardResult),
    FlagAdded(Flag),
    FlagRemoved(Flag),
}

impl Change {
    /// The JSON name of the part.
    pub fn part(&self) -> &'static str {
        match self {
            Change::Group { .. } => "group",
            Change::Complete { .. } => "complete",
            Change::IndicatorPart(_) => "indicator_part",
            Change::FeedbackPart(_) => "feedback_part",
            Change::Rating(_) => "rating",
            Change::RatingTerm(_) => "rating_term",
            Change::BonusCategory { .. } => "bonus_category",
            Change::Bonus(_) => "bonus",
            Change::Deductions(_) => "deductions",
            Change::Linkage(_) => "linkage",
            Change::Total(_) => "total",
            Change::Position(_) => "position",
            Change::Rank(_) => "rank",
            Change::Grade { .. } => "grade",
            Change::Vetoed { .. } => "vetoed",
            Change::AwardAdded(_) => "award_added",
            Change::AwardRemoved(_) => "award_removed",
            Change::FlagAdded(_) => "flag_added",
            Change::FlagRemoved(_) => "flag_removed",
        }
    }

    /// Whether the view highlights a unit with this change.
    fn highlights(&self) -> bool {
        matches!(
            self,
            Change::Rank(_)
                | Change::Grade { .. }
                | Change::AwardAdded(_)
                | Change::AwardRemoved(_)
                | Change::FlagAdded(_)
                | Change::FlagRemoved(_)
        )
    }
}

/// A unit's move in a group's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    pub id: String,
    pub before: Option<u32>,
    pub after: Option<u32>,
    pub delta: Option<i64>,
}

/// A ranking group whose order (or excellent slots) changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupDiff {
    pub group: String,
    pub status: Presence,
    /// Ranked unit ids, best first, before and after.
    pub order_before: Vec<String>,
    pub order_after: Vec<String>,
    pub slots_before: Option<u32>,
    pub slots_after: Option<u32>,
    /// Units whose place in this order changed (entering or leaving it too).
    pub moved: Vec<Move>,
}

/// Grades as levels, higher is better: 较差 0 … 优秀 3.
pub(crate) fn grade_level(g: UnitGrade) -> i64 {
    match g {
        UnitGrade::Poor => 0,
        UnitGrade::Fair => 1,
        UnitGrade::Good => 2,
        UnitGrade::Excellent => 3,
    }
}

/// Items of `after` not matched in `before` (as multisets).
fn added<T: PartialEq + Clone>(before: &[T], after: &[T]) -> Vec<T> {
    let mut used = vec![false; before.len()];
    let mut out = Vec::new();
    for a in after {
        match (0..before.len()).find(|&i| !used[i] && before[i] == *a) {
            Some(i) => used[i] = true,
            None => out.push(a.clone()),
        }
    }
    out
}

/// A numeric part: its change constructor, before and after.
type NumPart<T> = (fn(Num) -> Change, T, T);

fn unit_changes(b: &UnitResult, a: &UnitResult) -> Vec<Change> {
    let mut out = Vec::new();
    if b.group != a.group {
        out.push(Change::Group {
            before: b.group.to_string(),
            after: a.group.to_string(),
        });
    }
    if b.complete != a.complete {
        out.push(Change::Complete {
            before: b.complete,
            after: a.complete,
        });
    }
    let nums: [NumPart<Option<Decimal>>; 4] = [
        (Change::IndicatorPart, b.indicator_part, a.indicator_part),
        (Change::FeedbackPart, b.feedback_part, a.feedback_part),
        (Change::Rating, b.rating, a.rating),
        (Change::RatingTerm, Some(b.rating_term), Some(a.rating_term)),
    ];
    out.extend(
        nums.into_iter()
            .filter_map(|(f, x, y)| Num::of(x, y).map(f)),
    );
    let mut cats: Vec<&str> = a
        .bonus_categories
        .iter()
        .map(|c| c.category.as_str())
        .collect();
    for c in &b.bonus_categories {
        if !cats.contains(&c.category.as_str()) {
            cats.push(&c.category);
        }
    }
    for cat in cats {
        let find = |r: &UnitResult| {
            r.bonus_categories
                .iter()
                .find(|c| c.category == cat)
                .map(|c| (c.raw, c.capped))
        };
        let (rb, ra) = (find(b), find(a));
        let raw = Num::of(rb.map(|x| x.0), ra.map(|x| x.0));
        let capped = Num::of(rb.map(|x| x.1), ra.map(|x| x.1));
        if raw.is_some() || capped.is_some() {
            let same = |v: Option<(Decimal, Decimal)>, f: fn((Decimal, Decimal)) -> Decimal| Num {
                before: v.map(f),
                after: v.map(f),
                delta: v.map(|_| Decimal::ZERO),
            };
            out.push(Change::BonusCategory {
                category: cat.to_string(),
                raw: raw.unwrap_or_else(|| same(rb, |x| x.0)),
                capped: capped.unwrap_or_else(|| same(rb, |x| x.1)),
            });
        }
    }
    let nums: [NumPart<Decimal>; 4] = [
        (Change::Bonus, b.bonus, a.bonus),
        (Change::Deductions, b.deductions, a.deductions),
        (Change::Linkage, b.linkage, a.linkage),
        (Change::Total, b.total, a.total),
    ];
    out.extend(
        nums.into_iter()
            .filter_map(|(f, x, y)| Num::of(Some(x), Some(y)).map(f)),
    );
    if let Some(p) = Place::of(b.position, a.position) {
        out.push(Change::Position(p));
    }
    if let Some(p) = Place::of(b.rank, a.rank) {
        out.push(Change::Rank(p));
    }
    if b.grade != a.grade {
        let delta = match (b.grade, a.grade) {
            (Some(x), Some(y)) => Some(grade_level(y) - grade_level(x)),
            _ => None,
        };
        out.push(Change::Grade {
            before: b.grade,
            after: a.grade,
            delta,
        });
    }
    if b.vetoed != a.vetoed {
        out.push(Change::Vetoed {
            before: b.vetoed,
            after: a.vetoed,
        });
    }
    out.extend(
        added(&b.awards, &a.awards)
            .into_iter()
            .map(Change::AwardAdded),
    );
    out.extend(
        added(&a.awards, &b.awards)
            .into_iter()
            .map(Change::AwardRemoved),
    );
    out.extend(added(&b.flags, &a.flags).into_iter().map(Change::FlagAdded));
    out.extend(
        added(&a.flags, &b.flags)
            .into_iter()
            .map(Change::FlagRemoved),
    );
    out
}

fn unit_entry(r: &UnitResult, status: Presence, changes: Vec<Change>) -> UnitDiff {
    UnitDiff {
        id: r.id.to_string(),
        status,
        group: r.group.to_string(),
        highlight: status != Presence::Changed || changes.iter().any(Change::highlights),
        changes,
    }
}

fn position_in(order: &[Shared], id: &str) -> Option<u32> {
    order
        .iter()
        .position(|o| o == id)
        .and_then(|p| u32::try_from(p + 1).ok())
}

fn group_entry(b: Option<&GroupResult>, a: Option<&GroupResult>) -> Option<GroupDiff> {
    let empty: &[Shared] = &[];
    let ob = b.map_or(empty, |g| g.order.as_slice());
    let oa = a.map_or(empty, |g| g.order.as_slice());
    let (sb, sa) = (b.map(|g| g.excellent_slots), a.map(|g| g.excellent_slots));
    let status = match (b, a) {
        (Some(_), Some(_)) => Presence::Changed,
        (None, _) => Presence::Added,
        (_, None) => Presence::Removed,
    };
    if status == Presence::Changed && ob == oa && sb == sa {
        return None;
    }
    let group = a.or(b).map(|g| g.group.clone()).unwrap_or_default();
    let mut ids: Vec<&Shared> = oa.iter().collect();
    ids.extend(ob.iter().filter(|i| !oa.contains(i)));
    let moved = ids
        .into_iter()
        .filter_map(|id| {
            Place::of(position_in(ob, id), position_in(oa, id)).map(|p| Move {
                id: id.to_string(),
                before: p.before,
                after: p.after,
                delta: p.delta,
            })
        })
        .collect();
    Some(GroupDiff {
        group,
        status,
        order_before: ob.iter().map(String::from).collect(),
        order_after: oa.iter().map(String::from).collect(),
        slots_before: sb,
        slots_after: sa,
        moved,
    })
}

fn group_of<'e>(e: &'e Evaluation, id: &str) -> Option<&'e GroupResult> {
    e.groups.iter().find(|g| g.group == id)
}

/// The difference from `base` to `other`.
pub fn diff(base: &Evaluation, other: &Evaluation) -> EvaluationDiff {
    let before: HashMap<&str, &UnitResult> =
        base.units.iter().map(|u| (u.id.as_str(), u)).collect();
    let after: HashMap<&str, &UnitResult> =
        other.units.iter().map(|u| (u.id.as_str(), u)).collect();
    let mut units = Vec::new();
    for a in &other.units {
        match before.get(a.id.as_str()) {
            Some(b) => {
                let changes = unit_changes(b, a);
                if !changes.is_empty() {
                    units.push(unit_entry(a, Presence::Changed, changes));
                }
            }
            None => units.push(unit_entry(a, Presence::Added, Vec::new())),
        }
    }
    for b in &base.units {
        if !after.contains_key(b.id.as_str()) {
            units.push(unit_entry(b, Presence::Removed, Vec::new()));
        }
    }
    let mut groups = Vec::new();
    for a in &other.groups {
        groups.extend(group_entry(group_of(base, &a.group), Some(a)));
    }
    for b in &base.groups {
        if group_of(other, &b.group).is_none() {
            groups.extend(group_entry(Some(b), None));
        }
    }
    EvaluationDiff { units, groups }
}

/// A baseline and a what-if, both evaluated, and their difference.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub base: Evaluation,
    pub what_if: Evaluation,
    pub diff: EvaluationDiff,
}

/// Evaluates `base` and `what_if` applied to it, and their difference.
pub fn compare(base: &Scenario, what_if: &WhatIf) -> Result<Comparison, EngineError> {
    let b = evaluate(base)?;
    let w = evaluate(&what_if.apply(base))?;
    let d = diff(&b, &w);
    Ok(Comparison {
        base: b,
        what_if: w,
        diff: d,
    })
}
