//! Small shared vocabulary of the model (domain.md glossary, section 1): unit
//! kinds, levels, directions, event effects, grades, actions and awards, as
//! used by the RuleSet (4.2–4.8), the Scenario and the Evaluation.

use serde::{Deserialize, Serialize};

/// 镇办 / 部门 (4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Town,
    Department,
}

/// 国家级 / 省级 / 市级.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    National,
    Provincial,
    #[default]
    City,
}

/// Whether a higher or a lower actual is better (4.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Higher,
    Lower,
}

/// What an event kind does (4.2, 4.4, 4.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// Adds points in its bonus category (`Adjustment`).
    Bonus,
    /// Subtracts points, uncapped (`Adjustment`).
    Deduction,
    /// One-vote veto (`VetoKind`).
    Veto,
    /// Accountability flag (`PublicOpinionIncident`).
    Accountability,
}

/// Unit grades: 优秀 / 良好 / 一般 / 较差 (4.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitGrade {
    Excellent,
    Good,
    Fair,
    Poor,
}

/// Cadre grades: 优秀 / 称职 / 基本称职 / 不称职 (4.7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CadreGrade {
    Excellent,
    Competent,
    BasicallyCompetent,
    Incompetent,
}

/// A cadre's role (4.7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CadreRole {
    /// Head of one town or department.
    UnitHead,
    /// County leader supervising departments or responsible for towns.
    CountyLeader,
}

/// Advice flagged for review (4.6–4.8); never a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// 提醒谈话.
    ReminderTalk,
    /// 诫勉谈话.
    Admonishment,
    /// 组织处理.
    OrganizationalHandling,
    /// 责任追究.
    Accountability,
    /// 约谈提醒 (talk with the supervising leader).
    SupervisorTalk,
    /// Bottom two years running: promotions and bonus held back, close examination.
    CloseExamination,
    /// Not recommended for promotion this year (selection link).
    NotRecommended,
    /// A failed re-sit: re-training (回炉淬炼).
    Retraining,
    /// A failed monthly test without a re-sit yet.
    ResitRequired,
    /// A missed monthly test (counts 0).
    MissedTest,
}

/// Awards (4.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Award {
    /// 全能冠军.
    AllRound,
    /// 单项冠军 (with the indicator).
    SingleItem,
    /// 一直领先.
    LedThroughout,
    /// 进步最快.
    MostImproved,
}
