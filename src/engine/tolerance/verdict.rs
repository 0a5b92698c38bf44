//! The verdict of domain.md section 4.9 over yes-counts, and the exact
//! analysis of unknown answers.
//!
//! The verdict of a complete set of answers depends only on three numbers:
//! how many negative items, conditions and positive situations are yes
//! ([`Counts`]), and, of the first and last, only on whether they are zero.
//! With unknown answers each count ranges over `yes ..= yes + unknown`
//! ([`Span`]), every value in the range being reached by some completion,
//! independently per list. So the labels over all completions, and whether
//! flipping one unknown can change the label, are found by walking those
//! ranges: at most 2 × (conditions + 1) × 2 points, never the 2ⁿ
//! completions. `tests/tolerance_props.rs` checks this against brute force.
//!
//! **A question matters** when there is a completion of the other unknown
//! questions under which answering it yes and answering it no give different
//! verdict labels. Because any two completions are joined by a chain of
//! single flips, the label varies over the completions exactly when at least
//! one unknown question matters. Questions of one list are interchangeable
//! here, so an unknown matters exactly when every unknown of its list does.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::rules::ListKind;

/// The verdict (domain 4.9, in this order of precedence).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// 不予容错: a negative item, too few conditions, or no positive situation.
    NotTolerable,
    /// 可以容错（免责）: all conditions and a positive situation.
    Tolerable,
    /// 可从轻或减轻: enough conditions and a positive situation.
    Lighter,
    /// 待核实: some unknown answer would change the verdict.
    ToVerify,
}

impl Verdict {
    /// The stable key, as in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::NotTolerable => "not_tolerable",
            Verdict::Tolerable => "tolerable",
            Verdict::Lighter => "lighter",
            Verdict::ToVerify => "to_verify",
        }
    }

    /// The Chinese label.
    pub fn zh(self) -> &'static str {
        match self {
            Verdict::NotTolerable => "不予容错",
            Verdict::Tolerable => "可以容错（免责）",
            Verdict::Lighter => "可从轻或减轻",
            Verdict::ToVerify => "待核实",
        }
    }

    /// The English label.
    pub fn en(self) -> &'static str {
        match self {
            Verdict::NotTolerable => "Not tolerable",
            Verdict::Tolerable => "Tolerable (exempted)",
            Verdict::Lighter => "Lighter handling possible",
            Verdict::ToVerify => "To verify",
        }
    }
}

/// What of the rules the verdict depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    /// Number of required conditions.
    pub conditions: usize,
    /// Conditions needed for lighter handling ("at least 3").
    pub min_conditions: usize,
}

/// Yes-counts of one complete set of answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub negative: usize,
    pub conditions: usize,
    pub positive: usize,
}

impl Counts {
    fn get_mut(&mut self, kind: ListKind) -> &mut usize {
        match kind {
            ListKind::Negative => &mut self.negative,
            ListKind::Condition => &mut self.conditions,
            ListKind::Positive => &mut self.positive,
        }
    }
}

/// The verdict label of a complete set of answers, domain 4.9 in order:
/// a negative item → 不予容错; all conditions and a situation → 可以容错;
/// enough conditions and a situation → 可从轻或减轻; else 不予容错.
/// Never [`Verdict::ToVerify`].
pub fn label(shape: Shape, c: Counts) -> Verdict {
    if c.negative > 0 {
        Verdict::NotTolerable
    } else if c.positive > 0 && c.conditions >= shape.conditions {
        Verdict::Tolerable
    } else if c.positive > 0 && c.conditions >= shape.min_conditions {
        Verdict::Lighter
    } else {
        Verdict::NotTolerable
    }
}

/// The answers of one list as counts: yes, and unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub yes: usize,
    pub unknown: usize,
}

impl Span {
    /// The largest achievable yes-count.
    pub fn max(self) -> usize {
        self.yes.saturating_add(self.unknown)
    }
}

/// The three lists' spans.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Spans {
    pub negative: Span,
    pub conditions: Span,
    pub positive: Span,
}

impl Spans {
    fn get_mut(&mut self, kind: ListKind) -> &mut Span {
        match kind {
            ListKind::Negative => &mut self.negative,
            ListKind::Condition => &mut self.conditions,
            ListKind::Positive => &mut self.positive,
        }
    }
}

/// Counts of a list where only "zero or not" matters: the span's least
/// value and, if the span reaches a different zero-ness, one more.
fn zero_or_not(s: Span) -> std::ops::RangeInclusive<usize> {
    s.yes..=s.max().min(s.yes.max(1))
}

/// Representative counts of every completion: for each reachable label
/// input (negative zero or not, condition count, positive zero or not) one
/// `Counts`.
fn reachable(spans: Spans) -> impl Iterator<Item = Counts> {
    zero_or_not(spans.negative).flat_map(move |negative| {
        (spans.conditions.yes..=spans.conditions.max()).flat_map(move |conditions| {
            zero_or_not(spans.positive).map(move |positive| Counts {
                negative,
                conditions,
                positive,
            })
        })
    })
}

/// The labels of all completions of the unknown answers.
pub fn possible_labels(shape: Shape, spans: Spans) -> BTreeSet<Verdict> {
    reachable(spans).map(|c| label(shape, c)).collect()
}

/// Whether an unknown question of list `kind` matters (see the module
/// doc): false when the list has no unknown question.
pub fn matters(shape: Shape, spans: Spans, kind: ListKind) -> bool {
    let mut others = spans;
    let own = others.get_mut(kind);
    if own.unknown == 0 {
        return false;
    }
    own.unknown -= 1;
    reachable(others).any(|no| {
        let mut yes = no;
        *yes.get_mut(kind) += 1;
        label(shape, no) != label(shape, yes)
    })
}
