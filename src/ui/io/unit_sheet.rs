//! A unit's result on one A4 sheet: the summary (total, rank, grade, parts,
//! awards, flags) and its trace — every rule applied, its citation, the
//! inputs and the points, summing to the total. Hidden on screen; printed
//! alone (styles/print.css, `body.print-unit`).

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::engine::trace::{LineKind, TraceLine};
use crate::i18n::{self, Text};
use crate::io::labels::{award_texts, flag_texts, paren};
use crate::io::results_csv::shown;
use crate::ui::shell::use_lang;
use crate::ui::use_app;
// A trace line's points as the screen's trace shows them: exact up to
// four decimals, longer ones to four decimals marked `≈` (a note under the
// table says so; the exact values sum to the total).
use crate::ui::calc::exact as points;

#[derive(Properties, PartialEq)]
pub struct UnitSheetProps {
    /// The unit (None: the first unit).
    pub unit: Option<String>,
}

/// A trace input as shown: at most 4 decimal places (the points stay exact).
fn input(d: Decimal) -> String {
    d.round_dp(4).normalize().to_string()
}


#[component]
pub fn UnitSheet(props: &UnitSheetProps) -> Html {
    let lang = use_lang();
    let app = use_app();
    let scenario = app.scenario();
    let Ok(ev) = &*app.evaluation else {
        return html! {};
    };
    let id = props
        .unit
        .clone()
        .filter(|id| ev.units.iter().any(|u| &u.id == id))
        .or_else(|| ev.units.first().map(|u| u.id.to_string()));
    let Some(u) = id.and_then(|id| ev.units.iter().find(|u| u.id == id)) else {
        return html! {};
    };
    let labels = super::sheet_labels(scenario);
    let name = scenario
        .units
        .iter()
        .find(|s| s.id == u.id)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let none = Text::SheetNone.get(lang);
    let rank = match (u.rank, u.complete) {
        (Some(r), _) if u.tied => paren(lang, &r.to_string(), Text::Tied.get(lang)),
        (Some(r), _) => r.to_string(),
        _ => Text::SheetNotRanked.get(lang).to_owned(),
    };
    let grade = match (u.grade, u.vetoed) {
        (Some(g), true) => paren(
            lang,
            i18n::unit_grade(g).get(lang),
            Text::SheetVetoed.get(lang),
        ),
        (Some(g), false) => i18n::unit_grade(g).get(lang).to_owned(),
        (None, _) => none.to_owned(),
    };
    let awards = award_texts(u, &labels, lang);
    let flags = flag_texts(u, lang);
    let sep = lang.pick("；", "; ");
    let join = |v: Vec<String>| {
        if v.is_empty() {
            none.to_owned()
        } else {
            v.join(sep)
        }
    };
    let opt = |d: Option<Decimal>| d.map(shown).unwrap_or_else(|| none.to_owned());
    let fact = |label: Text, value: String| {
        html! { <div class="io-fact"><dt>{ label.get(lang) }</dt><dd>{ value }</dd></div> }
    };
    // Lines with points (they sum to the total) and the zero-point notes
    // and decisions, side by side so a full trace fits one A4 page.
    let scored = u.trace.iter().enumerate().filter(|(_, l)| {
        matches!(
            l.kind,
            LineKind::Points | LineKind::Cap | LineKind::Rounding
        )
    });
    let other = u
        .trace
        .iter()
        .enumerate()
        .filter(|(_, l)| matches!(l.kind, LineKind::Note | LineKind::Decision));
    let inputs = |l: &TraceLine| -> String {
        l.input_values()
            .iter()
            .map(|d| input(*d))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let approx = u.trace.iter().any(|l| {
        matches!(
            l.kind,
            LineKind::Points | LineKind::Cap | LineKind::Rounding
        ) && points(l.points).1
    });
    let scored_rows = scored.map(|(i, l)| {
        let class = match l.kind {
            LineKind::Cap => "io-line-cap",
            LineKind::Rounding => "io-line-rounding",
            _ => "io-line-points",
        };
        html! {
            <tr key={i} class={class}>
                <td>{ labels.get(l.rule().as_str(), lang) }</td>
                <td class="io-cite">{ l.citation().as_str() }</td>
                <td class="io-inputs">{ inputs(l) }</td>
                <td class="num">{ points(l.points).0 }</td>
            </tr>
        }
    });
    let other_rows = other.map(|(i, l)| {
        html! {
            <tr key={i} class="io-line-note">
                <td>{ labels.get(l.rule().as_str(), lang) }</td>
                <td class="io-cite">{ l.citation().as_str() }</td>
                <td class="io-inputs">{ inputs(l) }</td>
            </tr>
        }
    });
    let group = labels.get(&u.group, lang).to_owned();
    html! {
        <article class="io-sheet io-unit-sheet" id="io-unit-sheet" aria-labelledby="io-unit-sheet-title">
            <h2 id="io-unit-sheet-title">{ format!("{} {}", scenario.year, Text::SheetUnitTitle.get(lang)) }</h2>
            <p class="io-sheet-sub">
                { format!("{} · {}", paren(lang, if name.is_empty() { &u.id } else { &name }, &u.id), group) }
            </p>
            <dl class="io-facts io-sheet-facts">
                { fact(Text::SheetTotal, u.total.to_string()) }
                { fact(Text::SheetRank, rank) }
                { fact(Text::SheetGrade, grade) }
                { fact(Text::SheetIndicatorPart, opt(u.indicator_part)) }
                { fact(Text::SheetFeedbackPart, opt(u.feedback_part)) }
                { fact(Text::SheetBonus, shown(u.bonus)) }
                { fact(Text::SheetDeductions, shown(u.deductions)) }
                { fact(Text::SheetLinkage, shown(u.linkage)) }
                <div class="io-fact io-fact-wide"><dt>{ Text::SheetAwards.get(lang) }</dt><dd>{ join(awards) }</dd></div>
                <div class="io-fact io-fact-wide"><dt>{ Text::SheetFlags.get(lang) }</dt><dd>{ join(flags.iter().map(|s| s.to_string()).collect()) }</dd></div>
            </dl>
            <h3>{ Text::SheetTrace.get(lang) }</h3>
            <div class="io-trace-cols">
                <table class="io-trace">
                    <thead>
                        <tr>
                            <th scope="col">{ Text::SheetRule.get(lang) }</th>
                            <th scope="col">{ Text::SheetCitation.get(lang) }</th>
                            <th scope="col">{ Text::SheetInputs.get(lang) }</th>
                            <th scope="col">{ Text::SheetPoints.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for scored_rows }</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="3">{ Text::SheetSum.get(lang) }</th>
                            <td class="num">{ u.total.to_string() }</td>
                        </tr>
                        if approx {
                            <tr><td colspan="4" class="io-approx-note" id="io-approx-note">{ Text::SheetApproxNote.get(lang) }</td></tr>
                        }
                    </tfoot>
                </table>
                <table class="io-trace io-trace-notes">
                    <thead>
                        <tr>
                            <th scope="col">{ Text::SheetNotes.get(lang) }</th>
                            <th scope="col">{ Text::SheetCitation.get(lang) }</th>
                            <th scope="col">{ Text::SheetInputs.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for other_rows }</tbody>
                </table>
            </div>
            <div class="io-sign">
                <span>{ Text::SheetPrepared.get(lang) }</span>
                <span>{ Text::SheetChecked.get(lang) }</span>
                <span>{ Text::SheetDate.get(lang) }</span>
            </div>
            <p class="io-sheet-advisory">{ Text::FooterAdvisory.get(lang) }</p>
        </article>
    }
}
