//! The 考核分组 section: the ranking groups (units are ranked, and quotas
//! and awards given, within a group), with add and remove.

use yew::prelude::*;

use super::context::{fresh_id, use_rules};
use super::item_card::ItemCard;
use super::list_tools::AddButton;
use super::meta_fields::MetaFields;
use super::section::Section;
use super::{meta_label, new_item_labels};
use crate::engine::rules::Meta;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[component]
pub fn GroupsSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let items = r.ranking_groups.iter().enumerate().map(|(i, g)| {
        let p = format!("ranking_groups[{i}]");
        let on_remove = ctx.action(move |r| {
            if i < r.ranking_groups.len() {
                r.ranking_groups.remove(i);
            }
        });
        html! {
            <ItemCard path={p.clone()} label={meta_label(lang, g)} on_remove={Some(on_remove)}>
                <MetaFields path={p.clone()} meta={g.clone()} id_editable=true
                    on_change={ctx.meta(move |r| r.ranking_groups.get_mut(i))} />
            </ItemCard>
        }
    });
    let add = ctx.action(|r| {
        let (zh, en) = new_item_labels();
        let id = fresh_id("group.new", r.ranking_groups.iter().map(|x| x.id.as_str()));
        r.ranking_groups.push(Meta {
            id,
            zh,
            en,
            ..Meta::default()
        });
    });
    html! {
        <Section id="groups">
            <p class="rule-note">{ Text::RuleIdsNote.get(lang) }</p>
            <div class="rule-list" id="rule-ranking_groups">{ for items }</div>
            <AddButton id="rules-add-ranking-groups" label={Text::RuleAddGroup.get(lang)} onclick={add} />
        </Section>
    }
}
