#![cfg(not(target_arch = "wasm32"))]
//! One test per rule of domain.md 4.1–4.3, hand-checked, table-style through
//! `util::check`. Base unit (`util::unit`): one indicator at 100% of 80
//! points, five 360 groups at 80 (16 points): total 96.

mod util;

use serde_json::{json, Value};
use util::*;

fn ind(id: &str, w: i64, t: Value, a: Value) -> Value {
    json!({"indicator": id, "weight": w, "target": t, "actual": a})
}

#[test]
fn rule_4_1_groups_rank_separately() {
    let s = scenario(vec![
        unit_in("T1", "group.town"),
        unit_scoring("D1", 90),
        unit("D2"),
    ]);
    check(
        "groups",
        &s,
        &[
            ("u:T1/rank", json!(1)),
            ("u:D2/rank", json!(1)),
            ("u:D1/rank", json!(2)),
            ("u:D1/total", json!("88")),
            ("g:group.department/order", json!(["D2", "D1"])),
            ("g:group.town/order", json!(["T1"])),
        ],
    );
}

#[test]
fn rule_4_1_incomplete_units_are_shown_not_ranked() {
    let na = set(
        unit("NA"),
        "indicators",
        json!([{"indicator": "ind.gdp", "weight": 80, "na": true}]),
    );
    let nofb = set(unit("NOFB"), "feedback", json!([]));
    let s = scenario(vec![na, nofb, unit("OK")]);
    check(
        "incomplete",
        &s,
        &[
            ("u:NA/complete", json!(false)),
            ("u:NA/rank", Value::Null),
            ("u:NA/grade", Value::Null),
            ("u:NA/total", json!("16")),
            ("u:NA/#fires:unit.incomplete", json!(true)),
            ("u:NOFB/complete", json!(false)),
            ("u:NOFB/total", json!("80")),
            ("u:NOFB/feedback_part", Value::Null),
            ("u:OK/rank", json!(1)),
            ("g:group.department/order", json!(["OK"])),
        ],
    );
}

#[test]
fn rule_4_2_indicator_completion_is_clamped() {
    // (direction indicator, target, actual, part)
    let table = [
        ("ind.gdp", 100, json!(130), "96"),
        ("ind.gdp", 100, json!(110), "88"),
        ("ind.gdp", 100, json!(50), "40"),
        ("ind.gdp", 100, json!(-5), "0"),
        ("ind.complaints", 5, json!(4), "96"),
        ("ind.complaints", 5, json!(10), "40"),
        ("ind.complaints", 5, json!(0), "96"),
        ("ind.complaints", 5, json!(-1), "96"),
        ("ind.gdp", 3, json!(1), "26.666666666666666666666666667"),
    ];
    for (id, t, a, part) in table {
        let u = set(
            unit("U"),
            "indicators",
            json!([ind(id, 80, json!(t), a.clone())]),
        );
        check(
            &format!("{id} {t} {a}"),
            &scenario(vec![u]),
            &[("u:U/indicator_part", json!(part))],
        );
    }
}

#[test]
fn rule_4_2_na_indicators_are_rescaled() {
    let u = set(
        unit("U"),
        "indicators",
        json!([{"indicator": "ind.gdp", "weight": 40, "na": true}, ind("ind.revenue", 40, json!(100), json!(90))]),
    );
    check(
        "na",
        &scenario(vec![u]),
        &[
            ("u:U/indicator_part", json!("72")),
            ("u:U/total", json!("88")),
            ("u:U/#fires:part.indicator", json!(true)),
        ],
    );
}

#[test]
fn rule_4_2_feedback_part_weights_and_missing_groups() {
    let four = set(unit("FOUR"), "feedback", {
        let mut v = fb(&[80, 80, 80, 60]);
        if let Some(a) = v.as_array_mut() {
            a.truncate(4);
        }
        v
    });
    let raters5 = set(
        unit("R5"),
        "feedback",
        json!([{"group": "fb.supervisor", "raters": [100, 90, 80, 70, 10]},
               {"group": "fb.departments", "score": 80}, {"group": "fb.office", "score": 80},
               {"group": "fb.staff", "score": 80}, {"group": "fb.service", "score": 80}]),
    );
    let raters4 = set(
        unit("R4"),
        "feedback",
        json!([{"group": "fb.supervisor", "raters": [100, 90, 80, 10]},
               {"group": "fb.departments", "score": 80}, {"group": "fb.office", "score": 80},
               {"group": "fb.staff", "score": 80}, {"group": "fb.service", "score": 80}]),
    );
    let entered = set(
        unit("SC"),
        "feedback",
        json!([{"group": "fb.supervisor", "score": 90, "raters": [0, 0, 0, 0, 0]},
               {"group": "fb.departments", "score": 80}, {"group": "fb.office", "score": 80},
               {"group": "fb.staff", "score": 80}, {"group": "fb.service", "score": 80}]),
    );
    let s = scenario(vec![four, raters5, raters4, entered]);
    check(
        "360",
        &s,
        &[
            ("u:FOUR/feedback_part", json!("15")),
            ("u:FOUR/#fires:part.feedback", json!(true)),
            ("u:R5/feedback_part", json!("16")),
            ("u:R5/#fires:feedback.drop_extremes", json!(true)),
            ("u:R4/feedback_part", json!("15.6")),
            ("u:R4/#fires:feedback.drop_extremes", json!(false)),
            ("u:SC/feedback_part", json!("16.4")),
        ],
    );
}

#[test]
fn rule_4_2_democratic_rating() {
    let votes = json!({"vote.good": 30, "vote.fairly_good": 10, "vote.average": 5, "vote.poor": 5, "vote.unknown": 10});
    let a = set(unit("A"), "votes", votes.clone());
    let b = set(unit("B"), "votes", json!({"vote.unknown": 7}));
    let c = set(
        unit("C"),
        "votes",
        json!({"vote.good": 2, "vote.average": 1}),
    );
    let s = scenario(vec![a.clone(), b, c]);
    check(
        "rating",
        &s,
        &[
            ("u:A/rating", json!("86")),
            ("u:A/rating_term", json!("0")),
            ("u:A/total", json!("96")),
            ("u:B/rating", Value::Null),
            ("u:C/rating", json!("86.67")),
        ],
    );
    let with_points = with_rules(scenario(vec![a]), |r| r["rating"]["points"] = json!(5));
    check(
        "rating points",
        &with_points,
        &[
            ("u:A/rating_term", json!("4.3")),
            ("u:A/total", json!("100.30")),
        ],
    );
}

#[test]
fn rule_4_2_bonus_category_caps_and_total_cap() {
    let table = [
        // (events, bonus, capped category line rules)
        (
            json!([{"kind": "bonus.honour.praise", "level": "national", "quarter": 1, "count": 3}]),
            "5",
            json!(["bonus.honour.praise"]),
        ),
        (
            json!([{"kind": "bonus.ranking.city_top3", "quarter": 2, "count": 6}]),
            "5",
            json!(["bonus.ranking.city_top3"]),
        ),
        (
            json!([{"kind": "bonus.experience.meeting", "level": "national", "quarter": 3, "count": 2}]),
            "5",
            json!(["bonus.experience.meeting"]),
        ),
        (
            json!([{"kind": "bonus.experience.promoted", "level": "provincial", "quarter": 3, "count": 2}]),
            "2",
            json!([]),
        ),
        (
            json!([{"kind": "bonus.honour.praise", "level": "national", "quarter": 1, "count": 3},
                   {"kind": "bonus.ranking.city_top3", "quarter": 2, "count": 6},
                   {"kind": "bonus.experience.meeting", "level": "national", "quarter": 3, "count": 2}]),
            "10",
            json!([
                "bonus.honour.praise",
                "bonus.ranking.city_top3",
                "bonus.experience.meeting"
            ]),
        ),
    ];
    for (events, bonus, capped) in table {
        let u = set(unit("U"), "events", events);
        let total = format!("{}", 96 + bonus.parse::<i64>().unwrap_or(0));
        check(
            &format!("caps {bonus}"),
            &scenario(vec![u]),
            &[
                ("u:U/bonus", json!(bonus)),
                ("u:U/total", json!(total)),
                ("u:U/#capped", capped),
            ],
        );
    }
    let all = set(
        unit("U"),
        "events",
        json!([{"kind": "bonus.ranking.city_top3", "quarter": 2, "count": 6},
        {"kind": "bonus.honour.praise", "level": "national", "quarter": 1, "count": 3},
        {"kind": "bonus.experience.meeting", "level": "national", "quarter": 3, "count": 2}]),
    );
    check(
        "total cap",
        &scenario(vec![all]),
        &[
            ("u:U/#fires:cap.bonus.total", json!(true)),
            ("u:U/bonus_categories/0/capped", json!("5")),
        ],
    );
}

#[test]
fn rule_4_2_doc_no_counts_once() {
    let bonus = set(
        unit("B"),
        "events",
        json!([
            ev_doc("bonus.honour.commendation", "provincial", 1, "A"),
            ev_doc("bonus.honour.praise", "national", 2, "A")
        ]),
    );
    let ded = set(
        unit("D"),
        "events",
        json!([
            ev_doc("deduction.criticism", "provincial", 1, "X"),
            ev_doc("deduction.city_bottom3", "city", 2, "X")
        ]),
    );
    let mixed = set(
        unit("M"),
        "events",
        json!([
            ev_doc("bonus.honour.praise", "city", 1, "C"),
            ev_doc("deduction.criticism", "city", 1, "C")
        ]),
    );
    check(
        "dedup",
        &scenario(vec![bonus, ded, mixed]),
        &[
            ("u:B/bonus", json!("2")),
            ("u:B/#fires:dedup.doc_no", json!(true)),
            ("u:D/deductions", json!("2")),
            ("u:D/escalation_count", json!(1)),
            ("u:D/#flags", json!(["reminder_talk"])),
            ("u:M/bonus", json!("0.5")),
            ("u:M/deductions", json!("1")),
        ],
    );
}

#[test]
fn rule_4_2_deductions_are_uncapped_without_floor() {
    let many = set(
        unit("MANY"),
        "events",
        json!([{"kind": "deduction.criticism", "level": "national", "quarter": 1, "count": 7}]),
    );
    let neg = set(
        unit_scoring("NEG", 0),
        "events",
        json!([{"kind": "deduction.criticism", "level": "national", "quarter": 1, "count": 10}]),
    );
    check(
        "deductions",
        &scenario(vec![many, neg]),
        &[
            ("u:MANY/deductions", json!("21")),
            ("u:MANY/total", json!("75")),
            ("u:NEG/total", json!("-14")),
        ],
    );
}

#[test]
fn rule_4_2_linkage_is_doubled_for_lead_and_responsible() {
    let capped = set(
        unit("CAP"),
        "events",
        json!([{"kind": "bonus.ranking.city_top3", "quarter": 2, "count": 6},
        {"kind": "bonus.honour.praise", "level": "national", "quarter": 1, "count": 3}]),
    );
    let mut s = scenario(vec![unit("A"), unit("B"), unit("C"), capped]);
    s["linkage"] = json!([
        {"indicator": "ind.gdp", "points": 0.75, "lead": "A", "responsible": ["B", "A"]},
        {"indicator": "ind.revenue", "points": "-1", "lead": "B"},
        {"indicator": "ind.energy", "points": 1.5, "lead": "CAP"}
    ]);
    check(
        "linkage",
        &s,
        &[
            ("u:A/linkage", json!("1.5")),
            ("u:B/linkage", json!("-0.5")),
            ("u:C/linkage", json!("0")),
            ("u:CAP/bonus", json!("10")),
            ("u:CAP/total", json!("109")),
        ],
    );
    let triple = with_rules(s, |r| r["linkage"]["multiplier"] = json!(3));
    check("multiplier", &triple, &[("u:A/linkage", json!("2.25"))]);
}

#[test]
fn rule_4_2_rounding_half_away_from_zero_once() {
    // 360 part: five groups at 84.025 → 16.805; total 96.805 → 96.81.
    let u = set(
        unit("U"),
        "feedback",
        json!([
        {"group": "fb.supervisor", "score": "84.025"}, {"group": "fb.departments", "score": "84.025"},
        {"group": "fb.office", "score": "84.025"}, {"group": "fb.staff", "score": "84.025"},
        {"group": "fb.service", "score": "84.025"}]),
    );
    check(
        "rounding",
        &scenario(vec![u]),
        &[
            ("u:U/feedback_part", json!("16.805")),
            ("u:U/total", json!("96.81")),
            ("u:U/#fires:round.score", json!(true)),
        ],
    );
}

fn quarterly(id: &str, q: [(i64, i64); 4]) -> Value {
    let quarters: Vec<Value> = q
        .iter()
        .enumerate()
        .map(|(i, (t, a))| json!({"quarter": i + 1, "target": t, "actual": a}))
        .collect();
    set(
        unit(id),
        "indicators",
        json!([{"indicator": "ind.gdp", "weight": 80, "target": 100, "actual": 100, "quarters": quarters}]),
    )
}

#[test]
fn rule_4_3_quarter_scores_and_period_weights() {
    let q = set(
        quarterly("Q", [(25, 30), (50, 50), (75, 60), (100, 100)]),
        "events",
        json!([ev("bonus.ranking.city_top3", "city", 1), ev("deduction.criticism", "city", 3),
               {"kind": "bonus.ranking.city_top3", "quarter": 2, "count": 6}]),
    );
    let bare = unit("BARE");
    let s = scenario(vec![q, bare]);
    check(
        "quarters",
        &s,
        &[
            ("u:Q/quarters/0/score", json!("97")),
            ("u:Q/quarters/1/score", json!("85")),
            ("u:Q/quarters/1/bonus", json!("5")),
            ("u:Q/quarters/2/score", json!("63")),
            ("u:Q/quarters/3/score", json!("80")),
            ("u:Q/quarters/0/rank", json!(1)),
            ("u:Q/year_total", json!("100")),
            ("u:Q/total", json!("100")),
            ("u:BARE/quarters/0/score", Value::Null),
            ("u:BARE/quarters/0/rank", Value::Null),
            ("u:Q/#fires:period.weights", json!(true)),
        ],
    );
    let weighted = with_rules(s, |r| r["periods"]["weights"] = json!([10, 20, 30, 40, 0]));
    // 0.1 × 97 + 0.2 × 85 + 0.3 × 63 + 0.4 × 80 = 9.7 + 17 + 18.9 + 32 = 77.6
    check(
        "period weights",
        &weighted,
        &[
            ("u:Q/total", json!("77.60")),
            ("u:Q/year_total", json!("100")),
        ],
    );
}
