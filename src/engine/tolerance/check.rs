//! The check: a case's answers against the rules' checklist → a verdict
//! with the items that decided it, or 待核实 with exactly the unknown
//! questions that matter (see `verdict.rs` for the definition).

use serde::{Deserialize, Serialize};

use super::case::{Answer, ToleranceCase};
use super::rules::{Item, ListKind, ToleranceRules};
use super::texts::{self, Note};
use super::verdict::{self, Shape, Span, Spans, Verdict};
use super::ToleranceError;

/// Why the verdict is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonCode {
    /// Negative items answered yes (the veto).
    NegativeItems,
    /// Unknown questions whose answer changes the verdict.
    UnknownMatters,
    /// Every condition is yes.
    AllConditions,
    /// At least the threshold of conditions is yes (items: those yes).
    EnoughConditions,
    /// Conditions answered no (why it is lighter handling, not exemption).
    ConditionsNotMet,
    /// Positive situations answered yes.
    PositiveSituations,
    /// No positive situation can apply (items: the positive list).
    NoPositiveSituation,
    /// Too few conditions can be yes (items: those answered no).
    TooFewConditions,
}

/// One reason, naming its items (ids, in rules order), with a sentence in
/// both languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub code: ReasonCode,
    pub items: Vec<String>,
    pub zh: String,
    pub en: String,
}

/// The answers in numbers, for the screen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Negative items answered yes.
    pub negative_yes: Vec<String>,
    /// Conditions answered yes, out of the total.
    pub conditions_yes: usize,
    pub conditions_total: usize,
    /// The rules' threshold for lighter handling.
    pub min_conditions: usize,
    /// Positive situations answered yes.
    pub positive_yes: Vec<String>,
    /// Every question not answered yes or no, in rules order.
    pub unknown: Vec<String>,
}

/// The result of a check. Advice for the deciding body, never a decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToleranceResult {
    pub verdict: Verdict,
    /// The verdict's label in both languages (key = the verdict code).
    pub label: Note,
    /// The reasons, in order; their items decided the verdict.
    pub reasons: Vec<Reason>,
    /// For 待核实: exactly the unknown questions that matter; else empty.
    pub to_verify: Vec<String>,
    pub summary: Summary,
    /// "Advice for the deciding body".
    pub advisory: Note,
    /// What the verdict changes (grade, promotion, awards; liability).
    pub effect: Note,
}

/// The answers of one list, split by answer, ids in rules order.
#[derive(Default)]
struct Split<'a> {
    yes: Vec<&'a Item>,
    no: Vec<&'a Item>,
    unknown: Vec<&'a Item>,
}

impl<'a> Split<'a> {
    fn of(items: &'a [Item], case: &ToleranceCase) -> Split<'a> {
        let mut s = Split::default();
        for i in items {
            match case.answer(&i.id) {
                Answer::Yes => s.yes.push(i),
                Answer::No => s.no.push(i),
                Answer::Unknown => s.unknown.push(i),
            }
        }
        s
    }

    fn span(&self) -> Span {
        Span {
            yes: self.yes.len(),
            unknown: self.unknown.len(),
        }
    }
}

fn ids(items: &[&Item]) -> Vec<String> {
    items.iter().map(|i| i.id.clone()).collect()
}

/// A reason naming `items`, its sentence `zh`/`en` followed by their labels.
fn reason(code: ReasonCode, items: &[&Item], zh: String, en: String) -> Reason {
    let zh_list: Vec<&str> = items.iter().map(|i| i.zh.as_str()).collect();
    let en_list: Vec<&str> = items.iter().map(|i| i.en.as_str()).collect();
    let (zh, en) = if items.is_empty() {
        (format!("{zh}。"), format!("{en}."))
    } else {
        (
            format!("{zh}：{}。", zh_list.join("、")),
            format!("{en}: {}.", en_list.join("; ")),
        )
    };
    Reason {
        code,
        items: ids(items),
        zh,
        en,
    }
}

/// Checks `case` against the checklist of `rules` (domain 4.9).
///
/// Errors: the rules' checklist is inconsistent (empty or repeated id, a
/// distinction pointing nowhere), or an answer names an id that is not a
/// question ([`ToleranceError::UnknownItem`]). The case kind, dates and
/// clearance details are not looked at.
pub fn check(
    rules: &ToleranceRules,
    case: &ToleranceCase,
) -> Result<ToleranceResult, ToleranceError> {
    rules.validate_checklist()?;
    if let Some(id) = case.answers.keys().find(|id| rules.question(id).is_none()) {
        return Err(ToleranceError::UnknownItem { id: id.clone() });
    }
    let neg = Split::of(&rules.negative, case);
    let cond = Split::of(&rules.conditions, case);
    let pos = Split::of(&rules.positive, case);
    let n = rules.conditions.len();
    let k = usize::try_from(rules.threshold.min_conditions).unwrap_or(usize::MAX);
    let shape = Shape {
        conditions: n,
        min_conditions: k,
    };
    let spans = Spans {
        negative: neg.span(),
        conditions: cond.span(),
        positive: pos.span(),
    };

    let (verdict, reasons, to_verify) = if !neg.yes.is_empty() {
        let r = reason(
            ReasonCode::NegativeItems,
            &neg.yes,
            "命中负面清单".into(),
            "On the negative list".into(),
        );
        (Verdict::NotTolerable, vec![r], Vec::new())
    } else if verdict::possible_labels(shape, spans).len() > 1 {
        let mut open: Vec<&Item> = Vec::new();
        for (kind, split) in [
            (ListKind::Negative, &neg),
            (ListKind::Condition, &cond),
            (ListKind::Positive, &pos),
        ] {
            if verdict::matters(shape, spans, kind) {
                open.extend(split.unknown.iter().copied());
            }
        }
        let r = reason(
            ReasonCode::UnknownMatters,
            &open,
            "以下事项的答案会改变结论，需核实".into(),
            "The answers to these questions change the verdict and need verifying".into(),
        );
        (Verdict::ToVerify, vec![r], ids(&open))
    } else {
        let label = verdict::label(
            shape,
            verdict::Counts {
                negative: 0,
                conditions: cond.yes.len(),
                positive: pos.yes.len(),
            },
        );
        (
            label,
            settled_reasons(label, shape, &cond, &pos),
            Vec::new(),
        )
    };

    let unknown = [&neg, &cond, &pos]
        .iter()
        .flat_map(|s| ids(&s.unknown))
        .collect();
    Ok(ToleranceResult {
        verdict,
        label: Note::new(verdict.key(), verdict.zh(), verdict.en()),
        reasons,
        to_verify,
        summary: Summary {
            negative_yes: ids(&neg.yes),
            conditions_yes: cond.yes.len(),
            conditions_total: n,
            min_conditions: k,
            positive_yes: ids(&pos.yes),
            unknown,
        },
        advisory: texts::advisory(),
        effect: texts::effect(verdict),
    })
}

/// Reasons of a verdict that no unknown answer can change and no negative
/// item vetoes. Every unknown answer is irrelevant here, so the known yes
/// and no answers explain the verdict.
fn settled_reasons(label: Verdict, shape: Shape, cond: &Split, pos: &Split) -> Vec<Reason> {
    let (n, k) = (shape.conditions, shape.min_conditions);
    let c = cond.yes.len();
    let positives = || {
        reason(
            ReasonCode::PositiveSituations,
            &pos.yes,
            "符合正面清单情形".into(),
            "On the positive list".into(),
        )
    };
    match label {
        Verdict::Tolerable => vec![
            reason(
                ReasonCode::AllConditions,
                &cond.yes,
                format!("容错条件全部满足（{c}/{n}）"),
                format!("All conditions met ({c}/{n})"),
            ),
            positives(),
        ],
        Verdict::Lighter => vec![
            reason(
                ReasonCode::EnoughConditions,
                &cond.yes,
                format!("满足容错条件 {c}/{n} 项，达到至少 {k} 项"),
                format!("{c} of {n} conditions met, at least {k} required"),
            ),
            reason(
                ReasonCode::ConditionsNotMet,
                &cond.no,
                "未满足的容错条件".into(),
                "Conditions not met".into(),
            ),
            positives(),
        ],
        _ => {
            let mut out = Vec::new();
            if pos.span().max() == 0 {
                // Every positive situation is answered no (or there is none).
                out.push(reason(
                    ReasonCode::NoPositiveSituation,
                    &pos.no,
                    "不符合正面清单的任何情形".into(),
                    "No situation of the positive list applies".into(),
                ));
            }
            let most = cond.span().max();
            let need = n.min(k);
            if most < need {
                out.push(reason(
                    ReasonCode::TooFewConditions,
                    &cond.no,
                    format!("满足的容错条件至多 {most}/{n} 项，不足 {need} 项；未满足"),
                    format!("At most {most} of {n} conditions met, {need} required; not met"),
                ));
            }
            out
        }
    }
}
