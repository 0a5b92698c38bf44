//! The 核心指标 section: the indicator part (points, completion cap) and
//! the indicator catalogue — id, labels, direction, default weight,
//! citation — with add and remove.

use yew::prelude::*;

use super::choice_field::RuleChoice;
use super::context::{fresh_id, use_rules};
use super::item_card::ItemCard;
use super::list_tools::AddButton;
use super::meta_fields::MetaFields;
use super::num_field::RuleNumber;
use super::section::Section;
use super::{meta_label, new_item_labels};
use crate::engine::rules::{IndicatorDef, Meta};
use crate::engine::types::Direction;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

fn direction_key(d: Direction) -> &'static str {
    match d {
        Direction::Higher => "higher",
        Direction::Lower => "lower",
    }
}

#[component]
pub fn IndicatorsSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let part = &r.indicator_part;
    let directions = vec![
        (
            AttrValue::from("higher"),
            AttrValue::from(Text::RuleDirHigher.get(lang)),
        ),
        (
            AttrValue::from("lower"),
            AttrValue::from(Text::RuleDirLower.get(lang)),
        ),
    ];
    let items = r.indicators.iter().enumerate().map(|(i, ind)| {
        let p = format!("indicators[{i}]");
        let on_remove = ctx.action(move |r| {
            if i < r.indicators.len() {
                r.indicators.remove(i);
            }
        });
        html! {
            <ItemCard path={p.clone()} label={meta_label(lang, &ind.meta)} on_remove={Some(on_remove)}>
                <RuleChoice path={format!("{p}.direction")} label={Text::RuleFDirection.get(lang)}
                    options={directions.clone()} value={direction_key(ind.direction)}
                    on_change={ctx.setter(move |r, v: String| {
                        if let Some(x) = r.indicators.get_mut(i) {
                            x.direction = if v == "lower" { Direction::Lower } else { Direction::Higher };
                        }
                    })} />
                <RuleNumber path={format!("{p}.default_weight")} label={Text::RuleFDefaultWeight.get(lang)}
                    value={Some(ind.default_weight)}
                    on_change={ctx.decimal(move |r| r.indicators.get_mut(i).map(|x| &mut x.default_weight))} />
                <MetaFields path={p.clone()} meta={ind.meta.clone()} id_editable=true
                    on_change={ctx.meta(move |r| r.indicators.get_mut(i).map(|x| &mut x.meta))} />
            </ItemCard>
        }
    });
    let add = ctx.action(|r| {
        let (zh, en) = new_item_labels();
        let id = fresh_id("ind.new", r.indicators.iter().map(|x| x.meta.id.as_str()));
        r.indicators.push(IndicatorDef {
            meta: Meta {
                id,
                zh,
                en,
                ..Meta::default()
            },
            direction: Direction::Higher,
            default_weight: rust_decimal::Decimal::ZERO,
        });
    });
    html! {
        <Section id="indicators">
            <ItemCard path="indicator_part" label={meta_label(lang, &part.meta)}>
                <RuleNumber path="indicator_part.points" label={Text::RuleFPoints.get(lang)}
                    value={Some(part.points)}
                    on_change={ctx.decimal(|r| Some(&mut r.indicator_part.points))} />
                <RuleNumber path="indicator_part.completion_max" label={Text::RuleFCompletionMax.get(lang)}
                    value={Some(part.completion_max)}
                    on_change={ctx.decimal(|r| Some(&mut r.indicator_part.completion_max))} />
                <MetaFields path="indicator_part" meta={part.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.indicator_part.meta))} />
            </ItemCard>
            <h3>{ Text::RuleSubCatalogue.get(lang) }</h3>
            <p class="rule-note">{ Text::RuleIdsNote.get(lang) }</p>
            <div class="rule-list" id="rule-indicators">{ for items }</div>
            <AddButton id="rules-add-indicators" label={Text::RuleAddIndicator.get(lang)} onclick={add} />
        </Section>
    }
}
