//! The root component: holds the UI language and the current screen.

use yew::prelude::*;

use super::prefs;
use super::screens::ScreenView;
use super::shell::{Footer, Header, Nav};
use crate::i18n::{Lang, Text};

/// The screens of the app, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Calc,
    WhatIf,
    Tolerance,
    Rules,
    Drafts,
}

impl Screen {
    pub const ALL: [Screen; 5] = [
        Screen::Calc,
        Screen::WhatIf,
        Screen::Tolerance,
        Screen::Rules,
        Screen::Drafts,
    ];

    /// The navigation label.
    pub fn title(self) -> Text {
        match self {
            Screen::Calc => Text::ScreenCalc,
            Screen::WhatIf => Text::ScreenWhatIf,
            Screen::Tolerance => Text::ScreenTolerance,
            Screen::Rules => Text::ScreenRules,
            Screen::Drafts => Text::ScreenDrafts,
        }
    }

    /// A stable id for DOM ids and tests.
    pub fn id(self) -> &'static str {
        match self {
            Screen::Calc => "calc",
            Screen::WhatIf => "whatif",
            Screen::Tolerance => "tolerance",
            Screen::Rules => "rules",
            Screen::Drafts => "drafts",
        }
    }
}

/// The application root.
#[component]
pub fn App() -> Html {
    let lang = use_state(prefs::load_lang);
    let screen = use_state(|| Screen::Calc);

    {
        let lang = *lang;
        use_effect_with(lang, move |_| prefs::apply_document_lang(lang));
    }

    let on_toggle_lang = {
        let lang = lang.clone();
        Callback::from(move |_| {
            let next = lang.other();
            prefs::save_lang(next);
            lang.set(next);
        })
    };
    let on_select = {
        let screen = screen.clone();
        Callback::from(move |s: Screen| screen.set(s))
    };

    html! {
        <ContextProvider<Lang> context={*lang}>
            <Header on_toggle_lang={on_toggle_lang} />
            <Nav current={*screen} on_select={on_select} />
            <main id="main" class="screen" tabindex="-1">
                <ScreenView screen={*screen} />
            </main>
            <Footer />
        </ContextProvider<Lang>>
    }
}
