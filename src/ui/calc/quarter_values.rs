//! One quarter's year-to-date target and actual of an indicator. Both are
//! needed for the quarter to count; while only one is filled the pair is
//! kept here (not sent) and a note says what is missing.

use rust_decimal::Decimal;
use yew::prelude::*;

use super::fill;
use crate::engine::scenario::YtdValue;
use crate::i18n::Text;
use crate::numinput::Bounds;
use crate::ui::fields::DecimalField;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct QuarterValuesProps {
    /// DOM id prefix, e.g. `calc-ind-ind-2egdp-q1`.
    pub id: AttrValue,
    pub quarter: i64,
    /// The stored value (both numbers), if any.
    pub value: Option<YtdValue>,
    /// `Some` to store, `None` to remove the quarter.
    pub on_change: Callback<(i64, Option<YtdValue>)>,
}

#[component]
pub fn QuarterValues(props: &QuarterValuesProps) -> Html {
    let lang = use_lang();
    let stored = props
        .value
        .as_ref()
        .map(|v| (Some(v.target), Some(v.actual)));
    let pending = use_state(|| stored.unwrap_or((None, None)));
    {
        let pending = pending.clone();
        use_effect_with(stored, move |s| pending.set(s.unwrap_or((None, None))));
    }
    let send = {
        let (pending, on_change, q) = (pending.clone(), props.on_change.clone(), props.quarter);
        move |t: Option<Decimal>, a: Option<Decimal>| {
            pending.set((t, a));
            match (t, a) {
                (Some(target), Some(actual)) => on_change.emit((
                    q,
                    Some(YtdValue {
                        quarter: q,
                        target,
                        actual,
                    }),
                )),
                (None, None) => on_change.emit((q, None)),
                _ => {}
            }
        }
    };
    let (t, a) = *pending;
    let on_target = {
        let send = send.clone();
        Callback::from(move |v: Option<Decimal>| send(v, a))
    };
    let on_actual = Callback::from(move |v: Option<Decimal>| send(t, v));
    let q = props.quarter.to_string();
    let half = t.is_some() != a.is_some();
    // Targets divide: above zero; weights and actuals: zero or more.
    let positive = Bounds {
        positive: true,
        ..Bounds::default()
    };
    let nonneg = Bounds {
        min: Some(Decimal::ZERO),
        ..Bounds::default()
    };
    html! {
        <div class="calc-quarter" role="group" aria-labelledby={format!("{}-label", props.id)}>
            <span class="calc-quarter-label" id={format!("{}-label", props.id)}>{ fill(Text::CalcQuarterN.get(lang), &[("q", &q)]) }</span>
            <DecimalField id={format!("{}-target", props.id)} label={fill(Text::CalcYtdTarget.get(lang), &[("q", &q)])}
                value={t} bounds={positive} on_change={on_target} />
            <DecimalField id={format!("{}-actual", props.id)} label={fill(Text::CalcYtdActual.get(lang), &[("q", &q)])}
                value={a} bounds={nonneg} on_change={on_actual} />
            if half {
                <p class="calc-note" role="status">{ Text::CalcQuarterBoth.get(lang) }</p>
            }
        </div>
    }
}
