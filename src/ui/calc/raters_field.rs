//! Individual raters' scores of one evaluator group, typed as a list
//! ("85, 90, 78"; commas, 、, semicolons or spaces separate; full-width
//! digits accepted). Each score must be a number from 0 to 100; an invalid
//! one is named in the message at the field (aria-invalid, described-by)
//! and nothing is sent until the list is fixed.

use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{fill, score_bounds};
use crate::i18n::{num_error, Text};
use crate::numinput::parse_bounded;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct RatersFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Vec<Decimal>,
    pub on_change: Callback<Vec<Decimal>>,
}

fn shown(v: &[Decimal]) -> String {
    v.iter()
        .map(|d| d.normalize().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The scores of `raw`, or the first bad token with its error.
fn parse(raw: &str) -> Result<Vec<Decimal>, (usize, String, crate::numinput::NumError)> {
    let mut out = Vec::new();
    let tokens = raw
        .split(|c: char| {
            matches!(c, ',' | '，' | '、' | ';' | '；') || c.is_whitespace() || c == '\u{3000}'
        })
        .filter(|t| !t.is_empty());
    for (k, t) in tokens.enumerate() {
        match parse_bounded(t, score_bounds()) {
            Ok(Some(v)) => out.push(v),
            Ok(None) => {}
            Err(e) => return Err((k + 1, t.to_string(), e)),
        }
    }
    Ok(out)
}

#[component]
pub fn RatersField(props: &RatersFieldProps) -> Html {
    let lang = use_lang();
    let text = use_state(|| shown(&props.value));
    let error = use_state(|| None::<(usize, String, crate::numinput::NumError)>);
    {
        let (text, error) = (text.clone(), error.clone());
        use_effect_with(props.value.clone(), move |v| {
            if error.is_none() {
                text.set(shown(v));
            }
        });
    }
    let onchange = {
        let (text, error, on_change) = (text.clone(), error.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let raw = input.value();
            text.set(raw.clone());
            match parse(&raw) {
                Ok(v) => {
                    error.set(None);
                    on_change.emit(v);
                }
                Err(err) => error.set(Some(err)),
            }
        })
    };
    let error_id = format!("{}-error", props.id);
    let hint_id = format!("{}-hint", props.id);
    let described = if error.is_some() {
        format!("{error_id} {hint_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class={classes!("field", "calc-raters", error.is_some().then_some("field-invalid"))}>
            <label for={props.id.clone()} class="field-label">{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off"
                value={(*text).clone()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={described}
                {onchange} />
            <span id={hint_id} class="field-hint">{ Text::CalcRatersHint.get(lang) }</span>
            if let Some((k, token, err)) = (*error).clone() {
                <span id={error_id} class="field-error" role="alert">
                    { fill(Text::CalcRaterBad.get(lang), &[("k", &k.to_string()), ("v", &token), ("why", num_error(err).get(lang))]) }
                </span>
            }
        </div>
    }
}
