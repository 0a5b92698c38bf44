//! The procedure timeline: each step's due date in working days from the
//! application date (entered in the case facts), a toggle for each step
//! that allows one extension (by default only 核查 / verify), and the note
//! on the working-day calendar, which comes from the rules and is empty by
//! default (only weekends are skipped then).

use std::rc::Rc;

use yew::prelude::*;

use super::timeline_table::TimelineTable;
use super::{escape_id, fill};
use crate::engine::tolerance::{Timeline, ToleranceRules};
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    pub rules: Rc<ToleranceRules>,
    /// The due dates; `None` without a (valid) application date.
    pub timeline: Option<Timeline>,
    /// A timeline error other than the application date's (shown here).
    #[prop_or_default]
    pub error: Option<String>,
    /// The case's application date failed to parse (its error is shown at
    /// the date field).
    #[prop_or_default]
    pub date_invalid: bool,
    /// Steps whose extension the case uses.
    pub extensions: Vec<String>,
    /// Called with (step id, use the extension).
    pub on_extension: Callback<(String, bool)>,
}

#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let lang = use_lang();
    let rules = &props.rules;
    let toggles = rules.steps.iter().filter(|s| s.extension_days > 0).map(|s| {
        let id = s.id.clone();
        let input_id = format!("tol-ext-{}", escape_id(&s.id));
        let onchange = props.on_extension.reform(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            (id.clone(), input.checked())
        });
        let label = fill(
            Text::TolExtension.get(lang),
            &[
                ("step", lang.pick(&s.zh, &s.en)),
                ("days", &s.extension_days.to_string()),
            ],
        );
        html! {
            <p class="tol-ext" key={s.id.clone()}>
                <input type="checkbox" id={input_id.clone()} checked={props.extensions.contains(&s.id)} {onchange} />
                <label for={input_id}>{ label }</label>
            </p>
        }
    });
    let cal = &rules.calendar;
    let calendar_note = if cal.holidays.is_empty() && cal.makeup_workdays.is_empty() {
        Text::TolCalendarEmpty.get(lang).to_string()
    } else {
        fill(
            Text::TolCalendarListed.get(lang),
            &[
                ("h", &cal.holidays.len().to_string()),
                ("m", &cal.makeup_workdays.len().to_string()),
            ],
        )
    };
    let body = match (&props.timeline, &props.error) {
        (_, Some(err)) => {
            html! { <p class="tol-error" id="tol-timeline-error">{ err.clone() }</p> }
        }
        (Some(t), None) => html! { <TimelineTable timeline={t.clone()} /> },
        (None, None) if props.date_invalid => {
            html! { <p class="tol-hint">{ Text::TolTimelineFixDate.get(lang) }</p> }
        }
        (None, None) => html! { <p class="tol-hint">{ Text::TolTimelineNoDate.get(lang) }</p> },
    };
    html! {
        <section class="tol-timeline" id="tol-timeline" aria-labelledby="tol-timeline-title">
            <h3 id="tol-timeline-title">{ Text::TolTimelineHeading.get(lang) }</h3>
            { for toggles }
            { body }
            <p class="tol-note" id="tol-calendar-note">{ calendar_note }</p>
        </section>
    }
}
