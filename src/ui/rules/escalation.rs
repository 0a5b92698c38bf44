//! The 提醒谈话与问责 section: the steps by count (from which count, which
//! action; add and remove), accountability, the four triggers of the talk
//! with the supervising leader, and "bottom two years running".

use rust_decimal::Decimal;
use yew::prelude::*;

use super::choice_field::RuleChoice;
use super::context::{fresh_id, use_rules};
use super::item_card::ItemCard;
use super::list_tools::AddButton;
use super::meta_fields::MetaFields;
use super::num_field::RuleNumber;
use super::section::Section;
use super::{meta_label, new_item_labels};
use crate::engine::rules::{Meta, Step};
use crate::engine::types::{Action, CadreGrade};
use crate::i18n::{action, cadre_grade, Lang, Text};
use crate::ui::shell::use_lang;

const ACTIONS: [(Action, &str); 10] = [
    (Action::ReminderTalk, "reminder_talk"),
    (Action::Admonishment, "admonishment"),
    (Action::OrganizationalHandling, "organizational_handling"),
    (Action::Accountability, "accountability"),
    (Action::SupervisorTalk, "supervisor_talk"),
    (Action::CloseExamination, "close_examination"),
    (Action::NotRecommended, "not_recommended"),
    (Action::Retraining, "retraining"),
    (Action::ResitRequired, "resit_required"),
    (Action::MissedTest, "missed_test"),
];

const GRADES: [(CadreGrade, &str); 4] = [
    (CadreGrade::Excellent, "excellent"),
    (CadreGrade::Competent, "competent"),
    (CadreGrade::BasicallyCompetent, "basically_competent"),
    (CadreGrade::Incompetent, "incompetent"),
];

fn key_of<T: PartialEq + Copy>(table: &[(T, &'static str)], v: T) -> &'static str {
    table
        .iter()
        .find(|(x, _)| *x == v)
        .map(|(_, k)| *k)
        .unwrap_or_default()
}

fn value_of<T: Copy>(table: &[(T, &'static str)], key: &str) -> Option<T> {
    table.iter().find(|(_, k)| *k == key).map(|(x, _)| *x)
}

fn action_options(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    ACTIONS
        .iter()
        .map(|(a, k)| (AttrValue::from(*k), AttrValue::from(action(*a).get(lang))))
        .collect()
}

#[component]
pub fn EscalationSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let e = &r.escalation;
    let steps = e.steps.iter().enumerate().map(|(i, s)| {
        let p = format!("escalation.steps[{i}]");
        let on_remove = ctx.action(move |r| {
            if i < r.escalation.steps.len() {
                r.escalation.steps.remove(i);
            }
        });
        html! {
            <ItemCard path={p.clone()} label={meta_label(lang, &s.meta)} on_remove={Some(on_remove)}>
                <RuleNumber path={format!("{p}.min_count")} label={Text::RuleFMinCount.get(lang)}
                    whole=true value={Some(Decimal::from(s.min_count))}
                    on_change={ctx.count(move |r| r.escalation.steps.get_mut(i).map(|x| &mut x.min_count))} />
                <RuleChoice path={format!("{p}.action")} label={Text::RuleFAction.get(lang)}
                    options={action_options(lang)} value={key_of(&ACTIONS, s.action)}
                    on_change={ctx.setter(move |r, v: String| {
                        if let (Some(x), Some(a)) = (r.escalation.steps.get_mut(i), value_of(&ACTIONS, &v)) {
                            x.action = a;
                        }
                    })} />
                <MetaFields path={p.clone()} meta={s.meta.clone()} id_editable=true
                    on_change={ctx.meta(move |r| r.escalation.steps.get_mut(i).map(|x| &mut x.meta))} />
            </ItemCard>
        }
    });
    let add = ctx.action(|r| {
        let (zh, en) = new_item_labels();
        let id = fresh_id(
            "esc.new",
            r.escalation.steps.iter().map(|x| x.meta.id.as_str()),
        );
        let last = r.escalation.steps.last();
        let min_count = last.map(|s| s.min_count.saturating_add(1)).unwrap_or(1);
        let action = last.map(|s| s.action).unwrap_or(Action::ReminderTalk);
        r.escalation.steps.push(Step {
            meta: Meta {
                id,
                zh,
                en,
                ..Meta::default()
            },
            min_count,
            action,
        });
    });
    let grades: Vec<(AttrValue, AttrValue)> = GRADES
        .iter()
        .map(|(g, k)| {
            (
                AttrValue::from(*k),
                AttrValue::from(cadre_grade(*g).get(lang)),
            )
        })
        .collect();
    html! {
        <Section id="escalation">
            <h3>{ Text::RuleSubSteps.get(lang) }</h3>
            <div class="rule-list" id="rule-escalation-steps">{ for steps }</div>
            <AddButton id="rules-add-escalation-steps" label={Text::RuleAddStep.get(lang)} onclick={add} />
            <ItemCard path="escalation.accountability" label={meta_label(lang, &e.accountability)}>
                <MetaFields path="escalation.accountability" meta={e.accountability.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.escalation.accountability))} />
            </ItemCard>
            <h3>{ Text::RuleSubSupervisor.get(lang) }</h3>
            <ItemCard path="escalation.supervisor_quarters" label={meta_label(lang, &e.supervisor_quarters.meta)}>
                <RuleNumber path="escalation.supervisor_quarters.share" label={Text::RuleFShare.get(lang)}
                    value={Some(e.supervisor_quarters.share)}
                    on_change={ctx.decimal(|r| Some(&mut r.escalation.supervisor_quarters.share))} />
                <RuleNumber path="escalation.supervisor_quarters.quarters" label={Text::RuleFQuarters.get(lang)}
                    whole=true value={Some(Decimal::from(e.supervisor_quarters.quarters))}
                    on_change={ctx.count(|r| Some(&mut r.escalation.supervisor_quarters.quarters))} />
                <MetaFields path="escalation.supervisor_quarters" meta={e.supervisor_quarters.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.escalation.supervisor_quarters.meta))} />
            </ItemCard>
            <ItemCard path="escalation.supervisor_head_grade" label={meta_label(lang, &e.supervisor_head_grade.meta)}>
                <RuleChoice path="escalation.supervisor_head_grade.grade" label={Text::RuleFHeadGrade.get(lang)}
                    options={grades} value={key_of(&GRADES, e.supervisor_head_grade.grade)}
                    on_change={ctx.setter(|r, v: String| {
                        if let Some(g) = value_of(&GRADES, &v) {
                            r.escalation.supervisor_head_grade.grade = g;
                        }
                    })} />
                <MetaFields path="escalation.supervisor_head_grade" meta={e.supervisor_head_grade.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.escalation.supervisor_head_grade.meta))} />
            </ItemCard>
            <ItemCard path="escalation.supervisor_rating" label={meta_label(lang, &e.supervisor_rating.meta)}>
                <RuleNumber path="escalation.supervisor_rating.n" label={Text::RuleFBottomN.get(lang)}
                    whole=true value={Some(Decimal::from(e.supervisor_rating.n))}
                    on_change={ctx.count(|r| Some(&mut r.escalation.supervisor_rating.n))} />
                <MetaFields path="escalation.supervisor_rating" meta={e.supervisor_rating.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.escalation.supervisor_rating.meta))} />
            </ItemCard>
            <ItemCard path="escalation.supervisor_linkage" label={meta_label(lang, &e.supervisor_linkage.meta)}>
                <RuleNumber path="escalation.supervisor_linkage.occasions" label={Text::RuleFOccasions.get(lang)}
                    whole=true value={Some(Decimal::from(e.supervisor_linkage.occasions))}
                    on_change={ctx.count(|r| Some(&mut r.escalation.supervisor_linkage.occasions))} />
                <MetaFields path="escalation.supervisor_linkage" meta={e.supervisor_linkage.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.escalation.supervisor_linkage.meta))} />
            </ItemCard>
            <ItemCard path="escalation.bottom_two_years" label={meta_label(lang, &e.bottom_two_years.meta)}>
                <RuleNumber path="escalation.bottom_two_years.n" label={Text::RuleFBottomN.get(lang)}
                    whole=true value={Some(Decimal::from(e.bottom_two_years.n))}
                    on_change={ctx.count(|r| Some(&mut r.escalation.bottom_two_years.n))} />
                <MetaFields path="escalation.bottom_two_years" meta={e.bottom_two_years.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.escalation.bottom_two_years.meta))} />
            </ItemCard>
        </Section>
    }
}
