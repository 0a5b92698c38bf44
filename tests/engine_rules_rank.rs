#![cfg(not(target_arch = "wasm32"))]
//! One test per rule of domain.md 4.4–4.8, hand-checked, table-style through
//! `util::check`. `unit_scoring(id, a)` has total 0.8 × a + 16 (a ≤ 120).

mod util;

use serde_json::{json, Value};
use util::*;

fn fb_all(id: &str, s: i64) -> Value {
    set(unit(id), "feedback", fb(&[s, s, s, s, s]))
}

#[test]
fn rule_4_4_order_and_tie_breaks() {
    // A: 72 + 20 = 92; B: 80 + 12 = 92 → B before A (indicator part).
    let a = set(
        unit_scoring("A", 90),
        "feedback",
        fb(&[100, 100, 100, 100, 100]),
    );
    let b = fb_all("B", 60);
    // C: 96 + 1 − 1 = 96 with deductions 1; D, E: 96 → D, E (id), then C.
    let c = set(
        unit("C"),
        "events",
        json!([{"kind": "bonus.honour.praise", "quarter": 1, "count": 2}, ev("deduction.criticism", "city", 1)]),
    );
    let s = scenario(vec![a, b, unit("E"), c, unit("D")]);
    check(
        "order",
        &s,
        &[
            ("g:group.department/order", json!(["D", "E", "C", "B", "A"])),
            ("u:D/rank", json!(1)),
            ("u:C/rank", json!(1)),
            ("u:C/position", json!(3)),
            ("u:C/tied", json!(true)),
            ("u:A/rank", json!(4)),
            ("u:B/rank", json!(4)),
            ("u:A/position", json!(5)),
        ],
    );
    let s = scenario(vec![unit("X"), unit("Y"), unit_scoring("Z", 90)]);
    check(
        "ranks 1 1 3",
        &s,
        &[
            ("u:X/rank", json!(1)),
            ("u:Y/rank", json!(1)),
            ("u:Z/rank", json!(3)),
            ("u:Z/tied", json!(false)),
        ],
    );
}

fn six() -> Vec<Value> {
    // totals 96, 95, 94, 80, 70, 50
    [
        ("U1", "100"),
        ("U2", "98.75"),
        ("U3", "97.5"),
        ("U4", "80"),
        ("U5", "67.5"),
        ("U6", "42.5"),
    ]
    .iter()
    .map(|(id, a)| {
        set(
            unit(id),
            "indicators",
            json!([{"indicator": "ind.gdp", "weight": 80, "target": 100, "actual": a}]),
        )
    })
    .collect()
}

#[test]
fn rule_4_4_grades_under_the_excellent_quota() {
    check(
        "quota",
        &scenario(six()),
        &[
            ("g:group.department/excellent_slots", json!(2)),
            ("u:U1/grade", json!("excellent")),
            ("u:U2/grade", json!("excellent")),
            ("u:U3/grade", json!("good")),
            ("u:U4/grade", json!("good")),
            ("u:U5/grade", json!("fair")),
            ("u:U6/grade", json!("poor")),
        ],
    );
    // Threshold 85: three units, one slot, best total 84 → good.
    let s = scenario(vec![
        unit_scoring("A", 85),
        unit_scoring("B", 80),
        unit_scoring("C", 70),
    ]);
    check(
        "threshold",
        &s,
        &[("u:A/total", json!("84")), ("u:A/grade", json!("good"))],
    );
}

#[test]
fn rule_4_4_national_commendation_and_veto() {
    let mut units = six();
    units[5] = set(
        units[5].clone(),
        "events",
        json!([ev("bonus.honour.commendation", "national", 2)]),
    );
    check(
        "national",
        &scenario(units.clone()),
        &[
            ("u:U6/grade", json!("excellent")),
            ("u:U1/grade", json!("excellent")),
            ("u:U2/grade", json!("excellent")),
            ("u:U3/grade", json!("good")),
        ],
    );
    units[0] = set(
        units[0].clone(),
        "events",
        json!([
            ev("veto.safety", "city", 3),
            ev("bonus.honour.commendation", "national", 2)
        ]),
    );
    check(
        "veto",
        &scenario(units),
        &[
            ("u:U1/grade", json!("poor")),
            ("u:U1/vetoed", json!(true)),
            ("u:U1/position", json!(1)),
            ("u:U1/#fires:grade.veto", json!(true)),
            ("u:U2/grade", json!("excellent")),
            ("u:U3/grade", json!("excellent")),
            ("u:U4/grade", json!("good")),
        ],
    );
}

#[test]
fn rule_4_4_staff_excellent_quota() {
    // (staff, excellent?, quota): floor(20%), floor(25%) when excellent.
    let table = [
        (10, false, 2),
        (12, false, 2),
        (12, true, 3),
        (4, false, 0),
        (0, false, 0),
    ];
    for (staff, excellent, quota) in table {
        // One slot among three units: the best (96) is excellent.
        let best = set(unit("BEST"), "staff", json!(staff));
        let other = set(unit_scoring("OTHER", 90), "staff", json!(staff));
        let s = scenario(vec![best, other, unit_scoring("THIRD", 80)]);
        let id = if excellent {
            "u:BEST/staff_excellent_quota"
        } else {
            "u:OTHER/staff_excellent_quota"
        };
        check(&format!("staff {staff}"), &s, &[(id, json!(quota))]);
    }
}

#[test]
fn rule_4_5_all_round_and_single_item() {
    let s = scenario(vec![unit("X"), unit("Y"), unit_scoring("Z", 90)]);
    check(
        "all-round ties",
        &s,
        &[
            ("u:X/#awards", json!(["all_round", "single_item:ind.gdp"])),
            ("u:Y/#awards", json!(["all_round", "single_item:ind.gdp"])),
            ("u:Z/#awards", json!([])),
        ],
    );
    // Single item on raw (unclamped) completion; an indicator only one unit has gives none.
    let a = set(
        unit("A"),
        "indicators",
        json!([{"indicator": "ind.gdp", "weight": 40, "target": 100, "actual": 130},
        {"indicator": "ind.revenue", "weight": 40, "target": 100, "actual": 100}]),
    );
    let b = set(
        unit("B"),
        "indicators",
        json!([{"indicator": "ind.gdp", "weight": 80, "target": 100, "actual": 125}]),
    );
    let c = set(
        unit("C"),
        "indicators",
        json!([{"indicator": "ind.complaints", "weight": 80, "target": 5, "actual": 0}]),
    );
    let d = set(
        unit("D"),
        "indicators",
        json!([{"indicator": "ind.complaints", "weight": 80, "target": 5, "actual": 1}]),
    );
    check(
        "single item",
        &scenario(vec![a, b, c, d]),
        &[
            ("u:A/total", json!("104")),
            ("u:A/#awards", json!(["single_item:ind.gdp"])),
            ("u:B/#awards", json!(["all_round"])),
            (
                "u:C/#awards",
                json!(["all_round", "single_item:ind.complaints"]),
            ),
            ("u:D/#awards", json!(["all_round"])),
        ],
    );
    // A vetoed rank-1 unit: no all-round champion.
    let v = set(
        unit("V"),
        "events",
        json!([ev("veto.integrity", "city", 1)]),
    );
    check(
        "veto",
        &scenario(vec![v, unit_scoring("W", 90)]),
        &[("u:V/#awards", json!([])), ("u:W/#awards", json!([]))],
    );
}

fn quarterly(id: &str, actuals: [i64; 4]) -> Value {
    let q: Vec<Value> = actuals
        .iter()
        .enumerate()
        .map(|(i, a)| json!({"quarter": i + 1, "target": 100, "actual": a}))
        .collect();
    set(
        unit(id),
        "indicators",
        json!([{"indicator": "ind.gdp", "weight": 80, "target": 100, "actual": 100, "quarters": q}]),
    )
}

#[test]
fn rule_4_5_led_throughout_and_most_improved() {
    let s = scenario(vec![
        quarterly("A", [100, 100, 100, 100]),
        quarterly("B", [90, 100, 90, 90]),
        quarterly("C", [80, 80, 80, 80]),
    ]);
    check(
        "led",
        &s,
        &[
            (
                "u:A/#awards",
                json!(["all_round", "led_throughout", "single_item:ind.gdp"]),
            ),
            ("u:B/#awards", json!(["all_round", "single_item:ind.gdp"])),
        ],
    );
    let last = |v: Value, r: i64| set(v, "last_year", json!({"rank": r}));
    let s = scenario(vec![
        last(unit_scoring("A", 100), 5),
        last(unit_scoring("B", 95), 2),
        last(unit_scoring("C", 90), 6),
        last(unit_scoring("D", 85), 8),
        unit_scoring("E", 80),
    ]);
    check(
        "most improved",
        &s,
        &[
            (
                "u:A/#awards",
                json!(["all_round", "single_item:ind.gdp", "most_improved"]),
            ),
            ("u:D/#awards", json!(["most_improved"])),
            ("u:C/#awards", json!([])),
        ],
    );
}

#[test]
fn rule_4_6_escalation_by_count_and_accountability() {
    let table = [
        (json!([]), json!([])),
        (
            json!([ev("deduction.city_bottom3", "city", 1)]),
            json!(["reminder_talk"]),
        ),
        (
            json!([
                ev("deduction.city_bottom3", "city", 1),
                ev("deduction.criticism", "provincial", 2)
            ]),
            json!(["admonishment"]),
        ),
        (
            json!([{"kind": "deduction.city_bottom3", "quarter": 1, "count": 2}, ev("deduction.criticism", "national", 2)]),
            json!(["organizational_handling"]),
        ),
        (
            json!([ev("incident.public_opinion", "city", 2)]),
            json!(["accountability"]),
        ),
    ];
    for (events, flags) in table {
        let s = scenario(vec![set(unit("U"), "events", events.clone())]);
        check(
            &format!("escalation {events}"),
            &s,
            &[("u:U/#flags", flags)],
        );
    }
}

#[test]
fn rule_4_6_supervisor_talk_triggers() {
    // Quarters: bottom ceil(10% × 3) = 1 per quarter; C last in Q1, Q2; B in Q3, Q4.
    let s = scenario(vec![
        quarterly("A", [100, 100, 100, 100]),
        quarterly("B", [90, 90, 70, 70]),
        quarterly("C", [80, 80, 90, 90]),
    ]);
    check(
        "quarters",
        &s,
        &[
            ("u:A/#flags", json!([])),
            ("u:B/#flags", json!(["supervisor_talk"])),
            ("u:C/#fires:esc.supervisor.quarters", json!(true)),
        ],
    );
    // Rating: the group's bottom three of four rated units.
    let r = |id: &str, votes: Value| set(unit(id), "votes", votes);
    let s = scenario(vec![
        r("R100", json!({"vote.good": 1})),
        r("R80", json!({"vote.good": 1, "vote.average": 1})),
        r("R60", json!({"vote.average": 1})),
        r("R40", json!({"vote.poor": 1})),
    ]);
    check(
        "rating",
        &s,
        &[
            ("u:R100/#flags", json!([])),
            ("u:R80/#flags", json!(["supervisor_talk"])),
            ("u:R40/#fires:esc.supervisor.rating", json!(true)),
        ],
    );
    // Linkage deductions on two occasions.
    let mut s = scenario(vec![unit("L2"), unit("L1")]);
    s["linkage"] = json!([{"indicator": "a", "points": -0.5, "lead": "L2"}, {"indicator": "b", "points": -0.5, "lead": "L2", "responsible": ["L1"]}]);
    check(
        "linkage",
        &s,
        &[
            ("u:L2/#flags", json!(["supervisor_talk"])),
            ("u:L1/#flags", json!([])),
        ],
    );
    // Unit head basically competent (total 65).
    let h = set(
        unit("H"),
        "indicators",
        json!([{"indicator": "ind.gdp", "weight": 80, "target": 100, "actual": "61.25"}]),
    );
    let mut s = scenario(vec![h, unit("OK")]);
    s["cadres"] = json!([{"id": "h", "role": "unit_head", "units": ["H"]}]);
    check(
        "head grade",
        &s,
        &[
            ("u:H/total", json!("65")),
            ("c:h/grade", json!("basically_competent")),
            ("u:H/#fires:esc.supervisor.head_grade", json!(true)),
        ],
    );
}

#[test]
fn rule_4_6_bottom_two_years() {
    let last = |v: Value, l: Value| set(v, "last_year", l);
    let mut s = scenario(vec![
        last(unit_scoring("Y", 100), json!({"rank": 10})),
        last(unit_scoring("W", 95), json!({"grade": "poor"})),
        unit_scoring("M", 90),
        last(unit_scoring("Z", 85), json!({"grade": "poor", "rank": 1})),
        last(unit_scoring("X", 80), json!({"rank": 9})),
        last(unit_scoring("V", 75), json!({"rank": 7})),
    ]);
    s["groups"] = json!([{"group": "group.department", "last_year_ranked": 10}]);
    check(
        "bottom two years",
        &s,
        &[
            ("u:Y/#flags", json!([])),
            ("u:W/#flags", json!([])),
            ("u:Z/#flags", json!(["close_examination"])),
            ("u:X/#flags", json!(["close_examination"])),
            ("u:V/#flags", json!([])),
        ],
    );
}

#[test]
fn rule_4_7_cadres_three_links() {
    // Totals 96 (excellent, one slot of 3), 88.01, 50 (poor).
    let mid = set(unit_scoring("MID", 90), "feedback", {
        let s = json!("80.05");
        json!([{"group": "fb.supervisor", "score": s}, {"group": "fb.departments", "score": s}, {"group": "fb.office", "score": s},
               {"group": "fb.staff", "score": s}, {"group": "fb.service", "score": s}])
    });
    let low = set(
        unit("LOW"),
        "indicators",
        json!([{"indicator": "ind.gdp", "weight": 80, "target": 100, "actual": 42.5}]),
    );
    let low = set(
        low,
        "events",
        json!([
            ev("deduction.city_bottom3", "city", 1),
            ev("deduction.criticism", "city", 2)
        ]),
    );
    let mut s = scenario(vec![unit("TOP"), mid, low]);
    s["cadres"] = json!([
        {"id": "h-top", "role": "unit_head", "units": ["TOP"]},
        {"id": "h-mid", "role": "unit_head", "units": ["MID"]},
        {"id": "h-low", "role": "unit_head", "units": ["LOW"]},
        {"id": "lead", "role": "county_leader", "units": ["TOP", "MID", "LOW"]},
        {"id": "lead2", "role": "county_leader", "units": ["TOP", "MID"]}
    ]);
    check(
        "cadres",
        &s,
        &[
            ("u:MID/total", json!("88.01")),
            ("c:h-top/linked", json!("96")),
            ("c:h-top/grade", json!("excellent")),
            ("c:h-mid/grade", json!("competent")),
            ("c:h-low/individual", json!("48")),
            ("c:h-low/grade", json!("incompetent")),
            ("c:h-low/#flags", json!(["not_recommended", "admonishment"])),
            // (96 + 88.01 + 48) / 3 = 77.336… → 77.34
            ("c:lead/linked", json!("77.34")),
            ("c:lead2/linked", json!("92.01")),
            ("c:lead2/grade", json!("competent")),
            ("c:lead/#flags", json!(["admonishment"])),
            ("c:lead/flags/0/unit", json!("LOW")),
        ],
    );
    // Five leaders: floor(20% × 5) = 1 excellent slot.
    let mut s2 = s.clone();
    for i in 3..6 {
        if let Some(a) = s2["cadres"].as_array_mut() {
            a.push(json!({"id": format!("lead{i}"), "role": "county_leader", "units": ["TOP"]}));
        }
    }
    check(
        "leader quota",
        &s2,
        &[
            ("c:lead3/grade", json!("excellent")),
            ("c:lead4/grade", json!("competent")),
            ("c:lead2/grade", json!("competent")),
        ],
    );
    // Learning weight 0.2: 0.8 × 96 + 0.2 × 80 = 92.8.
    let mut s3 = with_rules(s, |r| {
        r["cadres"]["individual"]["learning_weight"] = json!("0.2")
    });
    s3["cadres"][0]["learning"] = json!([{"month": 1, "score": 80}]);
    check(
        "learning weight",
        &s3,
        &[
            ("c:h-top/individual", json!("92.8")),
            ("c:h-mid/individual", json!("88.01")),
        ],
    );
}

#[test]
fn rule_4_8_learning_tests() {
    let months = json!([
        {"month": 1, "score": 90}, {"month": 2, "score": 50, "resit": 70}, {"month": 3, "score": 40, "resit": 50},
        {"month": 4}, {"month": 5, "score": 80}, {"month": 6, "score": 100},
        {"month": 7, "score": 55}, {"month": 8, "score": 85}
    ]);
    let mut s = scenario(vec![unit("U")]);
    s["cadres"] = json!([
        {"id": "a", "role": "unit_head", "units": ["U"], "learning": months},
        {"id": "b", "role": "unit_head", "units": ["U"], "learning": [{"month": 1, "score": 70}, {"month": 2, "score": 70}, {"month": 3, "score": 71}]}
    ]);
    check(
        "learning",
        &s,
        &[
            ("c:a/learning/half_years", json!(["65", "70"])),
            ("c:a/learning/year", json!("67.5")),
            (
                "c:a/#flags",
                json!(["retraining", "missed_test", "resit_required"]),
            ),
            ("c:a/#fires:learning.retraining", json!(true)),
            ("c:b/learning/half_years", json!(["70.33", null])),
            ("c:b/learning/year", json!("70.33")),
            ("c:b/#flags", json!([])),
        ],
    );
}
