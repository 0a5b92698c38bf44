//! The frame around every screen: header with the language toggle,
//! navigation between screens, and the privacy footer.

use yew::prelude::*;

use super::app::Screen;
use crate::i18n::{Lang, Text};

/// The current UI language from context (Chinese when none is provided).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub on_toggle_lang: Callback<()>,
    /// Extra header content (the drafts' save status and share button).
    #[prop_or_default]
    pub tools: Html,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = use_lang();
    let onclick = props.on_toggle_lang.reform(|_: MouseEvent| ());
    html! {
        <header class="app-header">
            <a class="skip-link" href="#main">{ lang.pick("跳到主要内容", "Skip to content") }</a>
            <div class="brand">
                <img class="logo" src="favicon.svg" alt="" width="40" height="40" />
                <div>
                    <h1 id="app-title">{ Text::AppTitle.get(lang) }</h1>
                    <p class="subtitle">{ Text::AppSubtitle.get(lang) }</p>
                </div>
            </div>
            { props.tools.clone() }
            <button type="button" class="lang-toggle" id="lang-toggle"
                lang={lang.other().tag()}
                aria-label={format!("{} · {}", Text::LangToggle.get(lang), Text::LangToggleLabel.get(lang))}
                {onclick}>
                { Text::LangToggle.get(lang) }
            </button>
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub current: Screen,
    pub on_select: Callback<Screen>,
}

#[component]
pub fn Nav(props: &NavProps) -> Html {
    let lang = use_lang();
    html! {
        <nav class="app-nav" aria-label={Text::NavLabel.get(lang)}>
            <ul>
                { for Screen::ALL.iter().map(|&s| {
                    let onclick = props.on_select.reform(move |_: MouseEvent| s);
                    let current = (s == props.current).then_some("page");
                    html! {
                        <li key={s.id()}>
                            <button type="button" id={format!("nav-{}", s.id())}
                                aria-current={current} {onclick}>
                                { s.title().get(lang) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

#[component]
pub fn Footer() -> Html {
    let lang = use_lang();
    html! {
        <footer class="app-footer">
            <p id="privacy-note">{ Text::FooterPrivacy.get(lang) }</p>
            <p>{ Text::FooterAdvisory.get(lang) }</p>
            <p class="version">{ format!("Kaohe {}", env!("CARGO_PKG_VERSION")) }</p>
        </footer>
    }
}
