#![cfg(not(target_arch = "wasm32"))]
//! What-if (issue 6, "Tests", engine part): the diff of identical scenarios
//! is empty and the diff after one change lists exactly the parts that
//! changed; sensitivity effects equal re-evaluation; unreachable targets
//! give the right reason (cap, quota held by units beyond reach, veto, step
//! limit, not ranked, no lever); goal seek for 优秀 on an example-county
//! unit that needs more than one step, applied as a what-if. Properties
//! against brute force are in tests/whatif_props.rs.

mod util;

use kaohe::engine::example::example_county;
use kaohe::engine::scenario::Scenario;
use kaohe::engine::types::{Level, UnitGrade};
use kaohe::engine::whatif::{
    compare, diff, goal_seek, sensitivity, Edit, GoalSeekRequest, Lever, Limit, Outcome, Target,
    Unreachable, WhatIf,
};
use kaohe::engine::{evaluate, Evaluation};
use rust_decimal::Decimal;
use serde_json::{json, Value};
use util::{ev, scenario, set, unit_scoring};

fn parse(v: &Value) -> Scenario {
    serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("scenario JSON: {e}"))
}

fn eval(s: &Scenario) -> Evaluation {
    evaluate(s).unwrap_or_else(|e| panic!("evaluation: {e}"))
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap_or_else(|_| panic!("decimal {s}"))
}

fn what_if(id: &str) -> WhatIf {
    WhatIf {
        id: id.into(),
        name: String::new(),
        units: Vec::new(),
        removed_units: Vec::new(),
        linkage: None,
        rules: None,
    }
}

/// Three departments: A 96.00, B 95.20, C 88.00 (one indicator, 360 all 80).
fn three() -> Scenario {
    parse(&scenario(vec![
        unit_scoring("A", 100),
        unit_scoring("B", 99),
        unit_scoring("C", 90),
    ]))
}

fn with_event(mut s: Scenario, id: &str, kind: &str, level: Level) -> Scenario {
    let e = Edit::AddEvents {
        kind: kind.into(),
        level,
        quarter: 2,
        count: 1,
    };
    for u in s.units.iter_mut().filter(|u| u.id == id) {
        e.apply(u).unwrap_or_else(|e| panic!("{e}"));
    }
    s
}

#[test]
fn diff_of_identical_scenarios_is_empty() {
    let s = example_county();
    assert!(diff(&eval(&s), &eval(&s)).is_empty());
    // A what-if that changes nothing, and one that replaces a unit by an
    // identical copy.
    let c = compare(&s, &what_if("nothing")).unwrap_or_else(|e| panic!("{e}"));
    assert!(c.diff.is_empty());
    let mut same = what_if("copy");
    same.units = vec![s.units[7].clone()];
    let c = compare(&s, &same).unwrap_or_else(|e| panic!("{e}"));
    assert!(c.diff.is_empty(), "{:?}", c.diff);
    assert_eq!(
        serde_json::to_value(&c.diff).ok(),
        Some(json!({"units": [], "groups": []}))
    );
}

#[test]
fn diff_after_one_change_lists_exactly_the_parts_that_changed() {
    let base = three();
    // A city praise for C (0.5): only its honours category, bonus and total.
    let d1 = diff(
        &eval(&base),
        &eval(&with_event(
            base.clone(),
            "C",
            "bonus.honour.praise",
            Level::City,
        )),
    );
    assert_eq!(d1.units.len(), 1, "{d1:?}");
    let c = d1.unit("C").unwrap_or_else(|| panic!("C"));
    assert_eq!(c.parts(), ["bonus_category", "bonus", "total"]);
    assert!(!c.highlight);
    assert!(d1.groups.is_empty());
    let json = serde_json::to_value(&c.changes).unwrap_or(Value::Null);
    assert_eq!(
        json,
        json!([
            {"part": "bonus_category", "category": "bonus.honour",
             "raw": {"before": "0", "after": "0.5", "delta": "0.5"},
             "capped": {"before": "0", "after": "0.5", "delta": "0.5"}},
            {"part": "bonus", "before": "0", "after": "0.5", "delta": "0.5"},
            {"part": "total", "before": "88.00", "after": "88.50", "delta": "0.50"},
        ])
    );

    // A provincial praise for B (1): B passes A — rank, grade and the
    // all-round award move with it; A loses them; the order changes.
    let d2 = diff(
        &eval(&base),
        &eval(&with_event(
            base.clone(),
            "B",
            "bonus.honour.praise",
            Level::Provincial,
        )),
    );
    let ids: Vec<&str> = d2.units.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, ["A", "B"]);
    let b = d2.unit("B").unwrap_or_else(|| panic!("B"));
    assert_eq!(
        b.parts(),
        [
            "bonus_category",
            "bonus",
            "total",
            "position",
            "rank",
            "grade",
            "award_added"
        ]
    );
    assert!(b.highlight);
    let a = d2.unit("A").unwrap_or_else(|| panic!("A"));
    assert_eq!(a.parts(), ["position", "rank", "grade", "award_removed"]);
    let g = serde_json::to_value(&d2.groups).unwrap_or(Value::Null);
    assert_eq!(
        g,
        json!([{
            "group": "group.department", "status": "changed",
            "order_before": ["A", "B", "C"], "order_after": ["B", "A", "C"],
            "slots_before": 1, "slots_after": 1,
            "moved": [
                {"id": "B", "before": 2, "after": 1, "delta": -1},
                {"id": "A", "before": 1, "after": 2, "delta": 1},
            ],
        }])
    );
    let grade = serde_json::to_value(&b.changes[5]).unwrap_or(Value::Null);
    assert_eq!(
        grade,
        json!({"part": "grade", "before": "good", "after": "excellent", "delta": 1})
    );

    // Units only on one side are added or removed.
    let mut w = what_if("swap");
    w.removed_units = vec!["C".into()];
    let mut dd = base.units[2].clone();
    dd.id = "D".into();
    w.units = vec![dd];
    let c = compare(&base, &w).unwrap_or_else(|e| panic!("{e}"));
    let st: Vec<(String, Value)> = c
        .diff
        .units
        .iter()
        .map(|u| {
            (
                u.id.clone(),
                serde_json::to_value(u.status).unwrap_or(Value::Null),
            )
        })
        .collect();
    assert_eq!(
        st,
        [
            ("D".to_string(), json!("added")),
            ("C".to_string(), json!("removed"))
        ]
    );
}

/// Every single change of a unit, re-evaluated in full.
fn check_sensitivity(s: &Scenario, id: &str) -> usize {
    let sens = sensitivity(s, id, 4).unwrap_or_else(|e| panic!("{id}: {e}"));
    let base = eval(s);
    let before = base
        .units
        .iter()
        .find(|u| u.id == id)
        .map(Outcome::of)
        .unwrap_or_else(|| panic!("{id}"));
    assert_eq!(sens.before, before);
    assert_eq!(sens.evaluations.unit as usize, sens.changes.len());
    for pair in sens.changes.windows(2) {
        assert!(pair[0].total_delta.abs() >= pair[1].total_delta.abs());
    }
    for c in &sens.changes {
        let w = c
            .to_what_if(s, id, "w", "one change")
            .unwrap_or_else(|e| panic!("{e}"));
        let ev = eval(&w.apply(s));
        let r = ev
            .units
            .iter()
            .find(|u| u.id == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert_eq!(Outcome::of(r), c.after, "{id}: {:?}", c.edit);
        assert_eq!(c.total_delta, r.total - before.total);
    }
    sens.changes.len()
}

fn change<'a>(
    sens: &'a kaohe::engine::whatif::Sensitivity,
    edit: &Edit,
) -> &'a kaohe::engine::whatif::SingleChange {
    sens.changes
        .iter()
        .find(|c| c.edit == *edit)
        .unwrap_or_else(|| panic!("no change {edit:?}"))
}

#[test]
fn sensitivity_effects_equal_re_evaluation() {
    let s = example_county();
    // All caps (t01), plain (t08), national commendation (d02), vetoed (t06),
    // deductions (d09), tied (t02), incomplete (d07), bottom (t15).
    let mut n = 0;
    for id in ["t01", "t08", "d02", "t06", "d09", "t02", "d07", "t15"] {
        n += check_sensitivity(&s, id);
    }
    assert!(n > 300, "{n} changes");

    // Cap markers on t01 (honours 5.5, rankings 6, experience 6: every cap).
    let t01 = sensitivity(&s, "t01", 4).unwrap_or_else(|e| panic!("{e}"));
    let praise = change(
        &t01,
        &Edit::AddEvents {
            kind: "bonus.honour.praise".into(),
            level: Level::City,
            quarter: 4,
            count: 1,
        },
    );
    assert_eq!(praise.total_delta, Decimal::ZERO);
    assert_eq!(praise.capped, ["bonus.honour"]);
    let meeting = change(
        &t01,
        &Edit::RemoveEvent {
            kind: "bonus.experience.meeting".into(),
            level: Level::National,
        },
    );
    // Experience 6 → 3 (capped 5 → 3: the category cap took 1 of the 3),
    // and the total cap 10 still binds (13 → 10).
    assert_eq!(meeting.total_delta, Decimal::ZERO);
    assert_eq!(meeting.capped, ["bonus.experience", "cap.bonus.total"]);
    let clamp = t01
        .changes
        .iter()
        .find(|c| matches!(&c.edit, Edit::SetActual { indicator, to, from } if indicator == "ind.gdp" && to > from))
        .unwrap_or_else(|| panic!("gdp up"));
    assert_eq!(clamp.capped, ["part.indicator"]);
    // Not capped: a praise for t08 adds its 0.5.
    let t08 = sensitivity(&s, "t08", 4).unwrap_or_else(|e| panic!("{e}"));
    let p = change(
        &t08,
        &Edit::AddEvents {
            kind: "bonus.honour.praise".into(),
            level: Level::City,
            quarter: 4,
            count: 1,
        },
    );
    assert_eq!(p.total_delta, d("0.50"));
    assert!(p.capped.is_empty());
    // A veto makes t08 较差 (two grades down).
    let veto = change(
        &t08,
        &Edit::AddEvents {
            kind: "veto.safety".into(),
            level: Level::City,
            quarter: 4,
            count: 1,
        },
    );
    assert_eq!(veto.grade_delta, Some(-2));
    assert_eq!(veto.after.grade, Some(UnitGrade::Poor));
}

fn seek(
    s: &Scenario,
    unit: &str,
    target: Target,
    levers: Vec<Lever>,
) -> kaohe::engine::whatif::GoalSeekAnswer {
    goal_seek(s, &GoalSeekRequest::new(unit, target).with_levers(levers))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn ranking() -> Lever {
    Lever::event("bonus.ranking.city_top3", Level::City, 4)
}

#[test]
fn unreachable_targets_give_the_right_reason() {
    let base = three();
    // Cap: C (88) has only the ranking lever: at most 5 points (cap 5).
    let a = seek(&base, "C", Target::Total(d("95")), vec![ranking()]);
    assert!(!a.reached);
    assert_eq!(
        a.unreachable,
        Some(Unreachable::Capped {
            caps: vec!["bonus.ranking".into()]
        })
    );
    assert_eq!((a.levers[0].steps, a.levers[0].max_steps), (5, 5));
    assert_eq!(a.after.total, d("93.00"));
    // The completion clamp: an indicator already at 120% has no step left.
    let clamped = parse(&scenario(vec![
        unit_scoring("A", 130),
        unit_scoring("B", 90),
    ]));
    let a = seek(
        &clamped,
        "A",
        Target::Total(d("120")),
        vec![Lever::indicator("ind.gdp")],
    );
    assert_eq!(
        a.unreachable,
        Some(Unreachable::Capped {
            caps: vec!["part.indicator".into()]
        })
    );
    assert_eq!(a.levers[0].max_steps, 0);

    // Quota: one excellent slot (3 units), held by A at 112 out of reach of
    // C (92 + at most 5).
    let quota = parse(&scenario(vec![
        unit_scoring("A", 150),
        unit_scoring("B", 99),
        unit_scoring("C", 95),
    ]));
    let a = seek(
        &quota,
        "C",
        Target::Grade(UnitGrade::Excellent),
        vec![ranking()],
    );
    assert_eq!(
        a.unreachable,
        Some(Unreachable::Quota {
            slots: 1,
            holders: vec!["A".into()]
        })
    );
    assert_eq!(
        serde_json::to_value(&a.unreachable).ok(),
        Some(json!({"reason": "quota", "slots": 1, "holders": ["A"]}))
    );
    // …but a national commendation makes it 优秀 outside the quota.
    let national = Lever::event("bonus.honour.commendation", Level::National, 4);
    let a = seek(
        &quota,
        "C",
        Target::Grade(UnitGrade::Excellent),
        vec![ranking(), national],
    );
    assert!(a.reached);
    assert_eq!(a.levers.iter().map(|l| l.steps).collect::<Vec<_>>(), [0, 1]);

    // Veto: a vetoed unit cannot reach 良好, whatever else.
    let vetoed = parse(&scenario(vec![
        unit_scoring("A", 100),
        set(
            unit_scoring("C", 90),
            "events",
            json!([ev("veto.safety", "city", 2)]),
        ),
    ]));
    let a = seek(
        &vetoed,
        "C",
        Target::Grade(UnitGrade::Good),
        vec![ranking()],
    );
    assert_eq!(
        a.unreachable,
        Some(Unreachable::Vetoed {
            kinds: vec!["veto.safety".into()]
        })
    );
    // (its total can still rise)
    assert!(seek(&vetoed, "C", Target::Total(d("90")), vec![ranking()]).reached);

    // The caller's step limit.
    let a = seek(
        &base,
        "C",
        Target::Total(d("92")),
        vec![ranking().with_max_steps(2)],
    );
    assert_eq!(
        a.unreachable,
        Some(Unreachable::MaxSteps { levers: vec![0] })
    );
    assert_eq!(a.levers[0].limit, Limit::MaxSteps);

    // Not ranked: an incomplete unit (no 360 score) has no rank.
    let incomplete = parse(&scenario(vec![
        unit_scoring("A", 100),
        set(unit_scoring("C", 90), "feedback", json!([])),
    ]));
    let a = seek(&incomplete, "C", Target::Rank(1), vec![ranking()]);
    assert_eq!(a.unreachable, Some(Unreachable::NotRanked));
    // No lever.
    let a = seek(&base, "C", Target::Total(d("89")), Vec::new());
    assert_eq!(a.unreachable, Some(Unreachable::NoLevers));
    // Levers that cannot be: a deduction kind, the same lever twice, an
    // indicator the unit does not have — errors naming the lever.
    let bad = [
        vec![Lever::event("deduction.criticism", Level::City, 4)],
        vec![ranking(), ranking()],
        vec![Lever::indicator("ind.energy")],
    ];
    for levers in bad {
        let req = GoalSeekRequest::new("C", Target::Total(d("90"))).with_levers(levers);
        let e = goal_seek(&base, &req)
            .err()
            .unwrap_or_else(|| panic!("an error"));
        assert!(e.field.starts_with("levers["), "{e}");
        assert_eq!(e.unit.as_deref(), Some("C"));
    }
}

#[test]
fn goal_seek_for_excellent_on_an_example_county_unit_needing_several_steps() {
    let s = example_county();
    let base = eval(&s);
    let t08 = base
        .units
        .iter()
        .find(|u| u.id == "t08")
        .unwrap_or_else(|| panic!("t08"));
    assert_eq!(t08.grade, Some(UnitGrade::Good));
    // Default levers: its 8 indicators and the quarterly city top-3 ranking.
    let req: GoalSeekRequest =
        serde_json::from_value(json!({"unit": "t08", "target": {"grade": "excellent"}}))
            .unwrap_or_else(|e| panic!("{e}"));
    let a = goal_seek(&s, &req).unwrap_or_else(|e| panic!("{e}"));
    assert!(a.reached);
    assert!(a.heuristic, "9 levers");
    assert_eq!(a.levers.len(), 9);
    let steps: u32 = a.levers.iter().map(|l| l.steps).sum();
    assert!(steps > 1, "needs more than one step: {steps}");
    assert_eq!(a.after.grade, Some(UnitGrade::Excellent));
    assert!(
        a.evaluations.unit < 400 && a.evaluations.full <= 3,
        "{:?}",
        a.evaluations
    );
    // One click: the answer as a what-if gives 优秀.
    let w = a
        .to_what_if(&s, "goal-t08", "t08 优秀")
        .unwrap_or_else(|e| panic!("{e}"));
    let after = eval(&w.apply(&s));
    let r = after
        .units
        .iter()
        .find(|u| u.id == "t08")
        .unwrap_or_else(|| panic!("t08"));
    assert_eq!(r.grade, Some(UnitGrade::Excellent));
    assert_eq!(Outcome::of(r), a.after);

    // With the ranking lever alone the answer is exact: 4 rankings (98.58 +
    // 4 = 102.58 passes t04 at 101.86, the last excellent slot); 3 do not.
    let one = seek(
        &s,
        "t08",
        Target::Grade(UnitGrade::Excellent),
        vec![ranking()],
    );
    assert!(!one.heuristic);
    assert_eq!(one.levers[0].steps, 4);
    assert_eq!(one.after.total, d("102.58"));
    let mut three = s.clone();
    for u in three.units.iter_mut().filter(|u| u.id == "t08") {
        let e = Edit::AddEvents {
            kind: "bonus.ranking.city_top3".into(),
            level: Level::City,
            quarter: 4,
            count: 3,
        };
        e.apply(u).unwrap_or_else(|e| panic!("{e}"));
    }
    let r3 = eval(&three);
    let g3 = r3
        .units
        .iter()
        .find(|u| u.id == "t08")
        .and_then(|u| u.grade);
    assert_eq!(g3, Some(UnitGrade::Good));
}

#[test]
fn rank_targets_use_the_displayed_rank_and_ties_count() {
    // B and C tie at 95.20 (displayed rank 2, 并列); A has 96.00.
    let s = parse(&scenario(vec![
        unit_scoring("A", 100),
        unit_scoring("B", 99),
        unit_scoring("C", 99),
    ]));
    let a = seek(&s, "C", Target::Rank(2), vec![Lever::indicator("ind.gdp")]);
    assert!(a.reached);
    assert_eq!(
        (a.cost, a.before.rank, a.before.position),
        (Decimal::ZERO, Some(2), Some(3))
    );
    // One step of ind.gdp (1% of 100: 0.8 points) ties C with A at 96.00:
    // displayed rank 1, though A stays ahead in the order (A < C).
    let a = seek(&s, "C", Target::Rank(1), vec![Lever::indicator("ind.gdp")]);
    assert_eq!(a.levers[0].steps, 1);
    assert_eq!(
        (a.after.total, a.after.rank, a.after.position, a.after.tied),
        (d("96.00"), Some(1), Some(2), true)
    );
}

#[test]
fn goal_seek_json_shapes() {
    let s = three();
    let req: GoalSeekRequest = serde_json::from_value(json!({
        "unit": "C", "target": {"total": "90"},
        "levers": [
            {"on": {"indicator": "ind.gdp"}, "cost": "2"},
            {"on": {"event": {"kind": "bonus.ranking.city_top3"}}}
        ]
    }))
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(req.quarter, 4);
    let a = goal_seek(&s, &req).unwrap_or_else(|e| panic!("{e}"));
    // C at 88: 2 rankings (cost 2) or 3 steps of ind.gdp (0.8 each, cost 6).
    let v = serde_json::to_value(&a).unwrap_or(Value::Null);
    assert_eq!(v["reached"], json!(true));
    assert_eq!(v["heuristic"], json!(false));
    assert_eq!(v["cost"], json!("2"));
    assert_eq!(
        v["levers"][1],
        json!({
            "lever": {"on": {"event": {"kind": "bonus.ranking.city_top3", "level": "city", "quarter": 4}},
                      "cost": "1"},
            "steps": 2, "max_steps": 5, "limit": "cap", "rule": "bonus.ranking", "cost": "2",
            "edit": {"add_events": {"kind": "bonus.ranking.city_top3", "level": "city",
                                     "quarter": 4, "count": 2}}
        })
    );
    assert_eq!(
        v["levers"][0],
        json!({
            "lever": {"on": {"indicator": "ind.gdp"}, "cost": "2"},
            "steps": 0, "max_steps": 30, "limit": "clamp", "rule": "part.indicator", "cost": "0"
        })
    );
    assert_eq!(
        v["before"],
        json!({"total": "88.00", "position": 3, "rank": 3, "tied": false, "grade": "good"})
    );
    assert_eq!(v["after"]["total"], json!("90.00"));
    // Round trip.
    let back: kaohe::engine::whatif::GoalSeekAnswer =
        serde_json::from_value(v).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, a);
    // The WhatIf format of Scenario version 1 is unchanged.
    let w = a
        .to_what_if(&s, "w1", "C 90")
        .unwrap_or_else(|e| panic!("{e}"));
    let wv = serde_json::to_value(&w).unwrap_or(Value::Null);
    let keys: Vec<&String> = wv
        .as_object()
        .map(|o| o.keys().collect())
        .unwrap_or_default();
    assert_eq!(
        keys,
        ["id", "linkage", "name", "removed_units", "rules", "units"]
    );
}
