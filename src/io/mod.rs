//! Import and export (issue 5 item 7): pure codecs, tested natively, with
//! no browser crate. `csv` reads and writes RFC 4180 CSV and pasted TSV;
//! `results_csv` writes the results (UTF-8 with BOM); `roster_import` reads
//! the units and events files, reports every error by file, row and column,
//! and merges the valid rows into a Scenario; `labels` finds rule items'
//! labels by id; `bulletin` shapes the quarterly rankings for the 季度通报.
//! The browser side (files, downloads, encodings) is `ui::io`.

pub mod bulletin;
pub mod csv;
pub mod labels;
pub mod results_csv;
pub mod roster_import;
