//! Kind, level and quarter of an event, and a button that adds it: adds an
//! event to a unit inside a scenario, or an event lever to a goal seek.
//! The kinds offered are the caller's (rule data labels).

use yew::prelude::*;

use super::{level, quarter};
use crate::engine::types::Level;
use crate::i18n::Text;
use crate::ui::select_field::SelectField;
use crate::ui::shell::use_lang;

/// An event to add: kind id, level, quarter (1–4).
#[derive(Clone, Debug, PartialEq)]
pub struct NewEvent {
    pub kind: String,
    pub level: Level,
    pub quarter: u8,
}

#[derive(Properties, PartialEq)]
pub struct EventAdderProps {
    /// DOM id prefix: `{id}-kind`, `{id}-level`, `{id}-quarter`, `{id}` (button).
    pub id: AttrValue,
    /// (kind id, label) pairs.
    pub kinds: Vec<(String, String)>,
    /// The button's text.
    pub button: AttrValue,
    pub on_add: Callback<NewEvent>,
}

const LEVELS: [(Level, &str); 3] = [
    (Level::City, "city"),
    (Level::Provincial, "provincial"),
    (Level::National, "national"),
];

#[component]
pub fn EventAdder(props: &EventAdderProps) -> Html {
    let lang = use_lang();
    let first = props.kinds.first().map(|k| k.0.clone()).unwrap_or_default();
    let kind = use_state(|| first);
    let lvl = use_state(|| Level::City);
    let q = use_state(|| 4u8);
    // The kind list can change (another unit, other rules): keep a valid one.
    let current = if props.kinds.iter().any(|k| k.0 == *kind) {
        (*kind).clone()
    } else {
        props.kinds.first().map(|k| k.0.clone()).unwrap_or_default()
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |v: String| kind.set(v))
    };
    let on_level = {
        let lvl = lvl.clone();
        Callback::from(move |v: String| {
            if let Some((l, _)) = LEVELS.iter().find(|(_, k)| *k == v) {
                lvl.set(*l);
            }
        })
    };
    let on_quarter = {
        let q = q.clone();
        Callback::from(move |v: String| {
            if let Ok(n) = v.parse::<u8>() {
                if (1..=4).contains(&n) {
                    q.set(n);
                }
            }
        })
    };
    let onclick = {
        let on_add = props.on_add.clone();
        let current = current.clone();
        let (l, qq) = (*lvl, *q);
        Callback::from(move |_: MouseEvent| {
            if !current.is_empty() {
                on_add.emit(NewEvent {
                    kind: current.clone(),
                    level: l,
                    quarter: qq,
                });
            }
        })
    };
    let level_key = LEVELS
        .iter()
        .find(|(l, _)| *l == *lvl)
        .map(|(_, k)| *k)
        .unwrap_or("city");
    let levels: Vec<(String, String)> = LEVELS
        .iter()
        .map(|(l, k)| (k.to_string(), level(lang, *l).to_string()))
        .collect();
    let quarters: Vec<(String, String)> = (1..=4u8)
        .map(|n| (n.to_string(), quarter(lang, n)))
        .collect();
    let id = props.id.to_string();
    html! {
        <div class="whatif-adder">
            <SelectField id={format!("{id}-kind")} label={Text::WiKind.get(lang)}
                options={props.kinds.clone()} value={current.clone()} on_change={on_kind} />
            <SelectField id={format!("{id}-level")} label={Text::WiLevel.get(lang)}
                options={levels} value={level_key} on_change={on_level} />
            <SelectField id={format!("{id}-quarter")} label={Text::WiQuarter.get(lang)}
                options={quarters} value={q.to_string()} on_change={on_quarter} />
            <button type="button" id={id.clone()} class="whatif-add"
                disabled={current.is_empty()} {onclick}>{ props.button.clone() }</button>
        </div>
    }
}
