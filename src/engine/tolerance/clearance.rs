//! Clearing names (澄清正名): a report that proved false is recorded as
//! such; the record states that the cadre's name is cleared, how (one of
//! the rules' methods: letter, meeting, circular), and that the report
//! carries no negative effect.

use serde::{Deserialize, Serialize};

use super::case::ToleranceCase;
use super::date::CivilDate;
use super::rules::{Item, ToleranceRules};
use super::texts::{self, Note};
use super::timeline::parse_date;
use super::ToleranceError;

/// The printable clearance record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClearanceRecord {
    pub case_id: String,
    pub cadre: String,
    pub unit: String,
    pub description: String,
    /// The method, with its labels and citation from the rules.
    pub method: Item,
    pub date: Option<CivilDate>,
    pub issued_by: String,
    pub finding: String,
    /// Name cleared, how, no negative effect — in this order.
    pub statements: Vec<Note>,
    /// Always true: a cleared report has no negative effect.
    pub no_negative_effect: bool,
}

/// The clearance record of `case` (its `clearance` details are required).
pub fn clearance_record(
    rules: &ToleranceRules,
    case: &ToleranceCase,
) -> Result<ClearanceRecord, ToleranceError> {
    let c = case
        .clearance
        .as_ref()
        .ok_or(ToleranceError::MissingClearance)?;
    let method = rules
        .clearance_methods
        .iter()
        .find(|m| m.id == c.method)
        .ok_or_else(|| ToleranceError::UnknownClearanceMethod {
            id: c.method.clone(),
        })?;
    let date = match c.date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) => Some(parse_date("clearance.date", d)?),
    };
    let date_text = date.map(|d| d.to_string()).unwrap_or_default();
    let statements = vec![
        texts::name_cleared(&case.cadre, &case.unit),
        texts::cleared_by(&method.zh, &method.en, &date_text, &c.issued_by),
        texts::no_negative_effect(),
    ];
    Ok(ClearanceRecord {
        case_id: case.id.clone(),
        cadre: case.cadre.clone(),
        unit: case.unit.clone(),
        description: case.description.clone(),
        method: method.clone(),
        date,
        issued_by: c.issued_by.clone(),
        finding: c.finding.clone(),
        statements,
        no_negative_effect: true,
    })
}
