#![cfg(not(target_arch = "wasm32"))]
//! Choices made where domain.md section 4 is silent (docs/engine-choices.md),
//! one test each, table-style through `util::check`.

mod util;

use serde_json::{json, Value};
use util::*;

fn with_ind(id: &str, ind: Value) -> Value {
    set(unit(id), "indicators", ind)
}

#[test]
fn choice_empty_or_weightless_indicators_make_a_unit_incomplete() {
    let empty = with_ind("EMPTY", json!([]));
    let zero = with_ind(
        "ZERO",
        json!([{"indicator": "ind.gdp", "weight": 80, "na": true}, {"indicator": "ind.revenue", "weight": 0, "target": 1, "actual": 1}]),
    );
    check(
        "incomplete",
        &scenario(vec![empty, zero]),
        &[
            ("u:EMPTY/complete", json!(false)),
            ("u:EMPTY/indicator_part", Value::Null),
            ("u:EMPTY/total", json!("16")),
            ("u:ZERO/complete", json!(false)),
            ("u:ZERO/indicator_part", Value::Null),
        ],
    );
}

#[test]
fn choice_period_weights_missing_quarters_count_zero_and_weights_are_free() {
    let s = scenario(vec![unit("U")]);
    check(
        "q4 missing",
        &with_rules(s.clone(), |r| {
            r["periods"]["weights"] = json!([0, 0, 0, 50, 50])
        }),
        &[("u:U/total", json!("48.00"))],
    );
    check(
        "half weight",
        &with_rules(s, |r| r["periods"]["weights"] = json!([0, 0, 0, 0, 50])),
        &[("u:U/total", json!("48.00"))],
    );
}

#[test]
fn choice_raters_need_three_and_group_scores_stay_unrounded() {
    let two = set(
        unit("TWO"),
        "feedback",
        json!([{"group": "fb.supervisor", "raters": [90, 70]}, {"group": "fb.departments", "score": 80},
               {"group": "fb.office", "score": 80}, {"group": "fb.staff", "score": 80}, {"group": "fb.service", "score": 80}]),
    );
    let three = set(
        unit("THREE"),
        "feedback",
        json!([{"group": "fb.supervisor", "raters": [80, 80, 81]}, {"group": "fb.departments", "score": 80},
               {"group": "fb.office", "score": 80}, {"group": "fb.staff", "score": 80}, {"group": "fb.service", "score": 80}]),
    );
    let s = with_rules(scenario(vec![two, three.clone()]), |r| {
        r["feedback"]["drop_extremes"]["min_raters"] = json!(2)
    });
    check(
        "raters",
        &s,
        &[
            ("u:TWO/feedback_part", json!("16")),
            ("u:TWO/#fires:feedback.drop_extremes", json!(false)),
            ("u:THREE/total", json!("96.00")),
            ("u:THREE/#fires:feedback.drop_extremes", json!(true)),
        ],
    );
    // Default rules (5 raters to drop): the mean 80.333… stays unrounded:
    // 20 × (20 × 80.333… + 6400) / 10000 = 16.01333… → total 96.01.
    check(
        "unrounded group score",
        &scenario(vec![three]),
        &[("u:THREE/total", json!("96.01"))],
    );
}

#[test]
fn choice_rating_term_uses_the_rounded_rating() {
    let u = set(
        unit("U"),
        "votes",
        json!({"vote.good": 2, "vote.average": 1}),
    );
    let s = with_rules(scenario(vec![u]), |r| r["rating"]["points"] = json!(5));
    check(
        "rating term",
        &s,
        &[
            ("u:U/rating", json!("86.67")),
            ("u:U/rating_term", json!("4.3335")),
        ],
    );
}

#[test]
fn choice_doc_numbers_blank_quarters_and_national_commendations() {
    let blank = set(
        unit("BLANK"),
        "events",
        json!([{"kind": "bonus.honour.praise", "quarter": 1, "count": 3, "doc_no": "  "}]),
    );
    let q = set(
        unit("Q"),
        "events",
        json!([
            ev_doc("bonus.honour.praise", "city", 1, "X"),
            ev_doc("bonus.honour.commendation", "provincial", 2, "X")
        ]),
    );
    // The national commendation shares its 文号 with a title kept before it:
    // the unit is still excellent outside the quota.
    let nat = set(
        unit_scoring("NAT", 70),
        "events",
        json!([
            ev_doc("bonus.honour.title", "national", 1, "N"),
            ev_doc("bonus.honour.commendation", "national", 1, "N")
        ]),
    );
    check(
        "doc numbers",
        &scenario(vec![blank, q, nat]),
        &[
            ("u:BLANK/bonus", json!("1.5")),
            ("u:Q/quarters/0/bonus", json!("0")),
            ("u:Q/quarters/1/bonus", json!("1")),
            ("u:NAT/bonus", json!("2")),
            ("u:NAT/grade", json!("excellent")),
        ],
    );
}

#[test]
fn choice_linkage_stays_out_of_quarter_scores() {
    let q: Vec<Value> = (1..=4)
        .map(|q| json!({"quarter": q, "target": 100, "actual": 100}))
        .collect();
    let u = with_ind(
        "L",
        json!([{"indicator": "ind.gdp", "weight": 80, "target": 100, "actual": 100, "quarters": q}]),
    );
    let mut s = scenario(vec![u]);
    s["linkage"] = json!([{"indicator": "x", "points": 1, "lead": "L"}]);
    check(
        "linkage quarters",
        &s,
        &[
            ("u:L/quarters/0/score", json!("80")),
            ("u:L/total", json!("98")),
        ],
    );
}

#[test]
fn choice_incomplete_units_get_no_grade_and_cadres_no_result() {
    let na = with_ind(
        "NA",
        json!([{"indicator": "ind.gdp", "weight": 80, "na": true}]),
    );
    let na = set(
        na,
        "events",
        json!([ev("bonus.honour.commendation", "national", 1)]),
    );
    let mut s = scenario(vec![na, unit("OK")]);
    s["cadres"] = json!([
        {"id": "h", "role": "unit_head", "units": ["NA"]},
        {"id": "l", "role": "county_leader", "units": ["NA"]},
        {"id": "l2", "role": "county_leader", "units": ["NA", "OK"]}
    ]);
    check(
        "incomplete",
        &s,
        &[
            ("u:NA/grade", Value::Null),
            ("c:h/linked", Value::Null),
            ("c:h/grade", Value::Null),
            ("c:l/linked", Value::Null),
            ("c:l2/linked", json!("96.00")),
        ],
    );
}

#[test]
fn choice_bottom_two_years_needs_last_years_group_size_for_the_rank_test() {
    let last = |v: Value, r: i64| set(v, "last_year", json!({"rank": r}));
    let units = vec![
        unit_scoring("A", 100),
        unit_scoring("B", 95),
        unit_scoring("C", 90),
        last(unit_scoring("D", 85), 10),
    ];
    check(
        "no group facts",
        &scenario(units.clone()),
        &[("u:D/#flags", json!([]))],
    );
    let mut s = scenario(units);
    s["groups"] = json!([{"group": "group.department", "last_year_ranked": 10}]);
    check(
        "with group facts",
        &s,
        &[("u:D/#flags", json!(["close_examination"]))],
    );
}
