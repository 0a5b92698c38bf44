//! The 双倍联动与期间权重 section: the linkage multiplier and the period
//! weights (Q1–Q4 and year-end, in %; a sum other than 100 is noted at
//! each weight but computed as it is).

use yew::prelude::*;

use super::context::use_rules;
use super::item_card::ItemCard;
use super::meta_fields::MetaFields;
use super::num_field::RuleNumber;
use super::section::Section;
use super::{field_dom_id, meta_label};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

const PERIODS: [Text; 5] = [
    Text::RulePeriodQ1,
    Text::RulePeriodQ2,
    Text::RulePeriodQ3,
    Text::RulePeriodQ4,
    Text::RulePeriodYear,
];

#[component]
pub fn LinkageSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let weights = PERIODS.iter().enumerate().map(|(k, t)| {
        html! {
            <RuleNumber path={format!("periods.weights[{k}]")} label={t.get(lang)}
                value={r.periods.weights.get(k).copied()} also={Some(AttrValue::from("periods.weights"))}
                on_change={ctx.decimal(move |r| r.periods.weights.get_mut(k))} />
        }
    });
    html! {
        <Section id="linkage">
            <ItemCard path="linkage" label={meta_label(lang, &r.linkage.meta)}>
                <RuleNumber path="linkage.multiplier" label={Text::RuleFMultiplier.get(lang)}
                    value={Some(r.linkage.multiplier)}
                    on_change={ctx.decimal(|r| Some(&mut r.linkage.multiplier))} />
                <MetaFields path="linkage" meta={r.linkage.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.linkage.meta))} />
            </ItemCard>
            <ItemCard path="periods" label={meta_label(lang, &r.periods.meta)}>
                <div class="rule-row" id={field_dom_id("periods.weights")}>{ for weights }</div>
                <MetaFields path="periods" meta={r.periods.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.periods.meta))} />
            </ItemCard>
        </Section>
    }
}
