//! The 等次与优秀名额 section: the excellent quota (share of the group and
//! threshold), the good and fair thresholds, poor, the national
//! commendation that makes a unit excellent outside the quota (its event
//! kind and level), the one-vote veto, and the staff excellent quota.

use yew::prelude::*;

use super::choice_field::RuleChoice;
use super::context::use_rules;
use super::item_card::ItemCard;
use super::meta_fields::MetaFields;
use super::meta_label;
use super::num_field::RuleNumber;
use super::section::Section;
use crate::engine::types::Level;
use crate::i18n::{level, Text};
use crate::ui::shell::use_lang;

const LEVELS: [(Level, &str); 3] = [
    (Level::National, "national"),
    (Level::Provincial, "provincial"),
    (Level::City, "city"),
];

#[component]
pub fn GradesSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let g = &r.grades;
    let nat = &g.national_commendation;
    let kinds: Vec<(AttrValue, AttrValue)> = r
        .events
        .iter()
        .map(|k| {
            (
                AttrValue::from(k.meta.id.clone()),
                AttrValue::from(meta_label(lang, &k.meta)),
            )
        })
        .collect();
    let levels: Vec<(AttrValue, AttrValue)> = LEVELS
        .iter()
        .map(|(l, k)| (AttrValue::from(*k), AttrValue::from(level(*l).get(lang))))
        .collect();
    let level_key = LEVELS
        .iter()
        .find(|(l, _)| *l == nat.level)
        .map(|(_, k)| *k)
        .unwrap_or("national");
    let sq = &r.staff_quota;
    html! {
        <Section id="grades">
            <ItemCard path="grades.excellent" label={meta_label(lang, &g.excellent.meta)}>
                <RuleNumber path="grades.excellent.share" label={Text::RuleFShare.get(lang)}
                    value={Some(g.excellent.share)}
                    on_change={ctx.decimal(|r| Some(&mut r.grades.excellent.share))} />
                <RuleNumber path="grades.excellent.min_total" label={Text::RuleFMinTotal.get(lang)}
                    value={Some(g.excellent.min_total)}
                    on_change={ctx.decimal(|r| Some(&mut r.grades.excellent.min_total))} />
                <MetaFields path="grades.excellent" meta={g.excellent.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.grades.excellent.meta))} />
            </ItemCard>
            <ItemCard path="grades.good" label={meta_label(lang, &g.good.meta)}>
                <RuleNumber path="grades.good.min_total" label={Text::RuleFMinTotal.get(lang)}
                    value={Some(g.good.min_total)}
                    on_change={ctx.decimal(|r| Some(&mut r.grades.good.min_total))} />
                <MetaFields path="grades.good" meta={g.good.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.grades.good.meta))} />
            </ItemCard>
            <ItemCard path="grades.fair" label={meta_label(lang, &g.fair.meta)}>
                <RuleNumber path="grades.fair.min_total" label={Text::RuleFMinTotal.get(lang)}
                    value={Some(g.fair.min_total)}
                    on_change={ctx.decimal(|r| Some(&mut r.grades.fair.min_total))} />
                <MetaFields path="grades.fair" meta={g.fair.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.grades.fair.meta))} />
            </ItemCard>
            <ItemCard path="grades.poor" label={meta_label(lang, &g.poor)}>
                <MetaFields path="grades.poor" meta={g.poor.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.grades.poor))} />
            </ItemCard>
            <ItemCard path="grades.national_commendation" label={meta_label(lang, &nat.meta)}>
                <RuleChoice path="grades.national_commendation.kind" label={Text::RuleFKind.get(lang)}
                    options={kinds} value={nat.kind.clone()}
                    on_change={ctx.text(|r| Some(&mut r.grades.national_commendation.kind))} />
                <RuleChoice path="grades.national_commendation.level" label={Text::RuleFLevel.get(lang)}
                    options={levels} value={level_key}
                    on_change={ctx.setter(|r, v: String| {
                        if let Some((l, _)) = LEVELS.iter().find(|(_, k)| *k == v) {
                            r.grades.national_commendation.level = *l;
                        }
                    })} />
                <MetaFields path="grades.national_commendation" meta={nat.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.grades.national_commendation.meta))} />
            </ItemCard>
            <ItemCard path="grades.veto" label={meta_label(lang, &g.veto)}>
                <MetaFields path="grades.veto" meta={g.veto.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.grades.veto))} />
            </ItemCard>
            <ItemCard path="staff_quota" label={meta_label(lang, &sq.meta)}>
                <RuleNumber path="staff_quota.share" label={Text::RuleFShare.get(lang)}
                    value={Some(sq.share)}
                    on_change={ctx.decimal(|r| Some(&mut r.staff_quota.share))} />
                <RuleNumber path="staff_quota.share_excellent" label={Text::RuleFShareExcellent.get(lang)}
                    value={Some(sq.share_excellent)}
                    on_change={ctx.decimal(|r| Some(&mut r.staff_quota.share_excellent))} />
                <MetaFields path="staff_quota" meta={sq.meta.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.staff_quota.meta))} />
            </ItemCard>
        </Section>
    }
}
