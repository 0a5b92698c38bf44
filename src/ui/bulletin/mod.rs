//! The quarterly bulletin (季度通报, issue 5 item 5), a section of the 考核计算
//! screen after the import / export panel: per quarter and ranking group,
//! the ranking from the Evaluation's quarterly results, the movement against
//! the previous quarter (↑2 / ↓1 / —), the quarter's deduction and veto
//! events and the unit's flags; a quarter selector; printable on A4
//! (`body.print-bulletin`, styles/print.css). The rows are shaped by the
//! pure `io::bulletin`.
//!
//! One component per file: `section.rs` ([`QuarterlyBulletin`]: quarter
//! selector, print button), `group_table.rs` (one group's table).

mod group_table;
mod section;

pub use section::QuarterlyBulletin;
