//! The 规则集 section: the set's name, id and version, its schema version,
//! and the two rules that are only stated (incomplete units, rounding).

use yew::prelude::*;

use super::context::use_rules;
use super::item_card::ItemCard;
use super::meta_fields::MetaFields;
use super::section::Section;
use super::text_field::RuleText;
use super::{field_dom_id, issue_dom_id, issue_message, meta_label};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[component]
pub fn GeneralSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let schema_issues = ctx.issues_at("schema_version", None);
    html! {
        <Section id="general">
            <ItemCard path="set" label={Text::RuleSecGeneral.get(lang)}>
                <RuleText path="id" label={Text::RuleFId.get(lang)} value={r.id.clone()}
                    on_change={ctx.text(|r| Some(&mut r.id))} />
                <RuleText path="version" label={Text::RuleFVersion.get(lang)} value={r.version.clone()}
                    on_change={ctx.text(|r| Some(&mut r.version))} />
                <RuleText path="zh" label={Text::RuleFZh.get(lang)} value={r.zh.clone()} input_lang="zh-CN"
                    on_change={ctx.text(|r| Some(&mut r.zh))} />
                <RuleText path="en" label={Text::RuleFEn.get(lang)} value={r.en.clone()} input_lang="en"
                    on_change={ctx.text(|r| Some(&mut r.en))} />
                <p class="rule-id" id={field_dom_id("schema_version")}>
                    <span class="field-label">{ Text::RuleFSchema.get(lang) }</span>{ " " }
                    <code>{ r.schema_version }</code>
                    if !schema_issues.is_empty() {
                        { " " }
                        <span id={issue_dom_id("schema_version")} class="field-error rule-issue">
                            { schema_issues.iter().map(|i| issue_message(lang, i)).collect::<Vec<_>>().join(" ") }
                        </span>
                    }
                </p>
            </ItemCard>
            <ItemCard path="incomplete" label={meta_label(lang, &r.incomplete)}>
                <MetaFields path="incomplete" meta={r.incomplete.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.incomplete))} />
            </ItemCard>
            <ItemCard path="rounding" label={meta_label(lang, &r.rounding)}>
                <MetaFields path="rounding" meta={r.rounding.clone()}
                    on_change={ctx.meta(|r| Some(&mut r.rounding))} />
            </ItemCard>
        </Section>
    }
}
