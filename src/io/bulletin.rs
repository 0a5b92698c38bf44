//! The quarterly bulletin (季度通报, issue 5 item 5) as data: per ranking
//! group, the quarter's ranking from the Evaluation's quarterly results,
//! each unit's movement against the previous quarter (↑2 / ↓1 / —), the
//! quarter's deduction, veto and accountability events from the Scenario,
//! and the unit's flags from the Evaluation. No score is computed here: the
//! order, scores and ranks are the engine's.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use crate::engine::evaluation::{Evaluation, UnitResult};
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{EventInput, Scenario, Unit};
use crate::engine::types::{Action, Effect};

/// A unit's displayed rank against the previous quarter's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movement {
    /// Moved up by this many places.
    Up(u32),
    /// Moved down by this many places.
    Down(u32),
    /// The same displayed rank.
    Same,
    /// No previous quarter, or not ranked in it.
    NoPrevious,
}

impl Movement {
    /// Between the previous and the current displayed rank.
    pub fn between(previous: Option<u32>, now: u32) -> Self {
        match previous {
            None => Movement::NoPrevious,
            Some(p) if p > now => Movement::Up(p - now),
            Some(p) if p < now => Movement::Down(now - p),
            Some(_) => Movement::Same,
        }
    }

    /// The mark shown: ↑2, ↓1 or —.
    pub fn mark(self) -> String {
        match self {
            Movement::Up(n) => format!("↑{n}"),
            Movement::Down(n) => format!("↓{n}"),
            Movement::Same | Movement::NoPrevious => "—".to_owned(),
        }
    }
}

/// One ranked unit of a group in the quarter.
#[derive(Clone, Debug, PartialEq)]
pub struct BulletinRow {
    pub id: String,
    pub name: String,
    pub position: u32,
    pub rank: u32,
    pub tied: bool,
    pub score: Option<Decimal>,
    pub previous_rank: Option<u32>,
    pub movement: Movement,
    /// The quarter's deduction, veto and accountability events.
    pub events: Vec<EventInput>,
    /// The unit's flags (advice) from the Evaluation.
    pub flags: Vec<Action>,
}

/// A ranking group's part of the bulletin.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupBulletin {
    pub group: String,
    pub rows: Vec<BulletinRow>,
    /// Units of the group without a quarterly rank (no values for the
    /// quarter, or incomplete): id and name.
    pub unranked: Vec<(String, String)>,
}

/// The bulletin of `quarter` (1–4): one entry per ranking group of the
/// Evaluation, in rule order. An out-of-range quarter gives no groups.
pub fn bulletin(
    scenario: &Scenario,
    evaluation: &Evaluation,
    rules: &RuleSet,
    quarter: u8,
) -> Vec<GroupBulletin> {
    if !(1..=4).contains(&quarter) {
        return Vec::new();
    }
    let q = usize::from(quarter - 1);
    // Lookups by id (a county may have hundreds of units).
    let results: BTreeMap<&str, &UnitResult> = evaluation
        .units
        .iter()
        .map(|u| (u.id.as_str(), u))
        .collect();
    let inputs: BTreeMap<&str, &Unit> = scenario.units.iter().map(|u| (u.id.as_str(), u)).collect();
    let find = |id: &str| results.get(id).copied();
    let name = |id: &str| inputs.get(id).map(|u| u.name.clone()).unwrap_or_default();
    let notable = |e: &EventInput| {
        e.quarter == i64::from(quarter)
            && rules
                .events
                .iter()
                .find(|k| k.meta.id == e.kind)
                .is_some_and(|k| k.effect != Effect::Bonus)
    };
    let rank_in = |u: &UnitResult, q: usize| u.quarters.get(q).and_then(|r| r.rank);
    evaluation
        .groups
        .iter()
        .map(|g| {
            let order = g.quarter_orders.get(q).map(Vec::as_slice).unwrap_or(&[]);
            let mut rows = Vec::with_capacity(order.len());
            for id in order {
                let Some(u) = find(id) else { continue };
                let Some(qr) = u.quarters.get(q) else {
                    continue;
                };
                let (Some(position), Some(rank)) = (qr.position, qr.rank) else {
                    continue;
                };
                let previous_rank = if q == 0 { None } else { rank_in(u, q - 1) };
                let events = inputs
                    .get(id.as_str())
                    .map(|s| s.events.iter().filter(|e| notable(e)).cloned().collect())
                    .unwrap_or_default();
                rows.push(BulletinRow {
                    id: id.to_string(),
                    name: name(id),
                    position,
                    rank,
                    tied: qr.tied,
                    score: qr.score,
                    previous_rank,
                    movement: Movement::between(previous_rank, rank),
                    events,
                    flags: u.flags.iter().map(|f| f.action).collect(),
                });
            }
            let ranked: BTreeSet<&str> = order.iter().map(|o| o.as_str()).collect();
            let unranked = evaluation
                .units
                .iter()
                .filter(|u| u.group == g.group && !ranked.contains(u.id.as_str()))
                .map(|u| (u.id.to_string(), name(&u.id)))
                .collect();
            GroupBulletin {
                group: g.group.clone(),
                rows,
                unranked,
            }
        })
        .collect()
}
