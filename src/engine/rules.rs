//! The RuleSet (domain.md section 4, every number as data): the item kinds an
//! office can edit — indicator catalogue, evaluator groups, vote options, bonus
//! categories and caps, event kinds with points per level (bonus, deduction,
//! veto, accountability), linkage, period weights, ranking groups, grade bands
//! and quotas, awards, escalation thresholds, cadre and learning rules — each
//! with a stable id, zh/en labels, a citation and the basis of its value.
//! The built-in values (示例规则) are in `builtin.rs`.

use serde::{Deserialize, Serialize};

use super::tolerance::ToleranceRules;
use super::types::{Action, CadreGrade, Direction, Effect, Level};
use rust_decimal::Decimal;

/// The only `schema_version` this engine reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Id, labels and provenance shared by every rule item.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// Stable id, used in scenarios and in trace lines (e.g. `cap.bonus.total`).
    pub id: String,
    pub zh: String,
    pub en: String,
    /// The clause the item comes from.
    #[serde(default)]
    pub citation: String,
    /// Why the value is what it is (source, common practice, or a choice).
    #[serde(default)]
    pub basis: String,
}

/// A complete rule set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RuleSet {
    pub schema_version: u32,
    /// Id and version of the set (`builtin` / `1` for the example rules).
    pub id: String,
    pub version: String,
    pub zh: String,
    pub en: String,
    /// 4.1: a unit without indicators or 360 scores is shown, not ranked.
    pub incomplete: Meta,
    /// 4.2: rounding of every produced score (2 dp, half away from zero).
    pub rounding: Meta,
    pub indicator_part: IndicatorPart,
    /// The indicator catalogue.
    pub indicators: Vec<IndicatorDef>,
    pub feedback: FeedbackRules,
    pub rating: RatingRules,
    pub bonus: BonusRules,
    /// Event kinds: bonus, deduction, veto and accountability events.
    pub events: Vec<EventKind>,
    pub linkage: LinkageRule,
    pub periods: PeriodRule,
    /// Ranking groups (考核分组).
    pub ranking_groups: Vec<Meta>,
    pub grades: GradeRules,
    pub staff_quota: StaffQuota,
    pub awards: AwardRules,
    pub escalation: EscalationRules,
    pub cadres: CadreRules,
    pub learning: LearningRules,
    /// Tolerance items (4.9), owned by `tolerance.rs`.
    #[serde(default)]
    pub tolerance: ToleranceRules,
}

/// Indicator part: points and completion clamp (4.2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorPart {
    #[serde(flatten)]
    pub meta: Meta,
    pub points: Decimal,
    pub completion_max: Decimal,
}

/// One catalogue indicator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorDef {
    #[serde(flatten)]
    pub meta: Meta,
    pub direction: Direction,
    pub default_weight: Decimal,
}

/// 360-degree feedback part (4.2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackRules {
    #[serde(flatten)]
    pub meta: Meta,
    pub points: Decimal,
    pub groups: Vec<EvaluatorGroup>,
    pub drop_extremes: DropExtremes,
}

/// An evaluator group with its weight in %.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvaluatorGroup {
    #[serde(flatten)]
    pub meta: Meta,
    pub weight: Decimal,
}

/// Dropping the highest and lowest rater from `min_raters` raters on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DropExtremes {
    #[serde(flatten)]
    pub meta: Meta,
    pub min_raters: u32,
}

/// Democratic rating (民主测评, 4.2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingRules {
    #[serde(flatten)]
    pub meta: Meta,
    /// Points of the total given by a rating of 100 (0 by default).
    pub points: Decimal,
    pub options: Vec<VoteOption>,
}

/// A vote option; no coefficient means the votes are dropped (不了解).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteOption {
    #[serde(flatten)]
    pub meta: Meta,
    #[serde(default)]
    pub coefficient: Option<Decimal>,
}

/// Bonus categories with their caps, the total cap and 文号 deduplication.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BonusRules {
    pub categories: Vec<Capped>,
    pub total_cap: Capped,
    pub dedup: Meta,
}

/// An item with a cap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capped {
    #[serde(flatten)]
    pub meta: Meta,
    pub cap: Decimal,
}

/// Points of an event by level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelPoints {
    pub national: Decimal,
    pub provincial: Decimal,
    pub city: Decimal,
}

impl LevelPoints {
    /// The points at `level`.
    pub fn at(&self, level: Level) -> Decimal {
        match level {
            Level::National => self.national,
            Level::Provincial => self.provincial,
            Level::City => self.city,
        }
    }
}

/// An event kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventKind {
    #[serde(flatten)]
    pub meta: Meta,
    pub effect: Effect,
    /// Bonus category id (bonus kinds only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(default)]
    pub points: LevelPoints,
    /// Counts toward the escalation count (4.6).
    #[serde(default)]
    pub escalates: bool,
}

/// Linkage (双倍) multiplier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkageRule {
    #[serde(flatten)]
    pub meta: Meta,
    pub multiplier: Decimal,
}

/// Period weights (Q1, Q2, Q3, Q4, year-end) in % (4.3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodRule {
    #[serde(flatten)]
    pub meta: Meta,
    pub weights: [Decimal; 5],
}

/// A threshold on a total.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    #[serde(flatten)]
    pub meta: Meta,
    pub min_total: Decimal,
}

/// A share-limited excellent grade.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quota {
    #[serde(flatten)]
    pub meta: Meta,
    pub share: Decimal,
    pub min_total: Decimal,
}

/// The event that makes a unit excellent outside the quota.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NationalRule {
    #[serde(flatten)]
    pub meta: Meta,
    /// Event kind id (the commendation kind).
    pub kind: String,
    pub level: Level,
}

/// Unit grades (4.4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeRules {
    pub excellent: Quota,
    pub good: Band,
    pub fair: Band,
    pub poor: Meta,
    pub national_commendation: NationalRule,
    /// One-vote veto: grade 较差, no award.
    pub veto: Meta,
}

/// Staff excellent quota (4.4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffQuota {
    #[serde(flatten)]
    pub meta: Meta,
    pub share: Decimal,
    pub share_excellent: Decimal,
}

/// Awards (4.5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwardRules {
    pub all_round: Meta,
    pub single_item: SingleItem,
    pub led_throughout: Meta,
    pub most_improved: Meta,
}

/// Single-item champion: an indicator needs `min_units` units having it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SingleItem {
    #[serde(flatten)]
    pub meta: Meta,
    pub min_units: u32,
}

/// An escalation step by count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    #[serde(flatten)]
    pub meta: Meta,
    pub min_count: u32,
    pub action: Action,
}

/// A "bottom N" test.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BottomN {
    #[serde(flatten)]
    pub meta: Meta,
    pub n: u32,
}

/// The quarterly-ranking trigger of the supervisor talk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuarterBottom {
    #[serde(flatten)]
    pub meta: Meta,
    /// Share of the group at the bottom (rounded up to a count).
    pub share: Decimal,
    /// How many quarters in that bottom trigger the talk.
    pub quarters: u32,
}

/// The head-grade trigger of the supervisor talk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeadGrade {
    #[serde(flatten)]
    pub meta: Meta,
    pub grade: CadreGrade,
}

/// A number of occasions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occasions {
    #[serde(flatten)]
    pub meta: Meta,
    pub occasions: u32,
}

/// Escalation (4.6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EscalationRules {
    /// By count of bottom-3 rankings and criticisms; the highest reached wins.
    pub steps: Vec<Step>,
    /// Accountability for an accountability-effect event (重大舆情).
    pub accountability: Meta,
    pub supervisor_quarters: QuarterBottom,
    pub supervisor_head_grade: HeadGrade,
    pub supervisor_rating: BottomN,
    pub supervisor_linkage: Occasions,
    pub bottom_two_years: BottomN,
}

/// Individual result weighting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Individual {
    #[serde(flatten)]
    pub meta: Meta,
    pub learning_weight: Decimal,
}

/// Cadre excellent grade.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CadreExcellent {
    #[serde(flatten)]
    pub meta: Meta,
    pub min_result: Decimal,
    /// Share of county leaders that can be excellent.
    pub leader_share: Decimal,
}

/// Cadres (4.7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CadreRules {
    pub linked_head: Meta,
    pub linked_leader: Meta,
    pub individual: Individual,
    pub excellent: CadreExcellent,
    pub competent: Band,
    pub basic: Band,
    pub incompetent: Meta,
    pub not_recommended: Meta,
}

/// The pass mark.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassMark {
    #[serde(flatten)]
    pub meta: Meta,
    pub pass_mark: Decimal,
}

/// Learning tests (4.8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearningRules {
    pub pass: PassMark,
    pub resit: Meta,
    pub retraining: Meta,
    pub missed: Meta,
    pub half_year: Meta,
    pub year: Meta,
}

impl RuleSet {
    /// Every scoring rule id of the set (sections 4.1–4.8; tolerance items
    /// excluded), in a stable order.
    pub fn scoring_rule_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = vec![
            &self.incomplete.id,
            &self.rounding.id,
            &self.indicator_part.meta.id,
            &self.feedback.meta.id,
            &self.feedback.drop_extremes.meta.id,
            &self.rating.meta.id,
            &self.bonus.total_cap.meta.id,
            &self.bonus.dedup.id,
            &self.linkage.meta.id,
            &self.periods.meta.id,
            &self.grades.excellent.meta.id,
            &self.grades.good.meta.id,
            &self.grades.fair.meta.id,
            &self.grades.poor.id,
            &self.grades.national_commendation.meta.id,
            &self.grades.veto.id,
            &self.staff_quota.meta.id,
            &self.awards.all_round.id,
            &self.awards.single_item.meta.id,
            &self.awards.led_throughout.id,
            &self.awards.most_improved.id,
            &self.escalation.accountability.id,
            &self.escalation.supervisor_quarters.meta.id,
            &self.escalation.supervisor_head_grade.meta.id,
            &self.escalation.supervisor_rating.meta.id,
            &self.escalation.supervisor_linkage.meta.id,
            &self.escalation.bottom_two_years.meta.id,
            &self.cadres.linked_head.id,
            &self.cadres.linked_leader.id,
            &self.cadres.individual.meta.id,
            &self.cadres.excellent.meta.id,
            &self.cadres.competent.meta.id,
            &self.cadres.basic.meta.id,
            &self.cadres.incompetent.id,
            &self.cadres.not_recommended.id,
            &self.learning.pass.meta.id,
            &self.learning.resit.id,
            &self.learning.retraining.id,
            &self.learning.missed.id,
            &self.learning.half_year.id,
            &self.learning.year.id,
        ];
        ids.extend(self.indicators.iter().map(|i| i.meta.id.as_str()));
        ids.extend(self.feedback.groups.iter().map(|g| g.meta.id.as_str()));
        ids.extend(self.rating.options.iter().map(|o| o.meta.id.as_str()));
        ids.extend(self.bonus.categories.iter().map(|c| c.meta.id.as_str()));
        ids.extend(self.events.iter().map(|e| e.meta.id.as_str()));
        ids.extend(self.ranking_groups.iter().map(|g| g.id.as_str()));
        ids.extend(self.escalation.steps.iter().map(|s| s.meta.id.as_str()));
        ids
    }
}
