//! The event-kinds section: every bonus, deduction, veto and
//! accountability kind — id, labels, effect, bonus category, points per
//! level (national / provincial / city), whether it counts toward
//! escalation — with add and remove.

use rust_decimal::Decimal;
use yew::prelude::*;

use super::check_field::RuleCheck;
use super::choice_field::RuleChoice;
use super::context::{fresh_id, use_rules};
use super::item_card::ItemCard;
use super::list_tools::AddButton;
use super::meta_fields::MetaFields;
use super::num_field::RuleNumber;
use super::section::Section;
use super::{meta_label, new_item_labels};
use crate::engine::rules::{EventKind, LevelPoints, Meta};
use crate::engine::types::Effect;
use crate::i18n::{Lang, Text};
use crate::ui::shell::use_lang;

const EFFECTS: [(Effect, &str, Text); 4] = [
    (Effect::Bonus, "bonus", Text::RuleEffBonus),
    (Effect::Deduction, "deduction", Text::RuleEffDeduction),
    (Effect::Veto, "veto", Text::RuleEffVeto),
    (
        Effect::Accountability,
        "accountability",
        Text::RuleEffAccountability,
    ),
];

fn effect_key(e: Effect) -> &'static str {
    EFFECTS
        .iter()
        .find(|(x, _, _)| *x == e)
        .map(|(_, k, _)| *k)
        .unwrap_or("bonus")
}

fn effect_options(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    EFFECTS
        .iter()
        .map(|(_, k, t)| (AttrValue::from(*k), AttrValue::from(t.get(lang))))
        .collect()
}

#[component]
pub fn EventsSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let mut categories = vec![(
        AttrValue::from(""),
        AttrValue::from(Text::RuleCategoryNone.get(lang)),
    )];
    categories.extend(r.bonus.categories.iter().map(|c| {
        (
            AttrValue::from(c.meta.id.clone()),
            AttrValue::from(meta_label(lang, &c.meta)),
        )
    }));
    let items = r.events.iter().enumerate().map(|(i, k)| {
        let p = format!("events[{i}]");
        let on_remove = ctx.action(move |r| {
            if i < r.events.len() {
                r.events.remove(i);
            }
        });
        let scored = matches!(k.effect, Effect::Bonus | Effect::Deduction);
        html! {
            <ItemCard path={p.clone()} label={meta_label(lang, &k.meta)} on_remove={Some(on_remove)}>
                <RuleChoice path={format!("{p}.effect")} label={Text::RuleFEffect.get(lang)}
                    options={effect_options(lang)} value={effect_key(k.effect)}
                    on_change={ctx.setter(move |r, v: String| {
                        let effect = EFFECTS.iter().find(|(_, key, _)| *key == v).map(|(e, _, _)| *e);
                        if let (Some(x), Some(e)) = (r.events.get_mut(i), effect) {
                            x.effect = e;
                        }
                    })} />
                if k.effect == Effect::Bonus {
                    <RuleChoice path={format!("{p}.category")} label={Text::RuleFCategory.get(lang)}
                        options={categories.clone()} value={k.category.clone().unwrap_or_default()}
                        on_change={ctx.setter(move |r, v: String| {
                            if let Some(x) = r.events.get_mut(i) {
                                x.category = (!v.is_empty()).then_some(v);
                            }
                        })} />
                }
                if scored {
                    <RuleNumber path={format!("{p}.points.national")} label={Text::RuleFPointsNational.get(lang)}
                        value={Some(k.points.national)}
                        on_change={ctx.decimal(move |r| r.events.get_mut(i).map(|x| &mut x.points.national))} />
                    <RuleNumber path={format!("{p}.points.provincial")} label={Text::RuleFPointsProvincial.get(lang)}
                        value={Some(k.points.provincial)}
                        on_change={ctx.decimal(move |r| r.events.get_mut(i).map(|x| &mut x.points.provincial))} />
                    <RuleNumber path={format!("{p}.points.city")} label={Text::RuleFPointsCity.get(lang)}
                        value={Some(k.points.city)}
                        on_change={ctx.decimal(move |r| r.events.get_mut(i).map(|x| &mut x.points.city))} />
                }
                <RuleCheck path={format!("{p}.escalates")} label={Text::RuleFEscalates.get(lang)}
                    checked={k.escalates}
                    on_change={ctx.setter(move |r, v: bool| {
                        if let Some(x) = r.events.get_mut(i) {
                            x.escalates = v;
                        }
                    })} />
                <MetaFields path={p.clone()} meta={k.meta.clone()} id_editable=true
                    on_change={ctx.meta(move |r| r.events.get_mut(i).map(|x| &mut x.meta))} />
            </ItemCard>
        }
    });
    let add = ctx.action(|r| {
        let (zh, en) = new_item_labels();
        let id = fresh_id("event.new", r.events.iter().map(|x| x.meta.id.as_str()));
        let category = r.bonus.categories.first().map(|c| c.meta.id.clone());
        r.events.push(EventKind {
            meta: Meta {
                id,
                zh,
                en,
                ..Meta::default()
            },
            effect: Effect::Bonus,
            category,
            points: LevelPoints {
                national: Decimal::ZERO,
                provincial: Decimal::ZERO,
                city: Decimal::ZERO,
            },
            escalates: false,
        });
    });
    html! {
        <Section id="events">
            <p class="rule-note">{ Text::RuleEventsNote.get(lang) }</p>
            <div class="rule-list" id="rule-events">{ for items }</div>
            <AddButton id="rules-add-events" label={Text::RuleAddEvent.get(lang)} onclick={add} />
        </Section>
    }
}
