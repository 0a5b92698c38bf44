#![cfg(not(target_arch = "wasm32"))]
//! The golden case of issue 3, computed by hand from domain.md section 4.

mod util;

use serde_json::json;
use util::*;

#[test]
fn golden_department() {
    let golden = json!({
        "id": "G", "kind": "department", "group": "group.department", "staff": 20,
        "indicators": [
            {"indicator": "ind.gdp", "weight": 40, "target": 100, "actual": 110},
            {"indicator": "ind.revenue", "weight": 30, "target": 50, "actual": 40},
            {"indicator": "ind.complaints", "weight": 10, "target": 5, "actual": 4}
        ],
        "feedback": fb(&[90, 80, 85, 70, 95]),
        "events": [
            ev_doc("bonus.honour.commendation", "provincial", 2, "省委〔2024〕1号"),
            ev_doc("bonus.honour.praise", "city", 1, "市委办〔2024〕1号"),
            ev_doc("bonus.honour.praise", "city", 2, "市委办〔2024〕2号"),
            ev_doc("bonus.honour.praise", "city", 3, "市委办〔2024〕3号"),
            ev_doc("bonus.honour.title", "national", 4, "国〔2024〕9号"),
            ev_doc("bonus.ranking.city_top3", "city", 1, "市统〔2024〕1号"),
            ev_doc("bonus.ranking.city_top3", "city", 2, "市统〔2024〕2号"),
            ev_doc("bonus.experience.meeting", "provincial", 2, "省办〔2024〕5号"),
            ev_doc("deduction.city_bottom3", "city", 3, "市统〔2024〕3号"),
            ev_doc("deduction.criticism", "city", 4, "市委办〔2024〕8号")
        ]
    });
    let mut s = scenario(vec![golden]);
    s["linkage"] =
        json!([{"indicator": "ind.gdp", "points": 0.75, "lead": "G", "responsible": []}]);
    check(
        "golden",
        &s,
        &[
            ("u:G/indicator_part", json!("80")),
            ("u:G/feedback_part", json!("16.8")),
            ("u:G/bonus", json!("8.5")),
            ("u:G/deductions", json!("2")),
            ("u:G/linkage", json!("1.5")),
            ("u:G/total", json!("104.80")),
            ("u:G/escalation_count", json!(2)),
            ("u:G/#flags", json!(["admonishment"])),
        ],
    );
    let e = eval_json(&s);
    assert_eq!(
        get(&e, "u:G/total"),
        json!("104.80"),
        "total serialized with 2 dp"
    );
}
