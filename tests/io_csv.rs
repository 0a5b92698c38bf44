#![cfg(not(target_arch = "wasm32"))]
//! Import and export codecs (src/io): CSV and TSV edge cases, the results
//! CSV, the units and events files (full-width digits, row/column errors,
//! merge into a Scenario), the templates, and the quarterly bulletin rows.

use std::collections::BTreeSet;
use std::str::FromStr;

use kaohe::engine::builtin::builtin_ref;
use kaohe::engine::{evaluate, Scenario};
use kaohe::i18n::Lang;
use kaohe::io::bulletin::{bulletin, Movement};
use kaohe::io::csv::{self, CsvErrorKind};
use kaohe::io::results_csv::results_csv;
use kaohe::io::roster_import::{
    events_template, merge, parse_events, parse_units, preview, units_template, FileKind, Input,
    Reason,
};
use rust_decimal::Decimal;

const DOC: &str = include_str!("../docs/scenario-format.md");

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// The worked example of docs/scenario-format.md.
fn worked_example() -> Scenario {
    let after = DOC
        .split_once("<!-- worked-example:scenario -->")
        .expect("marker")
        .1;
    let start = after.find("```json").expect("block") + "```json".len();
    let end = after[start..].find("```").expect("end");
    serde_json::from_str(&after[start..start + end]).expect("scenario")
}

fn empty_county() -> Scenario {
    serde_json::from_str(
        r#"{"format_version":1,"rules":{"builtin":{"id":"builtin","version":"1"}},"year":2024}"#,
    )
    .expect("empty scenario")
}

fn csv_in<'a>(name: &'a str, text: &'a str) -> Input<'a> {
    Input {
        name,
        text,
        delim: ',',
    }
}

fn total(s: &Scenario, id: &str) -> String {
    let ev = evaluate(s).unwrap_or_else(|e| panic!("evaluate: {e:?}"));
    ev.units
        .iter()
        .find(|u| u.id == id)
        .map(|u| u.total.to_string())
        .expect("unit")
}

// ------------------------------------------------------------------ CSV

#[test]
fn csv_quotes_commas_line_breaks_crlf_and_bom() {
    let text = "\u{feff}编号,名称,备注\r\nA,\"甲局,一\",\"第一行\r\n第二行\"\r\nB,\"说 \"\"好\"\"\",\r\n\r\n";
    let recs = csv::parse_csv(text).expect("parses");
    let rows: Vec<Vec<&str>> = recs
        .iter()
        .map(|r| r.fields.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(rows[0], vec!["编号", "名称", "备注"], "the BOM is stripped");
    assert_eq!(rows[1], vec!["A", "甲局,一", "第一行\r\n第二行"]);
    assert_eq!(rows[2], vec!["B", "说 \"好\"", ""]);
    // The record after the multi-line field is record 3 (a spreadsheet row).
    assert_eq!(recs[2].row, 3);
    assert!(recs[3].is_blank(), "a blank line is a blank record");
    assert_eq!(recs.len(), 4, "the final line break makes no record");
    // No final line break: the last record is still read.
    assert_eq!(
        csv::parse_csv("a,b\n1,2").expect("parses")[1].fields,
        vec!["1", "2"]
    );
    // LF only and a lone CR.
    assert_eq!(csv::parse_csv("a\nb\rc").expect("parses").len(), 3);
    // Empty input.
    assert!(csv::parse_csv("").expect("parses").is_empty());
    assert!(csv::parse_csv("\u{feff}").expect("parses").is_empty());
}

#[test]
fn csv_errors_name_the_record_and_field() {
    let e = csv::parse_csv("a,b\n1,\"open\n2,3\n").expect_err("unterminated");
    assert_eq!(
        (e.kind, e.row, e.column),
        (CsvErrorKind::UnterminatedQuote, 2, 2)
    );
    let e = csv::parse_csv("a,b\n1,\"x\"y\n").expect_err("text after quote");
    assert_eq!(
        (e.kind, e.row, e.column),
        (CsvErrorKind::TextAfterQuote, 2, 2)
    );
    let e = csv::parse_csv("a,b\nx\"y,1\n").expect_err("stray quote");
    assert_eq!((e.kind, e.row, e.column), (CsvErrorKind::StrayQuote, 2, 1));
    assert_eq!(e.kind.code(), "csv.stray_quote");
}

#[test]
fn tsv_pasted_cells_and_writer_round_trip() {
    // Cells copied from a spreadsheet: tabs, a quoted cell with a line break.
    let pasted = "单位编号\t名称\nA\t\"两\n行\"\nB\t逗号,不分隔\n";
    let recs = csv::parse_tsv(pasted).expect("parses");
    assert_eq!(recs[1].fields, vec!["A", "两\n行"]);
    assert_eq!(recs[2].fields, vec!["B", "逗号,不分隔"]);
    let rows = vec![
        vec![
            "a,b".to_owned(),
            "q\"q".to_owned(),
            "line\nbreak".to_owned(),
            String::new(),
        ],
        vec![
            "全角１２".to_owned(),
            " lead".to_owned(),
            "x".to_owned(),
            "y".to_owned(),
        ],
    ];
    for delim in [',', '\t'] {
        let text = csv::write(rows.clone(), delim);
        assert!(text.ends_with("\r\n"));
        let back: Vec<Vec<String>> = csv::parse(&text, delim)
            .expect("parses")
            .into_iter()
            .map(|r| r.fields)
            .collect();
        assert_eq!(back, rows);
    }
    assert_eq!(csv::column_letter(3), "C");
}

// ------------------------------------------------------------------ results

#[test]
fn results_csv_cells_never_start_a_spreadsheet_formula() {
    let mut s = worked_example();
    let formulas = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=1"];
    for (u, f) in s.units.iter_mut().zip(formulas) {
        u.name = f.to_string();
    }
    let ev = evaluate(&s).expect("evaluates");
    let text = results_csv(&s, &ev, Lang::En);
    let recs = csv::parse_csv(&text).expect("parses");
    let names: Vec<&str> = recs[1..].iter().map(|r| r.get(1)).collect();
    for f in formulas.iter().take(s.units.len()) {
        let guarded = format!("'{f}");
        assert!(names.contains(&guarded.as_str()), "{f} is written as {guarded}: {names:?}");
    }
    // Numbers stay numbers (a negative one keeps its sign).
    for r in &recs[1..] {
        let total = r.get(8);
        assert!(total.parse::<f64>().is_ok(), "total {total}");
    }
}

#[test]
fn results_csv_has_bom_chinese_header_and_exact_totals() {
    let s = worked_example();
    let ev = evaluate(&s).expect("evaluates");
    let text = results_csv(&s, &ev, Lang::Zh);
    assert!(
        text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]),
        "UTF-8 BOM"
    );
    let recs = csv::parse_csv(&text).expect("parses");
    let header = &recs[0].fields;
    assert_eq!(
        header[..13],
        [
            "单位编号",
            "单位",
            "分组",
            "指标得分",
            "360得分",
            "加分",
            "扣分",
            "联动",
            "总分",
            "名次",
            "等次",
            "奖项",
            "提醒"
        ]
    );
    assert_eq!(recs.len(), 4, "header + one row per unit");
    let a = &recs[1].fields;
    assert_eq!(
        a[..13],
        [
            "A",
            "甲局",
            "县直部门",
            "91.00",
            "17.00",
            "1.00",
            "1.00",
            "1.00",
            "109.00",
            "1",
            "优秀",
            "全能冠军；单项冠军（地区生产总值）",
            "建议提醒谈话"
        ]
    );
    assert_eq!(a.len(), header.len());
    // Rows follow the ranking: A, B, C.
    let ids: Vec<&str> = recs[1..].iter().map(|r| r.get(0)).collect();
    assert_eq!(ids, ["A", "B", "C"]);
    assert_eq!(recs[2].get(8), "92.00");
    // English header on request.
    let en = results_csv(&s, &ev, Lang::En);
    assert!(en.starts_with("\u{feff}Unit id,Unit,Group,"));
}

// ------------------------------------------------------------------ import

const UNITS: &str = "单位编号,单位名称,考核分组,单位类型,编制人数,指标,权重,目标值,完成值,不适用,\
360:分管县级领导,360:部门单位,360:县委考核办,360:本单位干部职工,360:服务对象,备注\r\n\
A,甲局,县直部门,部门,１０,ind.gdp,５０,１００,１１０,,８５,85,85,85,85,任意\r\n\
A,甲局,县直部门,部门,10,信访投诉件数,30,10,８．０,否,,,,,,\r\n\
B,乙局,group.department,department,10,地区生产总值,80,100,95,,90,80,80,70,,\r\n";

const EVENTS: &str = "单位编号,事项类型,季度,级别,次数,文号,日期,发文机关\n\
A,通报表扬,二季度,省级,,省办〔2024〕7号,2024-05-01,省政府办公厅\n\
A,deduction.city_bottom3,３,市级,１,,,\n\
B,通报表扬,5,省级,1,,,\n";

#[test]
fn units_and_events_import_with_full_width_digits_and_one_bad_row() {
    let base = empty_county();
    let p = preview(
        &base,
        Some(csv_in("units.csv", UNITS)),
        Some(csv_in("events.csv", EVENTS)),
    );
    let units = p.units.as_ref().expect("units read");
    assert!(units.errors.is_empty(), "{:?}", units.errors);
    assert_eq!((units.rows, units.valid_rows), (3, 3));
    assert_eq!(units.ignored_columns, vec!["备注"]);
    let a = &units.patches[0];
    assert_eq!(a.staff, Some(10));
    assert_eq!(a.indicators[0].weight, Some(d("50")));
    assert_eq!(
        a.indicators[1].indicator, "ind.complaints",
        "a label names the indicator"
    );
    assert_eq!(a.indicators[1].actual, Some(d("8.0")));
    assert_eq!(a.feedback.len(), 5);

    let events = p.events.as_ref().expect("events read");
    assert_eq!((events.rows, events.valid_rows), (3, 2));
    assert_eq!(events.errors.len(), 1);
    let e = &events.errors[0];
    assert_eq!((e.file, e.row, e.column), (FileKind::Events, 4, Some(3)));
    assert_eq!(e.column_name, "季度");
    assert_eq!(e.reason, Reason::BadQuarter);
    assert_eq!(e.reason.code(), "import.bad_quarter");
    assert_eq!(e.value, "5");
    assert_eq!(events.events[0].event.quarter, 2);
    assert_eq!(events.events[1].event.quarter, 3);

    // Nothing is applied to the base; the merged scenario is the preview.
    assert!(base.units.is_empty());
    assert_eq!(p.summary.units_added, 2);
    assert_eq!(p.summary.events_added, 2);
    // A: 50 × 1.1 + 30 × 1.2 = 91, 360 17, praise +1, bottom-3 −1.
    assert_eq!(total(&p.merged, "A"), "108.00");
    // B: 76 + 16 (service recipients missing, rescaled).
    assert_eq!(total(&p.merged, "B"), "92.00");
}

#[test]
fn merge_updates_existing_units_by_id_and_skips_identical_events() {
    let base = worked_example();
    let before = base.units.len();
    // B's gdp actual changes; a new unit D arrives; C's name is updated.
    let units = "编号,单位,分组,类型,指标,权重,目标,完成\n\
B,,,,ind.gdp,80,100,100\n\
D,丁局,县直部门,部门,ind.gdp,80,100,90\n\
C,丙局（新）,,,,,,\n";
    let p = preview(&base, Some(csv_in("u.csv", units)), None);
    assert!(
        p.errors().next().is_none(),
        "{:?}",
        p.errors().collect::<Vec<_>>()
    );
    assert_eq!((p.summary.units_added, p.summary.units_updated), (1, 2));
    assert_eq!(p.merged.units.len(), before + 1);
    let b = p.merged.units.iter().find(|u| u.id == "B").expect("B");
    assert_eq!(b.name, "乙局", "an empty cell keeps the value");
    assert_eq!(b.indicators.len(), 1);
    assert_eq!(b.indicators[0].actual, Some(d("100")));
    assert_eq!(
        p.merged
            .units
            .iter()
            .find(|u| u.id == "C")
            .map(|u| u.name.as_str()),
        Some("丙局（新）")
    );
    // B: 80 + 16 = 96.
    assert_eq!(total(&p.merged, "B"), "96.00");

    // Re-importing A's existing event adds nothing.
    let ev =
        "单位编号,事项类型,季度,级别,文号\nA,bonus.honour.praise,2,provincial,省办〔2024〕7号\n";
    let p = preview(&base, None, Some(csv_in("e.csv", ev)));
    assert_eq!((p.summary.events_added, p.summary.events_skipped), (0, 1));
    assert_eq!(p.merged, base);
}

#[test]
fn importing_an_indicator_keeps_what_the_file_does_not_give() {
    // The example county's t01 has a weight and four year-to-date quarters
    // for its GDP; a file giving only target and actual changes just those.
    let base = kaohe::engine::example::example_county();
    let unit = |s: &Scenario| {
        s.units
            .iter()
            .find(|u| u.id == "t01")
            .and_then(|u| u.indicators.iter().find(|i| i.indicator == "ind.gdp"))
            .cloned()
            .expect("t01's GDP")
    };
    let before = unit(&base);
    assert_eq!(before.quarters.len(), 4, "the example has quarters");
    let text = "单位编号,指标,目标值,完成值\nt01,ind.gdp,100,90\n";
    let p = preview(&base, Some(csv_in("u.csv", text)), None);
    assert!(p.errors().next().is_none(), "{:?}", p.errors().collect::<Vec<_>>());
    let after = unit(&p.merged);
    assert_eq!((after.target, after.actual), (Some(d("100")), Some(d("90"))));
    assert_eq!(after.weight, before.weight, "no weight column: the weight stays");
    assert_eq!(after.quarters, before.quarters, "no quarter columns: the quarters stay");
    assert!(evaluate(&p.merged).is_ok(), "the county still computes");
    // Importing the unit's own values changes nothing at all.
    let same = format!(
        "单位编号,指标,权重,目标值,完成值\nt01,ind.gdp,{},{},{}\n",
        before.weight.map(|w| w.to_string()).unwrap_or_default(),
        before.target.expect("target"),
        before.actual.expect("actual"),
    );
    let p = preview(&base, Some(csv_in("u.csv", &same)), None);
    assert_eq!(p.merged, base);
}

#[test]
fn a_table_read_as_the_other_kind_is_refused_with_a_reason() {
    let rules = builtin_ref();
    let none = BTreeSet::new();
    let events = "单位编号,事项类型,季度,级别,文号\nt01,bonus.honour.praise,2,provincial,省办〔2024〕7号\n";
    let u = parse_units(&csv_in("pasted", events), rules, &none);
    assert_eq!(u.errors.len(), 1, "{:?}", u.errors);
    assert_eq!(u.errors[0].reason, Reason::OtherFileKind);
    assert_eq!(u.valid_rows, 0, "nothing is imported");
    let units = "单位编号,单位类型,考核分组,指标,权重,目标值,完成值\nt01,镇办,镇办,ind.gdp,15,100,90\n";
    let e = parse_events(&csv_in("pasted", units), rules, &none);
    assert!(
        e.errors.iter().any(|x| x.reason == Reason::OtherFileKind),
        "{:?}",
        e.errors
    );
    // One stray column of the other table is only ignored.
    let stray = "单位编号,单位类型,考核分组,指标,权重,目标值,完成值,季度\nX,镇办,镇办,ind.gdp,80,100,90,2\n";
    let u = parse_units(&csv_in("u.csv", stray), rules, &none);
    assert!(u.errors.iter().all(|x| x.reason != Reason::OtherFileKind));
}

#[test]
fn row_errors_have_row_column_and_reason() {
    let rules = builtin_ref();
    let none = BTreeSet::new();
    let text = "单位编号,单位类型,考核分组,指标,权重,目标值,完成值,不适用\n\
X,镇办,镇办,ind.gdp,80,0,5,\n\
Y,town,Towns,ind.nope,80,10,5,\n\
Z,部门,县直部门,ind.gdp,abc,10,,\n\
W,部门,县直部门,ind.gdp,80,10,5,也许\n\
V,,,ind.gdp,80,10,5,\n\
U,部门,县直部门,ind.gdp,80,10,5,,extra\n";
    let u = parse_units(&csv_in("u.csv", text), rules, &none);
    let got: Vec<(usize, Option<usize>, &str)> = u
        .errors
        .iter()
        .map(|e| (e.row, e.column, e.reason.code()))
        .collect();
    assert_eq!(
        got,
        vec![
            (2, Some(6), "import.not_positive"),
            (3, Some(4), "import.unknown_indicator"),
            (4, Some(5), "num.not_a_number"),
            (4, Some(7), "import.missing_value"),
            (5, Some(8), "import.bad_flag"),
            (6, Some(2), "import.missing_value"),
            (6, Some(3), "import.missing_value"),
            (7, Some(9), "import.extra_cells"),
        ]
    );
    assert_eq!(u.valid_rows, 0);
    assert!(u.patches.is_empty());

    // A missing required column is a header error; no row is read.
    let e = parse_events(&csv_in("e.csv", "单位编号,季度\nA,1\n"), rules, &none);
    assert_eq!(e.errors.len(), 1);
    assert_eq!(
        (e.errors[0].row, e.errors[0].reason),
        (1, Reason::MissingColumn)
    );
    assert_eq!(e.errors[0].column_name, "事项类型");
    // A malformed file: one error, where.
    let e = parse_events(
        &csv_in("e.csv", "单位编号,事项类型,季度\n\"A,x,1\n"),
        rules,
        &none,
    );
    assert_eq!(
        e.errors[0].reason,
        Reason::Csv(CsvErrorKind::UnterminatedQuote)
    );
    assert_eq!(e.errors[0].row, 2);
    // Unknown unit, 文号 with a count of 2, unknown level.
    let known: BTreeSet<String> = ["A".to_owned()].into();
    let e = parse_events(
        &csv_in(
            "e.csv",
            "单位编号,事项类型,季度,级别,次数,文号\nQ,通报批评,1,,,\nA,通报批评,1,市级,2,市〔2024〕1号\nA,通报批评,Q4,区级,,\n",
        ),
        rules,
        &known,
    );
    let got: Vec<(usize, Option<usize>, &str)> = e
        .errors
        .iter()
        .map(|e| (e.row, e.column, e.reason.code()))
        .collect();
    assert_eq!(
        got,
        vec![
            (2, Some(1), "import.unknown_unit"),
            (3, Some(5), "import.doc_no_count"),
            (4, Some(4), "import.unknown_level")
        ]
    );
    // Conflicting unit values across rows and a duplicate indicator.
    let text = "单位编号,单位名称,单位类型,考核分组,指标,目标值,完成值\n\
A,甲,部门,县直部门,ind.gdp,1,1\n\
A,乙,部门,县直部门,ind.revenue,1,1\n\
A,甲,部门,县直部门,ind.gdp,1,1\n";
    let u = parse_units(&csv_in("u.csv", text), rules, &none);
    let got: Vec<(usize, Option<usize>, &str)> = u
        .errors
        .iter()
        .map(|e| (e.row, e.column, e.reason.code()))
        .collect();
    assert_eq!(
        got,
        vec![
            (3, Some(2), "import.conflict"),
            (4, Some(5), "import.duplicate_indicator")
        ]
    );
    assert_eq!(u.valid_rows, 1);
}

#[test]
fn pasted_tsv_reads_like_the_file() {
    let tsv = UNITS.replace(',', "\t");
    let base = empty_county();
    let p = preview(
        &base,
        Some(Input {
            name: "paste",
            text: &tsv,
            delim: '\t',
        }),
        None,
    );
    assert_eq!(p.valid_rows(), 3);
    assert_eq!(p.summary.units_added, 2);
}

#[test]
fn templates_parse_back_without_errors() {
    let rules = builtin_ref();
    for lang in [Lang::Zh, Lang::En] {
        let ut = units_template(rules, lang);
        let et = events_template(rules, lang);
        assert!(ut.starts_with('\u{feff}') && et.starts_with('\u{feff}'));
        let base = empty_county();
        let p = preview(
            &base,
            Some(csv_in("units", &ut)),
            Some(csv_in("events", &et)),
        );
        assert!(
            p.errors().next().is_none(),
            "{lang:?}: {:?}",
            p.errors().collect::<Vec<_>>()
        );
        assert_eq!(p.valid_rows(), 2);
        let u = &p.merged.units[0];
        assert_eq!(u.id, "U001");
        assert_eq!(u.indicators[0].quarters.len(), 4);
        assert_eq!(u.feedback.len(), 5);
        assert_eq!(u.events.len(), 1);
        // The example unit evaluates: 80 × 1.05 + 17 + the example event.
        assert!(evaluate(&p.merged).is_ok());
        let recs = csv::parse_csv(&ut).expect("parses");
        assert_eq!(recs.len(), 2);
    }
    let zh = units_template(rules, Lang::Zh);
    assert!(zh.starts_with(
        "\u{feff}单位编号,单位名称,考核分组,单位类型,编制人数,指标,权重,目标值,完成值,不适用,"
    ));
}

#[test]
fn merge_without_files_is_the_scenario() {
    let base = worked_example();
    let (s, sum) = merge(&base, None, None);
    assert_eq!(s, base);
    assert_eq!(sum, Default::default());
}

// ------------------------------------------------------------------ bulletin

#[test]
fn bulletin_ranks_and_movements() {
    // Two departments with year-to-date values: P leads in Q1, R overtakes
    // in Q2.
    let mut s = worked_example();
    s.units.retain(|u| u.id == "A" || u.id == "B");
    s.linkage.clear();
    s.cadres.clear();
    let ytd = |t: &str, a: &str, q: i64| kaohe::engine::scenario::YtdValue {
        quarter: q,
        target: d(t),
        actual: d(a),
    };
    for u in &mut s.units {
        for ind in &mut u.indicators {
            ind.quarters = if u.id == "A" {
                vec![ytd("25", "30", 1), ytd("50", "40", 2)]
            } else {
                vec![ytd("25", "20", 1), ytd("50", "55", 2)]
            };
        }
    }
    let ev = evaluate(&s).expect("evaluates");
    let rules = builtin_ref();
    let q1 = bulletin(&s, &ev, rules, 1);
    let dep = q1
        .iter()
        .find(|g| g.group == "group.department")
        .expect("group");
    assert_eq!(
        dep.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["A", "B"]
    );
    assert!(dep.rows.iter().all(|r| r.movement == Movement::NoPrevious));
    let q2 = bulletin(&s, &ev, rules, 2);
    let dep = q2
        .iter()
        .find(|g| g.group == "group.department")
        .expect("group");
    let order: Vec<(&str, String)> = dep
        .rows
        .iter()
        .map(|r| (r.id.as_str(), r.movement.mark()))
        .collect();
    assert_eq!(order, [("B", "↑1".to_owned()), ("A", "↓1".to_owned())]);
    // Q3 has no values: nobody ranked.
    let q3 = bulletin(&s, &ev, rules, 3);
    assert!(q3.iter().all(|g| g.rows.is_empty()));
    // A's bottom-3 ranking is a Q3 event, its praise a (bonus) Q2 event.
    assert!(dep.rows.iter().all(|r| r.events.is_empty()));
    assert!(bulletin(&s, &ev, rules, 0).is_empty());
    assert_eq!(Movement::between(Some(3), 1), Movement::Up(2));
    assert_eq!(Movement::between(Some(3), 3).mark(), "—");
}

// ------------------------------------------------------------------ robustness

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    /// Text made of the pieces CSV files and their mistakes are made of.
    fn csvish() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just(",".to_owned()),
            Just("\"".to_owned()),
            Just("\r\n".to_owned()),
            Just("\n".to_owned()),
            Just("\t".to_owned()),
            Just("\u{feff}".to_owned()),
            Just("单位编号".to_owned()),
            Just("事项类型".to_owned()),
            Just("季度".to_owned()),
            Just("指标".to_owned()),
            Just("目标值".to_owned()),
            Just("完成值".to_owned()),
            Just("360:服务对象".to_owned()),
            Just("ind.gdp".to_owned()),
            Just("通报批评".to_owned()),
            Just("镇办".to_owned()),
            Just("A".to_owned()),
            Just("１２．５".to_owned()),
            Just("-0".to_owned()),
            Just("99999999999999999999999999999".to_owned()),
            "[a-z0-9 .]{0,4}".prop_map(|s| s),
        ];
        proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn any_text_gives_rows_and_errors_never_a_panic(units in csvish(), events in csvish(), tab in any::<bool>()) {
            let delim = if tab { '\t' } else { ',' };
            let base = worked_example();
            let p = preview(
                &base,
                Some(Input { name: "u", text: &units, delim }),
                Some(Input { name: "e", text: &events, delim }),
            );
            prop_assert!(p.valid_rows() <= p.rows());
            for e in p.errors() {
                prop_assert!(e.row >= 1);
            }
            // The merged scenario evaluates or reports an error; no panic.
            let _ = evaluate(&p.merged);
        }
    }
}
