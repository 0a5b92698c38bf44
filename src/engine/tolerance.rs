//! Fault tolerance (容错纠错), domain.md section 4.9. (Stub: being written.)

use serde::{Deserialize, Serialize};

/// The tolerance items of a RuleSet (negative list, conditions, positive
/// situations, threshold, procedure limits, calendar).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToleranceRules {}

impl ToleranceRules {
    /// The built-in items of domain.md section 4.9.
    pub fn builtin() -> Self {
        Self {}
    }
}

/// One tolerance case as kept in a Scenario.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToleranceCase {}
