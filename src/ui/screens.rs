//! The body of each screen. Later issues replace the placeholders with the
//! real screens, one file each.

use yew::prelude::*;

use super::app::Screen;
use super::shell::use_lang;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct ScreenViewProps {
    pub screen: Screen,
}

#[component]
pub fn ScreenView(props: &ScreenViewProps) -> Html {
    let lang = use_lang();
    let s = props.screen;
    let body = match s {
        Screen::Calc => Text::PlaceholderCalc,
        Screen::WhatIf => Text::PlaceholderWhatIf,
        Screen::Tolerance => Text::PlaceholderTolerance,
        Screen::Rules => Text::PlaceholderRules,
        Screen::Drafts => Text::PlaceholderDrafts,
    };
    html! {
        <section id={format!("screen-{}", s.id())} aria-labelledby="screen-title">
            <h2 id="screen-title">{ s.title().get(lang) }</h2>
            <p>{ body.get(lang) }</p>
        </section>
    }
}
