//! The 容错纠错 (fault tolerance) screen, issue 4 items 5 and 6: a list of
//! cases, the checklist grouped by the three distinctions, the negative
//! list, the required conditions and the positive list, the live verdict
//! with its reasons, the procedure timeline, the 澄清正名 record, and a
//! printable one-page record. A thin layer over `engine::tolerance`: every
//! verdict, date and sentence comes from the engine; this module only
//! collects answers and lays the results out.
//!
//! One component per file:
//! - `screen.rs` — [`ToleranceScreen`]: the page; selection; wiring.
//! - `case_list.rs` — the cases (add, select, duplicate, remove).
//! - `case_facts.rs` — cadre, unit, description, application date, kind.
//! - `checklist.rs` — the questions in their four groups.
//! - `question.rs` — one question: a yes / no / unknown radio group.
//! - `verdict.rs` — the verdict panel (aria-live) with linked reasons.
//! - `item_link.rs` — a link that moves focus to a question.
//! - `timeline.rs` — the procedure section: extension toggles, calendar note.
//! - `timeline_table.rs` — the due dates as a table (screen and print).
//! - `clearance.rs` — the 澄清正名 form and its record.
//! - `record.rs` — the record shown only in print.
//!
//! The cases belong to the parent (the Scenario): the screen gets them as
//! props and reports every change through `on_cases`. Engine errors are
//! shown at the field they concern; nothing here panics on input.

mod case_facts;
mod case_list;
mod checklist;
mod clearance;
mod item_link;
mod question;
mod record;
mod screen;
mod timeline;
mod timeline_table;
mod verdict;

pub use screen::{ToleranceScreen, ToleranceScreenProps};

use crate::engine::tolerance::{
    Answer, Reason, ReasonCode, Summary, ToleranceError, ToleranceRules,
};
use crate::i18n::{Lang, Text};

/// DOM id of the fieldset of question `id`. Rule ids are data, so every
/// byte outside `[A-Za-z0-9_]` is escaped (`-` + hex), which keeps the
/// mapping one-to-one and the result a valid fragment and CSS identifier.
pub fn question_dom_id(id: &str) -> String {
    format!("tol-q-{}", escape_id(id))
}

pub use super::dom_id as escape_id;

/// Replaces each `{name}` in `template` by its value.
pub(crate) fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(template.to_string(), |acc, (k, v)| {
        acc.replace(&format!("{{{k}}}"), v)
    })
}

/// The label of an answer.
pub(crate) fn answer_text(a: Answer) -> Text {
    match a {
        Answer::Yes => Text::TolAnswerYes,
        Answer::No => Text::TolAnswerNo,
        Answer::Unknown => Text::TolAnswerUnknown,
    }
}

/// The stable key of an answer (for CSS and tests).
pub(crate) fn answer_key(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::Unknown => "unknown",
    }
}

/// An engine error in the UI language.
pub(crate) fn error_text(lang: Lang, e: &ToleranceError) -> String {
    match lang {
        Lang::Zh => e.zh(),
        Lang::En => e.en(),
    }
}

/// The label of question `id` in `lang`, or the id when the rules lack it.
pub(crate) fn question_label(lang: Lang, rules: &ToleranceRules, id: &str) -> String {
    rules
        .question(id)
        .map(|(_, i)| lang.pick(&i.zh, &i.en).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// The heading of a reason (what the items listed after it have in
/// common), with the counts filled in from the summary.
pub(crate) fn reason_heading(
    lang: Lang,
    rules: &ToleranceRules,
    reason: &Reason,
    summary: &Summary,
) -> String {
    let n = summary.conditions_total;
    let c = summary.conditions_yes;
    let k = summary.min_conditions;
    let unknown_conditions = rules
        .conditions
        .iter()
        .filter(|i| summary.unknown.contains(&i.id))
        .count();
    let most = c.saturating_add(unknown_conditions);
    let need = n.min(k);
    let (c, n, k, most, need) = (
        c.to_string(),
        n.to_string(),
        k.to_string(),
        most.to_string(),
        need.to_string(),
    );
    let args = [
        ("c", c.as_str()),
        ("n", n.as_str()),
        ("k", k.as_str()),
        ("most", most.as_str()),
        ("need", need.as_str()),
    ];
    let t = match reason.code {
        ReasonCode::NegativeItems => Text::TolReasonNegativeItems,
        ReasonCode::UnknownMatters => Text::TolReasonUnknownMatters,
        ReasonCode::AllConditions => Text::TolReasonAllConditions,
        ReasonCode::EnoughConditions => Text::TolReasonEnoughConditions,
        ReasonCode::ConditionsNotMet => Text::TolReasonConditionsNotMet,
        ReasonCode::PositiveSituations => Text::TolReasonPositiveSituations,
        ReasonCode::NoPositiveSituation => Text::TolReasonNoPositiveSituation,
        ReasonCode::TooFewConditions => Text::TolReasonTooFewConditions,
    };
    fill(t.get(lang), &args)
}

/// A reason as one sentence: its heading and its items' labels.
pub(crate) fn reason_sentence(
    lang: Lang,
    rules: &ToleranceRules,
    reason: &Reason,
    summary: &Summary,
) -> String {
    let head = reason_heading(lang, rules, reason, summary);
    let labels: Vec<String> = reason
        .items
        .iter()
        .map(|id| question_label(lang, rules, id))
        .collect();
    match (lang, labels.is_empty()) {
        (Lang::Zh, true) => format!("{head}。"),
        (Lang::Zh, false) => format!("{head}：{}。", labels.join("、")),
        (Lang::En, true) => format!("{head}."),
        (Lang::En, false) => format!("{head}: {}.", labels.join("; ")),
    }
}
