//! The root component: holds the UI language, the current screen and the
//! app state (the Scenario with undo/redo and its Evaluation), which every
//! screen reads through [`use_app`].

use std::rc::Rc;

use yew::prelude::*;

use super::drafts::{DraftsBanners, DraftsRoot, HeaderTools};
use super::prefs;
use super::screens::ScreenView;
use super::shell::{Footer, Header, Nav};
use super::state::AppState;
use crate::engine::example::example_county;
use crate::engine::Scenario;
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

/// The app state as screens see it: `app.scenario()`, `app.evaluation`, and
/// `app.dispatch(Action::Edit(next))` (see `state::Action`).
pub type AppHandle = UseReducerHandle<AppState>;

/// The app state from context. Panics only if used outside [`App`], which
/// is a programming error caught by every test that mounts a screen.
#[hook]
pub fn use_app() -> AppHandle {
    use_context::<AppHandle>().expect("use_app() is used inside <App>")
}

#[derive(Properties, PartialEq)]
pub struct AppProviderProps {
    /// The Scenario to start with (read once, when mounted).
    pub scenario: Rc<Scenario>,
    #[prop_or_default]
    pub children: Html,
}

/// Holds the app state and provides it to `children` (the app; in component
/// tests, the screen under test).
#[component]
pub fn AppProvider(props: &AppProviderProps) -> Html {
    let scenario = props.scenario.clone();
    let app = use_reducer(move || AppState::new((*scenario).clone()));
    // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo on every screen (outside
    // text fields, where the browser's own text undo applies).
    super::undo_keys::use_undo_shortcuts(app.dispatcher());
    html! {
        <ContextProvider<AppHandle> context={app}>{ props.children.clone() }</ContextProvider<AppHandle>>
    }
}

/// The application root.
#[component]
pub fn App() -> Html {
    let lang = use_state(prefs::load_lang);
    let screen = use_state(|| Screen::Calc);
    let first_scenario = use_memo((), |_| example_county());

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
        <AppProvider scenario={first_scenario}>
        <DraftsRoot>
            <Header on_toggle_lang={on_toggle_lang} tools={html! { <HeaderTools /> }} />
            <Nav current={*screen} on_select={on_select} />
            <DraftsBanners />
            <main id="main" class="screen" tabindex="-1">
                <ScreenView screen={*screen} />
            </main>
            <Footer />
        </DraftsRoot>
        </AppProvider>
        </ContextProvider<Lang>>
    }
}
