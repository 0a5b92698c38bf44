//! The engine error, when the Scenario cannot be evaluated: what is wrong
//! (the translated kind), in which unit or cadre (by name), at which field,
//! with which value, and a button that opens the unit or cadre concerned.

use yew::prelude::*;

use super::{error_kind, fill};
use crate::engine::EngineError;
use crate::i18n::{Lang, Text};
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct ErrorBannerProps {
    pub error: EngineError,
    /// Display name of the unit named by the error, when it exists.
    #[prop_or_default]
    pub unit_name: Option<AttrValue>,
    #[prop_or_default]
    pub cadre_name: Option<AttrValue>,
    /// Opens the unit (or cadre) concerned, when there is one to open.
    #[prop_or_default]
    pub on_open: Option<Callback<()>>,
    /// There is an edit to undo (after opening a file there is none).
    #[prop_or_default]
    pub can_undo: bool,
}

/// Where an engine error is — the unit or cadre (by name, with its id),
/// the field, the value — in `lang`, one clause after another.
pub fn error_where(
    lang: Lang,
    e: &EngineError,
    unit_name: Option<&str>,
    cadre_name: Option<&str>,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(u) = &e.unit {
        let name = unit_name.unwrap_or_default().to_string();
        let who = if name.is_empty() || name == *u {
            u.clone()
        } else {
            format!("{name}{}", lang.paren(u))
        };
        parts.push(fill(Text::CalcErrUnit.get(lang), &[("unit", &who)]));
    }
    if let Some(c) = &e.cadre {
        let name = cadre_name.unwrap_or_default().to_string();
        let who = if name.is_empty() || name == *c {
            c.clone()
        } else {
            format!("{name}{}", lang.paren(c))
        };
        parts.push(fill(Text::CalcErrCadre.get(lang), &[("cadre", &who)]));
    }
    if !e.field.is_empty() {
        parts.push(fill(Text::CalcErrField.get(lang), &[("field", &e.field)]));
    }
    if let Some(v) = &e.value {
        parts.push(fill(Text::CalcErrValue.get(lang), &[("value", v)]));
    }
    parts.join(lang.pick("；", "; "))
}

/// An engine error in one sentence: its translated kind, then where.
pub fn error_sentence(lang: Lang, e: &EngineError) -> String {
    let place = error_where(lang, e, None, None);
    if place.is_empty() {
        error_kind(e.kind).get(lang).to_string()
    } else {
        lang.labelled(error_kind(e.kind).get(lang), &place)
    }
}

#[component]
pub fn ErrorBanner(props: &ErrorBannerProps) -> Html {
    let lang = use_lang();
    let e = &props.error;
    let place = error_where(
        lang,
        e,
        props.unit_name.as_deref(),
        props.cadre_name.as_deref(),
    );
    html! {
        <div class="calc-error" id="calc-error" role="alert">
            <p class="calc-error-title"><strong>{ Text::CalcErrTitle.get(lang) }</strong>
                { " " }<span id="calc-error-kind">{ error_kind(e.kind).get(lang) }</span></p>
            <p id="calc-error-where">{ place }</p>
            <p class="calc-hint">
                { Text::CalcErrHint.get(lang) }
                if props.can_undo { { Text::CalcErrHintUndo.get(lang) } }
            </p>
            if let Some(open) = &props.on_open {
                <button type="button" id="calc-error-open" onclick={open.reform(|_: MouseEvent| ())}>
                    { Text::CalcErrOpen.get(lang) }
                </button>
            }
        </div>
    }
}
