//! Tolerance rules as data: the negative list, the required conditions, the
//! positive-list situations, the three distinctions mapped onto them, the
//! threshold for lighter handling, the procedure steps with their limits,
//! the working-day calendar and the ways of clearing a name.
//!
//! Every item carries a stable id, `zh`/`en` labels and a citation. An office
//! edits, adds and removes items; no code tests for a particular id. The
//! built-in items of domain.md section 4.9 are in `builtin.rs`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::ToleranceError;

/// One item of a list: a question of the checklist, or a clearance method.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Item {
    /// Stable id, unique across the negative list, the conditions and the
    /// positive list (answers are keyed by it).
    pub id: String,
    /// Chinese label.
    pub zh: String,
    /// English label.
    pub en: String,
    /// The clause it comes from.
    pub citation: String,
}

/// An item of the negative list (负面清单): any "yes" vetoes tolerance.
pub type NegativeItem = Item;
/// A required condition (容错条件).
pub type Condition = Item;
/// A situation of the positive list (正面清单).
pub type PositiveItem = Item;

/// One of the three distinctions (三个区分开来): its wrong half is a negative
/// item, its right half a positive situation (referenced by id).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Distinction {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub citation: String,
    /// Id of the negative item that is the wrong half.
    pub negative: String,
    /// Id of the positive situation that is the right half.
    pub positive: String,
}

/// The least number of conditions answered yes for lighter handling
/// (可从轻或减轻), "at least 3 of 5" by default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Threshold {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub citation: String,
    /// Conditions that must be yes (with a positive situation) for 可从轻或减轻.
    pub min_conditions: u32,
}

/// A step of the procedure with its limit in working days.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Step {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub citation: String,
    /// Working days, counted from the previous step's due date (the first
    /// step: from the application date), that day excluded.
    pub limit_days: u32,
    /// Working days of the one optional extension; 0 = none allowed.
    pub extension_days: u32,
}

/// Holidays and make-up working days (调休), ISO dates `YYYY-MM-DD`; both
/// empty by default (then only weekends are skipped).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Calendar {
    /// Days off that would otherwise be working days.
    pub holidays: Vec<String>,
    /// Weekend days that are working days.
    pub makeup_workdays: Vec<String>,
}

/// The tolerance part of a RuleSet (domain.md section 4.9).
///
/// Missing fields take the built-in value, so `{}` is the built-in set and
/// `{"calendar": {...}}` the built-in set with that calendar. `Default` is
/// the built-in set too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default = "ToleranceRules::builtin")]
pub struct ToleranceRules {
    /// 三个区分开来, mapped onto negative and positive items.
    pub distinctions: Vec<Distinction>,
    /// 负面清单: any yes → 不予容错.
    pub negative: Vec<NegativeItem>,
    /// 容错条件: all yes (with a situation) → 可以容错.
    pub conditions: Vec<Condition>,
    /// 正面清单: at least one yes is needed for any tolerance.
    pub positive: Vec<PositiveItem>,
    /// "At least 3 of 5" for 可从轻或减轻.
    pub threshold: Threshold,
    /// Procedure: apply → accept → verify → decide → notify → file.
    pub steps: Vec<Step>,
    /// Working-day calendar (empty by default).
    pub calendar: Calendar,
    /// Ways of clearing a name (澄清正名): letter, meeting, circular.
    pub clearance_methods: Vec<Item>,
}

impl Default for ToleranceRules {
    fn default() -> Self {
        Self::builtin()
    }
}

/// Which checklist list a question belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListKind {
    Negative,
    Condition,
    Positive,
}

impl ToleranceRules {
    /// Every question of the checklist with its list, in display order
    /// (negative list, conditions, positive list).
    pub fn questions(&self) -> impl Iterator<Item = (ListKind, &Item)> {
        fn tag(kind: ListKind, items: &[Item]) -> impl Iterator<Item = (ListKind, &Item)> {
            items.iter().map(move |i| (kind, i))
        }
        tag(ListKind::Negative, &self.negative)
            .chain(tag(ListKind::Condition, &self.conditions))
            .chain(tag(ListKind::Positive, &self.positive))
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<(ListKind, &Item)> {
        self.questions().find(|(_, i)| i.id == id)
    }

    /// Checks what the verdict relies on: question ids non-empty and unique
    /// across the three lists, distinctions pointing at a negative item and
    /// a positive situation that exist.
    pub fn validate_checklist(&self) -> Result<(), ToleranceError> {
        unique_ids("checklist", self.questions().map(|(_, i)| i.id.as_str()))?;
        for d in &self.distinctions {
            let found_neg = self.negative.iter().any(|i| i.id == d.negative);
            let found_pos = self.positive.iter().any(|i| i.id == d.positive);
            for (found, item) in [(found_neg, &d.negative), (found_pos, &d.positive)] {
                if !found {
                    return Err(ToleranceError::DistinctionItemMissing {
                        distinction: d.id.clone(),
                        item: item.clone(),
                    });
                }
            }
        }
        Ok(())
    }

    /// Checks every part: the checklist, step ids, clearance method ids and
    /// the calendar dates.
    pub fn validate(&self) -> Result<(), ToleranceError> {
        self.validate_checklist()?;
        unique_ids("steps", self.steps.iter().map(|s| s.id.as_str()))?;
        unique_ids(
            "clearance_methods",
            self.clearance_methods.iter().map(|m| m.id.as_str()),
        )?;
        super::timeline::WorkCalendar::new(&self.calendar).map(|_| ())
    }
}

/// Errors on the first empty or repeated id of `list`.
pub(crate) fn unique_ids<'a>(
    list: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<(), ToleranceError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if id.trim().is_empty() {
            return Err(ToleranceError::EmptyId {
                list: list.to_string(),
            });
        }
        if !seen.insert(id) {
            return Err(ToleranceError::DuplicateId { id: id.to_string() });
        }
    }
    Ok(())
}
