//! One event of the unit: kind (from the rules' event kinds), quarter,
//! level, count, 文号, date and issuing body; remove.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::{fill, to_i64, whole_from};
use crate::engine::scenario::EventInput;
use crate::engine::types::Level;
use crate::i18n::{self, Text};
use crate::ui::fields::{DecimalField, TextField};
use crate::ui::select_field::SelectField;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct EventRowProps {
    pub index: usize,
    pub event: EventInput,
    /// (kind id, label) of every event kind of the rules.
    pub kinds: Rc<Vec<(String, String)>>,
    /// `None` removes the event.
    pub on_change: Callback<(usize, Option<EventInput>)>,
}

const LEVELS: [(Level, &str); 3] = [
    (Level::National, "national"),
    (Level::Provincial, "provincial"),
    (Level::City, "city"),
];

fn opt(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

#[component]
pub fn EventRow(props: &EventRowProps) -> Html {
    let lang = use_lang();
    let i = props.index;
    let ev = props.event.clone();
    let base = format!("calc-ev-{i}");
    let text = |f: fn(&mut EventInput, String)| {
        let (ev, on_change) = (ev.clone(), props.on_change.clone());
        Callback::from(move |v: String| {
            let mut next = ev.clone();
            f(&mut next, v);
            on_change.emit((i, Some(next)));
        })
    };
    let on_kind = text(|n, v| n.kind = v);
    let on_quarter = text(|n, v| n.quarter = v.parse().unwrap_or(n.quarter));
    let on_level = text(|n, v| {
        n.level = LEVELS
            .iter()
            .find(|(_, k)| *k == v)
            .map(|(l, _)| *l)
            .unwrap_or_default()
    });
    let on_doc = text(|n, v| n.doc_no = opt(v));
    let on_date = text(|n, v| n.date = opt(v));
    let on_issuer = text(|n, v| n.issuer = opt(v));
    let on_count = {
        let (ev, on_change) = (ev.clone(), props.on_change.clone());
        Callback::from(move |v: Option<Decimal>| {
            let mut next = ev.clone();
            next.count = v.and_then(to_i64).unwrap_or(1);
            on_change.emit((i, Some(next)));
        })
    };
    let on_remove = props.on_change.reform(move |_: MouseEvent| (i, None));

    let mut kinds: Vec<(String, String)> = (*props.kinds).clone();
    if !kinds.iter().any(|(id, _)| *id == ev.kind) {
        kinds.push((ev.kind.clone(), ev.kind.clone()));
    }
    let kind_label = kinds
        .iter()
        .find(|(id, _)| *id == ev.kind)
        .map(|(_, l)| l.clone())
        .unwrap_or_default();
    let quarters: Vec<(String, String)> = (1..=4)
        .map(|q| {
            (
                q.to_string(),
                fill(Text::CalcQuarterN.get(lang), &[("q", &q.to_string())]),
            )
        })
        .collect();
    let levels: Vec<(String, String)> = LEVELS
        .iter()
        .map(|(l, k)| (k.to_string(), i18n::level(*l).get(lang).to_string()))
        .collect();
    let level = LEVELS
        .iter()
        .find(|(l, _)| *l == ev.level)
        .map(|(_, k)| *k)
        .unwrap_or("city");
    let n = (i + 1).to_string();
    html! {
        <fieldset class="calc-card" id={base.clone()}>
            <legend>{ fill(Text::CalcEventN.get(lang), &[("n", &n), ("kind", &kind_label)]) }</legend>
            <div class="calc-fields">
                <SelectField id={format!("{base}-kind")} label={Text::CalcEventKind.get(lang)} options={kinds}
                    value={ev.kind.clone()} on_change={on_kind} />
                <SelectField id={format!("{base}-quarter")} label={Text::CalcEventQuarter.get(lang)} options={quarters}
                    value={ev.quarter.to_string()} on_change={on_quarter} />
                <SelectField id={format!("{base}-level")} label={Text::CalcEventLevel.get(lang)} options={levels}
                    value={level} on_change={on_level} />
                <DecimalField id={format!("{base}-count")} label={Text::CalcEventCount.get(lang)}
                    value={Some(Decimal::from(ev.count))} bounds={whole_from(0)} required=true
                    on_change={on_count} />
                <TextField id={format!("{base}-doc")} label={Text::CalcEventDocNo.get(lang)}
                    value={ev.doc_no.clone().unwrap_or_default()} on_change={on_doc} />
                <TextField id={format!("{base}-date")} label={Text::CalcEventDate.get(lang)}
                    value={ev.date.clone().unwrap_or_default()} on_change={on_date} />
                <TextField id={format!("{base}-issuer")} label={Text::CalcEventIssuer.get(lang)}
                    value={ev.issuer.clone().unwrap_or_default()} on_change={on_issuer} />
            </div>
            <button type="button" class="calc-small calc-danger" id={format!("{base}-remove")} onclick={on_remove}>
                { fill(Text::CalcRemoveEvent.get(lang), &[("n", &n)]) }
            </button>
        </fieldset>
    }
}
