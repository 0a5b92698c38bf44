//! The procedure's due dates as a table: step, working days (with the
//! extension when used), the day the count runs from (excluded) and the due
//! date. Used on the screen and in the printed record.

use yew::prelude::*;

use super::fill;
use crate::engine::tolerance::Timeline;
use crate::i18n::Text;
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct TimelineTableProps {
    pub timeline: Timeline,
}

#[component]
pub fn TimelineTable(props: &TimelineTableProps) -> Html {
    let lang = use_lang();
    let rows = props.timeline.steps.iter().map(|s| {
        let days = if s.extended {
            format!("{}{}", s.working_days, Text::TolExtended.get(lang))
        } else {
            s.working_days.to_string()
        };
        html! {
            <tr key={s.id.clone()} data-step={s.id.clone()}>
                <th scope="row">{ lang.pick(&s.zh, &s.en) }</th>
                <td class="num">{ days }</td>
                <td class="tol-date">{ s.from.to_string() }</td>
                <td class="tol-due tol-date">{ s.due.to_string() }</td>
            </tr>
        }
    });
    html! {
        <table class="tol-timeline-table">
            <caption>
                { fill(Text::TolTimelineCaption.get(lang), &[("date", &props.timeline.application_date.to_string())]) }
            </caption>
            <thead>
                <tr>
                    <th scope="col">{ Text::TolTimelineStep.get(lang) }</th>
                    <th scope="col" class="num">{ Text::TolTimelineDays.get(lang) }</th>
                    <th scope="col">{ Text::TolTimelineFrom.get(lang) }</th>
                    <th scope="col">{ Text::TolTimelineDue.get(lang) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
