#![cfg(not(target_arch = "wasm32"))]
//! Properties of the engine (issue 3, "Tests"): bonus never lowers and a
//! deduction never raises a total; linkage is exactly multiplier × points;
//! no cap is exceeded; every trace sums exactly; the order is a permutation
//! of the ranked units, independent of input order; excellent units never
//! exceed the quota (national commendations aside); nothing panics, even on
//! random or mutated JSON.

mod util;

use std::collections::BTreeMap;

use kaohe::engine::{evaluate, Evaluation, Scenario};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use util::{dec, scenario, set};

const KINDS: [&str; 13] = [
    "bonus.honour.commendation",
    "bonus.honour.praise",
    "bonus.honour.title",
    "bonus.ranking.city_top3",
    "bonus.experience.promoted",
    "bonus.experience.meeting",
    "deduction.city_bottom3",
    "deduction.criticism",
    "veto.safety",
    "veto.stability",
    "veto.integrity",
    "veto.environment",
    "incident.public_opinion",
];
const LEVELS: [&str; 3] = ["national", "provincial", "city"];

/// (kind, level, quarter, count, doc)
type Ev = (usize, usize, i64, i64, Option<u8>);

fn event_json(e: &Ev) -> Value {
    let mut v = json!({"kind": KINDS[e.0], "level": LEVELS[e.1], "quarter": e.2, "count": e.3});
    if let Some(d) = e.4 {
        v["doc_no"] = json!(format!("D{d}"));
        v["count"] = json!(1);
    }
    v
}

fn ev_strategy() -> impl Strategy<Value = Ev> {
    (
        0..KINDS.len(),
        0..3usize,
        1..=4i64,
        0..4i64,
        proptest::option::of(0..3u8),
    )
}

/// Compact unit parameters.
#[derive(Clone, Debug)]
struct U {
    actual: i64,
    target: i64,
    lower_actual: i64,
    fb: Vec<i64>,
    events: Vec<Ev>,
    votes: [i64; 5],
    last_rank: Option<i64>,
    staff: i64,
    town: bool,
}

fn unit_strategy() -> impl Strategy<Value = U> {
    (
        (-20..160i64, 1..200i64, -5..30i64),
        proptest::collection::vec(0..=100i64, 0..=5),
        proptest::collection::vec(ev_strategy(), 0..8),
        proptest::array::uniform5(0..15i64),
        (proptest::option::of(1..12i64), 0..60i64, any::<bool>()),
    )
        .prop_map(
            |((actual, target, lower_actual), fb, events, votes, (last_rank, staff, town))| U {
                actual,
                target,
                lower_actual,
                fb,
                events,
                votes,
                last_rank,
                staff,
                town,
            },
        )
}

fn unit_json(id: &str, u: &U) -> Value {
    let groups = [
        "fb.supervisor",
        "fb.departments",
        "fb.office",
        "fb.staff",
        "fb.service",
    ];
    let q: Vec<Value> = (1..=4)
        .map(|q| json!({"quarter": q, "target": u.target * q, "actual": u.actual * q}))
        .collect();
    let votes: BTreeMap<&str, i64> = [
        "vote.good",
        "vote.fairly_good",
        "vote.average",
        "vote.poor",
        "vote.unknown",
    ]
    .into_iter()
    .zip(u.votes)
    .collect();
    let mut v = json!({
        "id": id, "kind": if u.town { "town" } else { "department" },
        "group": if u.town { "group.town" } else { "group.department" }, "staff": u.staff,
        "indicators": [
            {"indicator": "ind.gdp", "weight": 50, "target": u.target, "actual": u.actual, "quarters": q},
            {"indicator": "ind.complaints", "weight": 30, "target": 10, "actual": u.lower_actual}
        ],
        "feedback": groups.iter().zip(&u.fb).map(|(g, s)| json!({"group": g, "score": s})).collect::<Vec<_>>(),
        "events": u.events.iter().map(event_json).collect::<Vec<_>>(),
        "votes": votes,
    });
    if let Some(r) = u.last_rank {
        v["last_year"] = json!({"rank": r});
    }
    v
}

/// A random county: units, linkage (points in hundredths, lead, responsible)
/// and one head per unit plus a county leader.
fn county() -> impl Strategy<Value = Value> {
    (
        proptest::collection::vec(unit_strategy(), 1..9),
        proptest::collection::vec((-300..300i64, 0..9usize, 0..9usize), 0..4),
    )
        .prop_map(|(units, links)| {
            let n = units.len();
            let ids: Vec<String> = (0..n).map(|i| format!("u{i}")).collect();
            let mut s = scenario(units.iter().zip(&ids).map(|(u, id)| unit_json(id, u)).collect());
            s["linkage"] = Value::Array(
                links
                    .iter()
                    .map(|(p, l, r)| json!({"indicator": "x", "points": Decimal::new(*p, 2).to_string(), "lead": ids[l % n], "responsible": [ids[r % n]]}))
                    .collect(),
            );
            let mut cadres: Vec<Value> = ids.iter().map(|id| json!({"id": format!("h-{id}"), "role": "unit_head", "units": [id]})).collect();
            cadres.push(json!({"id": "leader", "role": "county_leader", "units": ids}));
            s["cadres"] = Value::Array(cadres);
            s
        })
}

fn eval(s: &Value) -> Result<Evaluation, kaohe::engine::EngineError> {
    let scenario: Scenario =
        serde_json::from_value(s.clone()).unwrap_or_else(|e| panic!("generated scenario: {e}"));
    evaluate(&scenario)
}

/// Generated counties are always valid: evaluating them must succeed.
fn valid(s: &Value) -> Evaluation {
    eval(s).unwrap_or_else(|e| panic!("generated county rejected: {e}"))
}

fn total_of(e: &Evaluation, id: &str) -> Decimal {
    e.units
        .iter()
        .find(|u| u.id == id)
        .map(|u| u.total)
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn bonus_never_lowers_and_deduction_never_raises(s in county(), which in 0..8usize, kind in 0..8usize, level in 0..3usize, q in 1..=4i64) {
        let base = valid(&s);
        let n = s["units"].as_array().map_or(0, |a| a.len());
        let id = format!("u{}", which % n);
        let mut more = s.clone();
        if let Some(evs) = more["units"][which % n]["events"].as_array_mut() {
            evs.push(event_json(&(kind, level, q, 1, None)));
        }
        let after = eval(&more).unwrap_or_else(|e| panic!("{e}"));
        let (before, now) = (total_of(&base, &id), total_of(&after, &id));
        if kind < 6 { prop_assert!(now >= before, "bonus lowered {before} -> {now}"); }
        else { prop_assert!(now <= before, "deduction raised {before} -> {now}"); }
    }

    #[test]
    fn linkage_is_multiplier_times_points(s in county()) {
        let e = valid(&s);
        for u in &e.units {
            let mut expect = Decimal::ZERO;
            for l in s["linkage"].as_array().into_iter().flatten() {
                let named = l["lead"] == u.id.as_str() || l["responsible"].as_array().into_iter().flatten().any(|r| r == u.id.as_str());
                if named { expect += Decimal::TWO * dec(&l["points"]); }
            }
            prop_assert_eq!(u.linkage, expect);
        }
    }

    #[test]
    fn caps_hold_and_traces_sum_exactly(s in county()) {
        let e = valid(&s);
        let ten = Decimal::TEN;
        for u in &e.units {
            prop_assert!(u.bonus <= ten);
            for c in &u.bonus_categories { prop_assert!(c.capped <= Decimal::from(5) && c.capped <= c.raw); }
            for q in &u.quarters { prop_assert!(q.bonus <= ten); }
            let sum: Decimal = u.trace.iter().map(|l| l.points).sum();
            prop_assert_eq!(sum, u.total, "unit {}", u.id);
        }
        for c in &e.cadres {
            if let Some(v) = c.individual {
                let sum: Decimal = c.trace.iter().map(|l| l.points).sum();
                prop_assert_eq!(sum, v, "cadre {}", c.id);
            }
        }
    }

    #[test]
    fn order_is_a_permutation_independent_of_input_order(s in county(), seed in any::<u64>()) {
        let e = valid(&s);
        for g in &e.groups {
            let mut ranked: Vec<&str> = e.units.iter().filter(|u| u.group == g.group && u.complete).map(|u| u.id.as_str()).collect();
            let mut order: Vec<&str> = g.order.iter().map(|o| o.as_str()).collect();
            ranked.sort_unstable();
            order.sort_unstable();
            prop_assert_eq!(ranked, order);
        }
        let mut shuffled = s.clone();
        if let Some(a) = shuffled["units"].as_array_mut() {
            let n = a.len();
            let mut x = seed;
            for i in (1..n).rev() {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                a.swap(i, (x >> 33) as usize % (i + 1));
            }
        }
        let f = eval(&shuffled).unwrap_or_else(|err| panic!("{err}"));
        prop_assert_eq!(&e.groups, &f.groups);
        for u in &e.units {
            let v = f.units.iter().find(|v| v.id == u.id);
            prop_assert_eq!(Some(u), v);
        }
    }

    #[test]
    fn excellent_units_never_exceed_the_quota(s in county()) {
        let e = valid(&s);
        for g in &e.groups {
            let national = |id: &str| s["units"].as_array().into_iter().flatten().any(|u| u["id"] == id
                && u["events"].as_array().into_iter().flatten().any(|ev| ev["kind"] == KINDS[0] && ev["level"] == "national" && ev["count"] != 0));
            let excellent = e.units.iter()
                .filter(|u| u.group == g.group && u.grade == Some(kaohe::engine::types::UnitGrade::Excellent) && !national(&u.id))
                .count();
            prop_assert!(excellent as u32 <= g.excellent_slots);
        }
    }

    #[test]
    fn random_json_never_panics(v in json_value(4)) {
        if let Ok(s) = serde_json::from_value::<Scenario>(v) { let _ = evaluate(&s); }
    }

    #[test]
    fn mutated_scenarios_never_panic(s in county(), path in proptest::collection::vec(any::<usize>(), 1..6), leaf in json_value(2)) {
        let mut s = s;
        mutate(&mut s, &path, leaf);
        if let Ok(sc) = serde_json::from_value::<Scenario>(s) { let _ = evaluate(&sc); }
    }
}

/// Replaces the value reached by following `path` (indices into arrays and
/// objects' values) with `leaf`.
fn mutate(v: &mut Value, path: &[usize], leaf: Value) {
    let Some((&k, rest)) = path.split_first() else {
        *v = leaf;
        return;
    };
    let child = match v {
        Value::Array(a) if !a.is_empty() => {
            let n = a.len();
            a.get_mut(k % n)
        }
        Value::Object(o) if !o.is_empty() => {
            let n = o.len();
            o.values_mut().nth(k % n)
        }
        _ => None,
    };
    match child {
        Some(c) => mutate(c, rest, leaf),
        None => *v = leaf,
    }
}

const WORDS: [&str; 24] = [
    "format_version",
    "rules",
    "builtin",
    "custom",
    "id",
    "version",
    "year",
    "units",
    "kind",
    "group",
    "indicators",
    "indicator",
    "weight",
    "target",
    "actual",
    "events",
    "quarter",
    "count",
    "feedback",
    "score",
    "linkage",
    "lead",
    "cadres",
    "units",
];
const VALUES: [&str; 12] = [
    "1",
    "town",
    "department",
    "group.town",
    "ind.gdp",
    "fb.staff",
    "unit_head",
    "-1",
    "0",
    "1e30",
    "79228162514264337593543950335",
    "",
];

/// Random JSON-ish values using the scenario's vocabulary.
fn json_value(depth: u32) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        any::<i64>().prop_map(|n| json!(n)),
        (0..VALUES.len()).prop_map(|i| json!(VALUES[i])),
        any::<bool>().prop_map(|b| json!(b)),
        Just(Value::Null),
        (-1000i64..1000, 0u32..30).prop_map(|(m, s)| json!(Decimal::new(m, s.min(28)).to_string())),
    ];
    leaf.prop_recursive(depth, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec(((0..WORDS.len()), inner), 0..8).prop_map(
                |kv| Value::Object(
                    kv.into_iter()
                        .map(|(k, v)| (WORDS[k].to_string(), v))
                        .collect()
                )
            ),
        ]
    })
}

#[test]
fn a_deep_valid_base_also_survives_mutation() {
    // A fixed smoke case of the mutation helper on a real scenario.
    let mut s = scenario(vec![set(util::unit("A"), "staff", json!(3))]);
    mutate(&mut s, &[3, 0, 5], json!("79228162514264337593543950335"));
    if let Ok(sc) = serde_json::from_value::<Scenario>(s) {
        let _ = evaluate(&sc);
    }
}
