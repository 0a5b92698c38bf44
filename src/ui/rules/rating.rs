//! The 民主测评 section: the points a rating of 100 adds to the total and
//! the vote options with their coefficients (blank: the votes are dropped,
//! like 不了解), with add and remove.

use rust_decimal::Decimal;
use yew::prelude::*;

use super::context::{fresh_id, use_rules};
use super::item_card::ItemCard;
use super::list_tools::AddButton;
use super::meta_fields::MetaFields;
use super::num_field::RuleNumber;
use super::section::Section;
use super::{meta_label, new_item_labels};
use crate::engine::rules::{Meta, VoteOption};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[component]
pub fn RatingSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let rating = &r.rating;
    let items = rating.options.iter().enumerate().map(|(i, o)| {
        let p = format!("rating.options[{i}]");
        let on_remove = ctx.action(move |r| {
            if i < r.rating.options.len() {
                r.rating.options.remove(i);
            }
        });
        html! {
            <ItemCard path={p.clone()} label={meta_label(lang, &o.meta)} on_remove={Some(on_remove)}>
                <RuleNumber path={format!("{p}.coefficient")} label={Text::RuleFCoefficient.get(lang)}
                    value={o.coefficient} optional=true
                    on_change={ctx.setter(move |r, v: Option<Decimal>| {
                        if let Some(x) = r.rating.options.get_mut(i) {
                            x.coefficient = v;
                        }
                    })} />
                <MetaFields path={p.clone()} meta={o.meta.clone()} id_editable=true
                    on_change={ctx.meta(move |r| r.rating.options.get_mut(i).map(|x| &mut x.meta))} />
            </ItemCard>
        }
    });
    let add = ctx.action(|r| {
        let (zh, en) = new_item_labels();
        let id = fresh_id(
            "vote.new",
            r.rating.options.iter().map(|x| x.meta.id.as_str()),
        );
        r.rating.options.push(VoteOption {
            meta: Meta {
                id,
                zh,
                en,
                ..Meta::default()
            },
            coefficient: Some(Decimal::ZERO),
        });
    });
    html! {
        <Section id="rating">
            <ItemCard path="rating" label={meta_label(lang, &rating.meta)}>
                <RuleNumber path="rating.points" label={Text::RuleFRatingPoints.get(lang)}
                    value={Some(rating.points)}
                    on_change={ctx.decimal(|r| Some(&mut r.rating.points))} />
                <MetaFields path="rating" meta={rating.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.rating.meta))} />
            </ItemCard>
            <h3>{ Text::RuleSubOptions.get(lang) }</h3>
            <div class="rule-list" id="rule-rating-options">{ for items }</div>
            <AddButton id="rules-add-rating-options" label={Text::RuleAddOption.get(lang)} onclick={add} />
        </Section>
    }
}
