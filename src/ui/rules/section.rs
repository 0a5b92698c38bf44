//! [`Section`]: a collapsible part of the rule editor (a
//! [`Disclosure`]). Its open state is the screen's (so a link from the
//! issue summary can open it); its body is rendered only while open, which
//! keeps the page small with hundreds of fields. The summary line shows
//! the number of issues inside, so a closed section with a problem is
//! visible.

use yew::prelude::*;

use super::context::use_rules;
use super::{fill, section_title};
use crate::i18n::Text;
use crate::ui::disclosure::Disclosure;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// Section id (one of `SECTIONS`).
    pub id: &'static str,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Section(props: &SectionProps) -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let id = props.id;
    let on_toggle = ctx.set_open.reform(move |now: bool| (id, now));
    let n = ctx.issues_in(id);
    let summary = html! {
        <>
        <span class="rule-section-title">{ section_title(id).get(lang) }</span>
        if n > 0 {
            <span class="rule-count">{ fill(Text::RuleSectionIssues.get(lang), &[("n", &n.to_string())]) }</span>
        }
        </>
    };
    html! {
        <Disclosure id={format!("rules-sec-{id}")}
            class={classes!("rule-section", (n > 0).then_some("rule-section-invalid"))}
            open={ctx.open.contains(id)} {on_toggle} {summary} body_class="rule-section-body">
            { props.children.clone() }
        </Disclosure>
    }
}
