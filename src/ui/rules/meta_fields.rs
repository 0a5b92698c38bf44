//! [`MetaFields`]: the header every rule item carries — id, Chinese and
//! English labels, citation and basis. The id is editable for list items
//! (other data refers to them by id) and shown as text for single items,
//! whose ids only tag trace lines.

use yew::prelude::*;

use super::text_field::RuleText;
use crate::engine::rules::Meta;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

/// Which part of the header an edit changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetaKey {
    Id,
    Zh,
    En,
    Citation,
    Basis,
}

/// Sets part `k` of `m` to `v`.
pub fn set_meta(m: &mut Meta, k: MetaKey, v: String) {
    match k {
        MetaKey::Id => m.id = v,
        MetaKey::Zh => m.zh = v,
        MetaKey::En => m.en = v,
        MetaKey::Citation => m.citation = v,
        MetaKey::Basis => m.basis = v,
    }
}

#[derive(Properties, PartialEq)]
pub struct MetaFieldsProps {
    /// Path of the item (`indicators[2]`, `awards.all_round`).
    pub path: AttrValue,
    pub meta: Meta,
    /// The id can be edited (list items).
    #[prop_or_default]
    pub id_editable: bool,
    /// Show the basis field (tolerance items have none).
    #[prop_or(true)]
    pub with_basis: bool,
    pub on_change: Callback<(MetaKey, String)>,
}

#[component]
pub fn MetaFields(props: &MetaFieldsProps) -> Html {
    let lang = use_lang();
    let p = &props.path;
    let m = &props.meta;
    let field = |k: MetaKey,
                 name: &str,
                 label: Text,
                 value: &str,
                 wide: bool,
                 input_lang: Option<&'static str>| {
        let on_change = props.on_change.reform(move |v: String| (k, v));
        html! {
            <RuleText path={format!("{p}.{name}")} label={label.get(lang)} value={value.to_string()}
                {wide} input_lang={input_lang.map(AttrValue::from)} {on_change} />
        }
    };
    html! {
        <div class="rule-meta">
            if props.id_editable {
                { field(MetaKey::Id, "id", Text::RuleFId, &m.id, false, None) }
            } else {
                <p class="rule-id"><span class="field-label">{ Text::RuleFId.get(lang) }</span>{ " " }<code>{ m.id.clone() }</code></p>
            }
            { field(MetaKey::Zh, "zh", Text::RuleFZh, &m.zh, false, Some("zh-CN")) }
            { field(MetaKey::En, "en", Text::RuleFEn, &m.en, false, Some("en")) }
            { field(MetaKey::Citation, "citation", Text::RuleFCitation, &m.citation, false, None) }
            if props.with_basis {
                { field(MetaKey::Basis, "basis", Text::RuleFBasis, &m.basis, true, None) }
            }
        </div>
    }
}
