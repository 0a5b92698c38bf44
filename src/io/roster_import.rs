//! Roster import (issue 5 item 7): two documented files — **units** (one row
//! per unit and indicator) and **events** (one row per event) — read from
//! CSV (or tab-separated cells pasted from a spreadsheet), checked row by
//! row, and merged into a Scenario. Nothing is applied here: the result is
//! the valid rows plus every error (file, row, column, reason code), and
//! [`merge`] builds the Scenario the user may accept. Columns, accepted
//! header names and values: docs/import-formats.md.
//!
//! Numbers go through `numinput` (full-width digits accepted); ids of rule
//! items (group, indicator, event kind, evaluator group) may be written as
//! the id or either label of the rule set. Pure Rust, tested natively.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::csv::{self, CsvErrorKind, Record, BOM};
use crate::engine::builtin::builtin_ref;
use crate::engine::rules::{Meta, RuleSet};
use crate::engine::scenario::{
    EventInput, FeedbackInput, IndicatorInput, LastYear, Scenario, Unit, YtdValue,
};
use crate::engine::types::{Level, UnitGrade, UnitKind};
use crate::i18n::Lang;
use crate::numinput::{parse_bounded, Bounds, NumError};

/// Which of the two files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileKind {
    Units,
    Events,
}

impl FileKind {
    /// A stable code.
    pub fn code(self) -> &'static str {
        match self {
            FileKind::Units => "units",
            FileKind::Events => "events",
        }
    }
}

/// Why a row (or the file) was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The file is not well-formed CSV / TSV.
    Csv(CsvErrorKind),
    /// No header row.
    EmptyFile,
    /// A required column is not in the header.
    MissingColumn,
    /// Two header cells name the same column.
    DuplicateColumn,
    /// The header names columns of the other file (an events table read as
    /// a units table, or the other way round).
    OtherFileKind,
    /// A row has non-empty cells beyond the header's columns.
    ExtraCells,
    /// A required value is empty.
    Missing,
    /// A number that does not parse or is out of its bounds.
    Number(NumError),
    /// A target of zero or less.
    NotPositive,
    /// An event for a unit neither in the scenario nor in the units file.
    UnknownUnit,
    UnknownIndicator,
    UnknownEventKind,
    UnknownGroup,
    UnknownUnitKind,
    UnknownLevel,
    UnknownGrade,
    /// A quarter that is not 1–4.
    BadQuarter,
    /// A yes/no cell (N/A) with another value.
    BadFlag,
    /// A unit's value differs from the one of an earlier row of the unit.
    Conflict,
    /// The same unit and indicator on two rows.
    DuplicateIndicator,
    /// A count other than 1 on an event with a 文号.
    DocNoCount,
}

impl Reason {
    /// A stable reason code (tests, docs and the translation table).
    pub fn code(self) -> &'static str {
        match self {
            Reason::Csv(k) => k.code(),
            Reason::EmptyFile => "import.empty_file",
            Reason::MissingColumn => "import.missing_column",
            Reason::OtherFileKind => "import.other_file_kind",
            Reason::DuplicateColumn => "import.duplicate_column",
            Reason::ExtraCells => "import.extra_cells",
            Reason::Missing => "import.missing_value",
            Reason::Number(e) => e.code(),
            Reason::NotPositive => "import.not_positive",
            Reason::UnknownUnit => "import.unknown_unit",
            Reason::UnknownIndicator => "import.unknown_indicator",
            Reason::UnknownEventKind => "import.unknown_event_kind",
            Reason::UnknownGroup => "import.unknown_group",
            Reason::UnknownUnitKind => "import.unknown_unit_kind",
            Reason::UnknownLevel => "import.unknown_level",
            Reason::UnknownGrade => "import.unknown_grade",
            Reason::BadQuarter => "import.bad_quarter",
            Reason::BadFlag => "import.bad_flag",
            Reason::Conflict => "import.conflict",
            Reason::DuplicateIndicator => "import.duplicate_indicator",
            Reason::DocNoCount => "import.doc_no_count",
        }
    }
}

/// One error: where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub file: FileKind,
    /// The file name (or "paste").
    pub source: String,
    /// 1-based row; the header is row 1.
    pub row: usize,
    /// 1-based column, when the error is in one cell or header cell.
    pub column: Option<usize>,
    /// The header text of that column (or the expected name when missing).
    pub column_name: String,
    pub reason: Reason,
    /// The offending cell (shortened).
    pub value: String,
}

/// A text to read: its name, content and delimiter (`,` or tab).
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub delim: char,
}

// ---------------------------------------------------------------- columns

/// A column of one of the files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Col {
    UnitId,
    UnitName,
    Group,
    Kind,
    Staff,
    Indicator,
    Weight,
    Target,
    Actual,
    Na,
    QTarget(u8),
    QActual(u8),
    LastRank,
    LastGrade,
    /// A 360 evaluator group's score (index into the rule set's groups).
    Feedback(usize),
    EventKind,
    Quarter,
    Level,
    Count,
    DocNo,
    Date,
    Issuer,
}

/// A fixed column: its key, the Chinese header (templates), the English
/// header, other accepted names, and whether the header must have it.
pub struct ColumnSpec {
    pub col: Col,
    pub zh: &'static str,
    pub en: &'static str,
    pub aliases: &'static [&'static str],
    pub required: bool,
}

const fn spec(
    col: Col,
    zh: &'static str,
    en: &'static str,
    aliases: &'static [&'static str],
    required: bool,
) -> ColumnSpec {
    ColumnSpec {
        col,
        zh,
        en,
        aliases,
        required,
    }
}

/// The unit columns both files start with.
const UNIT_ID: ColumnSpec = spec(
    Col::UnitId,
    "单位编号",
    "Unit id",
    &["编号", "单位代码", "id", "unit"],
    true,
);
const UNIT_NAME: ColumnSpec = spec(
    Col::UnitName,
    "单位名称",
    "Unit name",
    &["单位", "名称", "name"],
    false,
);

/// The fixed columns of the units file, in template order (the 360
/// columns, one per evaluator group of the rules, follow `LastGrade`).
pub const UNIT_COLUMNS: &[ColumnSpec] = &[
    UNIT_ID,
    UNIT_NAME,
    spec(
        Col::Group,
        "考核分组",
        "Group",
        &["分组", "排名分组", "ranking group"],
        false,
    ),
    spec(
        Col::Kind,
        "单位类型",
        "Kind",
        &["类型", "类别", "type"],
        false,
    ),
    spec(
        Col::Staff,
        "编制人数",
        "Staff",
        &["人数", "公务员人数", "在编人数"],
        false,
    ),
    spec(
        Col::Indicator,
        "指标",
        "Indicator",
        &["指标编号", "指标名称", "考核指标"],
        false,
    ),
    spec(Col::Weight, "权重", "Weight", &["分值", "权重分"], false),
    spec(
        Col::Target,
        "目标值",
        "Target",
        &["目标", "年度目标"],
        false,
    ),
    spec(
        Col::Actual,
        "完成值",
        "Actual",
        &["完成", "实际完成", "年度完成"],
        false,
    ),
    spec(Col::Na, "不适用", "N/A", &["na", "不适用指标"], false),
    spec(
        Col::QTarget(1),
        "一季度累计目标",
        "Q1 target",
        &["Q1目标", "一季度目标"],
        false,
    ),
    spec(
        Col::QActual(1),
        "一季度累计完成",
        "Q1 actual",
        &["Q1完成", "一季度完成"],
        false,
    ),
    spec(
        Col::QTarget(2),
        "二季度累计目标",
        "Q2 target",
        &["Q2目标", "二季度目标"],
        false,
    ),
    spec(
        Col::QActual(2),
        "二季度累计完成",
        "Q2 actual",
        &["Q2完成", "二季度完成"],
        false,
    ),
    spec(
        Col::QTarget(3),
        "三季度累计目标",
        "Q3 target",
        &["Q3目标", "三季度目标"],
        false,
    ),
    spec(
        Col::QActual(3),
        "三季度累计完成",
        "Q3 actual",
        &["Q3完成", "三季度完成"],
        false,
    ),
    spec(
        Col::QTarget(4),
        "四季度累计目标",
        "Q4 target",
        &["Q4目标", "四季度目标"],
        false,
    ),
    spec(
        Col::QActual(4),
        "四季度累计完成",
        "Q4 actual",
        &["Q4完成", "四季度完成"],
        false,
    ),
    spec(
        Col::LastRank,
        "上年名次",
        "Last year rank",
        &["去年名次"],
        false,
    ),
    spec(
        Col::LastGrade,
        "上年等次",
        "Last year grade",
        &["去年等次"],
        false,
    ),
];

/// The columns of the events file, in template order.
pub const EVENT_COLUMNS: &[ColumnSpec] = &[
    UNIT_ID,
    UNIT_NAME,
    spec(
        Col::EventKind,
        "事项类型",
        "Kind",
        &["事项", "类型", "event", "event kind"],
        true,
    ),
    spec(Col::Quarter, "季度", "Quarter", &["所属季度"], true),
    spec(Col::Level, "级别", "Level", &["层级"], false),
    spec(Col::Count, "次数", "Count", &["数量"], false),
    spec(
        Col::DocNo,
        "文号",
        "Document no",
        &["文件编号", "doc no", "document number"],
        false,
    ),
    spec(Col::Date, "日期", "Date", &["发文日期"], false),
    spec(
        Col::Issuer,
        "发文机关",
        "Issuing body",
        &["发文单位", "issuer"],
        false,
    ),
];

/// Header text folded for comparison: lower case, without spaces, `_`,
/// `-`, `/` and `·`.
fn fold(s: &str) -> String {
    s.trim_start_matches(BOM)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '-' | '/' | '·' | '\u{3000}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A rule item matches by id or either label.
fn meta_matches(meta: &Meta, cell: &str) -> bool {
    let f = fold(cell);
    !f.is_empty() && (fold(&meta.id) == f || fold(&meta.zh) == f || fold(&meta.en) == f)
}

/// The 360 header of evaluator group `g` (templates).
fn feedback_header(meta: &Meta, lang: Lang) -> String {
    format!("360:{}", lang.pick(&meta.zh, &meta.en))
}

/// Matches a header cell to a column of `file`.
fn match_header(file: FileKind, cell: &str, rules: &RuleSet) -> Option<Col> {
    let f = fold(cell);
    if f.is_empty() {
        return None;
    }
    let specs = match file {
        FileKind::Units => UNIT_COLUMNS,
        FileKind::Events => EVENT_COLUMNS,
    };
    for s in specs {
        if fold(s.zh) == f || fold(s.en) == f || s.aliases.iter().any(|a| fold(a) == f) {
            return Some(s.col);
        }
    }
    if file == FileKind::Units {
        let rest = f
            .strip_prefix("360")
            .map(|r| r.trim_start_matches([':', '：']))
            .unwrap_or(&f);
        for (i, g) in rules.feedback.groups.iter().enumerate() {
            if meta_matches(&g.meta, rest) {
                return Some(Col::Feedback(i));
            }
        }
    }
    None
}

/// The header's columns: index → column, plus errors and ignored names.
struct Header {
    cols: Vec<Option<Col>>,
    ignored: Vec<String>,
}

fn read_header(
    file: FileKind,
    source: &str,
    rec: &Record,
    rules: &RuleSet,
    errors: &mut Vec<ImportError>,
) -> Header {
    // An error at header cell `i`.
    let at_cell = |i: usize, cell: &str, reason: Reason| ImportError {
        file,
        source: source.to_owned(),
        row: rec.row,
        column: Some(i + 1),
        column_name: cell.trim().to_owned(),
        reason,
        value: cell.trim().to_owned(),
    };
    let mut cols = Vec::with_capacity(rec.fields.len());
    let mut seen: BTreeMap<Col, usize> = BTreeMap::new();
    let mut ignored = Vec::new();
    for (i, cell) in rec.fields.iter().enumerate() {
        let col = match_header(file, cell, rules);
        match col {
            Some(c) => {
                if seen.insert(c, i).is_some() {
                    errors.push(at_cell(i, cell, Reason::DuplicateColumn));
                    cols.push(None);
                    continue;
                }
            }
            None => {
                if !cell.trim().is_empty() {
                    ignored.push(cell.trim().to_owned());
                }
            }
        }
        cols.push(col);
    }
    // Two or more cells that only the other file has: the file was read as
    // the wrong kind (its columns would otherwise be ignored in silence).
    let other = match file {
        FileKind::Units => FileKind::Events,
        FileKind::Events => FileKind::Units,
    };
    let foreign: Vec<(usize, &String)> = rec
        .fields
        .iter()
        .enumerate()
        .filter(|(i, cell)| {
            cols.get(*i).is_some_and(|c| c.is_none())
                && match_header(other, cell, rules).is_some_and(|c| c != Col::UnitId)
        })
        .collect();
    if let [(i, cell), _, ..] = foreign[..] {
        errors.push(at_cell(i, cell, Reason::OtherFileKind));
    }
    let specs = match file {
        FileKind::Units => UNIT_COLUMNS,
        FileKind::Events => EVENT_COLUMNS,
    };
    for s in specs.iter().filter(|s| s.required) {
        if !seen.contains_key(&s.col) {
            errors.push(ImportError {
                file,
                source: source.to_owned(),
                row: rec.row,
                column: None,
                column_name: s.zh.to_owned(),
                reason: Reason::MissingColumn,
                value: String::new(),
            });
        }
    }
    Header { cols, ignored }
}

// ---------------------------------------------------------------- rows

/// Reads one data row's cells by column and collects its errors.
struct Row<'a> {
    file: FileKind,
    source: &'a str,
    rec: &'a Record,
    header: &'a Header,
    head_names: &'a [String],
    errors: Vec<ImportError>,
}

/// The template header of a fixed column (for errors on a column the file
/// lacks).
fn expected_name(file: FileKind, col: Col) -> String {
    let specs = match file {
        FileKind::Units => UNIT_COLUMNS,
        FileKind::Events => EVENT_COLUMNS,
    };
    specs
        .iter()
        .find(|s| s.col == col)
        .map(|s| s.zh.to_owned())
        .unwrap_or_default()
}

fn shorten(s: &str) -> String {
    let t = s.trim();
    if t.chars().count() > 60 {
        let mut out: String = t.chars().take(57).collect();
        out.push('…');
        out
    } else {
        t.to_owned()
    }
}

impl<'a> Row<'a> {
    fn index(&self, col: Col) -> Option<usize> {
        self.header.cols.iter().position(|c| *c == Some(col))
    }

    /// The trimmed cell of `col` ("" when absent).
    fn cell(&self, col: Col) -> &'a str {
        match self.index(col) {
            Some(i) => self.rec.get(i).trim(),
            None => "",
        }
    }

    fn err(&mut self, col: Col, reason: Reason) {
        let i = self.index(col);
        self.errors.push(ImportError {
            file: self.file,
            source: self.source.to_owned(),
            row: self.rec.row,
            column: i.map(|i| i + 1),
            column_name: match i {
                Some(i) => self.head_names.get(i).cloned().unwrap_or_default(),
                // Not in the file: the expected header.
                None => expected_name(self.file, col),
            },
            reason,
            value: shorten(i.map(|i| self.rec.get(i)).unwrap_or("")),
        });
    }

    fn extra_cells(&mut self) {
        for (i, f) in self
            .rec
            .fields
            .iter()
            .enumerate()
            .skip(self.header.cols.len())
        {
            if !f.trim().is_empty() {
                self.errors.push(ImportError {
                    file: self.file,
                    source: self.source.to_owned(),
                    row: self.rec.row,
                    column: Some(i + 1),
                    column_name: String::new(),
                    reason: Reason::ExtraCells,
                    value: shorten(f),
                });
                return;
            }
        }
    }

    /// A decimal within `bounds`; `None` when empty (an error when
    /// `required`).
    fn decimal(&mut self, col: Col, bounds: Bounds, required: bool) -> Option<Decimal> {
        let cell = self.cell(col);
        match parse_bounded(cell, bounds) {
            Ok(Some(v)) => Some(v),
            Ok(None) => {
                if required {
                    self.err(col, Reason::Missing);
                }
                None
            }
            Err(e) => {
                self.err(col, Reason::Number(e));
                None
            }
        }
    }

    /// A target: required, greater than zero.
    fn target(&mut self, col: Col, required: bool) -> Option<Decimal> {
        let v = self.decimal(col, Bounds::default(), required)?;
        if v <= Decimal::ZERO {
            self.err(col, Reason::NotPositive);
            return None;
        }
        Some(v)
    }

    /// A whole number within `bounds`.
    fn whole(&mut self, col: Col, min: i64, required: bool) -> Option<i64> {
        let b = Bounds {
            min: Some(Decimal::from(min)),
            max: None,
            whole: true,
            positive: false,
        };
        let v = self.decimal(col, b, required)?;
        match v.to_i64() {
            Some(n) => Some(n),
            None => {
                self.err(col, Reason::Number(NumError::TooLong));
                None
            }
        }
    }

    /// The optional text of `col`, None when empty.
    fn text(&self, col: Col) -> Option<String> {
        let c = self.cell(col);
        (!c.is_empty()).then(|| c.to_owned())
    }

    /// A rule item by id or label.
    fn item<'m, T>(
        &mut self,
        col: Col,
        items: &'m [T],
        meta: impl Fn(&T) -> &Meta,
        reason: Reason,
        required: bool,
    ) -> Option<&'m T> {
        let cell = self.cell(col);
        if cell.is_empty() {
            if required {
                self.err(col, Reason::Missing);
            }
            return None;
        }
        let found = items.iter().find(|t| meta_matches(meta(t), cell));
        if found.is_none() {
            self.err(col, reason);
        }
        found
    }
}

fn parse_kind(cell: &str) -> Option<UnitKind> {
    match fold(cell).as_str() {
        "town" | "镇办" | "镇" | "乡镇" | "街道" | "镇街" | "镇（街道）" => {
            Some(UnitKind::Town)
        }
        "department" | "dept" | "部门" | "县直部门" | "县直" | "县直单位" | "部门单位" => {
            Some(UnitKind::Department)
        }
        _ => None,
    }
}

fn parse_level(cell: &str) -> Option<Level> {
    match fold(cell).as_str() {
        "national" | "国家级" | "国家" | "全国" | "中央" => Some(Level::National),
        "provincial" | "省级" | "省" | "省部级" => Some(Level::Provincial),
        "city" | "市级" | "市" | "地市级" => Some(Level::City),
        _ => None,
    }
}

fn parse_grade(cell: &str) -> Option<UnitGrade> {
    match fold(cell).as_str() {
        "excellent" | "优秀" => Some(UnitGrade::Excellent),
        "good" | "良好" => Some(UnitGrade::Good),
        "fair" | "一般" => Some(UnitGrade::Fair),
        "poor" | "较差" | "差" => Some(UnitGrade::Poor),
        _ => None,
    }
}

fn parse_flag(cell: &str) -> Option<bool> {
    match fold(cell).as_str() {
        "" | "否" | "不" | "no" | "n" | "false" | "0" | "×" | "适用" => Some(false),
        "是" | "yes" | "y" | "true" | "1" | "√" | "✓" | "✔" | "na" | "不适用" => {
            Some(true)
        }
        _ => None,
    }
}

/// A quarter written as 1–4 (also full-width), Q1, 一季度, 第二季度 …
fn parse_quarter(cell: &str) -> Option<i64> {
    let f = fold(cell);
    let f = f.trim_start_matches('第').trim_start_matches('q');
    let f = f.trim_end_matches("季度").trim_end_matches('季');
    match f {
        "一" => return Some(1),
        "二" => return Some(2),
        "三" => return Some(3),
        "四" => return Some(4),
        _ => {}
    }
    let b = Bounds {
        min: Some(Decimal::ONE),
        max: Some(Decimal::from(4)),
        whole: true,
        positive: false,
    };
    parse_bounded(f, b).ok().flatten().and_then(|d| d.to_i64())
}

/// Records of `input`, or the CSV error as an import error.
fn records(file: FileKind, input: &Input<'_>) -> Result<Vec<Record>, ImportError> {
    csv::parse(input.text, input.delim).map_err(|e| ImportError {
        file,
        source: input.name.to_owned(),
        row: e.row,
        column: Some(e.column),
        column_name: String::new(),
        reason: Reason::Csv(e.kind),
        value: String::new(),
    })
}

/// Splits records into header and non-blank data rows; an empty file is
/// an error.
fn split(
    file: FileKind,
    input: &Input<'_>,
    errors: &mut Vec<ImportError>,
) -> Option<(Record, Vec<Record>)> {
    let recs = match records(file, input) {
        Ok(r) => r,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    let mut it = recs.into_iter().filter(|r| !r.is_blank());
    let Some(head) = it.next() else {
        errors.push(ImportError {
            file,
            source: input.name.to_owned(),
            row: 1,
            column: None,
            column_name: String::new(),
            reason: Reason::EmptyFile,
            value: String::new(),
        });
        return None;
    };
    Some((head, it.collect()))
}

// ---------------------------------------------------------------- units

/// What the units file says about one unit (from its valid rows).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnitPatch {
    pub id: String,
    /// The first row of the unit in the file.
    pub row: usize,
    pub name: Option<String>,
    pub kind: Option<UnitKind>,
    pub group: Option<String>,
    pub staff: Option<i64>,
    pub indicators: Vec<IndicatorInput>,
    /// 360 group scores: evaluator group id → score.
    pub feedback: Vec<(String, Decimal)>,
    pub last_rank: Option<i64>,
    pub last_grade: Option<UnitGrade>,
}

/// The units file read: the units it describes, the errors and counts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnitsImport {
    pub source: String,
    pub patches: Vec<UnitPatch>,
    pub errors: Vec<ImportError>,
    /// Non-blank data rows.
    pub rows: usize,
    /// Rows without errors (what an import applies).
    pub valid_rows: usize,
    /// Header cells matching no column (ignored).
    pub ignored_columns: Vec<String>,
}

/// Unit-level values of a row (before the row is known to be valid).
#[derive(Default)]
struct UnitVals {
    name: Option<String>,
    kind: Option<UnitKind>,
    group: Option<String>,
    staff: Option<i64>,
    last_rank: Option<i64>,
    last_grade: Option<UnitGrade>,
    feedback: Vec<(usize, Decimal)>,
}

/// Reads the units file against `rules`; `existing` are the ids of the
/// scenario's units (a new unit needs its kind and group).
pub fn parse_units(input: &Input<'_>, rules: &RuleSet, existing: &BTreeSet<String>) -> UnitsImport {
    let file = FileKind::Units;
    let mut out = UnitsImport {
        source: input.name.to_owned(),
        ..UnitsImport::default()
    };
    let Some((head, data)) = split(file, input, &mut out.errors) else {
        return out;
    };
    let header = read_header(file, input.name, &head, rules, &mut out.errors);
    out.ignored_columns = header.ignored.clone();
    out.rows = data.len();
    if out
        .errors
        .iter()
        .any(|e| matches!(e.reason, Reason::MissingColumn | Reason::OtherFileKind))
    {
        return out;
    }
    let head_names: Vec<String> = head.fields.iter().map(|s| s.trim().to_owned()).collect();
    let mut patches: Vec<UnitPatch> = Vec::new();
    let mut by_id: BTreeMap<String, usize> = BTreeMap::new();
    // Rows per unit (index into patches → valid row numbers), for dropping
    // a new unit that lacks its kind or group.
    let mut unit_rows: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut first_row: BTreeMap<usize, &Record> = BTreeMap::new();
    for rec in &data {
        let mut r = Row {
            file,
            source: input.name,
            rec,
            header: &header,
            head_names: &head_names,
            errors: Vec::new(),
        };
        r.extra_cells();
        let id = r.cell(Col::UnitId).to_owned();
        if id.is_empty() {
            r.err(Col::UnitId, Reason::Missing);
        }
        let mut v = UnitVals {
            name: r.text(Col::UnitName),
            ..UnitVals::default()
        };
        let kind_cell = r.cell(Col::Kind);
        if !kind_cell.is_empty() {
            v.kind = parse_kind(kind_cell);
            if v.kind.is_none() {
                r.err(Col::Kind, Reason::UnknownUnitKind);
            }
        }
        v.group = r
            .item(
                Col::Group,
                &rules.ranking_groups,
                |m| m,
                Reason::UnknownGroup,
                false,
            )
            .map(|m| m.id.clone());
        v.staff = r.whole(Col::Staff, 0, false);
        v.last_rank = r.whole(Col::LastRank, 1, false);
        let grade_cell = r.cell(Col::LastGrade);
        if !grade_cell.is_empty() {
            v.last_grade = parse_grade(grade_cell);
            if v.last_grade.is_none() {
                r.err(Col::LastGrade, Reason::UnknownGrade);
            }
        }
        let score = Bounds {
            min: Some(Decimal::ZERO),
            max: Some(Decimal::ONE_HUNDRED),
            whole: false,
            positive: false,
        };
        for g in 0..rules.feedback.groups.len() {
            if let Some(s) = r.decimal(Col::Feedback(g), score, false) {
                v.feedback.push((g, s));
            }
        }
        // The indicator, if the row has one.
        let ind = read_indicator(&mut r, rules);

        // Against earlier rows of the same unit.
        let pi = by_id.get(&id).copied();
        if let Some(pi) = pi {
            let p = &patches[pi];
            if conflicts(&p.name, &v.name) {
                r.err(Col::UnitName, Reason::Conflict);
            }
            if conflicts(&p.kind, &v.kind) {
                r.err(Col::Kind, Reason::Conflict);
            }
            if conflicts(&p.group, &v.group) {
                r.err(Col::Group, Reason::Conflict);
            }
            if conflicts(&p.staff, &v.staff) {
                r.err(Col::Staff, Reason::Conflict);
            }
            if conflicts(&p.last_rank, &v.last_rank) {
                r.err(Col::LastRank, Reason::Conflict);
            }
            if conflicts(&p.last_grade, &v.last_grade) {
                r.err(Col::LastGrade, Reason::Conflict);
            }
            for (g, s) in &v.feedback {
                let gid = &rules.feedback.groups[*g].meta.id;
                if p.feedback.iter().any(|(pg, ps)| pg == gid && ps != s) {
                    r.err(Col::Feedback(*g), Reason::Conflict);
                }
            }
            if let Some(ind) = &ind {
                if p.indicators.iter().any(|i| i.indicator == ind.indicator) {
                    r.err(Col::Indicator, Reason::DuplicateIndicator);
                }
            }
        }
        if !r.errors.is_empty() || id.is_empty() {
            out.errors.append(&mut r.errors);
            continue;
        }
        let pi = match pi {
            Some(pi) => pi,
            None => {
                patches.push(UnitPatch {
                    id: id.clone(),
                    row: rec.row,
                    ..UnitPatch::default()
                });
                by_id.insert(id.clone(), patches.len() - 1);
                first_row.insert(patches.len() - 1, rec);
                patches.len() - 1
            }
        };
        let p = &mut patches[pi];
        p.name = p.name.take().or(v.name);
        p.kind = p.kind.or(v.kind);
        p.group = p.group.take().or(v.group);
        p.staff = p.staff.or(v.staff);
        p.last_rank = p.last_rank.or(v.last_rank);
        p.last_grade = p.last_grade.or(v.last_grade);
        for (g, s) in v.feedback {
            let gid = rules.feedback.groups[g].meta.id.clone();
            if !p.feedback.iter().any(|(pg, _)| *pg == gid) {
                p.feedback.push((gid, s));
            }
        }
        if let Some(ind) = ind {
            p.indicators.push(ind);
        }
        unit_rows.entry(pi).or_default().push(rec.row);
        out.valid_rows += 1;
    }
    // A new unit needs a kind and a group: otherwise its rows are refused,
    // the error placed on its first row.
    let mut keep = vec![true; patches.len()];
    for (pi, p) in patches.iter().enumerate() {
        if existing.contains(&p.id) {
            continue;
        }
        let Some(rec) = first_row.get(&pi) else {
            continue;
        };
        let mut r = Row {
            file,
            source: input.name,
            rec,
            header: &header,
            head_names: &head_names,
            errors: Vec::new(),
        };
        if p.kind.is_none() {
            r.err(Col::Kind, Reason::Missing);
        }
        if p.group.is_none() {
            r.err(Col::Group, Reason::Missing);
        }
        if !r.errors.is_empty() {
            keep[pi] = false;
            out.valid_rows -= unit_rows.get(&pi).map(Vec::len).unwrap_or(0);
            out.errors.append(&mut r.errors);
        }
    }
    out.patches = patches
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect();
    crate::order::sort_by_key(&mut out.errors, |e| (e.row, e.column.unwrap_or(0)));
    out
}

fn conflicts<T: PartialEq>(earlier: &Option<T>, now: &Option<T>) -> bool {
    matches!((earlier, now), (Some(a), Some(b)) if a != b)
}

/// The indicator of a units row, when it has one (errors in `r`).
fn read_indicator(r: &mut Row<'_>, rules: &RuleSet) -> Option<IndicatorInput> {
    let value_cols = [Col::Weight, Col::Target, Col::Actual];
    let has_values = value_cols.iter().any(|c| !r.cell(*c).is_empty())
        || (1..=4)
            .any(|q| !r.cell(Col::QTarget(q)).is_empty() || !r.cell(Col::QActual(q)).is_empty());
    let ind_cell = r.cell(Col::Indicator);
    if ind_cell.is_empty() {
        if has_values {
            r.err(Col::Indicator, Reason::Missing);
        }
        return None;
    }
    let def = r.item(
        Col::Indicator,
        &rules.indicators,
        |d| &d.meta,
        Reason::UnknownIndicator,
        true,
    );
    let na = match parse_flag(r.cell(Col::Na)) {
        Some(b) => b,
        None => {
            r.err(Col::Na, Reason::BadFlag);
            false
        }
    };
    let nonneg = Bounds {
        min: Some(Decimal::ZERO),
        max: None,
        whole: false,
        positive: false,
    };
    let weight = r.decimal(Col::Weight, nonneg, false);
    let target = r.target(Col::Target, !na);
    let actual = r.decimal(Col::Actual, Bounds::default(), !na);
    let mut quarters = Vec::new();
    for q in 1..=4u8 {
        let (tc, ac) = (Col::QTarget(q), Col::QActual(q));
        let any = !r.cell(tc).is_empty() || !r.cell(ac).is_empty();
        if !any {
            continue;
        }
        let t = r.target(tc, true);
        let a = r.decimal(ac, Bounds::default(), true);
        if let (Some(target), Some(actual)) = (t, a) {
            quarters.push(YtdValue {
                quarter: i64::from(q),
                target,
                actual,
            });
        }
    }
    def.map(|d| IndicatorInput {
        indicator: d.meta.id.clone(),
        weight,
        target,
        actual,
        na,
        quarters,
    })
}

// ---------------------------------------------------------------- events

/// An event of the events file, for a unit.
#[derive(Clone, Debug, PartialEq)]
pub struct EventRow {
    pub unit: String,
    pub row: usize,
    pub event: EventInput,
}

/// The events file read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventsImport {
    pub source: String,
    pub events: Vec<EventRow>,
    pub errors: Vec<ImportError>,
    pub rows: usize,
    pub valid_rows: usize,
    pub ignored_columns: Vec<String>,
}

/// Reads the events file; `known_units` are the unit ids an event may name
/// (the scenario's and the units file's).
pub fn parse_events(
    input: &Input<'_>,
    rules: &RuleSet,
    known_units: &BTreeSet<String>,
) -> EventsImport {
    let file = FileKind::Events;
    let mut out = EventsImport {
        source: input.name.to_owned(),
        ..EventsImport::default()
    };
    let Some((head, data)) = split(file, input, &mut out.errors) else {
        return out;
    };
    let header = read_header(file, input.name, &head, rules, &mut out.errors);
    out.ignored_columns = header.ignored.clone();
    out.rows = data.len();
    if out
        .errors
        .iter()
        .any(|e| matches!(e.reason, Reason::MissingColumn | Reason::OtherFileKind))
    {
        return out;
    }
    let head_names: Vec<String> = head.fields.iter().map(|s| s.trim().to_owned()).collect();
    for rec in &data {
        let mut r = Row {
            file,
            source: input.name,
            rec,
            header: &header,
            head_names: &head_names,
            errors: Vec::new(),
        };
        r.extra_cells();
        let unit = r.cell(Col::UnitId).to_owned();
        if unit.is_empty() {
            r.err(Col::UnitId, Reason::Missing);
        } else if !known_units.contains(&unit) {
            r.err(Col::UnitId, Reason::UnknownUnit);
        }
        let kind = r
            .item(
                Col::EventKind,
                &rules.events,
                |k| &k.meta,
                Reason::UnknownEventKind,
                true,
            )
            .map(|k| k.meta.id.clone());
        let q_cell = r.cell(Col::Quarter);
        let quarter = if q_cell.is_empty() {
            r.err(Col::Quarter, Reason::Missing);
            None
        } else {
            let q = parse_quarter(q_cell);
            if q.is_none() {
                r.err(Col::Quarter, Reason::BadQuarter);
            }
            q
        };
        let l_cell = r.cell(Col::Level);
        let level = if l_cell.is_empty() {
            Some(Level::City)
        } else {
            let l = parse_level(l_cell);
            if l.is_none() {
                r.err(Col::Level, Reason::UnknownLevel);
            }
            l
        };
        let count = r.whole(Col::Count, 0, false);
        let doc_no = r.text(Col::DocNo);
        if doc_no.is_some() && count.is_some_and(|c| c != 1) {
            r.err(Col::Count, Reason::DocNoCount);
        }
        if !r.errors.is_empty() {
            out.errors.append(&mut r.errors);
            continue;
        }
        let (Some(kind), Some(quarter), Some(level)) = (kind, quarter, level) else {
            continue;
        };
        out.events.push(EventRow {
            unit,
            row: rec.row,
            event: EventInput {
                kind,
                quarter,
                level,
                count: count.unwrap_or(1),
                doc_no,
                date: r.text(Col::Date),
                issuer: r.text(Col::Issuer),
            },
        });
        out.valid_rows += 1;
    }
    out
}

// ---------------------------------------------------------------- merge

/// What a merge did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    pub units_added: usize,
    pub units_updated: usize,
    /// Indicator entries written (added or replaced).
    pub indicators: usize,
    pub events_added: usize,
    /// Events identical to one the unit already has (not added again).
    pub events_skipped: usize,
}

/// The scenario with the valid rows applied: units of the units file added
/// (new id) or updated (existing id: the values given replace the unit's,
/// an indicator replaces the unit's entry for the same indicator, other
/// entries are kept); events appended to their unit unless identical to
/// one it has.
/// An imported indicator row over the unit's entry for that indicator, as
/// for the unit's own columns: every value given replaces the entry's, an
/// empty cell keeps it — the weight, the target, the actual, and each
/// quarter (a file without quarter columns keeps the unit's quarters). A
/// row marked 不适用 makes the entry N/A; a row giving a target and an
/// actual makes it applicable again.
fn update_indicator(slot: &mut IndicatorInput, row: &IndicatorInput) {
    if row.weight.is_some() {
        slot.weight = row.weight;
    }
    if row.target.is_some() {
        slot.target = row.target;
    }
    if row.actual.is_some() {
        slot.actual = row.actual;
    }
    if row.na {
        slot.na = true;
    } else if row.target.is_some() && row.actual.is_some() {
        slot.na = false;
    }
    for q in &row.quarters {
        match slot.quarters.iter_mut().find(|y| y.quarter == q.quarter) {
            Some(y) => *y = q.clone(),
            None => slot.quarters.push(q.clone()),
        }
    }
    crate::order::sort_by_key(&mut slot.quarters, |y| y.quarter);
}

pub fn merge(
    scenario: &Scenario,
    units: Option<&UnitsImport>,
    events: Option<&EventsImport>,
) -> (Scenario, MergeSummary) {
    let mut next = scenario.clone();
    let mut sum = MergeSummary::default();
    let mut index: BTreeMap<String, usize> = next
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.id.clone(), i))
        .collect();
    for p in units.map(|u| u.patches.as_slice()).unwrap_or(&[]) {
        let idx = match index.get(&p.id).copied() {
            Some(i) => {
                sum.units_updated += 1;
                i
            }
            None => {
                let (Some(kind), Some(group)) = (p.kind, p.group.clone()) else {
                    continue;
                };
                next.units.push(Unit {
                    id: p.id.clone(),
                    name: String::new(),
                    kind,
                    group,
                    staff: 0,
                    indicators: Vec::new(),
                    events: Vec::new(),
                    feedback: Vec::new(),
                    votes: BTreeMap::new(),
                    last_year: None,
                });
                sum.units_added += 1;
                index.insert(p.id.clone(), next.units.len() - 1);
                next.units.len() - 1
            }
        };
        let u = &mut next.units[idx];
        if let Some(n) = &p.name {
            u.name = n.clone();
        }
        if let Some(k) = p.kind {
            u.kind = k;
        }
        if let Some(g) = &p.group {
            u.group = g.clone();
        }
        if let Some(s) = p.staff {
            u.staff = s;
        }
        for ind in &p.indicators {
            match u
                .indicators
                .iter_mut()
                .find(|i| i.indicator == ind.indicator)
            {
                Some(slot) => update_indicator(slot, ind),
                None => u.indicators.push(ind.clone()),
            }
            sum.indicators += 1;
        }
        for (g, s) in &p.feedback {
            match u.feedback.iter_mut().find(|f| &f.group == g) {
                Some(f) => {
                    f.score = Some(*s);
                    f.raters.clear();
                }
                None => u.feedback.push(FeedbackInput {
                    group: g.clone(),
                    score: Some(*s),
                    raters: Vec::new(),
                }),
            }
        }
        if p.last_rank.is_some() || p.last_grade.is_some() {
            let ly = u.last_year.get_or_insert(LastYear {
                rank: None,
                grade: None,
            });
            if p.last_rank.is_some() {
                ly.rank = p.last_rank;
            }
            if p.last_grade.is_some() {
                ly.grade = p.last_grade;
            }
        }
    }
    for e in events.map(|e| e.events.as_slice()).unwrap_or(&[]) {
        let Some(u) = index.get(&e.unit).and_then(|&i| next.units.get_mut(i)) else {
            continue;
        };
        if u.events.contains(&e.event) {
            sum.events_skipped += 1;
        } else {
            u.events.push(e.event.clone());
            sum.events_added += 1;
        }
    }
    (next, sum)
}

/// Both files read and merged: what the preview shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub units: Option<UnitsImport>,
    pub events: Option<EventsImport>,
    pub merged: Scenario,
    pub summary: MergeSummary,
}

impl Preview {
    /// Every error, units file first.
    pub fn errors(&self) -> impl Iterator<Item = &ImportError> {
        let u = self.units.iter().flat_map(|u| u.errors.iter());
        let e = self.events.iter().flat_map(|e| e.errors.iter());
        u.chain(e)
    }

    pub fn valid_rows(&self) -> usize {
        self.units.as_ref().map_or(0, |u| u.valid_rows)
            + self.events.as_ref().map_or(0, |e| e.valid_rows)
    }

    pub fn rows(&self) -> usize {
        self.units.as_ref().map_or(0, |u| u.rows) + self.events.as_ref().map_or(0, |e| e.rows)
    }
}

/// Reads the files present against the scenario's rules (the built-in set
/// when they do not resolve) and merges the valid rows.
pub fn preview(
    scenario: &Scenario,
    units: Option<Input<'_>>,
    events: Option<Input<'_>>,
) -> Preview {
    let rules = scenario.rules.resolve();
    let rules: &RuleSet = match &rules {
        Ok(r) => r,
        Err(_) => builtin_ref(),
    };
    let existing: BTreeSet<String> = scenario.units.iter().map(|u| u.id.clone()).collect();
    let units = units.map(|i| parse_units(&i, rules, &existing));
    let mut known = existing;
    if let Some(u) = &units {
        known.extend(u.patches.iter().map(|p| p.id.clone()));
    }
    let events = events.map(|i| parse_events(&i, rules, &known));
    let (merged, summary) = merge(scenario, units.as_ref(), events.as_ref());
    Preview {
        units,
        events,
        merged,
        summary,
    }
}

// ---------------------------------------------------------------- templates

/// The units template: header (all columns, in `lang`) and one example row,
/// as CSV with a byte order mark.
pub fn units_template(rules: &RuleSet, lang: Lang) -> String {
    let mut head: Vec<String> = UNIT_COLUMNS
        .iter()
        .map(|s| lang.pick(s.zh, s.en).to_owned())
        .collect();
    head.extend(
        rules
            .feedback
            .groups
            .iter()
            .map(|g| feedback_header(&g.meta, lang)),
    );
    let group = rules
        .ranking_groups
        .first()
        .map(|m| lang.pick(&m.zh, &m.en).to_owned())
        .unwrap_or_default();
    let kind = if rules
        .ranking_groups
        .first()
        .is_some_and(|m| m.id.contains("department"))
    {
        lang.pick("部门", "department")
    } else {
        lang.pick("镇办", "town")
    };
    let indicator = rules
        .indicators
        .first()
        .map(|d| lang.pick(&d.meta.zh, &d.meta.en).to_owned())
        .unwrap_or_default();
    let points = rules.indicator_part.points.normalize().to_string();
    let mut row: Vec<String> = vec![
        "U001".into(),
        lang.pick("示例镇", "Example town").into(),
        group,
        kind.into(),
        "30".into(),
        indicator,
        points,
        "100".into(),
        "105".into(),
        lang.pick("否", "no").into(),
        "25".into(),
        "26".into(),
        "50".into(),
        "52".into(),
        "75".into(),
        "77".into(),
        "100".into(),
        "105".into(),
        "3".into(),
        lang.pick("良好", "good").into(),
    ];
    row.extend(rules.feedback.groups.iter().map(|_| "85".to_owned()));
    let mut out = String::new();
    out.push(BOM);
    out.push_str(&csv::write_csv([head, row]));
    out
}

/// The events template: header and one example row, CSV with a BOM.
pub fn events_template(rules: &RuleSet, lang: Lang) -> String {
    let head: Vec<String> = EVENT_COLUMNS
        .iter()
        .map(|s| lang.pick(s.zh, s.en).to_owned())
        .collect();
    let kind = rules
        .events
        .first()
        .map(|k| lang.pick(&k.meta.zh, &k.meta.en).to_owned())
        .unwrap_or_default();
    let row: Vec<String> = vec![
        "U001".into(),
        lang.pick("示例镇", "Example town").into(),
        kind,
        "2".into(),
        lang.pick("省级", "provincial").into(),
        "1".into(),
        lang.pick("省委办〔2024〕12号", "PO [2024] No. 12").into(),
        "2024-05-20".into(),
        lang.pick("省委办公厅", "Provincial Party Office").into(),
    ];
    let mut out = String::new();
    out.push(BOM);
    out.push_str(&csv::write_csv([head, row]));
    out
}

/// Template file names.
pub fn template_name(file: FileKind) -> &'static str {
    match file {
        FileKind::Units => "kaohe-units-template.csv",
        FileKind::Events => "kaohe-events-template.csv",
    }
}
