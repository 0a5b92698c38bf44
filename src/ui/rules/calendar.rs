//! The working-day calendar section (domain.md 4.9): holidays and make-up
//! working days (调休) as `YYYY-MM-DD` dates, each list with add and
//! remove; empty by default (then only weekends are skipped). Invalid
//! dates and a date in both lists are marked at the field.

use yew::prelude::*;

use super::context::{use_rules, RulesCtx};
use super::list_tools::AddButton;
use super::section::Section;
use super::text_field::RuleText;
use super::{field_dom_id, fill};
use crate::engine::tolerance::Calendar;
use crate::i18n::{Lang, Text};
use crate::ui::shell::use_lang;

type ListOf = fn(&mut Calendar) -> &mut Vec<String>;

fn date_list(
    ctx: &RulesCtx,
    lang: Lang,
    path: &'static str,
    heading: Text,
    dates: &[String],
    list: ListOf,
) -> Html {
    let rows = dates.iter().enumerate().map(|(i, d)| {
        let p = format!("{path}[{i}]");
        let dom = field_dom_id(&p);
        let on_remove = ctx.action(move |r| {
            let v = list(&mut r.tolerance.calendar);
            if i < v.len() {
                v.remove(i);
            }
        });
        let name = if d.is_empty() { format!("{}", i + 1) } else { d.clone() };
        html! {
            <li class="rule-date">
                <RuleText path={p.clone()} label={fill(Text::RuleDateN.get(lang), &[("n", &(i + 1).to_string())])}
                    value={d.clone()} placeholder="YYYY-MM-DD"
                    on_change={ctx.text(move |r| list(&mut r.tolerance.calendar).get_mut(i))} />
                <button type="button" class="rule-remove" id={format!("{dom}-remove")}
                    aria-label={fill(Text::RuleRemoveNamed.get(lang), &[("name", &name)])}
                    onclick={on_remove}>
                    { Text::RuleRemove.get(lang) }
                </button>
            </li>
        }
    });
    let add = ctx.action(move |r| list(&mut r.tolerance.calendar).push(String::new()));
    let list_id = field_dom_id(path);
    html! {
        <>
            <h3>{ heading.get(lang) }</h3>
            if dates.is_empty() {
                <p class="rule-note">{ Text::RuleListEmpty.get(lang) }</p>
            } else {
                <ul class="rule-dates" id={list_id.clone()}>{ for rows }</ul>
            }
            <AddButton id={format!("{list_id}-add")} label={Text::RuleAddDate.get(lang)} onclick={add} />
        </>
    }
}

#[component]
pub fn CalendarSection() -> Html {
    let lang = use_lang();
    let ctx = use_rules();
    let r = ctx.rules.clone();
    let cal = &r.tolerance.calendar;
    html! {
        <Section id="calendar">
            <p class="rule-note">{ Text::RuleCalendarNote.get(lang) }</p>
            { date_list(&ctx, lang, "tolerance.calendar.holidays", Text::RuleSubHolidays, &cal.holidays, |c| &mut c.holidays) }
            { date_list(&ctx, lang, "tolerance.calendar.makeup_workdays", Text::RuleSubMakeup, &cal.makeup_workdays, |c| &mut c.makeup_workdays) }
        </Section>
    }
}
