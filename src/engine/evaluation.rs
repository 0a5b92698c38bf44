//! The Evaluation (issue 3, "The model"): per unit its parts, bonus by
//! category, deductions, linkage, total, order and displayed rank, grade,
//! staff quota, awards, flags, quarterly scores and ranks (domain.md
//! 4.2–4.6); per group the orders (4.4); per cadre the linked and individual
//! results, grade, learning results and flags (4.7–4.8); and every trace.
//! Serializable both ways and comparable, so a browser test can compare the
//! wasm JSON with the native value.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::trace::{Shared, TraceLine};
use super::types::{Action, Award, CadreGrade, CadreRole, UnitGrade};

/// The result of [`super::evaluate`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    pub year: i32,
    /// Id and version of the rules used.
    pub rules_id: String,
    pub rules_version: String,
    /// Units in scenario order.
    pub units: Vec<UnitResult>,
    /// Ranking groups in rule order.
    pub groups: Vec<GroupResult>,
    /// Cadres in scenario order.
    pub cadres: Vec<CadreResult>,
}

/// A bonus category's raw sum and what its cap leaves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoryResult {
    /// The category id, shared with the rule book (every unit names the
    /// same few categories; serialized as a plain string).
    pub category: Shared,
    pub raw: Decimal,
    pub capped: Decimal,
}

/// One quarter of a unit (4.3).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuarterResult {
    pub quarter: u8,
    /// Rounded score; absent when no indicator has a value for the quarter.
    pub score: Option<Decimal>,
    pub indicator_part: Option<Decimal>,
    pub bonus: Decimal,
    pub deductions: Decimal,
    /// 1-based place in the group's quarterly order (ranked units only).
    pub position: Option<u32>,
    /// Displayed rank (equal rounded scores share it: 并列).
    pub rank: Option<u32>,
    pub tied: bool,
}

/// An award won.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AwardResult {
    pub award: Award,
    /// The catalogue indicator, for a single-item championship.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
}

/// Advice flagged for review, with the rule that raised it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flag {
    pub action: Action,
    pub rule: Shared,
    /// The unit the flag comes from (cadre flags), shared with the unit's
    /// result (serialized as a plain string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Shared>,
}

/// A unit's results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnitResult {
    /// The unit's id, shared with the group orders (serialized as a plain
    /// string).
    pub id: Shared,
    /// The ranking group, shared with the rule book.
    pub group: Shared,
    /// False when all indicators are N/A or no evaluator group scored (4.1).
    pub complete: bool,
    /// Indicator part (unrounded; absent when no indicator applies).
    pub indicator_part: Option<Decimal>,
    /// 360 part (unrounded; absent when no group scored).
    pub feedback_part: Option<Decimal>,
    /// Democratic rating, rounded (absent with no valid vote).
    pub rating: Option<Decimal>,
    pub rating_term: Decimal,
    pub bonus_categories: Vec<CategoryResult>,
    /// Bonus after category caps and the total cap.
    pub bonus: Decimal,
    pub deductions: Decimal,
    pub linkage: Decimal,
    /// Year-end total before period weighting, unrounded.
    pub year_total: Decimal,
    /// Final total, rounded once (what ranks, grades and awards use).
    pub total: Decimal,
    pub quarters: [QuarterResult; 4],
    /// 1-based place in the group's order (ranked units only).
    pub position: Option<u32>,
    /// Displayed rank; `tied` when another unit shares it (并列).
    pub rank: Option<u32>,
    pub tied: bool,
    pub grade: Option<UnitGrade>,
    pub vetoed: bool,
    pub staff_excellent_quota: i64,
    pub awards: Vec<AwardResult>,
    /// Bottom-3 rankings + criticisms after 文号 deduplication (4.6).
    pub escalation_count: i64,
    pub flags: Vec<Flag>,
    /// Sums exactly to `total` (decision and note lines have 0 points).
    pub trace: Vec<TraceLine>,
}

/// A ranking group's orders.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupResult {
    pub group: String,
    /// Ranked unit ids, best first (the units' own `id`s, shared).
    pub order: Vec<Shared>,
    /// floor(share × ranked units): the excellent slots (4.4).
    pub excellent_slots: u32,
    /// Quarterly orders Q1–Q4.
    pub quarter_orders: Vec<Vec<Shared>>,
}

/// Half-year and year learning results (4.8), rounded.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LearningResult {
    pub half_years: [Option<Decimal>; 2],
    pub year: Option<Decimal>,
}

/// A cadre's results (4.7).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CadreResult {
    /// The cadre's id (serialized as a plain string).
    pub id: Shared,
    pub role: CadreRole,
    /// The unit's total, or the mean of the linked units' totals (rounded).
    pub linked: Option<Decimal>,
    pub learning: LearningResult,
    /// Individual result, rounded; sums with its trace.
    pub individual: Option<Decimal>,
    pub grade: Option<CadreGrade>,
    pub flags: Vec<Flag>,
    pub trace: Vec<TraceLine>,
}
