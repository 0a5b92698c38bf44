//! The 干部个人考核 section (domain.md 4.7): the two links of the linked
//! result, the learning weight of the individual result, the excellent
//! grade (threshold and county leaders' share), the competent and basic
//! thresholds, incompetent, and "not recommended for promotion".

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
pub fn CadresSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let c = &r.cadres;
    html! {
        <Section id="cadres">
            <ItemCard path="cadres.linked_head" label={meta_label(lang, &c.linked_head)}>
                <MetaFields path="cadres.linked_head" meta={c.linked_head.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.cadres.linked_head))} />
            </ItemCard>
            <ItemCard path="cadres.linked_leader" label={meta_label(lang, &c.linked_leader)}>
                <MetaFields path="cadres.linked_leader" meta={c.linked_leader.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.cadres.linked_leader))} />
            </ItemCard>
            <ItemCard path="cadres.individual" label={meta_label(lang, &c.individual.meta)}>
                <RuleNumber path="cadres.individual.learning_weight" label={Text::RuleFLearningWeight.get(lang)}
                    value={Some(c.individual.learning_weight)}
                    on_change={ctx.decimal(|r| Some(&mut r.cadres.individual.learning_weight))} />
                <MetaFields path="cadres.individual" meta={c.individual.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.cadres.individual.meta))} />
            </ItemCard>
            <ItemCard path="cadres.excellent" label={meta_label(lang, &c.excellent.meta)}>
                <RuleNumber path="cadres.excellent.min_result" label={Text::RuleFMinResult.get(lang)}
                    value={Some(c.excellent.min_result)}
                    on_change={ctx.decimal(|r| Some(&mut r.cadres.excellent.min_result))} />
                <RuleNumber path="cadres.excellent.leader_share" label={Text::RuleFLeaderShare.get(lang)}
                    value={Some(c.excellent.leader_share)}
                    on_change={ctx.decimal(|r| Some(&mut r.cadres.excellent.leader_share))} />
                <MetaFields path="cadres.excellent" meta={c.excellent.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.cadres.excellent.meta))} />
            </ItemCard>
            <ItemCard path="cadres.competent" label={meta_label(lang, &c.competent.meta)}>
                <RuleNumber path="cadres.competent.min_total" label={Text::RuleFMinResult.get(lang)}
                    value={Some(c.competent.min_total)}
                    on_change={ctx.decimal(|r| Some(&mut r.cadres.competent.min_total))} />
                <MetaFields path="cadres.competent" meta={c.competent.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.cadres.competent.meta))} />
            </ItemCard>
            <ItemCard path="cadres.basic" label={meta_label(lang, &c.basic.meta)}>
                <RuleNumber path="cadres.basic.min_total" label={Text::RuleFMinResult.get(lang)}
                    value={Some(c.basic.min_total)}
                    on_change={ctx.decimal(|r| Some(&mut r.cadres.basic.min_total))} />
                <MetaFields path="cadres.basic" meta={c.basic.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.cadres.basic.meta))} />
            </ItemCard>
            <ItemCard path="cadres.incompetent" label={meta_label(lang, &c.incompetent)}>
                <MetaFields path="cadres.incompetent" meta={c.incompetent.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.cadres.incompetent))} />
            </ItemCard>
            <ItemCard path="cadres.not_recommended" label={meta_label(lang, &c.not_recommended)}>
                <MetaFields path="cadres.not_recommended" meta={c.not_recommended.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.cadres.not_recommended))} />
            </ItemCard>
        </Section>
    }
}
