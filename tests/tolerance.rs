#![cfg(not(target_arch = "wasm32"))]
//! Fault tolerance (domain.md 4.9): verdicts through one table helper, the
//! rules as data, the procedure timeline, clearing names and the JSON API.

use kaohe::engine::tolerance::*;
use serde_json::{json, Value};

type Answers = Vec<(&'static str, &'static str)>;
/// A table row: name, answers, expected verdict, expected reasons.
type Row = (
    &'static str,
    Answers,
    Verdict,
    Vec<(ReasonCode, &'static [&'static str])>,
);

const NEGATIVE: [&str; 11] = [
    "knowingly_violating",
    "defying_ban",
    "private_gain",
    "malicious_collusion",
    "major_safety_accident",
    "environmental_pollution",
    "food_safety_incident",
    "mass_incident",
    "repeat_offence",
    "fraud",
    "eight_point_rules",
];
const CONDITIONS: [&str; 5] = [
    "no_private_gain",
    "proper_procedure",
    "not_prohibited",
    "diligent_no_intent",
    "losses_remedied",
];
const POSITIVE: [&str; 6] = [
    "first_trial",
    "unrestricted_experiment",
    "unintentional_slip",
    "executing_decisions",
    "emergency_task",
    "force_majeure",
];

/// Every negative item no, every condition yes, one situation (first_trial)
/// yes and the other situations no; then `changes` override (an answer of
/// "unknown" makes the question unknown, "-" removes it).
fn qualifying(changes: &[(&'static str, &'static str)]) -> Answers {
    let mut a: Answers = NEGATIVE.iter().map(|&id| (id, "no")).collect();
    a.extend(CONDITIONS.iter().map(|&id| (id, "yes")));
    a.extend(
        POSITIVE
            .iter()
            .map(|&id| (id, if id == "first_trial" { "yes" } else { "no" })),
    );
    for &(id, ans) in changes {
        a.retain(|&(i, _)| i != id);
        if ans != "-" {
            a.push((id, ans));
        }
    }
    a
}

fn case_of(answers: &[(&str, &str)]) -> ToleranceCase {
    let answers: serde_json::Map<String, Value> = answers
        .iter()
        .map(|&(id, a)| (id.to_string(), json!(a)))
        .collect();
    serde_json::from_value(json!({ "id": "c1", "answers": answers })).expect("case JSON")
}

/// The one helper: answers (built-in rules) → the verdict and its reasons,
/// each with the items it names; for 待核实 also `to_verify`.
fn expect(
    name: &str,
    answers: &[(&str, &str)],
    verdict: Verdict,
    reasons: &[(ReasonCode, &[&str])],
) {
    let r = check(&ToleranceRules::builtin(), &case_of(answers)).expect(name);
    let got: Vec<(ReasonCode, Vec<&str>)> = r
        .reasons
        .iter()
        .map(|x| (x.code, x.items.iter().map(String::as_str).collect()))
        .collect();
    let want: Vec<(ReasonCode, Vec<&str>)> =
        reasons.iter().map(|(c, i)| (*c, i.to_vec())).collect();
    assert_eq!((r.verdict, &got), (verdict, &want), "{name}");
    let named: Vec<&str> = r.to_verify.iter().map(String::as_str).collect();
    match verdict {
        Verdict::ToVerify => assert_eq!(named, want[0].1, "{name}: to_verify"),
        _ => assert!(named.is_empty(), "{name}: to_verify should be empty"),
    }
    assert_eq!(r.label.key, verdict.key(), "{name}");
    assert_eq!(r.advisory.key, "advisory", "{name}");
    for x in &r.reasons {
        assert!(!x.zh.is_empty() && !x.en.is_empty(), "{name}: reason text");
    }
}

/// Short names for the table.
const FRAUD: (&str, &str) = ("fraud", "yes");
const NO_SITUATION: (&str, &str) = ("first_trial", "no");
/// Three conditions no: 2 of 5 left.
const THREE_NO: [(&str, &str); 3] = [
    ("no_private_gain", "no"),
    ("not_prohibited", "no"),
    ("losses_remedied", "no"),
];
const THREE_NO_IDS: &[&str] = &["no_private_gain", "not_prohibited", "losses_remedied"];
const THREE_YES_IDS: &[&str] = &["no_private_gain", "proper_procedure", "diligent_no_intent"];

#[rustfmt::skip]
fn verdict_rows() -> Vec<Row> {
    use ReasonCode::*;
    use Verdict::*;
    let q = |changes: &[(&'static str, &'static str)]| qualifying(changes);
    let [n1, n2, n3] = THREE_NO;
    vec![
        ("everything qualifies → 可以容错",
            q(&[]), Tolerable, vec![(AllConditions, &CONDITIONS), (PositiveSituations, &["first_trial"])]),
        ("a negative item vetoes although everything else qualifies",
            q(&[FRAUD]), NotTolerable, vec![(NegativeItems, &["fraud"])]),
        ("two vetoes are both named, in rules order",
            q(&[("eight_point_rules", "yes"), ("private_gain", "yes")]), NotTolerable,
            vec![(NegativeItems, &["private_gain", "eight_point_rules"])]),
        ("one unknown condition decides (可以容错 or 可从轻) → 待核实 naming it",
            q(&[("losses_remedied", "unknown")]), ToVerify, vec![(UnknownMatters, &["losses_remedied"])]),
        ("a missing answer is unknown too",
            q(&[("losses_remedied", "-")]), ToVerify, vec![(UnknownMatters, &["losses_remedied"])]),
        ("unknowns beside a veto cannot change it → no 待核实",
            q(&[FRAUD, ("losses_remedied", "unknown"), ("first_trial", "unknown")]), NotTolerable,
            vec![(NegativeItems, &["fraud"])]),
        ("all conditions but no positive situation → 不予容错",
            q(&[NO_SITUATION]), NotTolerable, vec![(NoPositiveSituation, &POSITIVE)]),
        ("3 of 5 conditions with a situation → 可从轻或减轻",
            q(&[("not_prohibited", "no"), ("losses_remedied", "no")]), Lighter,
            vec![(EnoughConditions, THREE_YES_IDS), (ConditionsNotMet, &["not_prohibited", "losses_remedied"]),
                 (PositiveSituations, &["first_trial"])]),
        ("4 of 5 conditions → 可从轻或减轻, every yes situation named",
            q(&[("proper_procedure", "no"), ("emergency_task", "yes")]), Lighter,
            vec![(EnoughConditions, &["no_private_gain", "not_prohibited", "diligent_no_intent", "losses_remedied"]),
                 (ConditionsNotMet, &["proper_procedure"]), (PositiveSituations, &["first_trial", "emergency_task"])]),
        ("2 of 5 conditions → 不予容错, too few",
            q(&THREE_NO), NotTolerable, vec![(TooFewConditions, THREE_NO_IDS)]),
        ("too few conditions and no situation → both reasons",
            q(&[n1, n2, n3, NO_SITUATION]), NotTolerable,
            vec![(NoPositiveSituation, &POSITIVE), (TooFewConditions, THREE_NO_IDS)]),
        ("an unknown negative item decides → 待核实 naming it",
            q(&[("mass_incident", "unknown")]), ToVerify, vec![(UnknownMatters, &["mass_incident"])]),
        ("an unknown situation beside a yes one does not matter",
            q(&[("force_majeure", "unknown")]), Tolerable,
            vec![(AllConditions, &CONDITIONS), (PositiveSituations, &["first_trial"])]),
        ("the only possible situation unknown → 待核实 naming it",
            q(&[("first_trial", "unknown")]), ToVerify, vec![(UnknownMatters, &["first_trial"])]),
        ("unknown situations and negatives cannot help too few conditions",
            q(&[n1, n2, n3, ("first_trial", "unknown"), ("emergency_task", "unknown"), ("fraud", "unknown")]),
            NotTolerable, vec![(TooFewConditions, THREE_NO_IDS)]),
        ("an unknown condition inside the lighter band does not matter",
            q(&[("not_prohibited", "no"), ("losses_remedied", "unknown")]), Lighter,
            vec![(EnoughConditions, THREE_YES_IDS), (ConditionsNotMet, &["not_prohibited"]),
                 (PositiveSituations, &["first_trial"])]),
        ("unknown conditions at the threshold matter, an unknown situation beside a yes one not",
            q(&[("no_private_gain", "no"), ("not_prohibited", "unknown"), ("losses_remedied", "unknown"),
                ("emergency_task", "unknown")]),
            ToVerify, vec![(UnknownMatters, &["not_prohibited", "losses_remedied"])]),
        ("an unknown negative item beside a settled 不予容错 does not matter",
            q(&[NO_SITUATION, ("repeat_offence", "unknown")]), NotTolerable,
            vec![(NoPositiveSituation, &POSITIVE)]),
    ]
}

#[test]
fn verdict_table() {
    for (name, answers, verdict, reasons) in verdict_rows() {
        expect(name, &answers, verdict, &reasons);
    }
}

#[test]
fn empty_case_names_every_question() {
    let every: Vec<&str> = NEGATIVE
        .iter()
        .chain(&CONDITIONS)
        .chain(&POSITIVE)
        .copied()
        .collect();
    expect(
        "no answers at all",
        &[],
        Verdict::ToVerify,
        &[(ReasonCode::UnknownMatters, &every)],
    );
}

#[test]
fn booleans_and_null_are_answers() {
    let c: ToleranceCase = serde_json::from_value(json!({
        "answers": {"fraud": true, "first_trial": false, "force_majeure": null, "no_private_gain": "yes"}
    }))
    .unwrap();
    assert_eq!(c.answer("fraud"), Answer::Yes);
    assert_eq!(c.answer("first_trial"), Answer::No);
    assert_eq!(c.answer("force_majeure"), Answer::Unknown);
    assert_eq!(c.answer("no_private_gain"), Answer::Yes);
    assert!(
        serde_json::from_value::<ToleranceCase>(json!({"answers": {"fraud": "maybe"}})).is_err()
    );
}

#[test]
fn an_answer_naming_no_item_is_a_typed_error() {
    let err = check(
        &ToleranceRules::builtin(),
        &case_of(&[("fraud", "no"), ("frad", "yes")]),
    );
    assert_eq!(err, Err(ToleranceError::UnknownItem { id: "frad".into() }));
    // Distinctions, steps and methods are not questions.
    let err = check(&ToleranceRules::builtin(), &case_of(&[("verify", "yes")]));
    assert_eq!(
        err,
        Err(ToleranceError::UnknownItem {
            id: "verify".into()
        })
    );
}

#[test]
fn results_say_they_are_advice_and_what_tolerance_changes() {
    let rules = ToleranceRules::builtin();
    let r = check(&rules, &case_of(&qualifying(&[]))).unwrap();
    assert!(r.advisory.zh.contains("建议") && r.advisory.en.contains("advice"));
    assert_eq!(r.effect.key, "effect_exempt");
    assert!(
        r.effect.zh.contains("年度考核等次")
            && r.effect.zh.contains("选拔任用")
            && r.effect.zh.contains("评优评先")
    );
    assert!(
        r.effect.en.contains("grade")
            && r.effect.en.contains("promotion")
            && r.effect.en.contains("awards")
    );
    let r = check(&rules, &case_of(&qualifying(&[("losses_remedied", "no")]))).unwrap();
    assert_eq!(
        (r.effect.key.as_str(), r.label.zh.as_str()),
        ("effect_lighter", "可从轻或减轻")
    );
    assert!(r.effect.en.contains("lightened"));
    assert_eq!(r.summary.conditions_yes, 4);
    assert_eq!(
        (r.summary.conditions_total, r.summary.min_conditions),
        (5, 3)
    );
}

#[test]
fn builtin_rules_hold_every_item_of_4_9() {
    let r = ToleranceRules::builtin();
    let ids = |items: &[Item]| items.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&r.negative), NEGATIVE);
    assert_eq!(ids(&r.conditions), CONDITIONS);
    assert_eq!(ids(&r.positive), POSITIVE);
    assert_eq!(r.negative[0].zh, "违纪违法且明知故犯");
    assert_eq!(r.conditions[1].zh, "决策程序合规（集体研究、有记录）");
    assert_eq!(r.positive[5].zh, "不可抗力或难以预见的因素");
    assert_eq!(r.threshold.min_conditions, 3);
    let pairs: Vec<(&str, &str)> = r
        .distinctions
        .iter()
        .map(|d| (d.negative.as_str(), d.positive.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("knowingly_violating", "first_trial"),
            ("defying_ban", "unrestricted_experiment"),
            ("private_gain", "unintentional_slip")
        ]
    );
    let steps: Vec<(&str, u32, u32)> = r
        .steps
        .iter()
        .map(|s| (s.id.as_str(), s.limit_days, s.extension_days))
        .collect();
    assert_eq!(
        steps,
        [
            ("accept", 5, 0),
            ("verify", 15, 15),
            ("decide", 5, 0),
            ("notify", 5, 0),
            ("file", 10, 0)
        ]
    );
    assert_eq!(ids(&r.clearance_methods), ["letter", "meeting", "circular"]);
    assert!(r.calendar.holidays.is_empty() && r.calendar.makeup_workdays.is_empty());
    let mut labelled: Vec<(&str, &str, &str, &str)> = r
        .negative
        .iter()
        .chain(&r.conditions)
        .chain(&r.positive)
        .chain(&r.clearance_methods)
        .map(|i| {
            (
                i.id.as_str(),
                i.zh.as_str(),
                i.en.as_str(),
                i.citation.as_str(),
            )
        })
        .collect();
    labelled.extend(r.distinctions.iter().map(|d| {
        (
            d.id.as_str(),
            d.zh.as_str(),
            d.en.as_str(),
            d.citation.as_str(),
        )
    }));
    labelled.extend(r.steps.iter().map(|s| {
        (
            s.id.as_str(),
            s.zh.as_str(),
            s.en.as_str(),
            s.citation.as_str(),
        )
    }));
    let t = &r.threshold;
    labelled.push((&t.id, &t.zh, &t.en, &t.citation));
    for (id, zh, en, citation) in labelled {
        assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{id} labels");
        assert!(!citation.is_empty(), "{id} citation");
    }
    assert_eq!(r.validate(), Ok(()));
    assert_eq!(ToleranceRules::default(), r);
}

#[test]
fn rules_read_from_partial_json() {
    let r: ToleranceRules = serde_json::from_str("{}").unwrap();
    assert_eq!(r, ToleranceRules::builtin());
    let r: ToleranceRules = serde_json::from_value(
        json!({"calendar": {"holidays": ["2024-10-01"]}, "threshold": {"min_conditions": 4}}),
    )
    .unwrap();
    assert_eq!(r.negative, ToleranceRules::builtin().negative);
    assert_eq!(r.calendar.holidays, ["2024-10-01"]);
    assert!(r.calendar.makeup_workdays.is_empty());
    assert_eq!(r.threshold.min_conditions, 4);
    let back: ToleranceRules = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back, r);
    let c: ToleranceCase = serde_json::from_str("{}").unwrap();
    assert_eq!(c, ToleranceCase::default());
    assert_eq!(c.kind, CaseKind::Tolerance);
}

#[test]
fn an_office_edits_adds_and_removes_items() {
    let mut rules = ToleranceRules::builtin();
    rules.negative.push(Item {
        id: "office_extra".into(),
        zh: "本地新增负面事项".into(),
        en: "A local negative item".into(),
        citation: "本县办法".into(),
    });
    rules.conditions.retain(|c| c.id != "losses_remedied");
    rules.threshold.min_conditions = 4;
    let base = qualifying(&[("losses_remedied", "-")]);
    let r = check(&rules, &case_of(&base)).unwrap();
    assert_eq!(
        r.to_verify,
        ["office_extra"],
        "the new item is a question, unknown until answered"
    );
    let answered = qualifying(&[("losses_remedied", "-"), ("office_extra", "no")]);
    let r = check(&rules, &case_of(&answered)).unwrap();
    assert_eq!(r.verdict, Verdict::Tolerable, "4 of 4 conditions");
    let vetoed = qualifying(&[("losses_remedied", "-"), ("office_extra", "yes")]);
    let r = check(&rules, &case_of(&vetoed)).unwrap();
    assert_eq!(
        (r.verdict, r.reasons[0].items.clone()),
        (Verdict::NotTolerable, vec!["office_extra".to_string()])
    );
    assert!(r.reasons[0].zh.contains("本地新增负面事项"));
    let three = qualifying(&[
        ("losses_remedied", "-"),
        ("office_extra", "no"),
        ("not_prohibited", "no"),
    ]);
    let r = check(&rules, &case_of(&three)).unwrap();
    assert_eq!(
        r.verdict,
        Verdict::NotTolerable,
        "3 of 4 is below the edited threshold 4"
    );
    // The removed item is no longer a question.
    let err = check(&rules, &case_of(&qualifying(&[]))).unwrap_err();
    assert_eq!(
        err,
        ToleranceError::UnknownItem {
            id: "losses_remedied".into()
        }
    );
}

#[test]
fn inconsistent_rules_are_typed_errors() {
    let case = ToleranceCase::default();
    let mut dup = ToleranceRules::builtin();
    dup.positive[0].id = "fraud".into();
    assert_eq!(
        check(&dup, &case),
        Err(ToleranceError::DuplicateId { id: "fraud".into() })
    );
    let mut empty = ToleranceRules::builtin();
    empty.conditions[0].id = " ".into();
    assert!(matches!(
        check(&empty, &case),
        Err(ToleranceError::EmptyId { .. })
    ));
    let mut dangling = ToleranceRules::builtin();
    dangling.negative.retain(|i| i.id != "defying_ban");
    assert_eq!(
        check(&dangling, &case),
        Err(ToleranceError::DistinctionItemMissing {
            distinction: "exploratory_trial".into(),
            item: "defying_ban".into()
        })
    );
}

fn date(s: &str) -> CivilDate {
    CivilDate::parse(s).unwrap()
}

/// The 2024 National Day arrangement: 1–7 October off, Sunday 29 September
/// and Saturday 12 October worked.
fn national_day_2024() -> ToleranceRules {
    let mut r = ToleranceRules::builtin();
    r.calendar.holidays = (1..=7).map(|d| format!("2024-10-0{d}")).collect();
    r.calendar.makeup_workdays = vec!["2024-09-29".into(), "2024-10-12".into()];
    r
}

fn dues(t: &Timeline) -> Vec<(String, String)> {
    t.steps
        .iter()
        .map(|s| (s.id.clone(), s.due.to_string()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|&(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn timeline_with_empty_calendar_skips_weekends_only() {
    // Thursday 26 Sep 2024: 27 (Fri), 30, 1 Oct, 2, 3 → accept due 3 Oct.
    let t = timeline(&ToleranceRules::builtin(), date("2024-09-26"), &[]).unwrap();
    assert!(t.calendar_empty);
    assert_eq!(t.calendar_note.key, "calendar_empty");
    assert_eq!(t.steps[0].due.to_string(), "2024-10-03");
    assert_eq!(t.steps[0].from.to_string(), "2024-09-26");
}

#[test]
fn timeline_across_a_weekend_a_holiday_and_make_up_days() {
    let rules = national_day_2024();
    let t = timeline(&rules, date("2024-09-26"), &[]).unwrap();
    assert!(!t.calendar_empty);
    // accept 5: 27 Fri, 29 Sun (make-up), 30 Mon, [1–7 off], 8 Tue, 9 Wed.
    // verify 15 from 9 Oct: 10, 11, 12 Sat (make-up), 14–18, 21–25, 28, 29.
    // decide 5: 30, 31, 1 Nov, 4, 5. notify 5: 6, 7, 8, 11, 12.
    // file 10: 13, 14, 15, 18–22, 25, 26.
    let want = [
        ("accept", "2024-10-09"),
        ("verify", "2024-10-29"),
        ("decide", "2024-11-05"),
        ("notify", "2024-11-12"),
        ("file", "2024-11-26"),
    ];
    assert_eq!(dues(&t), pairs(&want));
    assert_eq!(t.steps[1].from.to_string(), "2024-10-09");
    // With the verify extension (15 more): 30, 31, 1, 4–8, 11–15, 18, 19 Nov.
    let t = timeline(&rules, date("2024-09-26"), &["verify".into()]).unwrap();
    let want = [
        ("accept", "2024-10-09"),
        ("verify", "2024-11-19"),
        ("decide", "2024-11-26"),
        ("notify", "2024-12-03"),
        ("file", "2024-12-17"),
    ];
    assert_eq!(dues(&t), pairs(&want));
    assert!(t.steps[1].extended && t.steps[1].working_days == 30);
}

#[test]
fn timeline_from_a_case_and_its_errors() {
    let rules = national_day_2024();
    let mut case = ToleranceCase {
        application_date: Some("2024-09-26".into()),
        ..Default::default()
    };
    assert_eq!(
        case_timeline(&rules, &case).unwrap().map(|t| t.steps.len()),
        Some(5)
    );
    case.application_date = None;
    assert_eq!(case_timeline(&rules, &case), Ok(None));
    case.application_date = Some("2024-02-30".into());
    assert_eq!(
        case_timeline(&rules, &case),
        Err(ToleranceError::InvalidDate {
            field: "application_date".into(),
            value: "2024-02-30".into()
        })
    );
    let start = date("2024-09-26");
    assert_eq!(
        timeline(&rules, start, &["review".into()]),
        Err(ToleranceError::UnknownStep {
            id: "review".into()
        })
    );
    assert_eq!(
        timeline(&rules, start, &["accept".into()]),
        Err(ToleranceError::NoExtension {
            id: "accept".into()
        })
    );
    let mut clash = rules.clone();
    clash.calendar.makeup_workdays.push("2024-10-03".into());
    assert_eq!(
        timeline(&clash, start, &[]),
        Err(ToleranceError::CalendarConflict {
            date: "2024-10-03".into()
        })
    );
    let mut bad = rules.clone();
    bad.calendar.holidays.push("2024-9-1".into());
    assert!(matches!(
        timeline(&bad, start, &[]),
        Err(ToleranceError::InvalidDate { .. })
    ));
}

#[test]
fn a_calendar_of_holidays_only_errors_instead_of_hanging() {
    let mut rules = ToleranceRules::builtin();
    let first = date("2024-01-01");
    rules.calendar.holidays = (0..4100)
        .map(|i| first.add_days(i).unwrap().to_string())
        .collect();
    let err = timeline(&rules, first, &[]).unwrap_err();
    assert_eq!(
        err,
        ToleranceError::TimelineTooLong {
            step: "accept".into(),
            max_days: MAX_STEP_SPAN_DAYS
        }
    );
    let mut huge = ToleranceRules::builtin();
    huge.steps[0].limit_days = u32::MAX;
    huge.steps[0].extension_days = 1;
    assert!(matches!(
        timeline(&huge, first, &[]),
        Err(ToleranceError::TimelineTooLong { .. })
    ));
    assert!(matches!(
        timeline(&huge, first, &["accept".into()]),
        Err(ToleranceError::TimelineTooLong { .. })
    ));
    assert!(matches!(
        timeline(&ToleranceRules::builtin(), date("9999-12-30"), &[]),
        Err(ToleranceError::TimelineTooLong { .. })
    ));
}

#[test]
fn civil_dates() {
    for (s, weekday) in [
        ("1970-01-01", 4),
        ("2000-01-01", 6),
        ("2024-02-29", 4),
        ("2024-10-12", 6),
        ("0001-01-01", 1),
    ] {
        let d = date(s);
        assert_eq!(
            (d.to_string(), d.iso_weekday()),
            (s.to_string(), weekday),
            "{s}"
        );
    }
    assert_eq!(date("1970-01-02").day_number(), 1);
    assert_eq!(
        date("2024-03-01").add_days(-1).unwrap().to_string(),
        "2024-02-29"
    );
    assert_eq!(
        date("2023-12-31").add_days(1).unwrap().to_string(),
        "2024-01-01"
    );
    for bad in [
        "2023-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-04-31",
        "24-01-01",
        "2024/01/01",
        "2024-1-01",
        "",
        "２０２４-01-01",
        "+024-01-01",
    ] {
        assert_eq!(CivilDate::parse(bad), Err(DateError::Invalid), "{bad}");
    }
    assert_eq!(CivilDate::parse("0000-01-01"), Err(DateError::OutOfRange));
    assert!(date("9999-12-31").add_days(1).is_err());
    assert_eq!(
        serde_json::to_string(&date("2024-10-09")).unwrap(),
        "\"2024-10-09\""
    );
    assert!(serde_json::from_str::<CivilDate>("\"2024-10-32\"").is_err());
}

#[test]
fn clearing_a_name() {
    let rules = ToleranceRules::builtin();
    let case: ToleranceCase = serde_json::from_value(json!({
        "id": "c2", "cadre": "张三", "unit": "城关镇", "kind": "clearance",
        "description": "信访反映违规发放补贴",
        "clearance": {"method": "meeting", "date": "2024-11-05", "issued_by": "县纪委监委", "finding": "经核查，反映问题不属实"}
    }))
    .unwrap();
    let rec = clearance_record(&rules, &case).unwrap();
    assert_eq!(rec.method.id, "meeting");
    assert!(rec.no_negative_effect);
    let keys: Vec<&str> = rec.statements.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["name_cleared", "cleared_by", "no_negative_effect"]);
    assert!(rec.statements[0].zh.contains("张三") && rec.statements[0].zh.contains("澄清正名"));
    assert!(
        rec.statements[1].zh.contains("召开会议澄清")
            && rec.statements[1].zh.contains("2024-11-05")
    );
    assert!(rec.statements[1].en.contains("meeting"));
    assert!(rec.statements[2].en.contains("no negative effect"));
    let report = evaluate_case(&rules, &case).unwrap();
    assert!(report.result.is_none() && report.timeline.is_none() && report.clearance.is_some());

    let mut bad = case.clone();
    bad.clearance.as_mut().unwrap().method = "telegram".into();
    assert_eq!(
        clearance_record(&rules, &bad),
        Err(ToleranceError::UnknownClearanceMethod {
            id: "telegram".into()
        })
    );
    bad.clearance = None;
    assert_eq!(
        evaluate_case(&rules, &bad),
        Err(ToleranceError::MissingClearance)
    );
}

#[test]
fn json_api() {
    let out: Value = serde_json::from_str(&check_tolerance_json(
        &json!({"id": "c1", "cadre": "李四", "application_date": "2024-09-26", "extensions": ["verify"],
                "answers": {"fraud": "no", "first_trial": "yes", "losses_remedied": "unknown"}})
        .to_string(),
    ))
    .unwrap();
    assert_eq!(out["ok"], true);
    assert_eq!(out["kind"], "tolerance");
    assert_eq!(out["result"]["verdict"], "to_verify");
    // Empty calendar: accept due Thu 3 Oct; verify 15 + 15 working days → Thu 14 Nov.
    assert_eq!(out["timeline"]["steps"][0]["due"], "2024-10-03");
    assert_eq!(out["timeline"]["steps"][1]["due"], "2024-11-14");
    assert_eq!(out["timeline"]["calendar_empty"], true);
    assert_eq!(out["clearance"], Value::Null);

    let with_rules = json!({"rules": {"threshold": {"min_conditions": 0}},
        "answers": Value::Object(CONDITIONS.iter().map(|&c| (c.to_string(), json!("no"))).chain(
            NEGATIVE.iter().map(|&n| (n.to_string(), json!("no")))).chain([("first_trial".to_string(), json!("yes"))]).collect())});
    let out: Value = serde_json::from_str(&check_tolerance_json(&with_rules.to_string())).unwrap();
    assert_eq!(out["result"]["verdict"], "lighter", "{out}");

    for (input, code) in [
        ("not json", "invalid_json"),
        (r#"{"answers": {"nope": "yes"}}"#, "unknown_item"),
        (r#"{"answers": {"fraud": 3}}"#, "invalid_case"),
        (r#"{"rules": {"negative": 5}}"#, "invalid_rules"),
        (r#"{"kind": "clearance"}"#, "missing_clearance"),
        (r#"[1, 2]"#, "invalid_case"),
    ] {
        let out: Value = serde_json::from_str(&check_tolerance_json(input)).unwrap();
        assert_eq!(
            (out["ok"].clone(), out["error"]["code"].clone()),
            (json!(false), json!(code)),
            "{input}"
        );
        assert!(out["error"]["zh"].is_string() && out["error"]["en"].is_string());
    }
    let out: Value =
        serde_json::from_str(&check_tolerance_json(r#"{"answers": {"nope": "yes"}}"#)).unwrap();
    assert_eq!(out["error"]["id"], "nope");
}

#[test]
fn sixty_unknowns_are_analysed_without_enumerating_completions() {
    let mut rules = ToleranceRules::builtin();
    let many = |p: &str| -> Vec<Item> {
        (0..20)
            .map(|i| Item {
                id: format!("{p}{i}"),
                zh: "事项".into(),
                en: "item".into(),
                citation: "test".into(),
            })
            .collect()
    };
    rules.distinctions.clear();
    rules.negative = many("n");
    rules.conditions = many("c");
    rules.positive = many("p");
    rules.threshold.min_conditions = 15;
    let r = check(&rules, &ToleranceCase::default()).unwrap();
    assert_eq!((r.verdict, r.to_verify.len()), (Verdict::ToVerify, 60));
    // Five conditions no: at most 15 of 20 — the lighter band or nothing.
    let case = case_of(&[
        ("c0", "no"),
        ("c1", "no"),
        ("c2", "no"),
        ("c3", "no"),
        ("c4", "no"),
    ]);
    let r = check(&rules, &case).unwrap();
    assert_eq!((r.verdict, r.to_verify.len()), (Verdict::ToVerify, 55));
}
