#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the tolerance engine: the verdict with unknowns
//! against brute force over every completion, "which questions matter"
//! against brute force, no panic on any JSON, and the timeline's due dates.

use std::collections::{BTreeMap, BTreeSet};

use kaohe::engine::tolerance::*;
use proptest::prelude::*;
use serde_json::{json, Value};

/// The verdict of complete answers, written straight from domain 4.9.
fn reference(rules: &ToleranceRules, yes: &BTreeSet<String>) -> Verdict {
    let is_yes = |i: &Item| yes.contains(&i.id);
    if rules.negative.iter().any(is_yes) {
        return Verdict::NotTolerable;
    }
    let met = rules.conditions.iter().filter(|i| is_yes(i)).count();
    let situation = rules.positive.iter().any(is_yes);
    let k = rules.threshold.min_conditions as usize;
    if situation && met == rules.conditions.len() {
        Verdict::Tolerable
    } else if situation && met >= k {
        Verdict::Lighter
    } else {
        Verdict::NotTolerable
    }
}

fn items(prefix: &str, n: usize) -> Vec<Item> {
    (0..n)
        .map(|i| Item {
            id: format!("{prefix}{i}"),
            zh: format!("事项{prefix}{i}"),
            en: format!("item {prefix}{i}"),
            citation: "test".into(),
        })
        .collect()
}

/// Small random checklists (no distinctions: they do not affect verdicts).
fn arb_rules() -> impl Strategy<Value = ToleranceRules> {
    (0usize..=4, 0usize..=6, 0usize..=4, 0u32..=7).prop_map(|(n, c, p, k)| {
        let mut r = ToleranceRules::builtin();
        r.distinctions.clear();
        r.negative = items("n", n);
        r.conditions = items("c", c);
        r.positive = items("p", p);
        r.threshold.min_conditions = k;
        r
    })
}

/// Rules with answers: 0 yes, 1 no, 2 "unknown", 3 absent; at most 10
/// unknowns (later ones become "no").
fn arb_rules_and_answers() -> impl Strategy<Value = (ToleranceRules, Vec<u8>)> {
    let builtin = Just(ToleranceRules::builtin()).boxed();
    prop_oneof![arb_rules().boxed(), builtin]
        .prop_flat_map(|r| {
            let n = r.questions().count();
            (Just(r), proptest::collection::vec(0u8..4, n))
        })
        .prop_map(|(r, mut codes)| {
            let mut unknown = 0;
            for c in codes.iter_mut() {
                if *c >= 2 {
                    unknown += 1;
                    if unknown > 10 {
                        *c = 1;
                    }
                }
            }
            (r, codes)
        })
}

fn case_from(rules: &ToleranceRules, codes: &[u8]) -> ToleranceCase {
    let mut answers = BTreeMap::new();
    for ((_, item), &c) in rules.questions().zip(codes) {
        match c {
            0 => answers.insert(item.id.clone(), Answer::Yes),
            1 => answers.insert(item.id.clone(), Answer::No),
            2 => answers.insert(item.id.clone(), Answer::Unknown),
            _ => None,
        };
    }
    ToleranceCase {
        answers,
        ..Default::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// 待核实 exactly when two completions give different labels; otherwise
    /// the one label; the named questions are exactly those that matter:
    /// some completion of the others where yes and no give different labels.
    #[test]
    fn verdict_and_named_questions_match_brute_force((rules, codes) in arb_rules_and_answers()) {
        let case = case_from(&rules, &codes);
        let result = check(&rules, &case).unwrap();
        let qs: Vec<String> = rules.questions().map(|(_, i)| i.id.clone()).collect();
        let known_yes: BTreeSet<String> =
            qs.iter().zip(&codes).filter(|(_, &c)| c == 0).map(|(q, _)| q.clone()).collect();
        let unknown: Vec<&String> = qs.iter().zip(&codes).filter(|(_, &c)| c >= 2).map(|(q, _)| q).collect();
        let verdict_of = |mask: u32| {
            let mut yes = known_yes.clone();
            for (b, q) in unknown.iter().enumerate() {
                if mask & (1 << b) != 0 {
                    yes.insert((*q).clone());
                }
            }
            reference(&rules, &yes)
        };
        let all = 1u32 << unknown.len();
        let labels: BTreeSet<Verdict> = (0..all).map(verdict_of).collect();
        let matters: Vec<String> = unknown
            .iter()
            .enumerate()
            .filter(|&(b, _)| (0..all).any(|m| m & (1 << b) == 0 && verdict_of(m) != verdict_of(m | (1 << b))))
            .map(|(_, q)| (*q).clone())
            .collect();

        prop_assert_eq!(result.verdict == Verdict::ToVerify, labels.len() > 1);
        if labels.len() == 1 {
            prop_assert_eq!(Some(&result.verdict), labels.iter().next());
            prop_assert!(matters.is_empty(), "no question matters when the label is settled");
        }
        prop_assert_eq!(&result.to_verify, &matters);
        let unknown_ids: Vec<String> = unknown.iter().map(|q| (*q).clone()).collect();
        prop_assert_eq!(&result.summary.unknown, &unknown_ids);
        // Every item a reason names is a question of the rules.
        for r in &result.reasons {
            for id in &r.items {
                prop_assert!(qs.contains(id));
            }
        }
    }
}

const FIELDS: &[&str] = &[
    "id",
    "cadre",
    "unit",
    "description",
    "application_date",
    "answers",
    "extensions",
    "kind",
    "clearance",
    "method",
    "date",
    "issued_by",
    "finding",
    "rules",
    "negative",
    "conditions",
    "positive",
    "distinctions",
    "threshold",
    "min_conditions",
    "steps",
    "limit_days",
    "extension_days",
    "calendar",
    "holidays",
    "makeup_workdays",
    "clearance_methods",
    "zh",
    "en",
    "citation",
    "fraud",
    "first_trial",
    "verify",
    "accept",
    "letter",
];
const WORDS: &[&str] = &[
    "yes",
    "no",
    "unknown",
    "tolerance",
    "clearance",
    "letter",
    "verify",
    "accept",
    "fraud",
    "first_trial",
    "2024-10-01",
    "2024-09-29",
    "2024-02-30",
    "9999-12-31",
    "",
    "容错",
];

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        (0u32..40).prop_map(|n| json!(n)),
        proptest::sample::select(WORDS).prop_map(|s| json!(s)),
        "\\PC{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        let key = prop_oneof![
            proptest::sample::select(FIELDS).prop_map(String::from),
            "\\PC{0,6}"
        ];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(key, inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    /// Any JSON: the JSON API answers with JSON carrying "ok", and every
    /// public function on whatever deserializes returns without panicking.
    #[test]
    fn random_json_never_panics(v in arb_json(), text in "\\PC{0,40}") {
        for input in [v.to_string(), text] {
            let out: Value = serde_json::from_str(&check_tolerance_json(&input)).unwrap();
            prop_assert!(out["ok"].is_boolean());
        }
        let rules = serde_json::from_value::<ToleranceRules>(v.clone()).unwrap_or_default();
        let _ = rules.validate();
        if let Ok(case) = serde_json::from_value::<ToleranceCase>(v.clone()) {
            for r in [&rules, &ToleranceRules::builtin()] {
                let _ = check(r, &case);
                let _ = evaluate_case(r, &case);
                let _ = case_timeline(r, &case);
                let _ = clearance_record(r, &case);
            }
        }
        if let Some(inner) = v.get("rules") {
            let _ = serde_json::from_value::<ToleranceRules>(inner.clone());
        }
    }
}

/// Start date, holiday offsets, make-up offsets, steps (limit, extension, used).
type CalendarCase = (CivilDate, Vec<i64>, Vec<i64>, Vec<(u32, u32, bool)>);

fn arb_calendar_case() -> impl Strategy<Value = CalendarCase> {
    (
        7305i64..47_482, // 1990-01-01 .. 2100-01-01
        proptest::collection::vec(0i64..240, 0..80),
        proptest::collection::vec(0i64..240, 0..30),
        proptest::collection::vec((1u32..=30, 0u32..=15, any::<bool>()), 1..7),
    )
        .prop_map(|(start, h, m, steps)| (CivilDate::from_day_number(start).unwrap(), h, m, steps))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Due dates strictly increase, each is a working day (a make-up day,
    /// or Monday–Friday and no holiday, by a weekday counted independently
    /// from Monday 2024-01-01), and exactly the step's working days lie in
    /// (from, due].
    #[test]
    fn timeline_is_monotone_and_lands_on_working_days((start, h, m, steps) in arb_calendar_case()) {
        let day = |o: i64| start.add_days(o).unwrap();
        let holidays: BTreeSet<CivilDate> = h.iter().map(|&o| day(o)).collect();
        let monday = CivilDate::parse("2024-01-01").unwrap().day_number();
        let weekend = |d: CivilDate| (d.day_number() - monday).rem_euclid(7) >= 5;
        let makeup: BTreeSet<CivilDate> =
            m.iter().map(|&o| day(o)).filter(|d| weekend(*d) && !holidays.contains(d)).collect();
        let working = |d: CivilDate| makeup.contains(&d) || (!weekend(d) && !holidays.contains(&d));

        let mut rules = ToleranceRules::builtin();
        rules.calendar.holidays = holidays.iter().map(|d| d.to_string()).collect();
        rules.calendar.makeup_workdays = makeup.iter().map(|d| d.to_string()).collect();
        rules.steps = steps
            .iter()
            .enumerate()
            .map(|(i, &(limit, ext, _))| Step { id: format!("s{i}"), limit_days: limit, extension_days: ext, ..Default::default() })
            .collect();
        let extensions: Vec<String> = steps
            .iter()
            .enumerate()
            .filter(|(_, &(_, ext, used))| used && ext > 0)
            .map(|(i, _)| format!("s{i}"))
            .collect();
        let t = timeline(&rules, start, &extensions).unwrap();
        let mut prev = start;
        for (s, &(limit, ext, used)) in t.steps.iter().zip(&steps) {
            prop_assert_eq!(s.from, prev);
            prop_assert!(s.due > s.from);
            prop_assert!(working(s.due), "{} is not a working day", s.due);
            let want = limit + if used && ext > 0 { ext } else { 0 };
            prop_assert_eq!(s.working_days, want);
            let counted = (1..=s.due.day_number() - s.from.day_number())
                .filter(|&o| working(s.from.add_days(o).unwrap()))
                .count();
            prop_assert_eq!(counted, want as usize);
            prev = s.due;
        }
    }

    /// Dates round-trip through text and day numbers; weekdays advance.
    #[test]
    fn dates_round_trip(n in -719_162i64..=2_932_896) {
        let d = CivilDate::from_day_number(n).unwrap();
        prop_assert_eq!(CivilDate::parse(&d.to_string()), Ok(d));
        let (y, m, dd) = d.ymd();
        prop_assert_eq!(CivilDate::new(y, m, dd), Ok(d));
        if let Ok(next) = d.add_days(1) {
            prop_assert_eq!(next.iso_weekday() % 7, (d.iso_weekday() + 1) % 7);
            prop_assert!(next > d);
        }
    }
}
