//! The 容错纠错事项 section (domain.md 4.9): the three distinctions (each
//! pointing at a negative item and a positive situation), the negative
//! list, the required conditions, the positive list, the threshold for
//! lighter handling, the procedure steps with their limits, and the ways
//! of clearing a name — each list with add and remove. Checklist ids are
//! unique across the three lists (answers are keyed by them).

use rust_decimal::Decimal;
use yew::prelude::*;

use super::choice_field::RuleChoice;
use super::context::{fresh_id, use_rules, RulesCtx};
use super::item_card::ItemCard;
use super::list_tools::AddButton;
use super::meta_fields::{MetaFields, MetaKey};
use super::num_field::RuleNumber;
use super::section::Section;
use super::{field_dom_id, new_item_labels};
use crate::engine::rules::Meta;
use crate::engine::tolerance::{Distinction, Item, Step, ToleranceRules};
use crate::i18n::{Lang, Text};
use crate::ui::shell::use_lang;

/// The header fields of a tolerance item as a `Meta` (no basis).
fn as_meta(id: &str, zh: &str, en: &str, citation: &str) -> Meta {
    Meta {
        id: id.into(),
        zh: zh.into(),
        en: en.into(),
        citation: citation.into(),
        basis: String::new(),
    }
}

fn label(lang: Lang, id: &str, zh: &str, en: &str) -> String {
    let l = lang.pick(zh, en).trim();
    if l.is_empty() {
        id.to_string()
    } else {
        l.to_string()
    }
}

/// Sets part `k` of a header made of four strings.
fn set_parts(
    id: &mut String,
    zh: &mut String,
    en: &mut String,
    citation: &mut String,
    k: MetaKey,
    v: String,
) {
    match k {
        MetaKey::Id => *id = v,
        MetaKey::Zh => *zh = v,
        MetaKey::En => *en = v,
        MetaKey::Citation => *citation = v,
        MetaKey::Basis => {}
    }
}

type ListOf = fn(&mut ToleranceRules) -> &mut Vec<Item>;

/// A list of items (negative list, conditions, positive list, clearance
/// methods) with add and remove.
fn item_list(
    ctx: &RulesCtx,
    lang: Lang,
    path: &'static str,
    heading: Text,
    items: &[Item],
    list: ListOf,
    id_prefix: &'static str,
) -> Html {
    let cards = items.iter().enumerate().map(|(i, it)| {
        let p = format!("{path}[{i}]");
        let on_remove = ctx.action(move |r| {
            let v = list(&mut r.tolerance);
            if i < v.len() {
                v.remove(i);
            }
        });
        html! {
            <ItemCard path={p.clone()} label={label(lang, &it.id, &it.zh, &it.en)} on_remove={Some(on_remove)}>
                <MetaFields path={p.clone()} meta={as_meta(&it.id, &it.zh, &it.en, &it.citation)}
                    id_editable=true with_basis=false
                    on_change={ctx.item(move |r| list(&mut r.tolerance).get_mut(i))} />
            </ItemCard>
        }
    });
    let add = ctx.action(move |r| {
        let (zh, en) = new_item_labels();
        let t = &r.tolerance;
        let taken: Vec<String> = t
            .questions()
            .map(|(_, q)| q.id.clone())
            .chain(t.clearance_methods.iter().map(|m| m.id.clone()))
            .collect();
        let id = fresh_id(id_prefix, taken.iter().map(String::as_str));
        list(&mut r.tolerance).push(Item {
            id,
            zh,
            en,
            citation: String::new(),
        });
    });
    let list_id = field_dom_id(path);
    html! {
        <>
            <h3>{ heading.get(lang) }</h3>
            <div class="rule-list" id={list_id.clone()}>{ for cards }</div>
            <AddButton id={format!("{list_id}-add")} label={Text::RuleAddItem.get(lang)} onclick={add} />
        </>
    }
}

#[component]
pub fn ToleranceSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let t = &r.tolerance;
    let options = |items: &[Item]| -> Vec<(AttrValue, AttrValue)> {
        items
            .iter()
            .map(|i| {
                (
                    AttrValue::from(i.id.clone()),
                    AttrValue::from(label(lang, &i.id, &i.zh, &i.en)),
                )
            })
            .collect()
    };
    let negatives = options(&t.negative);
    let positives = options(&t.positive);
    let distinctions = t.distinctions.iter().enumerate().map(|(i, d)| {
        let p = format!("tolerance.distinctions[{i}]");
        let on_remove = ctx.action(move |r| {
            if i < r.tolerance.distinctions.len() {
                r.tolerance.distinctions.remove(i);
            }
        });
        html! {
            <ItemCard path={p.clone()} label={label(lang, &d.id, &d.zh, &d.en)} on_remove={Some(on_remove)}>
                <RuleChoice path={format!("{p}.negative")} label={Text::RuleFNegativeRef.get(lang)}
                    options={negatives.clone()} value={d.negative.clone()}
                    on_change={ctx.text(move |r| r.tolerance.distinctions.get_mut(i).map(|d| &mut d.negative))} />
                <RuleChoice path={format!("{p}.positive")} label={Text::RuleFPositiveRef.get(lang)}
                    options={positives.clone()} value={d.positive.clone()}
                    on_change={ctx.text(move |r| r.tolerance.distinctions.get_mut(i).map(|d| &mut d.positive))} />
                <MetaFields path={p.clone()} meta={as_meta(&d.id, &d.zh, &d.en, &d.citation)}
                    id_editable=true with_basis=false
                    on_change={ctx.setter(move |r, (k, v): (MetaKey, String)| {
                        if let Some(d) = r.tolerance.distinctions.get_mut(i) {
                            set_parts(&mut d.id, &mut d.zh, &mut d.en, &mut d.citation, k, v);
                        }
                    })} />
            </ItemCard>
        }
    });
    let add_distinction = ctx.action(|r| {
        let (zh, en) = new_item_labels();
        let t = &mut r.tolerance;
        let id = fresh_id(
            "distinction.new",
            t.distinctions.iter().map(|d| d.id.as_str()),
        );
        let negative = t.negative.first().map(|i| i.id.clone()).unwrap_or_default();
        let positive = t.positive.first().map(|i| i.id.clone()).unwrap_or_default();
        t.distinctions.push(Distinction {
            id,
            zh,
            en,
            citation: String::new(),
            negative,
            positive,
        });
    });
    let th = &t.threshold;
    let steps = t.steps.iter().enumerate().map(|(i, s)| {
        let p = format!("tolerance.steps[{i}]");
        let on_remove = ctx.action(move |r| {
            if i < r.tolerance.steps.len() {
                r.tolerance.steps.remove(i);
            }
        });
        html! {
            <ItemCard path={p.clone()} label={label(lang, &s.id, &s.zh, &s.en)} on_remove={Some(on_remove)}>
                <RuleNumber path={format!("{p}.limit_days")} label={Text::RuleFLimitDays.get(lang)}
                    whole=true value={Some(Decimal::from(s.limit_days))}
                    on_change={ctx.count(move |r| r.tolerance.steps.get_mut(i).map(|s| &mut s.limit_days))} />
                <RuleNumber path={format!("{p}.extension_days")} label={Text::RuleFExtensionDays.get(lang)}
                    whole=true value={Some(Decimal::from(s.extension_days))}
                    on_change={ctx.count(move |r| r.tolerance.steps.get_mut(i).map(|s| &mut s.extension_days))} />
                <MetaFields path={p.clone()} meta={as_meta(&s.id, &s.zh, &s.en, &s.citation)}
                    id_editable=true with_basis=false
                    on_change={ctx.setter(move |r, (k, v): (MetaKey, String)| {
                        if let Some(s) = r.tolerance.steps.get_mut(i) {
                            set_parts(&mut s.id, &mut s.zh, &mut s.en, &mut s.citation, k, v);
                        }
                    })} />
            </ItemCard>
        }
    });
    let add_step = ctx.action(|r| {
        let (zh, en) = new_item_labels();
        let t = &mut r.tolerance;
        let id = fresh_id("step.new", t.steps.iter().map(|s| s.id.as_str()));
        t.steps.push(Step {
            id,
            zh,
            en,
            citation: String::new(),
            limit_days: 5,
            extension_days: 0,
        });
    });
    html! {
        <Section id="tolerance">
            <p class="rule-note">{ Text::RuleToleranceNote.get(lang) }</p>
            <h3>{ Text::TolGroupDistinctions.get(lang) }</h3>
            <div class="rule-list" id="rule-tolerance-distinctions">{ for distinctions }</div>
            <AddButton id="rules-add-tolerance-distinctions" label={Text::RuleAddItem.get(lang)} onclick={add_distinction} />
            { item_list(&ctx, lang, "tolerance.negative", Text::TolGroupNegative, &t.negative, |t| &mut t.negative, "negative.new") }
            { item_list(&ctx, lang, "tolerance.conditions", Text::TolGroupConditions, &t.conditions, |t| &mut t.conditions, "condition.new") }
            { item_list(&ctx, lang, "tolerance.positive", Text::TolGroupPositive, &t.positive, |t| &mut t.positive, "positive.new") }
            <ItemCard path="tolerance.threshold" label={label(lang, &th.id, &th.zh, &th.en)}>
                <RuleNumber path="tolerance.threshold.min_conditions" label={Text::RuleFMinConditions.get(lang)}
                    whole=true value={Some(Decimal::from(th.min_conditions))}
                    on_change={ctx.count(|r| Some(&mut r.tolerance.threshold.min_conditions))} />
                <MetaFields path="tolerance.threshold" meta={as_meta(&th.id, &th.zh, &th.en, &th.citation)}
                    with_basis=false
                    on_change={ctx.setter(|r, (k, v): (MetaKey, String)| {
                        let th = &mut r.tolerance.threshold;
                        set_parts(&mut th.id, &mut th.zh, &mut th.en, &mut th.citation, k, v);
                    })} />
            </ItemCard>
            <h3>{ Text::RuleSubProcedure.get(lang) }</h3>
            <div class="rule-list" id="rule-tolerance-steps">{ for steps }</div>
            <AddButton id="rules-add-tolerance-steps" label={Text::RuleAddStep.get(lang)} onclick={add_step} />
            { item_list(&ctx, lang, "tolerance.clearance_methods", Text::RuleSubClearance, &t.clearance_methods, |t| &mut t.clearance_methods, "method.new") }
        </Section>
    }
}
