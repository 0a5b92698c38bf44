//! Typed engine errors (issue 3, "Exactness and errors"): invalid input never
//! panics; it returns an [`EngineError`] naming the unit (or cadre) and the
//! field, serializable as JSON for the JS API. Covers the validation rules of
//! domain.md 4.2 (weights summing, target ≤ 0) and the model's own checks.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// `format_version` or `schema_version` this engine does not read.
    UnsupportedVersion,
    /// A reference to a built-in rule set (id or version) that does not exist.
    UnknownRuleSet,
    /// A reference to a rule item id (indicator, event kind, group…) that the
    /// RuleSet does not define.
    UnknownRuleId,
    /// Two items share an id where ids must be unique.
    DuplicateId,
    /// A count (staff, events, votes, ranks) below zero.
    NegativeCount,
    /// Weights that must sum to a fixed total do not (`value` is the sum).
    WeightsNotSumming,
    /// A target ≤ 0 (domain.md 4.2).
    TargetNotPositive,
    /// A value required by the rules is absent.
    MissingValue,
    /// A value outside its allowed range (scores 0–100, quarters 1–4, shares…).
    OutOfRange,
    /// A link (linkage entry, cadre) to a unit id that does not exist.
    MissingUnit,
    /// An event with a 文号 whose count is not 1 (domain.md 4.2).
    DocNoCount,
    /// Arithmetic beyond the range of the decimal type.
    Overflow,
}

/// An input error, with where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EngineError {
    pub kind: ErrorKind,
    /// The unit concerned (for a missing unit: the id that is missing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The cadre concerned, for cadre inputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadre: Option<String>,
    /// Path of the field inside the unit, cadre or scenario, e.g.
    /// `indicators[ind.gdp].target` or `rules.feedback.groups`.
    pub field: String,
    /// The offending value, as text, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl EngineError {
    /// An error of `kind` at `field`, not yet located in a unit or cadre.
    pub fn new(kind: ErrorKind, field: impl Into<String>) -> Self {
        Self {
            kind,
            unit: None,
            cadre: None,
            field: field.into(),
            value: None,
        }
    }

    /// Arithmetic overflow; the field is filled in by [`EngineError::at_field`].
    pub fn overflow() -> Self {
        Self::new(ErrorKind::Overflow, "")
    }

    /// Adds the offending value.
    pub fn with_value(mut self, value: impl ToString) -> Self {
        self.value = Some(value.to_string());
        self
    }

    /// Names the unit, unless one is already named.
    pub fn in_unit(mut self, unit: &str) -> Self {
        if self.unit.is_none() {
            self.unit = Some(unit.to_string());
        }
        self
    }

    /// Names the cadre, unless one is already named.
    pub fn in_cadre(mut self, cadre: &str) -> Self {
        if self.cadre.is_none() {
            self.cadre = Some(cadre.to_string());
        }
        self
    }

    /// Fills in the field when it is still empty (overflow deep in a sum).
    pub fn at_field<F: FnOnce() -> String>(mut self, field: F) -> Self {
        if self.field.is_empty() {
            self.field = field();
        }
        self
    }
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.kind)?;
        if let Some(u) = &self.unit {
            write!(f, " in unit {u}")?;
        }
        if let Some(c) = &self.cadre {
            write!(f, " in cadre {c}")?;
        }
        write!(f, " at {}", self.field)?;
        if let Some(v) = &self.value {
            write!(f, " (value {v})")?;
        }
        Ok(())
    }
}

impl std::error::Error for EngineError {}
