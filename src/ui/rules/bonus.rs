//! The 加分类别与上限 section: the bonus categories with their caps (add,
//! remove), the total bonus cap and the 文号 rule.

use rust_decimal::Decimal;
use yew::prelude::*;

use super::context::{fresh_id, use_rules};
use super::item_card::ItemCard;
use super::list_tools::AddButton;
use super::meta_fields::MetaFields;
use super::num_field::RuleNumber;
use super::section::Section;
use super::{meta_label, new_item_labels};
use crate::engine::rules::{Capped, Meta};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[component]
pub fn BonusSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let b = &r.bonus;
    let items = b.categories.iter().enumerate().map(|(i, c)| {
        let p = format!("bonus.categories[{i}]");
        let on_remove = ctx.action(move |r| {
            if i < r.bonus.categories.len() {
                r.bonus.categories.remove(i);
            }
        });
        html! {
            <ItemCard path={p.clone()} label={meta_label(lang, &c.meta)} on_remove={Some(on_remove)}>
                <RuleNumber path={format!("{p}.cap")} label={Text::RuleFCap.get(lang)} value={Some(c.cap)}
                    on_change={ctx.decimal(move |r| r.bonus.categories.get_mut(i).map(|x| &mut x.cap))} />
                <MetaFields path={p.clone()} meta={c.meta.clone()} id_editable=true
                    on_change={ctx.meta(move |r| r.bonus.categories.get_mut(i).map(|x| &mut x.meta))} />
            </ItemCard>
        }
    });
    let add = ctx.action(|r| {
        let (zh, en) = new_item_labels();
        let id = fresh_id(
            "bonus.new",
            r.bonus.categories.iter().map(|x| x.meta.id.as_str()),
        );
        r.bonus.categories.push(Capped {
            meta: Meta {
                id,
                zh,
                en,
                ..Meta::default()
            },
            cap: Decimal::ZERO,
        });
    });
    html! {
        <Section id="bonus">
            <h3>{ Text::RuleSubCategories.get(lang) }</h3>
            <div class="rule-list" id="rule-bonus-categories">{ for items }</div>
            <AddButton id="rules-add-bonus-categories" label={Text::RuleAddCategory.get(lang)} onclick={add} />
            <ItemCard path="bonus.total_cap" label={meta_label(lang, &b.total_cap.meta)}>
                <RuleNumber path="bonus.total_cap.cap" label={Text::RuleFCap.get(lang)} value={Some(b.total_cap.cap)}
                    on_change={ctx.decimal(|r| Some(&mut r.bonus.total_cap.cap))} />
                <MetaFields path="bonus.total_cap" meta={b.total_cap.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.bonus.total_cap.meta))} />
            </ItemCard>
            <ItemCard path="bonus.dedup" label={meta_label(lang, &b.dedup)}>
                <MetaFields path="bonus.dedup" meta={b.dedup.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.bonus.dedup))} />
            </ItemCard>
        </Section>
    }
}
