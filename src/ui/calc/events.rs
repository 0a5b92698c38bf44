//! The unit's events (bonus, deduction, veto, accountability): one
//! [`EventRow`] each, and adding an event (the first event kind of the
//! rules, quarter 1, city level, count 1).

use std::rc::Rc;

use yew::prelude::*;

use super::event_row::EventRow;
use crate::engine::rules::RuleSet;
use crate::engine::scenario::{EventInput, Unit};
use crate::engine::types::Level;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub unit: Rc<Unit>,
    pub rules: Rc<RuleSet>,
    pub on_change: Callback<Unit>,
}

#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let lang = use_lang();
    let u = props.unit.clone();
    let kinds = Rc::new(
        props
            .rules
            .events
            .iter()
            .map(|e| {
                (
                    e.meta.id.clone(),
                    lang.pick(&e.meta.zh, &e.meta.en).to_string(),
                )
            })
            .collect::<Vec<_>>(),
    );
    let on_row = {
        let (u, on_change) = (u.clone(), props.on_change.clone());
        Callback::from(move |(i, v): (usize, Option<EventInput>)| {
            let mut next = (*u).clone();
            match v {
                Some(v) => {
                    if let Some(slot) = next.events.get_mut(i) {
                        *slot = v;
                    }
                }
                None if i < next.events.len() => {
                    next.events.remove(i);
                }
                None => return,
            }
            on_change.emit(next);
        })
    };
    let on_add = {
        let (u, on_change, first) = (
            u.clone(),
            props.on_change.clone(),
            props.rules.events.first().map(|e| e.meta.id.clone()),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(kind) = first.clone() else { return };
            let mut next = (*u).clone();
            next.events.push(EventInput {
                kind,
                quarter: 1,
                level: Level::City,
                count: 1,
                doc_no: None,
                date: None,
                issuer: None,
            });
            on_change.emit(next);
        })
    };
    html! {
        <fieldset class="calc-fieldset" id="calc-u-events">
            <legend>{ Text::CalcEvents.get(lang) }</legend>
            if u.events.is_empty() {
                <p class="calc-hint">{ Text::CalcNoEvents.get(lang) }</p>
            }
            <p class="calc-hint">{ Text::CalcEventsHint.get(lang) }</p>
            { for u.events.iter().enumerate().map(|(i, e)| html! {
                <EventRow key={i} index={i} event={e.clone()} kinds={kinds.clone()} on_change={on_row.clone()} />
            }) }
            if !props.rules.events.is_empty() {
                <button type="button" id="calc-ev-add" class="calc-add" onclick={on_add}>{ Text::CalcAddEvent.get(lang) }</button>
            }
        </fieldset>
    }
}
