//! One tolerance case as kept in a Scenario: who, what, when, the answers to
//! the checklist, and — for a report that proved false — the clearance
//! details (澄清正名).

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

/// An answer to one checklist question. JSON: `"yes"`, `"no"`, `"unknown"`;
/// `true`, `false` and `null` are read as yes, no and unknown. A question
/// with no answer in the case is unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    #[default]
    Unknown,
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl Visitor<'_> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("\"yes\", \"no\", \"unknown\", a boolean or null")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Answer, E> {
                Ok(if v { Answer::Yes } else { Answer::No })
            }
            fn visit_unit<E: de::Error>(self) -> Result<Answer, E> {
                Ok(Answer::Unknown)
            }
            fn visit_none<E: de::Error>(self) -> Result<Answer, E> {
                Ok(Answer::Unknown)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
                match v {
                    "yes" => Ok(Answer::Yes),
                    "no" => Ok(Answer::No),
                    "unknown" => Ok(Answer::Unknown),
                    _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
                }
            }
        }
        d.deserialize_any(AnswerVisitor)
    }
}

/// What the case records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseKind {
    /// A tolerance check against the checklist (the default).
    #[default]
    Tolerance,
    /// A report that proved false: the cadre's name is cleared.
    Clearance,
}

/// How a name is cleared (澄清正名); used when the case kind is clearance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Clearance {
    /// Id of one of the rules' clearance methods (letter, meeting, circular).
    pub method: String,
    /// Date of the letter, meeting or circular, `YYYY-MM-DD` (optional).
    pub date: Option<String>,
    /// Body that clears the name (e.g. the county discipline commission).
    pub issued_by: String,
    /// What the investigation found (free text).
    pub finding: String,
}

/// One tolerance case as kept in `Scenario.tolerance_cases`. Every field is
/// optional in JSON; `{}` is an empty tolerance case with every answer
/// unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ToleranceCase {
    /// Stable id of the case within the Scenario.
    pub id: String,
    /// The cadre's name (may be left out of a shared link).
    pub cadre: String,
    /// The cadre's unit.
    pub unit: String,
    /// What happened.
    pub description: String,
    /// Date the cadre (or unit) applied, `YYYY-MM-DD`; the procedure
    /// timeline runs from it.
    pub application_date: Option<String>,
    /// Question id → answer; a missing id is unknown.
    pub answers: BTreeMap<String, Answer>,
    /// Ids of the steps whose one extension is used (by default only
    /// "verify" allows one).
    pub extensions: Vec<String>,
    /// Tolerance check or clearance record.
    pub kind: CaseKind,
    /// Clearance details (for kind `clearance`).
    pub clearance: Option<Clearance>,
}

impl ToleranceCase {
    /// The answer to question `id` (unknown when absent).
    pub fn answer(&self, id: &str) -> Answer {
        self.answers.get(id).copied().unwrap_or_default()
    }
}
