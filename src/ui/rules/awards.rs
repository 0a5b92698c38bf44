//! The 奖项 section: all-round champion, single-item champion (how many
//! units of the group must have the indicator), led throughout, most
//! improved.

use rust_decimal::Decimal;
use yew::prelude::*;

use super::context::use_rules;
use super::item_card::ItemCard;
use super::meta_fields::MetaFields;
use super::meta_label;
use super::num_field::RuleNumber;
use super::section::Section;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[component]
pub fn AwardsSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let a = &r.awards;
    html! {
        <Section id="awards">
            <ItemCard path="awards.all_round" label={meta_label(lang, &a.all_round)}>
                <MetaFields path="awards.all_round" meta={a.all_round.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.awards.all_round))} />
            </ItemCard>
            <ItemCard path="awards.single_item" label={meta_label(lang, &a.single_item.meta)}>
                <RuleNumber path="awards.single_item.min_units" label={Text::RuleFMinUnits.get(lang)}
                    whole=true value={Some(Decimal::from(a.single_item.min_units))}
                    on_change={ctx.count(|r| Some(&mut r.awards.single_item.min_units))} />
                <MetaFields path="awards.single_item" meta={a.single_item.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.awards.single_item.meta))} />
            </ItemCard>
            <ItemCard path="awards.led_throughout" label={meta_label(lang, &a.led_throughout)}>
                <MetaFields path="awards.led_throughout" meta={a.led_throughout.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.awards.led_throughout))} />
            </ItemCard>
            <ItemCard path="awards.most_improved" label={meta_label(lang, &a.most_improved)}>
                <MetaFields path="awards.most_improved" meta={a.most_improved.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.awards.most_improved))} />
            </ItemCard>
        </Section>
    }
}
