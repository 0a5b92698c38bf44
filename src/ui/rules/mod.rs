//! The 规则 (rule editor) screen, issue 5 item 6: every value and item of
//! the Scenario's RuleSet in forms, grouped in collapsible sections; items
//! of the existing kinds added and removed; problems shown at their field;
//! a mark when the rules differ from the built-in set, and a reset to it.
//!
//! The rules are data of the Scenario: the first edit turns `Scenario.rules`
//! into `RulesRef::Custom(edited copy)` (and an edit that makes the set
//! equal to the built-in one again turns it back into the reference), so the
//! edited set is saved and shared with the Scenario, and each edit is one
//! undo step. The checks are the engine's own (`RuleSet::validate`, the
//! same checks `engine::evaluate` runs); the screen only maps each issue's
//! path (`feedback.groups[2].weight`) to the field of that path.
//!
//! One component per file:
//! - `screen.rs` — [`RulesScreen`]: header with the edited mark and the
//!   reset, the issue summary, the effect preview, the sections.
//! - `context.rs` — the context the parts share: the rules, their issues,
//!   the edit callback, which sections are open.
//! - `section.rs` — a collapsible section (`<details>`), its body rendered
//!   only while open, with the count of its issues in the summary line.
//! - `summary.rs` — the list of issues, each a link to its field.
//! - `preview.rs` — totals that differ from those under the built-in rules.
//! - `reset.rs` — "恢复示例规则" with an inline confirmation.
//! - `num_field.rs`, `text_field.rs`, `choice_field.rs`, `check_field.rs` —
//!   the fields: labelled, issues of their path shown at the field
//!   (`aria-invalid`, a message linked by `aria-describedby`). They are
//!   `ui::fields` with one addition, the rule issues of their path, so the
//!   rule checks stay in the engine.
//! - `meta_fields.rs` — id, labels, citation and basis of an item.
//! - `item_card.rs` — one list item: its fields and a remove button.
//! - `list_tools.rs` — the add button under a list.
//! - one file per section: `general`, `indicators`, `feedback`, `rating`,
//!   `bonus`, `events`, `linkage`, `groups`, `grades`, `awards`,
//!   `escalation`, `cadres`, `learning`, `tolerance_items`, `calendar`.

mod awards;
mod bonus;
mod cadres;
mod calendar;
mod check_field;
mod choice_field;
mod context;
mod escalation;
mod events;
mod feedback;
mod general;
mod grades;
mod groups;
mod indicators;
mod item_card;
mod learning;
mod linkage;
mod list_tools;
mod meta_fields;
mod num_field;
mod preview;
mod rating;
mod reset;
mod screen;
mod section;
mod summary;
mod text_field;
mod tolerance_items;

pub use screen::RulesScreen;

use crate::engine::rules::{Meta, RuleSet};
use crate::engine::{IssueKind, RuleIssue, Severity};
use crate::i18n::{Lang, Text};

/// The DOM id of the field at `path` (`feedback.groups[2].weight` →
/// `rule-feedback-groups-2-weight`). Paths hold only field names and list
/// positions, never rule ids, so the mapping stays readable and unique.
pub fn field_dom_id(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 5);
    out.push_str("rule-");
    for c in path.chars() {
        match c {
            '.' | '[' => out.push('-'),
            ']' => {}
            c if c.is_ascii_alphanumeric() || c == '_' => out.push(c),
            _ => out.push('-'),
        }
    }
    out
}

/// The DOM id of the message of the rule issues at a field.
pub fn issue_dom_id(path: &str) -> String {
    format!("{}-issue", field_dom_id(path))
}

/// What a rule field shows of the issues at its path: the control's id,
/// the id of its issue message, whether there is any, and the messages.
pub struct FieldIssues {
    pub id: String,
    pub issue_id: String,
    pub any: bool,
    pub message: String,
}

impl FieldIssues {
    /// The issues at `path` (and at `also`, a second path shown here).
    pub fn at(ctx: &context::RulesCtx, lang: Lang, path: &str, also: Option<&str>) -> Self {
        let issues = ctx.issues_at(path, also);
        FieldIssues {
            id: field_dom_id(path),
            issue_id: issue_dom_id(path),
            any: !issues.is_empty(),
            message: issues
                .iter()
                .map(|i| issue_message(lang, i))
                .collect::<Vec<_>>()
                .join(lang.pick("；", "; ")),
        }
    }
}

/// The sections of the screen, in order: (id, title).
pub const SECTIONS: [(&str, Text); 15] = [
    ("general", Text::RuleSecGeneral),
    ("indicators", Text::RuleSecIndicators),
    ("feedback", Text::RuleSecFeedback),
    ("rating", Text::RuleSecRating),
    ("bonus", Text::RuleSecBonus),
    ("events", Text::RuleSecEvents),
    ("linkage", Text::RuleSecLinkage),
    ("groups", Text::RuleSecGroups),
    ("grades", Text::RuleSecGrades),
    ("awards", Text::RuleSecAwards),
    ("escalation", Text::RuleSecEscalation),
    ("cadres", Text::RuleSecCadres),
    ("learning", Text::RuleSecLearning),
    ("tolerance", Text::RuleSecTolerance),
    ("calendar", Text::RuleSecCalendar),
];

/// The section that shows the field at `path`.
pub fn section_of(path: &str) -> &'static str {
    let head = path.split(['.', '[']).next().unwrap_or_default();
    match head {
        "indicator_part" | "indicators" => "indicators",
        "feedback" => "feedback",
        "rating" => "rating",
        "bonus" => "bonus",
        "events" => "events",
        "linkage" | "periods" => "linkage",
        "ranking_groups" => "groups",
        "grades" | "staff_quota" => "grades",
        "awards" => "awards",
        "escalation" => "escalation",
        "cadres" => "cadres",
        "learning" => "learning",
        "tolerance" if path.starts_with("tolerance.calendar") => "calendar",
        "tolerance" => "tolerance",
        _ => "general",
    }
}

/// The title of section `id`.
pub fn section_title(id: &str) -> Text {
    SECTIONS
        .iter()
        .find(|(s, _)| *s == id)
        .map(|(_, t)| *t)
        .unwrap_or(Text::RuleSecGeneral)
}

pub(crate) use crate::ui::calc::fill;

/// An issue as a sentence in `lang`.
pub fn issue_message(lang: Lang, issue: &RuleIssue) -> String {
    let t = match (issue.kind, issue.severity) {
        (IssueKind::WeightsNotSumming, Severity::Warning) => Text::RuleIssuePeriodSum,
        (IssueKind::WeightsNotSumming, Severity::Error) => Text::RuleIssueWeightsSum,
        (IssueKind::UnsupportedVersion, _) => Text::RuleIssueUnsupportedVersion,
        (IssueKind::EmptyId, _) => Text::RuleIssueEmptyId,
        (IssueKind::DuplicateId, _) => Text::RuleIssueDuplicateId,
        (IssueKind::Negative, _) => Text::RuleIssueNegative,
        (IssueKind::ShareOutOfRange, _) => Text::RuleIssueShare,
        (IssueKind::ScoreOutOfRange, _) => Text::RuleIssueScore,
        (IssueKind::MissingCategory, _) => Text::RuleIssueMissingCategory,
        (IssueKind::UnknownReference, _) => Text::RuleIssueUnknownReference,
        (IssueKind::InvalidDate, _) => Text::RuleIssueInvalidDate,
        (IssueKind::CalendarConflict, _) => Text::RuleIssueCalendarConflict,
        (IssueKind::Overflow, _) => Text::RuleIssueOverflow,
        (IssueKind::BeyondScore, _) => Text::RuleIssueBeyondScore,
    };
    fill(
        t.get(lang),
        &[("value", issue.value.as_deref().unwrap_or(""))],
    )
}

/// The name of the rule set in `lang`.
pub fn meta_label_of_set(lang: Lang, r: &RuleSet) -> String {
    let l = lang.pick(&r.zh, &r.en).trim();
    if l.is_empty() {
        r.id.clone()
    } else {
        l.to_string()
    }
}

/// A new item's label in both languages (`新条目` / `New item`).
pub fn new_item_labels() -> (String, String) {
    (
        Text::RuleNewItem.get(Lang::Zh).to_string(),
        Text::RuleNewItem.get(Lang::En).to_string(),
    )
}

/// The label of an item in `lang`, or its id when the label is blank.
pub fn meta_label(lang: Lang, m: &Meta) -> String {
    let l = lang.pick(&m.zh, &m.en).trim();
    if l.is_empty() {
        m.id.clone()
    } else {
        l.to_string()
    }
}

/// The label of item `index` of the list at `list` (a path), if `list` is
/// one of the RuleSet's lists.
fn list_item_label(lang: Lang, r: &RuleSet, list: &str, index: usize) -> Option<String> {
    let t = &r.tolerance;
    let tol = |zh: &str, en: &str, id: &str| {
        let l = lang.pick(zh, en).trim();
        if l.is_empty() {
            id.to_string()
        } else {
            l.to_string()
        }
    };
    match list {
        "indicators" => r.indicators.get(index).map(|x| meta_label(lang, &x.meta)),
        "feedback.groups" => r
            .feedback
            .groups
            .get(index)
            .map(|x| meta_label(lang, &x.meta)),
        "rating.options" => r
            .rating
            .options
            .get(index)
            .map(|x| meta_label(lang, &x.meta)),
        "bonus.categories" => r
            .bonus
            .categories
            .get(index)
            .map(|x| meta_label(lang, &x.meta)),
        "events" => r.events.get(index).map(|x| meta_label(lang, &x.meta)),
        "ranking_groups" => r.ranking_groups.get(index).map(|x| meta_label(lang, x)),
        "escalation.steps" => r
            .escalation
            .steps
            .get(index)
            .map(|x| meta_label(lang, &x.meta)),
        "tolerance.distinctions" => t.distinctions.get(index).map(|x| tol(&x.zh, &x.en, &x.id)),
        "tolerance.negative" => t.negative.get(index).map(|x| tol(&x.zh, &x.en, &x.id)),
        "tolerance.conditions" => t.conditions.get(index).map(|x| tol(&x.zh, &x.en, &x.id)),
        "tolerance.positive" => t.positive.get(index).map(|x| tol(&x.zh, &x.en, &x.id)),
        "tolerance.steps" => t.steps.get(index).map(|x| tol(&x.zh, &x.en, &x.id)),
        "tolerance.clearance_methods" => t
            .clearance_methods
            .get(index)
            .map(|x| tol(&x.zh, &x.en, &x.id)),
        "tolerance.calendar.holidays" => Some(Text::RuleSubHolidays.get(lang).to_string()),
        "tolerance.calendar.makeup_workdays" => Some(Text::RuleSubMakeup.get(lang).to_string()),
        _ => None,
    }
}

/// The label of a single (not listed) item that can have an issue.
fn single_item_label(lang: Lang, r: &RuleSet, prefix: &str) -> Option<String> {
    let m = match prefix {
        "indicator_part" => &r.indicator_part.meta,
        "feedback" => &r.feedback.meta,
        "rating" => &r.rating.meta,
        "bonus.total_cap" => &r.bonus.total_cap.meta,
        "linkage" => &r.linkage.meta,
        "periods" => &r.periods.meta,
        "grades.excellent" => &r.grades.excellent.meta,
        "grades.national_commendation" => &r.grades.national_commendation.meta,
        "staff_quota" => &r.staff_quota.meta,
        "escalation.supervisor_quarters" => &r.escalation.supervisor_quarters.meta,
        "cadres.individual" => &r.cadres.individual.meta,
        "cadres.excellent" => &r.cadres.excellent.meta,
        "learning.pass" => &r.learning.pass.meta,
        _ => return None,
    };
    Some(meta_label(lang, m))
}

/// The label of a field by the last name of its path.
fn field_label(name: &str) -> Option<Text> {
    Some(match name {
        "id" => Text::RuleFId,
        "weight" | "weights" | "groups" => Text::RuleFWeight,
        "default_weight" => Text::RuleFDefaultWeight,
        "points" => Text::RuleFPoints,
        "completion_max" => Text::RuleFCompletionMax,
        "coefficient" => Text::RuleFCoefficient,
        "cap" => Text::RuleFCap,
        "national" => Text::RuleFPointsNational,
        "provincial" => Text::RuleFPointsProvincial,
        "city" => Text::RuleFPointsCity,
        "category" => Text::RuleFCategory,
        "multiplier" => Text::RuleFMultiplier,
        "share" => Text::RuleFShare,
        "share_excellent" => Text::RuleFShareExcellent,
        "kind" => Text::RuleFKind,
        "learning_weight" => Text::RuleFLearningWeight,
        "leader_share" => Text::RuleFLeaderShare,
        "pass_mark" => Text::RuleFPassMark,
        "negative" => Text::RuleFNegativeRef,
        "positive" => Text::RuleFPositiveRef,
        "schema_version" => Text::RuleFSchema,
        "holidays" | "makeup_workdays" => Text::RuleFDate,
        _ => return None,
    })
}

/// Where the field at `path` is, in words: the section, the item and the
/// field (`360度反馈评价 › 县委考核办 › 权重（%）`).
pub fn describe_path(lang: Lang, r: &RuleSet, path: &str) -> String {
    let mut parts = vec![section_title(section_of(path)).get(lang).to_string()];
    // The innermost list position in the path names the item.
    let item = path.rfind('[').and_then(|open| {
        let close = path[open..].find(']')? + open;
        let index: usize = path[open + 1..close].parse().ok()?;
        list_item_label(lang, r, &path[..open], index)
    });
    let single = || {
        let mut p = path;
        while let Some(dot) = p.rfind('.') {
            p = &p[..dot];
            if let Some(l) = single_item_label(lang, r, p) {
                return Some(l);
            }
        }
        None
    };
    if let Some(l) = item.or_else(single) {
        parts.push(l);
    }
    let last = path
        .rsplit('.')
        .next()
        .unwrap_or(path)
        .split('[')
        .next()
        .unwrap_or_default();
    if let Some(t) = field_label(last) {
        parts.push(t.get(lang).to_string());
    }
    parts.join(" › ")
}
