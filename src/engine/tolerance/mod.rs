//! Fault tolerance (容错纠错), domain.md section 4.9: the checklist as rule
//! data, the verdict with its reasons, the procedure timeline in working
//! days, and clearing names.
//!
//! Code map (one concept per file):
//! - `rules.rs` — [`ToleranceRules`] and its items (data; validation).
//! - `builtin.rs` — the built-in items of section 4.9 with citations.
//! - `case.rs` — [`ToleranceCase`]: the answers and the clearance details.
//! - `verdict.rs` — the verdict over yes-counts; which unknowns matter.
//! - `check.rs` — [`check`]: a case → [`ToleranceResult`].
//! - `date.rs` — [`CivilDate`], a tiny ISO date type.
//! - `timeline.rs` — working days and the procedure's due dates.
//! - `clearance.rs` — the 澄清正名 record.
//! - `texts.rs` — fixed texts (advisory, effects) in both languages.
//! - `report.rs` — a whole case, and the JSON function behind the JS API.
//! - `error.rs` — [`ToleranceError`].
//!
//! Invariants: pure Rust, no browser crate; no item is special-cased by id;
//! nothing that reads input panics. docs/tolerance.md documents the JSON.

mod builtin;
mod case;
mod check;
mod clearance;
mod date;
mod error;
mod report;
mod rules;
mod texts;
mod timeline;
mod verdict;

pub use case::{Answer, CaseKind, Clearance, ToleranceCase};
pub use check::{check, Reason, ReasonCode, Summary, ToleranceResult};
pub use clearance::{clearance_record, ClearanceRecord};
pub use date::{CivilDate, DateError};
pub use error::ToleranceError;
pub use report::{check_tolerance_json, evaluate_case, CaseReport};
pub use rules::{
    Calendar, Condition, Distinction, Item, ListKind, NegativeItem, PositiveItem, Step, Threshold,
    ToleranceRules,
};
pub use texts::Note;
pub use timeline::{
    case_timeline, parse_date, timeline, StepDue, Timeline, WorkCalendar, MAX_STEP_SPAN_DAYS,
};
pub use verdict::{label, matters, possible_labels, Counts, Shape, Span, Spans, Verdict};
