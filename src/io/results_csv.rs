//! The results as CSV (issue 5 item 7): UTF-8 with a byte order mark, so
//! spreadsheet software shows the Chinese; one row per unit, grouped by
//! ranking group in rule order, ranked units by their place, then the units
//! not ranked (incomplete). Totals are the engine's exact rounded decimals
//! (`109.00`), never floats; parts are shown rounded to 2 decimal places
//! (四舍五入) — the trace has the exact lines. Columns: docs/import-formats.md.

use rust_decimal::Decimal;

use super::csv::{write_csv, BOM};
use super::labels::{award_texts, flag_texts, Labels};
use crate::engine::evaluation::{Evaluation, UnitResult};
use crate::engine::num::round_score;
use crate::engine::Scenario;
use crate::i18n::{self, Lang};

/// The header, zh and en, in column order.
pub const COLUMNS: [(&str, &str); 26] = [
    ("单位编号", "Unit id"),
    ("单位", "Unit"),
    ("分组", "Group"),
    ("指标得分", "Indicator part"),
    ("360得分", "360 part"),
    ("加分", "Bonus"),
    ("扣分", "Deductions"),
    ("联动", "Linkage"),
    ("总分", "Total"),
    ("名次", "Rank"),
    ("等次", "Grade"),
    ("奖项", "Awards"),
    ("提醒", "Flags"),
    ("并列", "Tied"),
    ("民主测评", "Democratic rating"),
    ("一票否决", "Veto"),
    ("状态", "Status"),
    ("员工优秀名额", "Staff excellent quota"),
    ("一季度得分", "Q1 score"),
    ("一季度名次", "Q1 rank"),
    ("二季度得分", "Q2 score"),
    ("二季度名次", "Q2 rank"),
    ("三季度得分", "Q3 score"),
    ("三季度名次", "Q3 rank"),
    ("四季度得分", "Q4 score"),
    ("四季度名次", "Q4 rank"),
];

/// The file name offered for download.
pub fn file_name(scenario: &Scenario) -> String {
    format!("kaohe-results-{}.csv", scenario.year)
}

/// The results of `evaluation` (of `scenario`) as CSV text starting with
/// the byte order mark. Labels and header in `lang`.
pub fn results_csv(scenario: &Scenario, evaluation: &Evaluation, lang: Lang) -> String {
    let labels = scenario
        .rules
        .resolve()
        .map(|r| Labels::of(&r))
        .unwrap_or_default();
    let mut rows: Vec<Vec<String>> = Vec::with_capacity(evaluation.units.len() + 1);
    rows.push(
        COLUMNS
            .iter()
            .map(|(zh, en)| lang.pick(zh, en).to_owned())
            .collect(),
    );
    let names: std::collections::BTreeMap<&str, &str> = scenario
        .units
        .iter()
        .map(|u| (u.id.as_str(), u.name.as_str()))
        .collect();
    for u in ordered(evaluation) {
        let name = names.get(u.id.as_str()).copied().unwrap_or("");
        rows.push(row(u, name, &labels, lang));
    }
    let mut out = String::new();
    out.push(BOM);
    out.push_str(&write_csv(rows));
    out
}

/// Units by group (rule order), ranked by place, then the rest in
/// scenario order.
pub fn ordered(evaluation: &Evaluation) -> Vec<&UnitResult> {
    let mut out: Vec<&UnitResult> = Vec::with_capacity(evaluation.units.len());
    let mut done = vec![false; evaluation.units.len()];
    let index: std::collections::BTreeMap<&str, usize> = evaluation
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.id.as_str(), i))
        .collect();
    for g in &evaluation.groups {
        for id in &g.order {
            if let Some(&i) = index.get(id.as_str()) {
                if !done[i] {
                    done[i] = true;
                    out.push(&evaluation.units[i]);
                }
            }
        }
        for (i, u) in evaluation.units.iter().enumerate() {
            if !done[i] && u.group == g.group {
                done[i] = true;
                out.push(u);
            }
        }
    }
    for (i, u) in evaluation.units.iter().enumerate() {
        if !done[i] {
            out.push(u);
        }
    }
    out
}

/// A decimal rounded for display (2 dp, half away from zero).
pub fn shown(d: Decimal) -> String {
    round_score(d).to_string()
}

fn opt(d: Option<Decimal>) -> String {
    d.map(shown).unwrap_or_default()
}

/// A text cell (a name, an id, a label: data anyone can type) that a
/// spreadsheet will not run as a formula: text starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading apostrophe (the usual
/// guard against CSV formula injection). Number cells are written as they
/// are.
pub fn text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

fn row(u: &UnitResult, name: &str, labels: &Labels, lang: Lang) -> Vec<String> {
    let sep = lang.pick("；", "; ");
    let awards = award_texts(u, labels, lang);
    let flags = flag_texts(u, lang);
    let yes = lang.pick("是", "yes");
    let status = if u.complete {
        String::new()
    } else {
        lang.pick("数据不全，不排名", "Incomplete, not ranked")
            .to_owned()
    };
    let mut r = vec![
        text(&u.id),
        text(name),
        text(labels.get(&u.group, lang)),
        opt(u.indicator_part),
        opt(u.feedback_part),
        shown(u.bonus),
        shown(u.deductions),
        shown(u.linkage),
        u.total.to_string(),
        u.rank.map(|r| r.to_string()).unwrap_or_default(),
        u.grade
            .map(|g| i18n::unit_grade(g).get(lang).to_owned())
            .unwrap_or_default(),
        text(&awards.join(sep)),
        text(&flags.join(sep)),
        if u.tied {
            yes.to_owned()
        } else {
            String::new()
        },
        u.rating.map(|r| r.to_string()).unwrap_or_default(),
        if u.vetoed {
            yes.to_owned()
        } else {
            String::new()
        },
        status,
        u.staff_excellent_quota.to_string(),
    ];
    for q in 0..4 {
        let qr = u.quarters.get(q);
        r.push(
            qr.and_then(|q| q.score)
                .map(|s| s.to_string())
                .unwrap_or_default(),
        );
        r.push(
            qr.and_then(|q| q.rank)
                .map(|s| s.to_string())
                .unwrap_or_default(),
        );
    }
    r
}
