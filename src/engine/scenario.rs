//! The Scenario, format version 1 (issue 3, "The model"): the rules (a
//! reference to the built-in set or an edited copy), the year, ranking-group
//! facts, units with their inputs (domain.md 4.1–4.6), linkage entries (4.2),
//! cadres with learning scores (4.7–4.8), tolerance cases (4.9) and what-ifs.
//! Everything later issues need has its place here, so version 1 never needs
//! an early migration.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::builtin::{BUILTIN_ID, BUILTIN_VERSION};
use super::error::{EngineError, ErrorKind};
use super::rules::RuleSet;
use super::tolerance::ToleranceCase;
use super::types::{CadreRole, Level, UnitGrade, UnitKind};
use super::whatif::WhatIf;

/// The only `format_version` this engine reads.
pub const FORMAT_VERSION: u32 = 1;

/// A whole county's assessment year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub format_version: u32,
    #[serde(default)]
    pub name: String,
    pub rules: RulesRef,
    pub year: i32,
    /// Facts about ranking groups kept for later years (4.6).
    #[serde(default)]
    pub groups: Vec<GroupYear>,
    #[serde(default)]
    pub units: Vec<Unit>,
    #[serde(default)]
    pub linkage: Vec<LinkageEntry>,
    #[serde(default)]
    pub cadres: Vec<Cadre>,
    #[serde(default)]
    pub tolerance_cases: Vec<ToleranceCase>,
    #[serde(default)]
    pub what_ifs: Vec<WhatIf>,
}

/// The rules of a scenario: the built-in set by id and version, or a copy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RulesRef {
    Builtin { id: String, version: String },
    Custom(Box<RuleSet>),
}

impl RulesRef {
    /// The current built-in set.
    pub fn builtin() -> Self {
        RulesRef::Builtin {
            id: BUILTIN_ID.into(),
            version: BUILTIN_VERSION.into(),
        }
    }

    /// Resolves the reference to a rule set.
    pub fn resolve(&self) -> Result<std::borrow::Cow<'_, RuleSet>, EngineError> {
        match self {
            RulesRef::Custom(set) => Ok(std::borrow::Cow::Borrowed(set)),
            RulesRef::Builtin { id, version } => {
                if id == BUILTIN_ID && version == BUILTIN_VERSION {
                    Ok(std::borrow::Cow::Borrowed(super::builtin::builtin_ref()))
                } else {
                    Err(EngineError::new(ErrorKind::UnknownRuleSet, "rules")
                        .with_value(format!("{id}@{version}")))
                }
            }
        }
    }
}

/// A ranking group's facts for this scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupYear {
    /// Ranking group id of the RuleSet.
    pub group: String,
    /// Number of ranked units in the group last year (for "bottom three").
    #[serde(default)]
    pub last_year_ranked: Option<i64>,
}

/// A town or department.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    pub id: String,
    #[serde(default)]
    pub name: String,
    pub kind: UnitKind,
    /// Ranking group id of the RuleSet.
    pub group: String,
    /// The unit's own civil servants (for the staff excellent quota).
    #[serde(default)]
    pub staff: i64,
    #[serde(default)]
    pub indicators: Vec<IndicatorInput>,
    #[serde(default)]
    pub events: Vec<EventInput>,
    #[serde(default)]
    pub feedback: Vec<FeedbackInput>,
    /// Democratic-rating votes by vote option id.
    #[serde(default)]
    pub votes: BTreeMap<String, i64>,
    #[serde(default)]
    pub last_year: Option<LastYear>,
}

/// One indicator of a unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorInput {
    /// Catalogue indicator id.
    pub indicator: String,
    /// Weight in points; the catalogue default when absent.
    #[serde(default)]
    pub weight: Option<Decimal>,
    #[serde(default)]
    pub target: Option<Decimal>,
    #[serde(default)]
    pub actual: Option<Decimal>,
    /// Not applicable this year: excluded, weights rescaled.
    #[serde(default)]
    pub na: bool,
    /// Year-to-date values at the end of quarters 1–4.
    #[serde(default)]
    pub quarters: Vec<YtdValue>,
}

/// A year-to-date target and actual at the end of a quarter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct YtdValue {
    pub quarter: i64,
    pub target: Decimal,
    pub actual: Decimal,
}

/// A bonus, deduction, veto or accountability event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventInput {
    /// Event kind id.
    pub kind: String,
    /// Quarter 1–4 in which it happened.
    pub quarter: i64,
    #[serde(default)]
    pub level: Level,
    #[serde(default = "one")]
    pub count: i64,
    /// 文号: an entry with one has count 1, and one 文号 counts once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_no: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
}

fn one() -> i64 {
    1
}

/// One evaluator group's score for a unit: entered, or from raters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FeedbackInput {
    /// Evaluator group id.
    pub group: String,
    #[serde(default)]
    pub score: Option<Decimal>,
    #[serde(default)]
    pub raters: Vec<Decimal>,
}

/// Last year's result, for "most improved" and "bottom two years".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LastYear {
    #[serde(default)]
    pub rank: Option<i64>,
    #[serde(default)]
    pub grade: Option<UnitGrade>,
}

/// Points the county gained (or lost, negative) in the city's assessment on
/// an indicator, with the units that share them (双倍).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LinkageEntry {
    /// The city's indicator (free text or a catalogue id).
    pub indicator: String,
    pub points: Decimal,
    /// Lead unit id.
    pub lead: String,
    /// Responsible unit ids.
    #[serde(default)]
    pub responsible: Vec<String>,
}

/// A unit head or county leader.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cadre {
    pub id: String,
    #[serde(default)]
    pub name: String,
    pub role: CadreRole,
    /// The unit headed (one) or the units supervised / responsible for.
    pub units: Vec<String>,
    /// Monthly learning tests.
    #[serde(default)]
    pub learning: Vec<MonthTest>,
}

/// One month's test; no score means the test was missed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthTest {
    pub month: i64,
    #[serde(default)]
    pub score: Option<Decimal>,
    #[serde(default)]
    pub resit: Option<Decimal>,
}
