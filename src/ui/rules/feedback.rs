//! The 360度反馈评价 section: the part's points, the evaluator groups with
//! their weights in % (which must sum to 100: the issue is shown at every
//! weight), add and remove, and the drop-extremes threshold.

use rust_decimal::Decimal;
use yew::prelude::*;

use super::context::{fresh_id, use_rules};
use super::item_card::ItemCard;
use super::list_tools::AddButton;
use super::meta_fields::MetaFields;
use super::num_field::RuleNumber;
use super::section::Section;
use super::{field_dom_id, meta_label, new_item_labels};
use crate::engine::rules::{EvaluatorGroup, Meta};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[component]
pub fn FeedbackSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let fb = &r.feedback;
    let items = fb.groups.iter().enumerate().map(|(i, g)| {
        let p = format!("feedback.groups[{i}]");
        let on_remove = ctx.action(move |r| {
            if i < r.feedback.groups.len() {
                r.feedback.groups.remove(i);
            }
        });
        html! {
            <ItemCard path={p.clone()} label={meta_label(lang, &g.meta)} on_remove={Some(on_remove)}>
                <RuleNumber path={format!("{p}.weight")} label={Text::RuleFWeight.get(lang)}
                    value={Some(g.weight)} also={Some(AttrValue::from("feedback.groups"))}
                    on_change={ctx.decimal(move |r| r.feedback.groups.get_mut(i).map(|x| &mut x.weight))} />
                <MetaFields path={p.clone()} meta={g.meta.clone()} id_editable=true
                    on_change={ctx.meta(move |r| r.feedback.groups.get_mut(i).map(|x| &mut x.meta))} />
            </ItemCard>
        }
    });
    let add = ctx.action(|r| {
        let (zh, en) = new_item_labels();
        let id = fresh_id(
            "fb.new",
            r.feedback.groups.iter().map(|x| x.meta.id.as_str()),
        );
        r.feedback.groups.push(EvaluatorGroup {
            meta: Meta {
                id,
                zh,
                en,
                ..Meta::default()
            },
            weight: Decimal::ZERO,
        });
    });
    html! {
        <Section id="feedback">
            <ItemCard path="feedback" label={meta_label(lang, &fb.meta)}>
                <RuleNumber path="feedback.points" label={Text::RuleFPoints.get(lang)}
                    value={Some(fb.points)}
                    on_change={ctx.decimal(|r| Some(&mut r.feedback.points))} />
                <MetaFields path="feedback" meta={fb.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.feedback.meta))} />
            </ItemCard>
            <h3>{ Text::RuleSubEvaluators.get(lang) }</h3>
            <p class="rule-note">{ Text::RuleWeightsNote.get(lang) }</p>
            <div class="rule-list" id={field_dom_id("feedback.groups")}>{ for items }</div>
            <AddButton id="rules-add-feedback-groups" label={Text::RuleAddEvaluator.get(lang)} onclick={add} />
            <ItemCard path="feedback.drop_extremes" label={meta_label(lang, &fb.drop_extremes.meta)}>
                <RuleNumber path="feedback.drop_extremes.min_raters" label={Text::RuleFMinRaters.get(lang)}
                    whole=true value={Some(Decimal::from(fb.drop_extremes.min_raters))}
                    on_change={ctx.count(|r| Some(&mut r.feedback.drop_extremes.min_raters))} />
                <MetaFields path="feedback.drop_extremes" meta={fb.drop_extremes.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.feedback.drop_extremes.meta))} />
            </ItemCard>
        </Section>
    }
}
