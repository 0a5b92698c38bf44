//! The 考阅炼评 section (domain.md 4.8): the pass mark, and the re-sit,
//! re-training, missed-test, half-year and year rules (stated, labelled).

use yew::prelude::*;

use super::context::use_rules;
use super::item_card::ItemCard;
use super::meta_fields::MetaFields;
use super::meta_label;
use super::num_field::RuleNumber;
use super::section::Section;
use crate::engine::rules::{LearningRules, Meta, RuleSet};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

type Pick = fn(&mut LearningRules) -> &mut Meta;

#[component]
pub fn LearningSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let l = &r.learning;
    let stated: [(&str, &Meta, Pick); 5] = [
        ("learning.resit", &l.resit, |l| &mut l.resit),
        ("learning.retraining", &l.retraining, |l| &mut l.retraining),
        ("learning.missed", &l.missed, |l| &mut l.missed),
        ("learning.half_year", &l.half_year, |l| &mut l.half_year),
        ("learning.year", &l.year, |l| &mut l.year),
    ];
    let cards = stated.iter().map(|(path, m, pick)| {
        let pick = *pick;
        html! {
            <ItemCard path={*path} label={meta_label(lang, m)}>
                <MetaFields path={*path} meta={(*m).clone()}
                    on_change={ctx.meta(move |r: &mut RuleSet| Some(pick(&mut r.learning)))} />
            </ItemCard>
        }
    });
    html! {
        <Section id="learning">
            <ItemCard path="learning.pass" label={meta_label(lang, &l.pass.meta)}>
                <RuleNumber path="learning.pass.pass_mark" label={Text::RuleFPassMark.get(lang)}
                    value={Some(l.pass.pass_mark)}
                    on_change={ctx.decimal(|r| Some(&mut r.learning.pass.pass_mark))} />
                <MetaFields path="learning.pass" meta={l.pass.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.learning.pass.meta))} />
            </ItemCard>
            { for cards }
        </Section>
    }
}
