//! The typed errors of the tolerance engine, with messages in both
//! languages. JSON: `{"code": "unknown_item", "id": "..."}` and so on.

use std::fmt;

use serde::Serialize;

/// Why a check, a timeline or a clearance record could not be produced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ToleranceError {
    /// An answer (or a reference) names an id that is not a checklist item.
    UnknownItem { id: String },
    /// Two items of one list (the checklist counts as one) share an id.
    DuplicateId { id: String },
    /// An item of `list` has an empty id.
    EmptyId { list: String },
    /// A distinction points at a negative or positive item that is missing.
    DistinctionItemMissing { distinction: String, item: String },
    /// An extension names a step that is not in the rules.
    UnknownStep { id: String },
    /// An extension names a step that allows none.
    NoExtension { id: String },
    /// A clearance case without clearance details.
    MissingClearance,
    /// The clearance method is not one of the rules' methods.
    UnknownClearanceMethod { id: String },
    /// A date that is not a valid `YYYY-MM-DD` in the years 0001–9999.
    InvalidDate { field: String, value: String },
    /// A date listed both as a holiday and as a make-up working day.
    CalendarConflict { date: String },
    /// No due date within the bound (the calendar leaves too few working
    /// days, or a limit is absurdly long).
    TimelineTooLong { step: String, max_days: u32 },
    /// The JSON API got text that is not JSON.
    InvalidJson { message: String },
    /// The JSON API got a case it cannot read.
    InvalidCase { message: String },
    /// The JSON API got rules it cannot read.
    InvalidRules { message: String },
}

impl ToleranceError {
    /// The message in Chinese.
    pub fn zh(&self) -> String {
        use ToleranceError::*;
        match self {
            UnknownItem { id } => format!("规则中没有事项“{id}”"),
            DuplicateId { id } => format!("事项编号“{id}”重复"),
            EmptyId { list } => format!("{list} 中有事项缺少编号"),
            DistinctionItemMissing { distinction, item } => {
                format!("“三个区分开来”条目“{distinction}”引用的事项“{item}”不存在")
            }
            UnknownStep { id } => format!("规则中没有程序步骤“{id}”"),
            NoExtension { id } => format!("程序步骤“{id}”不允许延长"),
            MissingClearance => "澄清正名记录缺少澄清信息".into(),
            UnknownClearanceMethod { id } => format!("规则中没有澄清方式“{id}”"),
            InvalidDate { field, value } => {
                format!("{field} 的日期“{value}”无效（应为 YYYY-MM-DD）")
            }
            CalendarConflict { date } => format!("{date} 同时列为节假日和调休上班日"),
            TimelineTooLong { step, max_days } => {
                format!("程序步骤“{step}”在 {max_days} 天内找不到足够的工作日")
            }
            InvalidJson { message } => format!("不是有效的 JSON：{message}"),
            InvalidCase { message } => format!("案例数据无法读取：{message}"),
            InvalidRules { message } => format!("规则数据无法读取：{message}"),
        }
    }

    /// The message in English.
    pub fn en(&self) -> String {
        use ToleranceError::*;
        match self {
            UnknownItem { id } => format!("no item {id:?} in the rules"),
            DuplicateId { id } => format!("item id {id:?} is used twice"),
            EmptyId { list } => format!("an item of {list} has no id"),
            DistinctionItemMissing { distinction, item } => {
                format!("distinction {distinction:?} refers to missing item {item:?}")
            }
            UnknownStep { id } => format!("no procedure step {id:?} in the rules"),
            NoExtension { id } => format!("procedure step {id:?} allows no extension"),
            MissingClearance => "the clearance record has no clearance details".into(),
            UnknownClearanceMethod { id } => format!("no clearance method {id:?} in the rules"),
            InvalidDate { field, value } => {
                format!("{field}: invalid date {value:?} (want YYYY-MM-DD)")
            }
            CalendarConflict { date } => {
                format!("{date} is listed both as a holiday and as a make-up working day")
            }
            TimelineTooLong { step, max_days } => {
                format!("step {step:?}: not enough working days within {max_days} days")
            }
            InvalidJson { message } => format!("not valid JSON: {message}"),
            InvalidCase { message } => format!("cannot read the case: {message}"),
            InvalidRules { message } => format!("cannot read the rules: {message}"),
        }
    }
}

impl fmt::Display for ToleranceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

impl std::error::Error for ToleranceError {}
