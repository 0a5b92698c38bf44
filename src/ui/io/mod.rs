//! The 导入/导出 panel (issue 5 items 7 and 9), shown on the 考核计算 screen
//! after the roster: the Scenario as a JSON file (export, open), the results
//! as CSV, the units and events files (CSV in UTF-8 or GBK, or cells pasted
//! from a spreadsheet) with templates and a preview, and the print sheets of
//! a unit and of the county ranking. Codecs are pure (`crate::io`); this is
//! the browser side.
//!
//! One component per file:
//! - `panel.rs` — [`IoPanel`]: the section and the hidden print sheets.
//! - `scenario_file.rs` — export / open the Scenario JSON, with confirmation.
//! - `results_export.rs` — the results CSV download.
//! - `roster_import.rs` — files, encoding, paste, templates; holds the
//!   pending import; `import_preview.rs` — counts, errors, accept / cancel;
//!   `error_table.rs` — the errors by file, row and column.
//! - `print_bar.rs` — the unit chooser and print buttons; `unit_sheet.rs`
//!   (a unit's result with its trace) and `ranking_sheet.rs` (the county
//!   ranking): A4 sheets, hidden on screen (styles/io.css, styles/print.css).
//! - `browser.rs` — downloads, file reading, decoding, printing (no
//!   component).

pub(crate) mod browser;
mod error_table;
mod import_preview;
mod panel;
mod print_bar;
mod ranking_sheet;
mod results_export;
mod roster_import;
mod scenario_file;
mod unit_sheet;

pub use panel::IoPanel;

use crate::engine::builtin::builtin_ref;
use crate::engine::error::EngineError;
use crate::engine::Scenario;
use crate::io::labels::Labels;
use crate::i18n::{num_error, Text};
use crate::io::roster_import::Reason;

/// The label of an import error's reason.
pub fn reason_text(r: Reason) -> Text {
    use crate::io::csv::CsvErrorKind as K;
    match r {
        Reason::Csv(K::UnterminatedQuote) => Text::IoReasonUnterminatedQuote,
        Reason::Csv(K::TextAfterQuote) => Text::IoReasonTextAfterQuote,
        Reason::Csv(K::StrayQuote) => Text::IoReasonStrayQuote,
        Reason::EmptyFile => Text::IoReasonEmptyFile,
        Reason::MissingColumn => Text::IoReasonMissingColumn,
        Reason::OtherFileKind => Text::IoReasonOtherFileKind,
        Reason::DuplicateColumn => Text::IoReasonDuplicateColumn,
        Reason::ExtraCells => Text::IoReasonExtraCells,
        Reason::Missing => Text::IoReasonMissing,
        Reason::Number(e) => num_error(e),
        Reason::NotPositive => Text::IoReasonNotPositive,
        Reason::UnknownUnit => Text::IoReasonUnknownUnit,
        Reason::UnknownIndicator => Text::IoReasonUnknownIndicator,
        Reason::UnknownEventKind => Text::IoReasonUnknownEventKind,
        Reason::UnknownGroup => Text::IoReasonUnknownGroup,
        Reason::UnknownUnitKind => Text::IoReasonUnknownUnitKind,
        Reason::UnknownLevel => Text::IoReasonUnknownLevel,
        Reason::UnknownGrade => Text::IoReasonUnknownGrade,
        Reason::BadQuarter => Text::IoReasonBadQuarter,
        Reason::BadFlag => Text::IoReasonBadFlag,
        Reason::Conflict => Text::IoReasonConflict,
        Reason::DuplicateIndicator => Text::IoReasonDuplicateIndicator,
        Reason::DocNoCount => Text::IoReasonDocNoCount,
    }
}

/// The rule labels the print sheets use: the Scenario's rules, or the
/// built-in ones when its reference does not resolve.
pub fn sheet_labels(s: &Scenario) -> Labels {
    match s.rules.resolve() {
        Ok(r) => Labels::of(&r),
        Err(_) => Labels::of(builtin_ref()),
    }
}

/// An engine error in one line, in `lang` (kind, unit or cadre, field,
/// value): the calc screen's wording.
pub fn engine_error_line(lang: crate::i18n::Lang, e: &EngineError) -> String {
    crate::ui::calc::error_sentence(lang, e)
}
